// reach.html (coordinators, admins; trainers and organisation contacts see their own
// part): the reach report, issue 15. The targets first, then the totals, then one
// bar chart per measure with its table always beneath it, the dialogue consultants
// and the activities. Every figure prints the cell's `shown` exactly as the server
// sent it ("12", "<5", "–"): suppression happens on the server, once, for the page,
// the CSV and the PDF alike, so the page never adds anything up itself.
import { h } from './dom.js';
import { ApiError, getJson } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { startPage } from './page.js';
import { notice, onSubmit, selectField, showErrors, textField } from './forms.js';
import { day } from './learner-parts.js';

const PERIODS = ['month', 'quarter', 'year'];
const DIMENSIONS = ['district', 'organisation', 'sector', 'audience', 'cohort', 'track'];
const STATUSES = ['met', 'not-met', 'too-few'];
const TOTALS = ['reached', 'trained', 'enrolments', 'completions', 'certificates'];
const SVG = 'http://www.w3.org/2000/svg';

// What the reader asked for, as in the address bar: kept across a language switch and a reload.
const params = new URLSearchParams(location.search);
const chosen = Object.fromEntries(['from', 'to', 'period', 'by'].map((k) => [k, params.get(k) || '']));

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'da-DK');

/** from/to/period/by as a query string (without "?"), empty values left out, then any extras. */
function query(choice, extra = {}) {
  const q = new URLSearchParams();
  for (const k of ['from', 'to', 'period', 'by']) if (choice[k]) q.set(k, choice[k]);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

/** The report's own echo of what it covers: the canonical query for the links and the address bar. */
const choiceOf = (report) => ({ from: report.from, to: report.to, period: report.period, by: report.dimension });

const periodWord = (period) => (PERIODS.includes(period) ? t(`reach.period.${period}`) : period);
const byWord = (by) => (DIMENSIONS.includes(by) ? t(`reach.by.${by}`) : by);
const byHeading = (by) => (DIMENSIONS.includes(by) ? t(`reach.byHeading.${by}`) : by);

/** "2026-01" → "januar 2026" / "January 2026". */
function monthName(yearMonth) {
  const [y, m] = String(yearMonth).split('-').map(Number);
  if (!y || !m) return yearMonth;
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** An instant in Copenhagen time: "1. dec. 2026 kl. 14.05" / "1 Dec 2026, 14:05". */
function madeAt(instant) {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(when);
}

/** One decimal, the reader's decimal mark: 79.1 → "79,1" in Danish. */
const decimal = (n) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

const shown = (cell) => cell?.shown ?? '–';
const isHidden = (cell) => cell?.value === null || cell?.value === undefined;
const shareHidden = (share) => share?.percent === null || share?.percent === undefined;

/** An SVG element (h() makes HTML ones). */
function s(tag, attributes = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) el.setAttribute(name, String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

// ---------- The form ----------

function monthField(name, value) {
  const field = textField({ name, label: t(`reach.form.${name}`), type: 'month', value, required: true, hint: t('reach.form.monthHint') });
  // Where the browser has no month picker the field is plain text: the hint and these say what to type.
  const input = field.querySelector('input');
  input.setAttribute('placeholder', '2026-01');
  input.setAttribute('pattern', '[0-9]{4}-[0-9]{2}');
  input.setAttribute('inputmode', 'numeric');
  return field;
}

function queryForm(choice, show) {
  const form = h('form', { class: 'form reach-form', novalidate: true, 'data-reach-form': '' },
    h('div', { class: 'reach-form__fields' },
      monthField('from', choice.from),
      monthField('to', choice.to),
      selectField({ name: 'period', label: t('reach.form.period'), value: choice.period || 'quarter',
        options: PERIODS.map((p) => [p, t(`reach.periodOption.${p}`)]) }),
      selectField({ name: 'by', label: t('reach.form.by'), value: choice.by || 'district',
        options: DIMENSIONS.map((d) => [d, byHeading(d)]) })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('reach.form.show'))));
  return onSubmit(form, async (data) => show({ from: data.from.trim(), to: data.to.trim(), period: data.period, by: data.by }));
}

// ---------- Targets ----------

function statusIcon(status) {
  // A shape per status, so it reads without colour: a tick, a cross, an ellipsis.
  const shape = {
    met: s('path', { d: 'M6 12.5l4 4 8-9', fill: 'none', 'stroke-width': 2.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
    'not-met': s('path', { d: 'M7.5 7.5l9 9M16.5 7.5l-9 9', fill: 'none', 'stroke-width': 2.5, 'stroke-linecap': 'round' }),
    'too-few': s('g', {}, [7, 12, 17].map((cx) => s('circle', { cx, cy: 12, r: 1.6 }))),
  }[status];
  return s('svg', { class: 'target__icon', viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': 'true', focusable: 'false' },
    s('circle', { cx: 12, cy: 12, r: 10.5, fill: 'none', 'stroke-width': 1.5, class: 'target__ring' }), shape);
}

function target(tg) {
  const status = STATUSES.includes(tg.status) ? tg.status : 'too-few';
  const hidden = shareHidden(tg.share);
  const headingId = `target-${tg.id}`;
  return h('li', { class: `card target target--${status}`, 'data-target': tg.id, 'data-status': status },
    h('h3', { class: 'target__title', id: headingId }, tg.title),
    h('p', { class: 'target__item' }, h('span', { class: 'target__label' }, t('reach.target.item')), ' ',
      h('q', { dir: 'auto' }, tg.item)),
    h('p', { class: 'target__share', 'data-share': hidden ? '' : tg.share.percent },
      h('span', { class: 'target__percent' }, hidden ? '–' : t('reach.percent', { n: tg.share.percent })), ' ',
      h('span', { class: 'target__agree' }, hidden ? t('reach.target.noShare') : t('reach.target.agree'))),
    hidden ? null : h('p', { class: 'target__interval', 'data-interval': '' },
      t('reach.interval', { low: decimal(tg.share.low), high: decimal(tg.share.high) })),
    h('p', { class: 'target__n' }, h('span', { 'data-n': '' }, t('reach.target.n', { n: shown(tg.answers) })), ' · ',
      t('reach.target.agreeing', { n: shown(tg.agreeing) }), ' · ', t('reach.target.goal', { n: tg.percent })),
    h('p', { class: 'target__status', 'data-status-words': '' }, statusIcon(status),
      h('strong', {}, t(`reach.status.${status}`))));
}

function targetsSection(report) {
  const targets = report.targets ?? [];
  return h('section', { 'aria-labelledby': 'reach-targets', 'data-targets': '' },
    h('h2', { id: 'reach-targets' }, t('reach.targets')),
    h('p', {}, t('reach.targets.intro', { n: report.threshold })),
    targets.length
      ? h('ul', { class: 'card-list target-list' }, targets.map(target))
      : h('p', { 'data-no-targets': '' }, t('reach.targets.none')));
}

// ---------- Totals ----------

function totalsSection(report) {
  const totals = report.totals ?? {};
  const rate = totals.completionRate;
  return h('section', { 'aria-labelledby': 'reach-totals', 'data-totals': '' },
    h('h2', { id: 'reach-totals' }, t('reach.totals')),
    h('dl', { class: 'reach-totals' },
      TOTALS.map((k) => h('div', { 'data-total': k },
        h('dt', {}, t(`reach.total.${k}`)),
        h('dd', {}, h('span', { class: 'reach-totals__number' }, shown(totals[k]))))),
      h('div', { 'data-total': 'completionRate' },
        h('dt', {}, t('reach.total.completionRate')),
        h('dd', {},
          h('span', { class: 'reach-totals__number' }, shareHidden(rate) ? '–' : t('reach.percent', { n: rate.percent })),
          shareHidden(rate) ? null : h('span', { class: 'reach-totals__interval' },
            t('reach.interval', { low: decimal(rate.low), high: decimal(rate.high) }))))),
    h('p', { class: 'meta' }, t('reach.totals.counting')));
}

// ---------- Charts and tables ----------

const ROW = 50;         // one bar's band: its label above, the bar beneath
const BAR = 22;
const LABEL_MAX = 42;   // characters of a row's name in the chart; the table beneath has it whole

const clipped = (text) => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);

/**
 * Horizontal bars, one per row, each as long as the row's total. Widths are percentages of
 * the chart, so it fits any screen while its text keeps its size; every bar carries its
 * number as text, so nothing depends on colour. A hidden total is an empty outlined bar
 * with "<5" or "–": the same short width whatever it hides, so it gives nothing away.
 */
function barChart(table, report) {
  const rows = table.rows ?? [];
  const max = Math.max(1, ...rows.map((r) => (isHidden(r.total) ? 0 : r.total.value)));
  const name = t('reach.chart.name', { measure: table.title, by: byWord(table.dimension ?? report.dimension) });
  const description = rows.map((r) => t('reach.chart.row', { label: r.label, value: shown(r.total) })).join('; ');
  const height = rows.length * ROW + 6;
  const bars = s('svg', { width: '84%', height, overflow: 'visible' },
    rows.map((row, i) => {
      const y = i * ROW;
      const hidden = isHidden(row.total);
      const width = hidden ? 7 : (row.total.value > 0 ? Math.max(0.6, (100 * row.total.value) / max) : 0);
      return s('g', { class: `bar-chart__row${hidden ? ' bar-chart__row--hidden' : ''}`, 'data-row': row.key },
        s('text', { x: 0, y: y + 15, class: 'bar-chart__label' }, clipped(row.label)),
        hidden
          ? s('rect', { x: 1, y: y + 21, width: `${width}%`, height: BAR - 2, rx: 2, class: 'bar-chart__bar bar-chart__bar--hidden' })
          : s('rect', { x: 0, y: y + 20, width: `${width}%`, height: BAR, rx: 2, class: 'bar-chart__bar' }),
        // The number just past the bar's end: a nested svg placed at the end, since x can't mix % and px.
        s('svg', { x: `${width}%`, y: y + 20, overflow: 'visible' },
          s('text', { x: 6, y: 16, class: 'bar-chart__value', 'data-shown': shown(row.total) }, shown(row.total))));
    }));
  return s('svg', { class: 'bar-chart', role: 'img', 'aria-label': name, width: '100%', height, 'data-chart': table.measure },
    s('title', {}, name), s('desc', {}, description), bars);
}

function dataTable(table, report) {
  const caption = t('reach.table.caption', { measure: table.title, by: byWord(table.dimension ?? report.dimension),
    period: periodWord(report.period) });
  const columns = table.columns ?? [];
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { class: 'reach-table', 'data-measure': table.measure, 'data-dimension': table.dimension ?? report.dimension },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, byHeading(table.dimension ?? report.dimension)),
        columns.map((c) => h('th', { scope: 'col', class: 'reach-table__number', 'data-column': c }, c)),
        h('th', { scope: 'col', class: 'reach-table__number' }, t('reach.table.total')))),
      h('tbody', {}, (table.rows ?? []).map((row) => h('tr', { 'data-row': row.key },
        h('th', { scope: 'row', dir: 'auto' }, row.label),
        (row.cells ?? []).map((cell) => h('td', { class: 'reach-table__number', 'data-hidden': isHidden(cell) ? '' : null }, shown(cell))),
        h('td', { class: 'reach-table__number reach-table__total', 'data-hidden': isHidden(row.total) ? '' : null }, shown(row.total))))),
      h('tfoot', {}, h('tr', {},
        h('th', { scope: 'row' }, t('reach.table.total')),
        (table.columnTotals ?? []).map((cell) => h('td', { class: 'reach-table__number', 'data-hidden': isHidden(cell) ? '' : null }, shown(cell))),
        h('td', { class: 'reach-table__number reach-table__total', 'data-hidden': isHidden(table.total) ? '' : null }, shown(table.total))))));
}

function measureSection(table, report) {
  const id = `reach-measure-${table.measure}`;
  const empty = !(table.rows ?? []).length;
  return h('section', { class: 'reach-measure', 'aria-labelledby': id, 'data-table': table.measure },
    h('h3', { id }, table.title),
    empty ? h('p', { 'data-no-rows': '' }, t('reach.table.empty')) : h('figure', { class: 'reach-chart' }, barChart(table, report)),
    dataTable(table, report));
}

function tablesSection(report) {
  return h('section', { 'aria-labelledby': 'reach-tables', 'data-tables': '' },
    h('h2', { id: 'reach-tables' }, t('reach.tables', { by: byWord(report.dimension), period: periodWord(report.period) })),
    h('p', { 'data-suppression': '' }, t('reach.suppression', { n: report.threshold })),
    h('p', { class: 'meta' }, t('reach.chart.legend', { n: report.threshold })),
    (report.tables ?? []).map((table) => measureSection(table, report)));
}

// ---------- Consultants and activities ----------

function consultantsSection(consultants) {
  return h('section', { 'aria-labelledby': 'reach-consultants', 'data-consultants': '' },
    h('h2', { id: 'reach-consultants' }, t('reach.consultants')),
    h('dl', { class: 'reach-totals' }, ['active', 'expiring', 'expired'].map((k) => h('div', { 'data-consultants-status': k },
      h('dt', {}, t(`reach.consultants.${k}`)),
      h('dd', {}, h('span', { class: 'reach-totals__number' }, shown(consultants[k])))))));
}

const kindWord = (kind) => (['event', 'campaign'].includes(kind) ? t(`reach.kind.${kind}`) : kind);

function activitiesSection(activities) {
  const caption = t('reach.activities.caption');
  return h('section', { 'aria-labelledby': 'reach-activities', 'data-activities': '' },
    h('h2', { id: 'reach-activities' }, t('reach.activities')),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
      h('table', { class: 'reach-table reach-activities' },
        h('caption', { class: 'visually-hidden' }, caption),
        h('thead', {}, h('tr', {}, ['title', 'kind', 'dates', 'district', 'participants', 'answers'].map((k) => h('th', {
          scope: 'col', class: ['participants', 'answers'].includes(k) ? 'reach-table__number' : null,
        }, t(`reach.activity.${k}`))))),
        h('tbody', {}, activities.map((a) => h('tr', { 'data-activity': a.title },
          h('th', { scope: 'row', dir: 'auto' }, a.title),
          h('td', {}, kindWord(a.kind)),
          h('td', { class: 'reach-activities__dates' }, a.startsOn === a.endsOn ? day(a.startsOn) : `${day(a.startsOn)} – ${day(a.endsOn)}`),
          h('td', {}, a.district ?? ''),
          h('td', { class: 'reach-table__number' }, shown(a.participants)),
          h('td', { class: 'reach-table__number' }, shown(a.answers))))))));
}

// ---------- The whole report ----------

function downloads(report, session) {
  const choice = choiceOf(report);
  const roles = session?.roles ?? [];
  return h('p', { class: 'actions reach-downloads' },
    h('a', { class: 'button button--secondary', href: `api/reach/csv?${query(choice, { lang: currentLanguage() })}`, download: '',
      'data-download': 'csv' }, t('reach.csv')),
    h('a', { class: 'button button--secondary', href: `api/reach/pdf?${query(choice, { lang: currentLanguage() })}`, download: '',
      'data-download': 'pdf' }, t('reach.pdf')),
    roles.includes('coordinator') || roles.includes('admin')
      ? h('a', { href: 'evaluation-results.html', 'data-evaluation-results': '' }, t('reach.evaluationResults'))
      : null);
}

function figures(report, session) {
  return [
    h('dl', { class: 'facts reach-about' },
      h('div', { 'data-scope': '' }, h('dt', {}, t('reach.scope')), h('dd', {}, report.scope)),
      h('div', { 'data-covers': '' }, h('dt', {}, t('reach.covers')),
        h('dd', {}, t('reach.coversText', { from: monthName(report.from), to: monthName(report.to), period: periodWord(report.period) }))),
      report.made ? h('div', {}, h('dt', {}, t('reach.made')), h('dd', {}, madeAt(report.made))) : null),
    downloads(report, session),
    targetsSection(report),
    totalsSection(report),
    tablesSection(report),
    report.consultants ? consultantsSection(report.consultants) : null,
    report.activities?.length ? activitiesSection(report.activities) : null,
  ];
}

/** The report for a choice; a refused choice (400) comes back as the error, for the form to show. */
async function load(choice) {
  try {
    return { report: await getJson(`api/reach?${query(choice)}`) };
  } catch (error) {
    if (error instanceof ApiError && error.problem.status === 400) return { error };
    throw error;
  }
}

function remember(choice) {
  Object.assign(chosen, choice);
  const url = new URL(location.href);
  for (const [k, v] of Object.entries(choice)) url.searchParams.set(k, v);
  history.replaceState(history.state, '', url);
}

startPage(async () => {
  const [session, first] = await Promise.all([getJson('api/session').catch(() => null), load(chosen)]);
  const results = h('div', { class: 'reach-results', 'data-reach-results': '' });
  const announce = h('div', { 'aria-live': 'polite', 'data-announce': '', tabindex: '-1' });
  const draw = (report) => {
    results.setAttribute('data-by', report.dimension);
    results.setAttribute('data-period', report.period);
    results.replaceChildren(...figures(report, session).filter(Boolean));
  };

  const form = queryForm(first.report ? choiceOf(first.report) : chosen, async (choice) => {
    results.setAttribute('aria-busy', 'true');
    try {
      const { report, error } = await load(choice);
      if (error) throw error;
      remember(choiceOf(report));
      draw(report);
      announce.replaceChildren(notice(t('reach.updated', { by: byWord(report.dimension), period: periodWord(report.period) })));
    } finally {
      results.removeAttribute('aria-busy');
    }
  });

  if (first.report) {
    remember(choiceOf(first.report));
    draw(first.report);
  } else {
    // The address asked for something the server refused: say so on the form, next to the field.
    showErrors(form, first.error);
    setTimeout(() => form.querySelector('.error-summary')?.focus());
  }
  return {
    title: t('reach.title'),
    content: [
      h('h1', {}, t('reach.title')),
      h('p', { class: 'lead' }, t('reach.intro')),
      form,
      announce,
      results,
    ],
  };
});
