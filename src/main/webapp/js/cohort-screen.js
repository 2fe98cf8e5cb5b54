// cohort-screen.html?id=…: the join code and its QR, large, for the projector.
import { h } from './dom.js';
import { getJson, segment } from './api.js';
import { t } from './i18n.js';
import { missingParameter, startPage } from './page.js';

startPage(async () => {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) throw missingParameter('error.missingCohort');
  const cohort = await getJson(`api/cohorts/${segment(id)}`);
  const address = cohort.joinUrl.replace(/\/join\/.*$/, '/join');
  return {
    title: t('cohort.screenTitle'),
    content: [
      h('div', { class: 'screen' },
        h('h1', { class: 'screen__title' }, t('screen.heading')),
        h('p', { class: 'screen__cohort' }, cohort.name),
        h('img', { class: 'screen__qr', src: `api/join/${segment(cohort.joinCode)}/qr`, width: 360, height: 360,
          alt: t('screen.qrAlt', { url: cohort.joinUrl }) }),
        h('p', { class: 'screen__how' }, t('screen.how', { address })),
        h('p', { class: 'screen__code', 'data-join-code': cohort.joinCode, lang: 'en' }, cohort.joinCode)),
      h('p', { class: 'screen__back' }, h('a', { href: `cohort.html?id=${segment(id)}` }, t('screen.back'))),
    ],
  };
});
