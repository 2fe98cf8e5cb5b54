// module.html?id=…[&track=…]: a module's text, rendered on the server, with
// the knowledge check placed where the author put the questions.
import { h } from './dom.js';
import { getJson, postJson, segment } from './api.js';
import { formatMinutes, t } from './i18n.js';
import { missingParameter, startPage } from './page.js';
import { wrapTables } from './parts.js';
import { createKnowledgeCheck } from './knowledge-check.js';

let check = null; // the current check, so a language switch keeps the ticked answers

const normalise = (text) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function placeCheck(text, module) {
  let place = text.querySelector('[data-knowledge-check]');
  if (!module.questions?.length) {
    place?.remove();
    return;
  }
  if (!place) {
    place = h('section', { class: 'knowledge-check', 'data-knowledge-check': '' });
    text.append(place);
  }
  const trackId = new URLSearchParams(location.search).get('track');
  check = createKnowledgeCheck({ moduleId: module.id, trackId, questions: module.questions, selections: check?.selections });
  place.replaceChildren(check);
  place.setAttribute('aria-labelledby', 'kc-heading');
  // Authors head the questions with "## Tjek din viden"; the check brings its
  // own heading, so an identical one just before it would be read twice.
  const before = place.previousElementSibling;
  if (before && /^H[2-6]$/.test(before.tagName)
      && normalise(before.textContent) === normalise(t('check.heading'))) {
    before.remove();
  }
}

function breadcrumb(track) {
  return h('nav', { class: 'breadcrumb', 'aria-label': t('module.breadcrumb') },
    h('ol', {},
      h('li', {}, h('a', { href: 'index.html' }, t('nav.catalogue'))),
      track ? h('li', {}, h('a', { href: `track.html?id=${encodeURIComponent(track.id)}` }, track.title)) : null));
}

function pager(track, moduleId) {
  const at = track?.modules.findIndex((m) => m.id === moduleId) ?? -1;
  if (at < 0) return null;
  const link = (m, key, rel) => h('a', {
    href: `module.html?id=${encodeURIComponent(m.id)}&track=${encodeURIComponent(track.id)}`, rel, class: `pager__${rel}`,
  }, h('span', { class: 'pager__label' }, t(key)), h('span', { class: 'pager__title' }, m.title));
  const previous = track.modules[at - 1];
  const next = track.modules[at + 1];
  return h('nav', { class: 'pager', 'aria-label': t('module.pager') },
    previous ? link(previous, 'module.previous', 'prev') : null,
    next
      ? link(next, 'module.next', 'next')
      : h('a', { href: `track.html?id=${encodeURIComponent(track.id)}`, class: 'pager__next' }, t('module.backToTrack')));
}

let opened = false;

/** A signed-in learner who opens a module has started it: one small POST, never a write on the GET. */
async function markOpened(id) {
  if (opened) return;
  opened = true;
  const session = await getJson('api/session').catch(() => null);
  if (session?.kind === 'learner') await postJson(`api/me/modules/${segment(id)}/opened`, {}).catch(() => null);
}

startPage(async () => {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  if (!id) throw missingParameter('error.missingModule');
  markOpened(id);
  const trackId = params.get('track');
  const [module, track] = await Promise.all([
    getJson(`api/modules/${segment(id)}`),
    // The track only adds navigation; the module is readable without it.
    trackId ? getJson(`api/tracks/${segment(trackId)}`).catch(() => null) : null,
  ]);

  const text = h('div', { class: 'prose module-text', trustedHtml: module.html });
  wrapTables(text);
  placeCheck(text, module);

  // The module's own language and direction, which may one day differ from the UI's.
  return {
    title: module.title,
    content: [
      breadcrumb(track),
      h('article', { class: 'module', lang: module.language, dir: module.direction },
        h('h1', {}, module.title),
        module.summary ? h('p', { class: 'lead' }, module.summary) : null,
        h('p', { class: 'meta' },
          formatMinutes(module.minutes),
          module.version ? [' · ', t('module.version', { n: module.version })] : null),
        text),
      pager(track, module.id),
    ],
  };
});
