// matrix.html?cohort=… (the cohort's trainers, coordinators): who is where — learners
// × modules, plus attendance per meeting — sortable by name or progress, with a
// "stuck" filter, and the CSV for Excel. A grid on a laptop, a list per learner on a phone.
import { h } from './dom.js';
import { getJson, segment } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { missingParameter, startPage } from './page.js';
import { longDay } from './learner-parts.js';

const cohortId = new URLSearchParams(location.search).get('cohort');
const view = { sort: 'name', stuckOnly: false };

const SYMBOL = { passed: '✓', failed: '✗', started: '•', 'not-started': '–' };

function cell(c, label) {
  const words = c.state === 'failed' ? t('matrix.failedTimes', { n: c.failedAttempts }) : t(`state.${c.state}`);
  return h('td', { class: `cell cell--${c.state}`, 'data-state': c.state, 'data-label': label },
    h('span', { 'aria-hidden': 'true' }, SYMBOL[c.state], c.state === 'failed' ? String(c.failedAttempts) : ''),
    h('span', { class: 'visually-hidden' }, words));
}

function attendanceCell(present, label) {
  const key = present === true ? 'attendance.present' : present === false ? 'attendance.absent' : 'matrix.unmarked';
  return h('td', { class: 'cell', 'data-label': label }, h('span', { 'aria-hidden': 'true' }, present === true ? '✓' : present === false ? '✗' : ''),
    h('span', { class: 'visually-hidden' }, t(key)));
}

function rows(data) {
  let learners = data.learners.filter((l) => !view.stuckOnly || l.stuck);
  learners = [...learners].sort(view.sort === 'progress'
    ? (a, b) => (b.passed / (b.total || 1)) - (a.passed / (a.total || 1)) || a.name.localeCompare(b.name, currentLanguage())
    : (a, b) => a.name.localeCompare(b.name, currentLanguage()));
  return learners.map((l) => h('tr', { 'data-learner': l.name, 'data-stuck': l.stuck || null },
    h('th', { scope: 'row' }, h('span', { class: 'matrix__name' }, l.name),
      h('span', { class: 'matrix__summary' }, l.completedAt ? t('progress.completed') : t('progress.line', { passed: l.passed, total: l.total }),
        l.stuck ? [' · ', h('strong', { class: 'matrix__stuck' }, t(`matrix.stuck.${l.stuck}`))] : null)),
    l.cells.map((c, i) => cell(c, data.modules[i]?.title ?? c.module)),
    l.attendance.map((a, i) => attendanceCell(a, longDay(data.meetings[i].when.date)))));
}

function table(data) {
  const modules = data.modules.map((m) => h('th', { scope: 'col', class: 'matrix__module' }, m.title));
  const meetings = data.meetings.map((m) => h('th', { scope: 'col', class: 'matrix__meeting' }, longDay(m.when.date)));
  return h('div', { class: 'table-scroll matrix-scroll', tabindex: '0', role: 'region', 'aria-label': t('matrix.title') },
    h('table', { class: 'matrix' },
      h('caption', { class: 'visually-hidden' }, t('matrix.caption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('csv.name')), modules, meetings)),
      h('tbody', { 'data-rows': '' }, rows(data))));
}

startPage(async () => {
  if (!cohortId) throw missingParameter('error.missingCohort');
  const [cohort, data] = await Promise.all([getJson(`api/cohorts/${segment(cohortId)}`),
    getJson(`api/cohorts/${segment(cohortId)}/progress`)]);
  const grid = table(data);
  const count = h('p', { class: 'meta', role: 'status', 'data-count': '' });
  const redraw = () => {
    const body = grid.querySelector('[data-rows]');
    body.replaceChildren(...rows(data));
    count.textContent = t('matrix.showing', { n: body.children.length, total: data.learners.length });
  };
  const sort = h('select', { id: 'matrix-sort', name: 'sort' },
    h('option', { value: 'name', selected: view.sort === 'name' }, t('matrix.byName')),
    h('option', { value: 'progress', selected: view.sort === 'progress' }, t('matrix.byProgress')));
  sort.addEventListener('change', () => { view.sort = sort.value; redraw(); });
  const stuck = h('input', { type: 'checkbox', id: 'matrix-stuck', name: 'stuck', checked: view.stuckOnly });
  stuck.addEventListener('change', () => { view.stuckOnly = stuck.checked; redraw(); });
  const csv = `api/cohorts/${segment(cohortId)}/progress/csv?lang=${currentLanguage()}`;
  const stuckOnes = data.learners.filter((l) => l.stuck).map((l) => l.learnerId);
  const reminders = stuckOnes.length ? h('a', { class: 'button', 'data-stuck-slips': '',
    href: `slips.html?cohort=${segment(cohortId)}&learners=${stuckOnes.join(',')}` },
  t('matrix.stuckSlips', { n: stuckOnes.length })) : null;
  const content = [
    h('p', {}, h('a', { href: `cohort.html?id=${segment(cohortId)}` }, cohort.name)),
    h('h1', {}, t('matrix.title')),
    h('div', { class: 'matrix-tools' },
      h('div', { class: 'field' }, h('label', { for: 'matrix-sort' }, t('matrix.sort')), sort),
      h('div', { class: 'check' }, stuck, h('label', { for: 'matrix-stuck' }, t('matrix.onlyStuck'))),
      h('p', { class: 'actions' }, reminders,
        h('a', { class: 'button button--secondary', href: csv, download: '', 'data-csv': 'semicolon' }, t('matrix.csv')),
        h('a', { href: `${csv}&separator=comma`, download: '', 'data-csv': 'comma' }, t('matrix.csvComma')))),
    count,
    h('p', { class: 'meta' }, t('matrix.legend')),
    grid,
  ];
  queueMicrotask(redraw);
  return { title: t('matrix.title'), content };
});
