// practice.html (a learner on the dialogue-consultant track): the practice log on a
// phone — where the candidacy stands, each requirement as "2 af 4" with a bar, the
// modules, the entries, forms to log a dialogue, the local project, a supervision
// session and the case analysis, sending it all for assessment, and once
// certified: the certificate, how long it is valid, and renewal.
import { h } from './dom.js';
import { ApiError, getJson, postJson, putJson, segment } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { rerender, startPage } from './page.js';
import { facts } from './parts.js';
import { notice, onSubmit, selectField, textField } from './forms.js';
import { day } from './learner-parts.js';
import { pdfLinks, verifyLink } from './certificate-parts.js';
import { actionButton as sharedActionButton } from './practice-parts.js';
import {
  bar, entriesList, historyList, missingList, modulesPart, requirementsList, standingLine, statusBox, textareaField,
} from './practice-parts.js';

const MAX_PDF = 2 * 1024 * 1024;
let message = null; // { text, kind }: what the last action did, shown after the page is drawn again

async function done(text, kind = 'good') {
  message = { text, kind };
  await rerender();
  document.querySelector('[data-announce]')?.focus();
}

const number = (value) => (value === '' || value === undefined || value === null ? null : Number(value));
const orNull = (value) => (value === '' || value === undefined ? null : value);

/** A refusal the form shows under a field, before anything is sent. */
function fieldProblem(field, text) {
  return new ApiError({ title: t('practice.checkForm'), detail: text, status: 400, errors: [{ field, message: text }] });
}

/** The PDF as it is, like api.js sends a file: same headers, ?lang=, problem details on failure. */
async function postPdf(path, file) {
  const url = new URL(path, document.baseURI);
  url.searchParams.set('lang', currentLanguage());
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { Accept: 'application/json, application/problem+json', 'Content-Type': 'application/pdf' },
      body: file,
    });
  } catch {
    throw new ApiError({ title: t('error.network.title'), detail: t('error.network'), status: 0 });
  }
  let body = null;
  if (/json/i.test(response.headers.get('content-type') || '')) {
    try { body = await response.json(); } catch { body = null; }
  }
  if (!response.ok) {
    throw new ApiError(body && (body.title || body.detail)
      ? { ...body, status: body.status ?? response.status, errors: Array.isArray(body.errors) ? body.errors : [] }
      : { title: t('error.title'), detail: t('error.status', { status: response.status }), status: response.status, errors: [] });
  }
  return body;
}

function districtField(districts, value = '') {
  return selectField({ name: 'district', label: t('practice.district'), value,
    options: [['', t('cohort.choose')], ...districts.map((d) => [d.code, d.name])] });
}

const submitRow = (label) => h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, label));

function dialogueForm(districts) {
  const form = h('form', { class: 'form', novalidate: true, 'data-add': 'dialogue' },
    textField({ name: 'occurredOn', label: t('practice.date'), type: 'date', required: true }),
    districtField(districts),
    textField({ name: 'partners', label: t('practice.partners'), autocomplete: 'off', hint: t('practice.partnersHint') }),
    textField({ name: 'participants', label: t('practice.participants'), type: 'number', inputmode: 'numeric', required: true }),
    selectField({ name: 'role', label: t('practice.role'), options: [['', t('cohort.choose')],
      ['co-facilitator', t('practice.role.co-facilitator')], ['lead', t('practice.role.lead')]] }),
    submitRow(t('practice.dialogue.add')));
  return onSubmit(form, async (data) => {
    await postJson('api/me/practice/dialogues', {
      occurredOn: orNull(data.occurredOn), district: orNull(data.district), partners: orNull(data.partners),
      participants: number(data.participants), role: orNull(data.role),
    });
    await done(t('practice.dialogue.added'));
  });
}

/** The local dialogue project: a new one, or the one already logged (its dates are occurredOn–endedOn). */
function projectForm(districts, project = null) {
  const p = project ?? {};
  const form = h('form', { class: 'form', novalidate: true, ...(project ? { 'data-edit': 'project', 'data-entry': project.id } : { 'data-add': 'project' }) },
    textField({ name: 'title', label: t('practice.project.title'), value: p.title ?? '', autocomplete: 'off', required: true }),
    districtField(districts, p.district ?? ''),
    textField({ name: 'from', label: t('practice.project.from'), type: 'date', value: p.occurredOn ?? '', required: true }),
    textField({ name: 'to', label: t('practice.project.to'), type: 'date', value: p.endedOn ?? '' }),
    textField({ name: 'partners', label: t('practice.partners'), value: p.partners ?? '', autocomplete: 'off', hint: t('practice.partnersHint') }),
    textareaField({ name: 'needsAnalysis', label: t('practice.project.needsAnalysis'), value: p.needsAnalysis ?? '', hint: t('practice.project.needsAnalysisHint') }),
    textareaField({ name: 'plan', label: t('practice.project.plan'), value: p.plan ?? '' }),
    textField({ name: 'meetingsHeld', label: t('practice.project.meetingsHeld'), type: 'number', inputmode: 'numeric', value: p.meetingsHeld ?? '' }),
    textField({ name: 'evaluationAnswered', label: t('practice.project.evaluationAnswered'), type: 'number', inputmode: 'numeric', value: p.evaluationAnswered ?? '' }),
    textField({ name: 'evaluationAgreed', label: t('practice.project.evaluationAgreed'), type: 'number', inputmode: 'numeric', value: p.evaluationAgreed ?? '',
      hint: t('practice.project.evaluationAgreedHint') }),
    textareaField({ name: 'stories', label: t('practice.project.stories'), value: p.stories ?? '', rows: 8, hint: t('practice.project.storiesHint') }),
    submitRow(project ? t('practice.project.save') : t('practice.project.add')));
  return onSubmit(form, async (data) => {
    const body = {
      title: orNull(data.title), district: orNull(data.district), from: orNull(data.from), to: orNull(data.to),
      partners: orNull(data.partners), needsAnalysis: orNull(data.needsAnalysis), plan: orNull(data.plan),
      meetingsHeld: number(data.meetingsHeld), evaluationAgreed: number(data.evaluationAgreed),
      evaluationAnswered: number(data.evaluationAnswered), stories: orNull(data.stories),
    };
    if (project) {
      await putJson(`api/me/practice/projects/${segment(project.id)}`, body);
      await done(t('practice.project.saved'));
    } else {
      await postJson('api/me/practice/projects', body);
      await done(t('practice.project.added'));
    }
  });
}

function supervisionForm() {
  const form = h('form', { class: 'form', novalidate: true, 'data-add': 'supervision' },
    textField({ name: 'occurredOn', label: t('practice.date'), type: 'date', required: true }),
    textField({ name: 'supervisor', label: t('practice.supervisor'), autocomplete: 'off', required: true }),
    textField({ name: 'minutes', label: t('practice.minutes'), type: 'number', inputmode: 'numeric', required: true }),
    textareaField({ name: 'notes', label: t('practice.notes'), rows: 3, hint: t('practice.notesHint') }),
    submitRow(t('practice.supervision.add')));
  return onSubmit(form, async (data) => {
    await postJson('api/me/practice/supervision', {
      occurredOn: orNull(data.occurredOn), supervisor: orNull(data.supervisor), minutes: number(data.minutes), notes: orNull(data.notes),
    });
    await done(t('practice.supervision.added'));
  });
}

/** The case analysis: typed here, or a PDF (at most 2 MB) sent as it is. */
function caseAnalysisForm() {
  const fileId = 'case-analysis-pdf';
  const form = h('form', { class: 'form', novalidate: true, 'data-add': 'case-analysis' },
    h('p', {}, t('practice.caseAnalysis.how')),
    textField({ name: 'occurredOn', label: t('practice.date'), type: 'date', required: true }),
    textareaField({ name: 'text', label: t('practice.caseAnalysis.text'), rows: 10 }),
    h('div', { class: 'field' },
      h('label', { for: fileId }, t('practice.caseAnalysis.pdf'), h('span', { class: 'field__optional' }, ` (${t('form.optional')})`)),
      h('p', { class: 'field__hint', id: `${fileId}-hint` }, t('practice.caseAnalysis.pdfHint')),
      h('input', { id: fileId, name: 'pdf', type: 'file', accept: 'application/pdf,.pdf', 'aria-describedby': `${fileId}-hint` })),
    submitRow(t('practice.caseAnalysis.add')));
  return onSubmit(form, async (data) => {
    const file = form.querySelector('input[type=file]').files[0] || null;
    const text = (data.text || '').trim();
    if (file && text) throw fieldProblem('pdf', t('practice.caseAnalysis.oneOnly'));
    if (file) {
      if (!(file.type === 'application/pdf' || /\.pdf$/i.test(file.name))) throw fieldProblem('pdf', t('practice.caseAnalysis.notPdf'));
      if (file.size > MAX_PDF) throw fieldProblem('pdf', t('practice.caseAnalysis.tooLarge'));
      const query = data.occurredOn ? `?occurredOn=${encodeURIComponent(data.occurredOn)}` : '';
      await postPdf(`api/me/practice/case-analysis/pdf${query}`, file);
      await done(t('practice.caseAnalysis.uploadedNotice'));
      return;
    }
    if (!text) throw fieldProblem('text', t('practice.caseAnalysis.empty'));
    await postJson('api/me/practice/case-analysis', { occurredOn: orNull(data.occurredOn), text: data.text });
    await done(t('practice.caseAnalysis.added'));
  });
}

/** A button that posts, then says what happened in the page's notice (a refusal too). */
const actionButton = (label, attrs, run, kind) => sharedActionButton(label, attrs, run, (message) => done(message, 'error'), kind);

function submission(view) {
  if (!['logging', 'changes-requested'].includes(view.status)) return null;
  // The observation is the assessor's to record, after the log is sent: it never holds the sending back.
  const ready = view.readyToSubmit;
  const button = actionButton(t('practice.submit'), {
    'data-submit-for-assessment': '', disabled: !ready, 'aria-describedby': ready ? null : 'submit-missing',
  }, async () => {
    await postJson('api/me/practice/submission', {});
    await done(t('practice.submittedNotice'));
  });
  return h('section', { 'aria-labelledby': 'submission', class: 'panel', 'data-submission': '' },
    h('h2', { id: 'submission' }, t('practice.submission')),
    ready ? h('p', {}, t('practice.readyText'))
      : h('div', { id: 'submit-missing' }, h('p', {}, t('practice.notReady')), missingList(view)),
    h('p', { class: 'actions' }, button));
}

function certification(c) {
  if (!c) return null;
  return h('section', { 'aria-labelledby': 'certification', class: 'certificate', 'data-certification': c.code },
    h('h2', { id: 'certification', tabindex: '-1' }, t('practice.certification')),
    standingLine(c),
    facts([
      [t('practice.code'), h('span', { 'data-code': '', lang: 'en' }, c.code)],
      [t('practice.validFrom'), day(c.validFrom)],
      [t('practice.validUntil'), day(c.validUntil)],
      [t('practice.awardedOn'), day(c.awardedOn)],
    ]),
    c.status === 'valid' && c.standing !== 'expired' ? pdfLinks('api/me/certificates', c.code) : null,
    h('p', {}, verifyLink(c)));
}

function renewal(view) {
  const c = view.certification;
  const r = view.renewal;
  if (!c || !r || c.status === 'revoked') return null;
  const activities = t('practice.count', { done: r.activities, count: r.activitiesNeeded });
  let action;
  if (r.submitted) {
    action = h('p', { 'data-renewal-submitted': '' }, t('practice.renewal.submitted'));
  } else if (c.renewalOpen) {
    action = [
      r.ready ? null : h('p', { id: 'renewal-missing' }, t('practice.renewal.notReady')),
      h('p', { class: 'actions' }, actionButton(t('practice.renewal.submit'), {
        'data-submit-renewal': '', disabled: !r.ready, 'aria-describedby': r.ready ? null : 'renewal-missing',
      }, async () => {
        await postJson('api/me/practice/renewal', {});
        await done(t('practice.renewal.submittedNotice'));
      })),
    ];
  } else {
    action = h('p', { 'data-renewal-opens': c.renewalOpensOn ?? '' },
      c.renewalOpensOn ? t('practice.renewal.opensOn', { date: day(c.renewalOpensOn) }) : t('practice.renewal.closed'));
  }
  return h('section', { 'aria-labelledby': 'renewal', class: 'panel', 'data-renewal': '' },
    h('h2', { id: 'renewal' }, t('practice.renewal')),
    h('p', {}, t('practice.renewal.intro')),
    h('ul', { class: 'requirements' },
      r.refresher ? h('li', { class: `requirement${r.refresher.passed ? ' requirement--met' : ''}`, 'data-refresher': r.refresher.id, 'data-met': String(Boolean(r.refresher.passed)) },
        h('p', { class: 'requirement__title' },
          h('a', { href: `module.html?id=${segment(r.refresher.id)}` }, r.refresher.title), ' ',
          h('span', { class: 'badge' }, r.refresher.passed ? t('practice.passed') : t('practice.notPassed')))) : null,
      h('li', { class: `requirement${r.activities >= r.activitiesNeeded ? ' requirement--met' : ''}`, 'data-activities': '',
        'data-met': String(r.activities >= r.activitiesNeeded) },
      h('p', { class: 'requirement__title' }, h('strong', {}, t('practice.renewal.activities'))),
      h('p', { class: 'meta' }, t('practice.renewal.activitiesHint')),
      h('div', { class: 'progress' },
        h('p', { class: 'progress__text', 'aria-hidden': 'true' }, activities),
        bar(r.activities, r.activitiesNeeded, t('practice.renewal.activities'), activities)))),
    action);
}

function addForms(view, districts) {
  const projects = view.entries.filter((e) => e.kind === 'project');
  return h('section', { 'aria-labelledby': 'add', 'data-add-forms': '' },
    h('h2', { id: 'add' }, t('practice.add')),
    h('div', { class: 'alert alert--warning', 'data-privacy': '' }, h('p', { class: 'alert__title' }, t('practice.privacy'))),
    h('h3', { id: 'add-dialogue' }, t('practice.dialogue.heading')), dialogueForm(districts),
    h('h3', { id: 'add-project' }, t('practice.project.heading')),
    projects.length
      ? projects.map((p) => [h('p', {}, t('practice.project.editIntro')), projectForm(districts, p)])
      : projectForm(districts),
    h('h3', { id: 'add-supervision' }, t('practice.supervision.heading')), supervisionForm(),
    h('h3', { id: 'add-case-analysis' }, t('practice.caseAnalysis.heading')), caseAnalysisForm());
}

startPage(async () => {
  const [view, districts] = await Promise.all([
    getJson(`api/me/practice?lang=${currentLanguage()}`),
    getJson('api/districts').catch(() => []),
  ]);
  const announce = h('div', { 'aria-live': 'polite', 'data-announce': '', tabindex: '-1' },
    message ? notice(message.text, message.kind) : null);
  message = null;
  return {
    title: t('practice.title'),
    content: [
      h('p', {}, h('a', { href: 'me.html' }, t('me.title'))),
      h('h1', {}, t('practice.title')),
      h('p', { class: 'lead' }, view.cohort?.name),
      announce,
      statusBox(view),
      certification(view.certification),
      renewal(view),
      h('section', { 'aria-labelledby': 'requirements' },
        h('h2', { id: 'requirements' }, t('practice.requirements')),
        requirementsList(view.requirements),
        h('h3', {}, t('practice.modulesHeading')),
        modulesPart(view.modules)),
      submission(view),
      h('section', { 'aria-labelledby': 'entries' },
        h('h2', { id: 'entries' }, t('practice.entries')),
        entriesList(view.entries, districts, { pdfLink: true })),
      addForms(view, districts),
      h('section', { 'aria-labelledby': 'history' },
        h('h2', { id: 'history' }, t('practice.historyHeading')),
        historyList(view.history)),
    ],
  };
});
