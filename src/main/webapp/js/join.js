// /join/<code> (from the QR on the slide) or join.html (type the code): a learner
// joins a cohort on their phone with their name only — no e-mail, no password —
// and gets the personal resume code that brings them back on any device.
import { h } from './dom.js';
import { ApiError, deleteJson, getJson, postJson, segment } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';
import { notice, onSubmit, textField } from './forms.js';
import { period, resumeCodeBox } from './learner-parts.js';

const fromPath = decodeURIComponent(location.pathname.split('/join/')[1] || '').replace(/\/$/, '');
let joined = null; // after joining, a language switch re-shows the result, not the form

function codeForm(code = '') {
  const form = h('form', { class: 'form', novalidate: true },
    textField({ name: 'code', label: t('join.code'), value: code, autocomplete: 'off', hint: t('join.codeHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('join.find'))));
  return onSubmit(form, async (data) => {
    const typed = (data.code || '').trim().toUpperCase().replace(/\s+/g, '');
    if (!typed) throw new ApiError({ title: t('join.codeMissingTitle'), detail: t('join.codeMissing'), errors: [{ field: 'code', message: t('join.codeMissing') }] });
    location.assign(`join/${encodeURIComponent(typed)}`);
  });
}

function cohortFacts(cohort) {
  return h('section', { class: 'card', 'aria-labelledby': 'cohort-name' },
    h('h2', { id: 'cohort-name', class: 'card__title' }, cohort.name),
    facts([
      [t('join.organisation'), cohort.organisation],
      [t('join.track'), cohort.track],
      [t('join.when'), period(cohort.startsOn, cohort.endsOn)],
    ]));
}

function privacyNotice(privacy) {
  return h('section', { class: 'privacy', 'aria-labelledby': 'privacy' },
    h('h2', { id: 'privacy' }, t('privacy.heading')),
    h('p', {}, t('privacy.what')),
    h('p', {}, privacy.basis),
    h('p', {}, privacy.retention),
    h('p', {}, t('privacy.rights')),
    facts([[t('privacy.controller'), privacy.controller], [t('privacy.contact'), privacy.contact]]));
}

function result(result) {
  const content = [h('h1', { tabindex: '-1', id: 'joined' }, result.already ? t('join.alreadyTitle') : t('join.doneTitle'))];
  if (result.resumeCode) {
    content.push(notice(t('join.done', { name: result.you.name, cohort: result.cohort.name })));
    content.push(resumeCodeBox(result.resumeCode, t('join.yourCode')));
  } else {
    content.push(notice(result.already ? t('join.already', { cohort: result.cohort.name }) : t('join.addedAgain', { cohort: result.cohort.name })));
  }
  content.push(h('p', {}, h('a', { class: 'button', href: 'me.html' }, t('join.toMyCourses'))));
  return content;
}

function joinForm(code, info, main) {
  const form = h('form', { class: 'form', novalidate: true },
    textField({ name: 'name', label: t('join.name'), required: true, autocomplete: 'name', hint: t('join.nameHint') }),
    textField({ name: 'phone', label: t('join.phone'), type: 'tel', autocomplete: 'tel', inputmode: 'tel' }),
    textField({ name: 'employeeNumber', label: t('join.employeeNumber'), autocomplete: 'off' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('join.submit'))));
  return onSubmit(form, async (data) => {
    joined = await postJson(`api/join/${segment(code)}`, data);
    show(main, result(joined));
  });
}

function show(main, content) {
  main.replaceChildren(...content);
  main.querySelector('h1')?.focus();
}

/** "You are Ayşe — not you?": on a shared tablet the next doorman does not become the last. */
function asSignedInLearner(code, info, main) {
  const join = h('button', { type: 'button', class: 'button' }, t('join.asYou', { name: info.you.name }));
  join.addEventListener('click', async () => {
    joined = await postJson(`api/join/${segment(code)}`, {});
    show(main, result(joined));
  });
  const notMe = h('button', { type: 'button', class: 'button button--secondary', 'data-not-me': '' }, t('join.notMe'));
  notMe.addEventListener('click', async () => {
    await deleteJson('api/session');
    location.reload();
  });
  return h('section', { class: 'alert', 'aria-labelledby': 'you-are' },
    h('p', { id: 'you-are', class: 'alert__title' }, t('join.youAre', { name: info.you.name })),
    h('div', { class: 'actions' }, join, notMe));
}

startPage(async () => {
  const main = document.getElementById('main');
  if (joined) return { title: t('join.doneTitle'), content: result(joined) };
  if (!fromPath) {
    return { title: t('join.title'), content: [h('h1', {}, t('join.title')), h('p', { class: 'lead' }, t('join.typeIntro')), codeForm()] };
  }
  let info;
  try {
    info = await getJson(`api/join/${segment(fromPath)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.problem.status !== 404) throw error;
    return {
      title: t('join.title'),
      content: [h('h1', {}, t('join.title')),
        h('div', { class: 'alert alert--error', role: 'alert' }, h('p', { class: 'alert__title' }, error.problem.title), h('p', {}, error.problem.detail)),
        codeForm(fromPath)],
    };
  }
  const content = [h('h1', {}, t('join.heading')), cohortFacts(info.cohort)];
  if (!info.cohort.takesPeople) {
    content.push(h('div', { class: 'alert alert--error', role: 'alert' }, h('p', {}, t(`join.status.${info.cohort.status}`))));
  } else if (info.signedInAsStaff) {
    content.push(h('div', { class: 'alert', role: 'status' }, h('p', {}, t('join.staffSignedIn')),
      h('p', {}, h('button', { type: 'button', class: 'button button--secondary', 'data-sign-out': '',
        onclick: async () => { await deleteJson('api/session'); location.reload(); } }, t('nav.signOut')))));
  } else if (info.you) {
    content.push(asSignedInLearner(fromPath, info, main));
  } else {
    content.push(h('p', { class: 'lead' }, t('join.intro')), joinForm(fromPath, info, main), privacyNotice(info.privacy));
  }
  return { title: info.cohort.name, content };
});
