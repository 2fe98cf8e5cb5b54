// evaluation.html?key=… (the learner): one evaluation of their cohort — a meeting or
// the track — answered once. The answer is anonymous: staff see counts, never who said what.
import { h } from './dom.js';
import { getJson, postJson, segment } from './api.js';
import { t } from './i18n.js';
import { missingParameter, rerender, startPage } from './page.js';
import { facts } from './parts.js';
import { day } from './learner-parts.js';
import { answerForm, introduction, thanks } from './evaluation-parts.js';

const key = new URLSearchParams(location.search).get('key');

startPage(async () => {
  if (!key) throw missingParameter('error.missingEvaluation');
  const evaluation = await getJson(`api/me/evaluations/${segment(key)}`);
  const q = evaluation.questionnaire;
  const head = [
    h('p', {}, h('a', { href: 'me.html' }, t('evaluation.back'))),
    h('h1', {}, q.title),
    h('p', { class: 'lead', dir: 'auto' }, evaluation.title),
    facts([[t('evaluation.cohort'), evaluation.cohort], [t('evaluation.answerBy'), day(evaluation.closesOn)]]),
  ];
  if (evaluation.answered) {
    return {
      title: q.title,
      content: [...head, h('div', { 'data-evaluation-state': 'answered' },
        thanks(t('evaluation.thanksLearner'), h('p', {}, h('a', { href: 'me.html' }, t('evaluation.back')))))],
    };
  }
  const form = answerForm(q, async (answer) => {
    await postJson(`api/me/evaluations/${segment(key)}`, answer);
    await rerender();
    document.querySelector('[data-thanks]')?.focus();
  });
  return {
    title: q.title,
    content: [...head, ...introduction(q), h('div', { 'data-evaluation-state': 'open' }, form)],
  };
});
