// assessment.html?learner=… (assessors): one candidate for dialogue consultant —
// the requirements, modules and log (read only), the observation of a dialogue
// scored against the rubric, asking for changes, approval (certification), the
// approval of a renewal, and revoking a certification with a reason.
import { h } from './dom.js';
import { getJson, postJson, segment } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { missingParameter, rerender, startPage } from './page.js';
import { facts } from './parts.js';
import { notice, onSubmit, textField } from './forms.js';
import { day } from './learner-parts.js';
import { verifyLink } from './certificate-parts.js';
import { actionButton as sharedActionButton } from './practice-parts.js';
import {
  cohortName, entriesList, historyList, missingList, modulesPart, requirementsList, standingLine, statusBox, textareaField,
} from './practice-parts.js';

const learnerId = new URLSearchParams(location.search).get('learner');
const base = () => `api/assessments/${segment(learnerId)}`;
let message = null; // { text, kind }

async function done(text, kind = 'good') {
  message = { text, kind };
  await rerender();
  document.querySelector('[data-announce]')?.focus();
}

const orNull = (value) => (value === '' || value === undefined ? null : value);

/** A button that posts; a refusal (409: what is missing) is shown in the page's notice. */
const actionButton = (label, attrs, run, kind) => sharedActionButton(label, attrs, run, (message) => done(message, 'error'), kind);

function observationSummary(rubric, observation) {
  if (!observation) return h('p', { 'data-no-observation': '' }, t('assessment.noObservation'));
  const level = (id) => rubric.scale.find((s) => s.id === id)?.title ?? id ?? t('assessment.notScored');
  return h('div', { 'data-observation-result': observation.passed ? 'passed' : 'not-passed' },
    h('p', { class: `certificate-status ${observation.passed ? 'certificate-status--valid' : 'certificate-status--revoked'}` },
      t(observation.passed ? 'assessment.observationPassed' : 'assessment.observationNotPassed', { date: day(observation.observedOn) })),
    facts(rubric.criteria.map((c) => [c.title, [level(observation.scores?.[c.id]),
      observation.notes?.[c.id] ? h('span', { class: 'meta', dir: 'auto' }, ` – ${observation.notes[c.id]}`) : null]])));
}

/** Per criterion: a fieldset of radio buttons, one per level of the scale, and a short note. */
function observationForm(rubric, observation) {
  const o = observation ?? {};
  const passTitle = rubric.scale.find((s) => s.id === rubric.passLevel)?.title ?? rubric.passLevel;
  const criteria = rubric.criteria.map((c, i) => {
    const descId = `criterion-${i}-description`;
    return h('fieldset', { class: 'field field--group criterion', 'data-field': `scores.${c.id}`, 'data-criterion': c.id,
      'aria-describedby': c.description ? descId : null },
    h('legend', {}, c.title),
    c.description ? h('p', { class: 'field__hint', id: descId }, c.description) : null,
    rubric.scale.map((s, j) => {
      const id = `score-${i}-${j}`;
      return h('div', { class: 'check' },
        h('input', { type: 'radio', id, name: `score-${c.id}`, value: s.id, checked: o.scores?.[c.id] === s.id }),
        h('label', { for: id }, s.title));
    }),
    textareaField({ name: `note-${c.id}`, label: t('assessment.note', { criterion: c.title }), value: o.notes?.[c.id] ?? '', rows: 2 }));
  });
  const form = h('form', { class: 'form', novalidate: true, 'data-observation': '' },
    h('p', {}, t('assessment.observationIntro', { level: passTitle })),
    textField({ name: 'observedOn', label: t('assessment.observedOn'), type: 'date', required: true, value: o.observedOn ?? '' }),
    criteria,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('assessment.saveObservation'))));
  return onSubmit(form, async (data) => {
    const scores = {};
    const notes = {};
    for (const c of rubric.criteria) {
      const picked = form.querySelector(`input[name="score-${CSS.escape(c.id)}"]:checked`);
      if (picked) scores[c.id] = picked.value;
      const note = (data[`note-${c.id}`] || '').trim();
      if (note) notes[c.id] = note;
    }
    await postJson(`${base()}/observation`, { observedOn: orNull(data.observedOn), scores, notes });
    await done(t('assessment.observationSaved'));
  });
}

function changesForm() {
  const form = h('form', { class: 'form', novalidate: true, 'data-changes': '' },
    textareaField({ name: 'message', label: t('assessment.changesMessage'), required: true, rows: 4, hint: t('assessment.changesHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('assessment.sendChanges'))));
  return onSubmit(form, async (data) => {
    await postJson(`${base()}/changes`, { message: data.message });
    await done(t('assessment.changesSent'));
  });
}

function revokeForm() {
  const form = h('form', { class: 'form', novalidate: true, 'data-revoke': '' },
    textField({ name: 'reason', label: t('certificate.reason'), required: true, autocomplete: 'off', hint: t('certificate.reasonHint') }),
    textField({ name: 'publicReason', label: t('certificate.publicReasonLabel'), autocomplete: 'off', hint: t('certificate.publicReasonHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--danger' }, t('assessment.revoke'))));
  return onSubmit(form, async (data) => {
    await postJson(`${base()}/revocation`, { reason: data.reason, publicReason: orNull(data.publicReason) });
    await done(t('assessment.revoked'));
  });
}

function certificationPart(view) {
  const c = view.certification;
  if (!c) return null;
  const renewalSubmitted = view.renewal?.submitted;
  return h('section', { 'aria-labelledby': 'certification', class: 'panel', 'data-certification': c.code },
    h('h2', { id: 'certification' }, t('assessment.certification')),
    standingLine(c),
    facts([
      [t('practice.code'), h('span', { lang: 'en' }, c.code)],
      [t('practice.validFrom'), day(c.validFrom)],
      [t('practice.validUntil'), day(c.validUntil)],
      [t('practice.awardedOn'), day(c.awardedOn)],
    ]),
    h('p', {}, verifyLink(c)),
    view.renewal ? [
      h('h3', {}, t('practice.renewal')),
      h('div', { 'data-renewal': renewalSubmitted ? 'submitted' : 'not-submitted' }, facts([
        [t('assessment.refresher'), view.renewal.refresher
          ? `${view.renewal.refresher.title}: ${view.renewal.refresher.passed ? t('practice.passed') : t('practice.notPassed')}` : ''],
        [t('practice.renewal.activities'), t('practice.count', { done: view.renewal.activities, count: view.renewal.activitiesNeeded })],
        [t('assessments.ready'), view.renewal.ready ? t('assessments.yes') : t('assessments.no')],
        [t('assessments.renewal'), renewalSubmitted ? t('assessments.renewalSubmitted') : t('assessment.renewalNotSubmitted')],
      ])),
      renewalSubmitted ? h('p', { class: 'actions' }, actionButton(t('assessment.approveRenewal'), { 'data-approve-renewal': '' }, async () => {
        const renewed = await postJson(`${base()}/renewal`, {});
        await done(t('assessment.renewed', { code: renewed.code, date: day(renewed.validUntil) }));
      })) : null,
    ] : null,
    c.status === 'valid' ? [h('h3', {}, t('assessment.revokeHeading')), revokeForm()] : null);
}

function decision(view) {
  if (view.certification || view.status === 'approved') return null;
  return h('section', { 'aria-labelledby': 'decision', class: 'panel', 'data-decision': '' },
    h('h2', { id: 'decision' }, t('assessment.decision')),
    h('p', { 'data-ready': String(Boolean(view.ready)) }, view.ready ? t('assessment.ready') : t('assessment.notReady')),
    view.ready ? null : missingList(view),
    h('p', { class: 'actions' }, actionButton(t('assessment.approve'), { 'data-approve': '' }, async () => {
      const award = await postJson(`${base()}/approval`, {});
      await done(t('assessment.approved', { code: award.code, date: day(award.validUntil) }));
    })),
    h('h3', {}, t('assessment.changes')),
    changesForm());
}

startPage(async () => {
  if (!learnerId) throw missingParameter('assessment.missingLearner');
  const [view, districts] = await Promise.all([
    getJson(`${base()}?lang=${currentLanguage()}`),
    getJson('api/districts').catch(() => []),
  ]);
  const announce = h('div', { 'aria-live': 'polite', 'data-announce': '', tabindex: '-1' },
    message ? notice(message.text, message.kind) : null);
  message = null;
  return {
    title: `${t('assessment.title')} – ${view.name}`,
    content: [
      h('p', {}, h('a', { href: 'assessments.html' }, t('assessments.title'))),
      h('h1', { dir: 'auto' }, view.name),
      h('p', { class: 'lead' }, cohortName(view.cohort)),
      announce,
      statusBox(view),
      certificationPart(view),
      h('section', { 'aria-labelledby': 'requirements' },
        h('h2', { id: 'requirements' }, t('practice.requirements')),
        requirementsList(view.requirements),
        h('h3', {}, t('practice.modulesHeading')),
        modulesPart(view.modules)),
      view.rubric ? h('section', { 'aria-labelledby': 'observation' },
        h('h2', { id: 'observation' }, t('assessment.observation')),
        observationSummary(view.rubric, view.observation),
        h('h3', {}, view.observation ? t('assessment.editObservation') : t('assessment.recordObservation')),
        observationForm(view.rubric, view.observation)) : null,
      decision(view),
      h('section', { 'aria-labelledby': 'entries' },
        h('h2', { id: 'entries' }, t('assessment.entries')),
        entriesList(view.entries ?? [], districts)),
      h('section', { 'aria-labelledby': 'history' },
        h('h2', { id: 'history' }, t('practice.historyHeading')),
        historyList(view.history)),
    ],
  };
});
