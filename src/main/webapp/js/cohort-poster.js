// cohort-poster.html?id=…: an A4 poster to print — the QR, the code, and one line
// of instructions in Danish and in English, whatever the page's language.
import { h } from './dom.js';
import { getJson, segment } from './api.js';
import { t, textIn } from './i18n.js';
import { missingParameter, startPage } from './page.js';

startPage(async () => {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) throw missingParameter('error.missingCohort');
  const cohort = await getJson(`api/cohorts/${segment(id)}`);
  const address = cohort.joinUrl.replace(/\/join\/.*$/, '/join');
  const [da, en] = await Promise.all([textIn('da'), textIn('en')]);
  return {
    title: t('cohort.posterTitle'),
    content: [
      h('p', { class: 'poster-tools actions' },
        h('button', { type: 'button', class: 'button', onclick: () => window.print() }, t('poster.print')),
        h('a', { href: `cohort.html?id=${segment(id)}` }, t('screen.back'))),
      h('article', { class: 'poster', 'aria-label': t('cohort.posterTitle') },
        h('h1', { class: 'poster__title' }, h('span', { lang: 'da' }, da('poster.heading')), h('span', { lang: 'en' }, en('poster.heading'))),
        h('p', { class: 'poster__cohort' }, cohort.name),
        h('img', { class: 'poster__qr', src: `api/join/${segment(cohort.joinCode)}/qr`, width: 420, height: 420,
          alt: t('screen.qrAlt', { url: cohort.joinUrl }) }),
        h('p', { class: 'poster__code', 'data-join-code': cohort.joinCode, lang: 'en' }, cohort.joinCode),
        h('p', { class: 'poster__how', lang: 'da' }, da('poster.how', { address })),
        h('p', { class: 'poster__how', lang: 'en' }, en('poster.how', { address }))),
    ],
  };
});
