// Pieces the practice log (practice.html) and the assessor's page (assessment.html)
// share: the status, the requirements as "2 af 4" with a bar, the modules, the
// log's entries grouped by kind (newest first), the history, and a textarea field.
import { h } from './dom.js';
import { ApiError, segment } from './api.js';
import { formatMinutes, t, tn } from './i18n.js';
import { facts } from './parts.js';
import { day } from './learner-parts.js';
import { copenhagenTime } from './staff-parts.js';

let counter = 0;

/** A labelled textarea, like forms.js textField. */
export function textareaField({ name, label, value = '', required = false, hint, rows = 4 }) {
  const id = `f-${name}-t${++counter}`;
  const hintId = hint ? `${id}-hint` : null;
  const area = h('textarea', { id, name, rows, required, 'aria-describedby': hintId });
  area.value = value ?? '';
  return h('div', { class: 'field' },
    h('label', { for: id }, label, required ? null : h('span', { class: 'field__optional' }, ` (${t('form.optional')})`)),
    hint ? h('p', { class: 'field__hint', id: hintId }, hint) : null,
    area);
}

/** A district's name from its code, or the code when the list doesn't have it. */
export function districtName(districts, code) {
  if (!code) return '';
  return districts.find((d) => d.code === code)?.name ?? code;
}

/** A bar a screen reader reads as its text ("2 af 4"), never as a bare percentage. */
export function bar(done, count, label, text) {
  const percent = count ? Math.min(100, Math.round((done * 100) / count)) : 100;
  const fill = h('span', { class: 'progress__fill' });
  fill.style.inlineSize = `${percent}%`; // through CSSOM: the CSP allows no style attributes
  return h('div', {
    class: 'progress__bar', role: 'progressbar', 'aria-label': label,
    'aria-valuemin': 0, 'aria-valuemax': count, 'aria-valuenow': Math.min(done, count), 'aria-valuetext': text,
  }, fill);
}

/** Where the candidate is: logging, submitted, changes asked for, approved; and the assessor's message. */
export function statusBox(view) {
  const kind = { approved: 'alert--good', 'changes-requested': 'alert--warning' }[view.status] ?? '';
  return h('div', { class: `alert ${kind}`, 'data-practice-status': view.status },
    h('p', { class: 'alert__title' }, t(`practice.status.${view.status}`)),
    view.status === 'changes-requested' && view.changeMessage
      ? [h('p', {}, t('practice.changeMessage')), h('p', { class: 'practice-message', dir: 'auto', 'data-change-message': '' }, view.changeMessage)]
      : null);
}

export function requirementsList(requirements) {
  return h('ul', { class: 'requirements' }, requirements.map((r) => {
    const text = t('practice.count', { done: r.done, count: r.count });
    const state = r.met ? t('practice.met') : t('practice.notMet');
    return h('li', { class: `requirement${r.met ? ' requirement--met' : ''}`, 'data-requirement': r.id, 'data-met': String(Boolean(r.met)) },
      h('p', { class: 'requirement__title' }, h('strong', {}, r.title), ' ',
        h('span', { class: 'badge' }, state)),
      r.description ? h('p', { class: 'meta' }, r.description) : null,
      h('div', { class: 'progress' },
        h('p', { class: 'progress__text', 'aria-hidden': 'true' }, text),
        bar(r.done, r.count, r.title, `${text}, ${state}`)));
  }));
}

export function modulesPart(modules) {
  if (!modules) return null;
  const text = t('practice.modules', { passed: modules.passed, total: modules.total });
  return h('div', { 'data-modules': '' },
    h('div', { class: 'progress' },
      h('p', { class: 'progress__text', 'aria-hidden': 'true' }, text),
      bar(modules.passed, modules.total, t('practice.modulesLabel'), text)),
    modules.missing?.length
      ? [h('p', {}, t('practice.modulesMissing')), h('ul', { 'data-modules-missing': '' }, modules.missing.map((m) => h('li', {}, m)))]
      : h('p', { 'data-modules-done': '' }, t('practice.modulesAllPassed')));
}

/** What still stands between the candidate and "ready": unmet requirements and modules not passed. */
export function missingList(view) {
  const items = [
    ...view.requirements.filter((r) => !r.met).map((r) => `${r.title}: ${t('practice.count', { done: r.done, count: r.count })}`),
    ...(view.modules?.missing ?? []).map((m) => t('practice.moduleMissing', { title: m })),
  ];
  return items.length ? h('ul', { 'data-missing': '' }, items.map((i) => h('li', {}, i))) : null;
}

const KINDS = ['dialogue', 'project', 'supervision', 'case-analysis'];

function entryFacts(e, districts, pdfLink) {
  const district = districtName(districts, e.district);
  switch (e.kind) {
    case 'dialogue':
      return facts([
        [t('practice.district'), district],
        [t('practice.partners'), e.partners],
        [t('practice.participants'), e.participants],
        [t('practice.roleLabel'), e.role ? t(`practice.role.${e.role}`) : ''],
      ]);
    case 'project':
      return facts([
        [t('practice.project.period'), e.endedOn ? t('practice.project.fromTo', { from: day(e.occurredOn), to: day(e.endedOn) }) : day(e.occurredOn)],
        [t('practice.district'), district],
        [t('practice.partners'), e.partners],
        [t('practice.project.needsAnalysis'), e.needsAnalysis],
        [t('practice.project.plan'), e.plan],
        [t('practice.project.meetingsHeld'), e.meetingsHeld],
        [t('practice.project.evaluation'), e.evaluationAnswered !== undefined
          ? t('practice.project.evaluationLine', { agreed: e.evaluationAgreed ?? 0, answered: e.evaluationAnswered }) : ''],
        [t('practice.project.stories'), e.stories ? h('div', { class: 'stories' },
          e.stories.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean).map((s) => h('p', { dir: 'auto' }, s))) : ''],
      ]);
    case 'supervision':
      return facts([
        [t('practice.supervisor'), e.supervisor],
        [t('practice.minutes'), e.minutes !== undefined ? formatMinutes(e.minutes) : ''],
        [t('practice.notes'), e.notes],
      ]);
    case 'case-analysis':
      return [
        e.text ? h('p', { class: 'practice-text', dir: 'auto' }, e.text) : null,
        e.hasPdf ? h('p', { 'data-pdf-uploaded': '' }, pdfLink
          ? h('a', { href: `api/me/practice/entries/${segment(e.id)}/pdf`, download: '' }, t('practice.caseAnalysis.download'))
          : t('practice.caseAnalysis.uploaded')) : null,
      ];
    default:
      return null;
  }
}

function entryItem(e, districts, pdfLink) {
  const title = e.kind === 'project' && e.title ? e.title : t(`practice.kind.${e.kind}`);
  return h('li', { class: 'card card--small entry', 'data-entry-kind': e.kind, 'data-entry': e.id },
    h('h4', { class: 'card__heading', dir: 'auto' }, title),
    h('p', { class: 'meta' }, day(e.occurredOn),
      e.countsTowards ? [' · ', t(`practice.countsTowards.${e.countsTowards}`)] : null),
    entryFacts(e, districts, pdfLink));
}

/** The log's entries, a group per kind, newest first. */
export function entriesList(entries, districts, { pdfLink = false } = {}) {
  if (!entries.length) return h('p', { 'data-no-entries': '' }, t('practice.noEntries'));
  const newest = (a, b) => (b.occurredOn || '').localeCompare(a.occurredOn || '') || (b.id - a.id);
  return KINDS.filter((k) => entries.some((e) => e.kind === k)).map((k) => h('section', { 'aria-labelledby': `entries-${k}`, 'data-entries': k },
    h('h3', { id: `entries-${k}` }, t(`practice.group.${k}`)),
    h('ul', { class: 'card-list entries' }, entries.filter((e) => e.kind === k).sort(newest).map((e) => entryItem(e, districts, pdfLink)))));
}

export function historyList(history) {
  if (!history?.length) return h('p', {}, t('practice.noHistory'));
  return h('ol', { class: 'history', 'data-history': '' }, history.map((step) => h('li', { 'data-history-kind': step.kind },
    h('p', {}, h('strong', {}, t(`practice.history.${step.kind}`)), ' · ', h('time', { datetime: step.at }, copenhagenTime(step.at))),
    step.shown ? h('p', { class: 'meta', dir: 'auto' }, step.shown) : null)));
}

/** Today's date in Copenhagen, as yyyy-mm-dd. */
export function todayInCopenhagen() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Whole days from today (Copenhagen) to an ISO date. */
export function daysUntil(isoDate) {
  const toUtc = (iso) => { const [y, m, d] = iso.split('-').map(Number); return Date.UTC(y, m - 1, d); };
  return Math.round((toUtc(isoDate) - toUtc(todayInCopenhagen())) / 86400000);
}

/** Active, expiring ("udløber om N dage"), expired, or revoked: in words, not only a colour. */
export function standingLine(c) {
  if (c.status === 'revoked') {
    return h('p', { class: 'certificate-status certificate-status--revoked', 'data-standing': 'revoked' }, t('practice.standing.revoked'));
  }
  if (c.standing === 'expired') {
    return h('p', { class: 'certificate-status certificate-status--revoked', 'data-standing': 'expired' },
      t('practice.standing.expired', { date: day(c.validUntil) }));
  }
  if (c.standing === 'expiring') {
    const n = Math.max(0, daysUntil(c.validUntil));
    return h('p', { class: 'certificate-status certificate-status--expiring', 'data-standing': 'expiring' },
      tn('practice.standing.expiring', n, { date: day(c.validUntil) }));
  }
  return h('p', { class: 'certificate-status certificate-status--valid', 'data-standing': 'active' },
    t('practice.standing.active', { date: day(c.validUntil) }));
}

/** A date, or the Copenhagen day of an instant ("2026-11-20T10:00:00Z"). */
export function dateOf(iso) {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return day(iso);
  return new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
}

/** A cohort given as a name or as {id, name}. */
export const cohortName = (cohort) => (cohort && typeof cohort === 'object' ? cohort.name : cohort) ?? '';

/** A button that posts once at a time; a refusal (a 409 saying what is missing) goes to `refused`. */
export function actionButton(label, attrs, run, refused, kind = 'button') {
  const button = h('button', { type: 'button', class: kind === 'button' ? 'button' : `button ${kind}`, ...attrs }, label);
  button.addEventListener('click', async () => {
    if (button.disabled || button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    try {
      await run();
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(error);
      await refused(error instanceof ApiError ? (error.problem.detail || error.problem.title) : t('error.unexpected'));
    } finally {
      button.removeAttribute('aria-disabled');
    }
  });
  return button;
}
