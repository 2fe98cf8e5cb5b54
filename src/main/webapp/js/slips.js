// slips.html?cohort=…[&learner=…|&learners=…,…]: code slips to print and hand out at the workshop,
// for learners who have no phone with them. Each slip gets a fresh resume code.
import { h } from './dom.js';
import { getJson, postJson, segment } from './api.js';
import { t, textIn } from './i18n.js';
import { missingParameter, startPage } from './page.js';
import { checkboxGroup, onSubmit } from './forms.js';

const params = new URLSearchParams(location.search);
const cohortId = params.get('cohort');
let printed = null; // the slips stay on screen across a language switch (their codes exist only here)

function slip(s, cohort, da, en) {
  return h('li', { class: 'slip', 'data-slip': s.name },
    h('p', { class: 'slip__name' }, s.name),
    h('p', { class: 'slip__cohort' }, cohort.name),
    h('img', { class: 'slip__qr', alt: t('slips.qrAlt'), width: 120, height: 120,
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.qrSvg)}` }),
    h('p', { class: 'slip__code', lang: 'en', 'data-resume-code': s.resumeCode }, s.resumeCode),
    h('p', { class: 'slip__how', lang: 'da' }, da('slips.how', { address: s.resumeUrl.split('#')[0] })),
    h('p', { class: 'slip__how', lang: 'en' }, en('slips.how', { address: s.resumeUrl.split('#')[0] })));
}

async function sheet(slips, cohort) {
  const [da, en] = await Promise.all([textIn('da'), textIn('en')]);
  return [
    h('p', { class: 'poster-tools actions' },
      h('button', { type: 'button', class: 'button', onclick: () => window.print() }, t('poster.print')),
      h('a', { href: `cohort.html?id=${segment(cohortId)}` }, t('screen.back'))),
    h('h1', { class: 'poster-tools' }, t('slips.ready', { n: slips.length })),
    h('ul', { class: 'slips' }, slips.map((s) => slip(s, cohort, da, en))),
  ];
}

startPage(async () => {
  if (!cohortId) throw missingParameter('error.missingCohort');
  const [cohort, learners] = await Promise.all([getJson(`api/cohorts/${segment(cohortId)}`), getJson(`api/cohorts/${segment(cohortId)}/learners`)]);
  if (printed) return { title: t('slips.title'), content: await sheet(printed, cohort) };
  // Chosen beforehand: the learners asked for (one, or the matrix's stuck ones), else those without a device.
  const asked = (params.get('learners') || params.get('learner') || '').split(',').filter(Boolean);
  const preselected = learners.filter((l) => (asked.length ? asked.includes(String(l.id)) : !l.hasDevice))
    .map((l) => String(l.id));
  const main = document.getElementById('main');
  const form = h('form', { class: 'form', novalidate: true },
    checkboxGroup({ name: 'learners', legend: t('slips.who'), options: learners.map((l) => [String(l.id),
      `${l.name}${l.hasDevice ? ` (${t('cohort.hasDevice')})` : ''}`]), checked: preselected }),
    h('p', { class: 'alert' }, t('slips.warning')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('slips.make'))));
  onSubmit(form, async (data) => {
    printed = await postJson(`api/cohorts/${segment(cohortId)}/slips`, { learners: (data.learners || []).map(Number) });
    main.replaceChildren(...await sheet(printed, cohort));
    main.querySelector('h1')?.focus();
  });
  return {
    title: t('slips.title'),
    content: [h('p', {}, h('a', { href: `cohort.html?id=${segment(cohortId)}` }, cohort.name)),
      h('h1', {}, t('slips.title')), h('p', { class: 'lead' }, t('slips.intro')), form],
  };
});
