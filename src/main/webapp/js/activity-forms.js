// activity-forms.html?id=…&from=1&count=20&language=da: numbered paper forms for an
// event, one per printed page — the items with five boxes each and room for a comment —
// in the language asked for, whatever the page's own. The number on each form is what
// the coordinator types in afterwards, so no form is counted twice.
import { h } from './dom.js';
import { ApiError, getJson, segment } from './api.js';
import { t, textIn } from './i18n.js';
import { missingParameter, startPage } from './page.js';

const params = new URLSearchParams(location.search);
const id = params.get('id');
const MAX = 200;
const whole = (value, fallback, min, max) => {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};
const from = whole(params.get('from'), 1, 1, 9999);
const count = Math.min(whole(params.get('count'), 20, 1, MAX), 10000 - from);
const language = ['da', 'en'].includes(params.get('language')) ? params.get('language') : null;

/** The questionnaire in the forms' language (api.js would ask in the page's). */
async function questionnaireIn(code) {
  const url = new URL(`api/activities/${segment(id)}/questionnaire`, document.baseURI);
  url.searchParams.set('lang', code);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json, application/problem+json' } });
  } catch {
    throw new ApiError({ title: t('error.network.title'), detail: t('error.network'), status: 0 });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(body && (body.title || body.detail) ? body
      : { title: t('error.title'), detail: t('error.status', { status: response.status }), status: response.status });
  }
  return body;
}

function paperForm(number, activity, q, tt, code) {
  return h('article', { class: 'paper-form', lang: code, 'data-paper-form': number, 'aria-labelledby': `form-${number}` },
    h('header', { class: 'paper-form__head' },
      h('p', { class: 'paper-form__activity', dir: 'auto' }, activity.title),
      h('p', { class: 'paper-form__number' }, tt('paperForms.number', { n: number }))),
    h('h2', { class: 'paper-form__title', id: `form-${number}` }, q.title),
    q.intro ? h('p', { dir: 'auto' }, q.intro) : null,
    h('p', { class: 'paper-form__how' }, tt('paperForms.how')),
    h('ol', { class: 'paper-items' }, q.items.map((item) => h('li', { class: 'paper-item' },
      h('p', { class: 'paper-item__text', dir: 'auto' }, item.text),
      h('ul', { class: 'paper-scale' }, q.scale.map((step) => h('li', { class: 'paper-scale__step' },
        h('span', { class: 'paper-box', 'aria-hidden': 'true' }),
        h('span', { class: 'paper-scale__value' }, String(step.value)),
        h('span', { class: 'paper-scale__label' }, step.label))))))),
    q.comment ? [h('p', { class: 'paper-comment__label' }, q.comment.label), h('div', { class: 'paper-comment' })] : null,
    h('p', { class: 'paper-form__foot' }, tt('paperForms.anonymous')));
}

startPage(async () => {
  if (!id) throw missingParameter('error.missingActivity');
  const code = language ?? document.documentElement.lang;
  const [activity, q, tt] = await Promise.all([getJson(`api/activities/${segment(id)}`), questionnaireIn(code), textIn(code)]);
  const numbers = Array.from({ length: Math.max(0, count) }, (_, i) => from + i);
  return {
    title: t('activityForms.title'),
    content: [
      h('div', { class: 'poster-tools' },
        h('p', {}, h('a', { href: `activity.html?id=${segment(id)}` }, activity.title)),
        h('h1', {}, t('activityForms.title')),
        h('p', { 'data-forms-range': `${from}-${from + numbers.length - 1}` },
          t('activityForms.range', { n: numbers.length, from, to: from + numbers.length - 1, language: t(`activityForms.in.${code}`) })),
        h('p', { class: 'actions' },
          h('button', { type: 'button', class: 'button', onclick: () => window.print() }, t('poster.print')))),
      h('div', { class: 'paper-forms' }, numbers.map((n) => paperForm(n, activity, q, tt, code))),
    ],
  };
});
