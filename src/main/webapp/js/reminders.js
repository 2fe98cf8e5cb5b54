// reminders.html?cohort=…: slips for learners due for the 30-day follow-up — no
// e-mail needed: the trainer hands them out. No codes on them: learners sign in
// with their own personal code (or ask for a new one).
import { h } from './dom.js';
import { getJson, segment } from './api.js';
import { t, textIn } from './i18n.js';
import { missingParameter, startPage } from './page.js';

startPage(async () => {
  const cohortId = new URLSearchParams(location.search).get('cohort');
  if (!cohortId) throw missingParameter('error.missingCohort');
  const [cohort, followUp] = await Promise.all([getJson(`api/cohorts/${segment(cohortId)}`),
    getJson(`api/cohorts/${segment(cohortId)}/follow-up`)]);
  const [da, en] = await Promise.all([textIn('da'), textIn('en')]);
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(followUp.qrSvg || '')}`;
  const resume = followUp.url ? followUp.url.replace(/\/module\.html.*$/, '/resume') : '';
  return {
    title: t('reminders.title'),
    content: [
      h('p', { class: 'poster-tools actions' },
        h('button', { type: 'button', class: 'button', onclick: () => window.print() }, t('poster.print')),
        h('a', { href: `cohort.html?id=${segment(cohortId)}` }, t('screen.back'))),
      h('h1', { class: 'poster-tools' }, t('reminders.heading', { n: followUp.due.length })),
      followUp.due.length
        ? h('ul', { class: 'slips' }, followUp.due.map((d) => h('li', { class: 'slip', 'data-slip': d.name },
          h('p', { class: 'slip__name' }, d.name),
          h('p', { class: 'slip__cohort' }, cohort.name),
          h('img', { class: 'slip__qr', src: qr, alt: t('reminders.qrAlt'), width: 120, height: 120 }),
          h('p', { lang: 'da' }, da('reminders.text', { title: followUp.title })),
          h('p', { lang: 'en' }, en('reminders.text', { title: followUp.title })),
          h('p', { class: 'slip__how', lang: 'da' }, da('reminders.how', { address: resume })),
          h('p', { class: 'slip__how', lang: 'en' }, en('reminders.how', { address: resume })))))
        : h('p', {}, t('followUp.none')),
    ],
  };
});
