// evaluation-results.html (coordinators, admins): what the closed evaluations said —
// per occasion, how many agreed with each item (4 or 5 on the scale) and the comments.
// Under the threshold the server sends no figures and no comments, so that no one
// can be singled out; the page says "fewer than 5 answers" instead.
import { h } from './dom.js';
import { getJson } from './api.js';
import { t, tn } from './i18n.js';
import { startPage } from './page.js';

const KINDS = ['track', 'meeting', 'activity', 'consultancy'];

/** ISO 8601 week of a yyyy-mm-dd day: Danes say "uge 46". */
function isoWeek(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return { week: Math.ceil(((date - yearStart) / 86400000 + 1) / 7), year: date.getUTCFullYear() };
}

function itemsTable(o, index) {
  const caption = t('results.caption', { title: o.title });
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { class: 'results-table', 'data-items': index },
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('results.col.item')),
        h('th', { scope: 'col' }, t('results.col.agree')),
        h('th', { scope: 'col' }, t('results.col.share')))),
      h('tbody', {}, o.items.map((item) => h('tr', { 'data-item': item.id, 'data-share': item.share ?? '' },
        h('th', { scope: 'row' }, h('span', { dir: 'auto' }, item.text),
          item.target ? [' ', h('span', { class: 'badge', 'data-target': '' }, t('results.target'))] : null),
        h('td', {}, t('results.agreeOf', { agree: item.agree, answers: o.answers })),
        h('td', { class: 'results-table__share' }, t('results.share', { share: item.share })))))));
}

function occasion(o, index) {
  const suppressed = o.answers === null || o.answers === undefined;
  const when = o.week ? isoWeek(o.week) : null;
  return h('li', { class: 'card card--small occasion', 'data-occasion': o.title, 'data-kind': o.kind,
    'data-suppressed': String(suppressed) },
  h('h3', { class: 'card__heading', dir: 'auto' }, o.title),
  h('p', { class: 'meta' }, t(`results.kind.${o.kind}`), when ? [' · ', t('results.week', when)] : null),
  suppressed
    ? h('p', { class: 'occasion__suppressed', 'data-fewer-than': o.fewerThan }, t('results.fewerThan', { n: o.fewerThan }))
    : [h('p', { class: 'occasion__answers', 'data-answers': o.answers }, tn('results.answers', o.answers)),
      itemsTable(o, index)],
  !suppressed && o.comments?.length
    ? [h('h4', {}, t('results.comments')),
      h('ul', { class: 'occasion__comments', 'data-comments': '' }, o.comments.map((c) => h('li', { dir: 'auto' }, c)))]
    : null);
}

startPage(async () => {
  const report = await getJson('api/reach/evaluations');
  const occasions = report.occasions ?? [];
  let index = 0;
  const kinds = [...KINDS, ...new Set(occasions.map((o) => o.kind).filter((k) => !KINDS.includes(k)))];
  return {
    title: t('results.title'),
    content: [
      h('h1', {}, t('results.title')),
      h('p', { class: 'lead' }, t('results.intro')),
      h('p', { class: 'meta', 'data-threshold': report.threshold }, t('results.threshold', { n: report.threshold })),
      occasions.length
        ? kinds.filter((k) => occasions.some((o) => o.kind === k)).map((k) => h('section', { 'aria-labelledby': `kind-${k}`, 'data-results-kind': k },
          h('h2', { id: `kind-${k}` }, t(`results.group.${k}`)),
          h('ul', { class: 'card-list' }, occasions.filter((o) => o.kind === k).map((o) => occasion(o, ++index)))))
        : h('p', { 'data-no-results': '' }, t('results.none')),
    ],
  };
});
