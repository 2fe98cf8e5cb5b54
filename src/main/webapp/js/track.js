// track.html?id=…: what a track asks of the learner, its modules in order,
// its certification and, for trainers, the facilitator guide.
import { h } from './dom.js';
import { getJson, segment } from './api.js';
import { formatMinutes, t, tn } from './i18n.js';
import { missingParameter, startPage } from './page.js';
import { demoteHeadings, facts, wrapTables } from './parts.js';

function rules(track) {
  const workshop = ['required', 'optional', 'none'].includes(track.workshop) ? track.workshop : 'none';
  return h('section', { 'aria-labelledby': 'rules' },
    h('h2', { id: 'rules' }, t('track.rules')),
    h('ul', {},
      h('li', {}, t('track.rule.passMark', { n: track.passMark })),
      h('li', {}, t(`track.rule.workshop.${workshop}`))));
}

function moduleList(track) {
  // ?track= lets the module page offer "next module" within this track.
  const link = (m) => `module.html?id=${encodeURIComponent(m.id)}&track=${encodeURIComponent(track.id)}`;
  return h('section', { 'aria-labelledby': 'modules' },
    h('h2', { id: 'modules' }, t('track.modules')),
    h('ol', { class: 'module-steps' }, track.modules.map((m) => h('li', {},
      h('a', { href: link(m) }, m.title),
      m.summary ? h('p', {}, m.summary) : null,
      h('p', { class: 'meta' }, formatMinutes(m.minutes))))),
    track.followUp ? [h('h3', {}, t('track.followUp')), h('p', {}, t('track.followUpIntro')),
      h('p', {}, h('a', { href: link(track.followUp) }, track.followUp.title))] : null);
}

function certification(cert) {
  if (!cert) return null;
  return h('section', { 'aria-labelledby': 'certification', class: 'panel' },
    h('h2', { id: 'certification' }, t('track.certification')),
    h('p', {}, tn('track.validity', cert.validityMonths)),
    cert.renewal ? [h('h3', {}, t('track.renewal')), h('p', {}, cert.renewal)] : null,
    cert.practice?.length ? [
      h('h3', {}, t('track.practice')),
      h('ul', { class: 'practice' }, cert.practice.map((p) => h('li', {},
        h('p', { class: 'practice__title' }, h('strong', {}, p.title), ' ',
          h('span', { class: 'badge' }, tn('track.practiceCount', p.count))),
        p.description ? h('p', {}, p.description) : null))),
    ] : null);
}

function guide(track) {
  if (!track.hasGuide) return null;
  const body = h('div', { class: 'prose guide', 'aria-busy': 'true' }, h('p', {}, t('loading')));
  // Fetched straight away rather than on opening, so the section is complete
  // when a trainer opens it in front of a group.
  getJson(`api/tracks/${segment(track.id)}/guide`).then((g) => {
    body.replaceChildren(h('p', {}, h('strong', {}, g.title)), h('div', { trustedHtml: g.html }));
    if (g.language) body.lang = g.language;
    demoteHeadings(body); // the guide's ## sits under this page's h2
    wrapTables(body);
  }, (error) => {
    body.replaceChildren(h('div', { class: 'alert alert--error', role: 'alert' },
      h('p', { class: 'alert__title' }, error.problem?.title ?? t('error.title')),
      error.problem?.detail ? h('p', {}, error.problem.detail) : null));
  }).finally(() => body.removeAttribute('aria-busy'));
  // Stay open across a language switch if the reader had opened it.
  const open = document.querySelector('details.guide-details')?.open;
  return h('section', { 'aria-labelledby': 'guide' },
    h('h2', { id: 'guide' }, t('track.guide')),
    h('p', {}, t('track.guide.intro')),
    h('details', { class: 'guide-details', open }, h('summary', {}, t('track.guide.show')), body));
}

startPage(async () => {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) throw missingParameter('error.missingTrack');
  const track = await getJson(`api/tracks/${segment(id)}`);
  return {
    title: track.title,
    content: [
      h('h1', {}, track.title),
      h('p', { class: 'lead' }, track.summary),
      facts([
        [t('facts.audience'), track.audience?.title],
        [t('facts.time'), formatMinutes(track.minutes)],
        [t('facts.modules'), String(track.modules.length)],
      ]),
      rules(track),
      moduleList(track),
      certification(track.certification),
      guide(track),
    ],
  };
});
