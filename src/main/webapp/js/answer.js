// /answer#<token>: anyone with an activity's QR code or a consultancy's link answers
// its evaluation — no account, no name. The token stays in the fragment, so it never
// reaches a server log in a path or query. The browser remembers that it answered
// this link and says so instead of offering the form again; on a shared tablet the
// next person can still answer (the link takes only as many answers as there were people).
import { h } from './dom.js';
import { ApiError, postJson } from './api.js';
import { t } from './i18n.js';
import { rerender, startPage } from './page.js';
import { day } from './learner-parts.js';
import { answerForm, introduction, thanks } from './evaluation-parts.js';

const STORAGE_KEY = 'broer.answered';
const KEEP = 200;

const tokenInAddress = () => decodeURIComponent(location.hash.replace(/^#/, '')).trim();

let token = tokenInAddress();
let state = null; // 'thanks' right after answering; 'again' when the next person on this device answers

// localStorage throws in some private modes: then nothing is remembered, and the server still counts.
function answeredHere() {
  try {
    return (JSON.parse(localStorage.getItem(STORAGE_KEY)) || []).includes(token);
  } catch {
    return false;
  }
}

function remember(answered) {
  try {
    const list = (JSON.parse(localStorage.getItem(STORAGE_KEY)) || []).filter((x) => x !== answered);
    list.push(answered);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list.slice(-KEEP)));
  } catch { /* not remembered */ }
}

function forget(answered) {
  try {
    const list = (JSON.parse(localStorage.getItem(STORAGE_KEY)) || []).filter((x) => x !== answered);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch { /* nothing to forget */ }
}

window.addEventListener('hashchange', () => {
  token = tokenInAddress();
  state = null;
  rerender();
});

function answered(kind) {
  const next = h('button', { type: 'button', class: 'button button--secondary', 'data-someone-else': '' }, t('answer.someoneElse'));
  next.addEventListener('click', async () => {
    forget(token);
    state = 'again';
    await rerender();
    document.querySelector('main h1')?.focus();
  });
  return [
    h('h1', { tabindex: '-1' }, t(kind === 'thanks' ? 'answer.thanksHeading' : 'answer.alreadyHeading')),
    h('div', { 'data-answer-state': kind },
      kind === 'thanks'
        ? thanks(t('answer.thanksText'))
        : h('div', { class: 'alert alert--good', role: 'status', 'data-already-answered': '' },
          h('p', { class: 'alert__title' }, t('answer.already')), h('p', {}, t('answer.alreadyText')))),
    h('p', { class: 'meta' }, t('answer.sharedDevice')),
    h('p', { class: 'actions' }, next),
  ];
}

startPage(async () => {
  if (!token) {
    throw new ApiError({ title: t('answer.noLink.title'), detail: t('answer.noLink'), status: 404 });
  }
  if (state === 'thanks') return { title: t('answer.thanksHeading'), content: answered('thanks') };
  if (state !== 'again' && answeredHere()) return { title: t('answer.alreadyHeading'), content: answered('already') };
  const link = await postJson('api/evaluations/link', { token });
  const q = link.questionnaire;
  const form = answerForm(q, async (answer) => {
    await postJson('api/evaluations/link/answers', { token, ...answer });
    remember(token);
    state = 'thanks';
    await rerender();
    document.querySelector('[data-thanks]')?.focus();
  });
  return {
    title: q.title,
    content: [
      h('h1', {}, q.title),
      h('p', { class: 'lead', dir: 'auto', 'data-occasion-title': '' }, link.title),
      link.closesOn ? h('p', { class: 'meta' }, t('answer.until', { date: day(link.closesOn) })) : null,
      ...introduction(q),
      h('div', { 'data-answer-state': 'form' }, form),
    ],
  };
});
