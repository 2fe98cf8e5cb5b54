// index.html: the tracks, then every module.
import { h } from './dom.js';
import { getJson } from './api.js';
import { formatMinutes, t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';

function trackCard(track) {
  return h('li', { class: 'card' },
    h('h3', { class: 'card__title' }, h('a', { href: `track.html?id=${encodeURIComponent(track.id)}` }, track.title)),
    h('p', {}, track.summary),
    facts([
      [t('facts.audience'), track.audience?.title],
      [t('facts.time'), formatMinutes(track.minutes)],
      [t('facts.modules'), String(track.modules?.length ?? 0)],
    ]));
}

function moduleCard(module) {
  return h('li', { class: 'card card--small' },
    h('h3', { class: 'card__title' }, h('a', { href: `module.html?id=${encodeURIComponent(module.id)}` }, module.title)),
    h('p', {}, module.summary),
    facts([[t('facts.time'), formatMinutes(module.minutes)]]));
}

function section(id, heading, items, emptyKey, toCard) {
  return h('section', { 'aria-labelledby': id },
    h('h2', { id }, heading),
    items.length
      ? h('ul', { class: `card-list card-list--${id}` }, items.map(toCard))
      : h('p', {}, t(emptyKey)));
}

startPage(async () => {
  const [tracks, modules] = await Promise.all([getJson('api/tracks'), getJson('api/modules')]);
  return {
    title: t('catalogue.title'),
    content: [
      h('h1', {}, t('catalogue.title')),
      h('p', { class: 'lead' }, t('catalogue.intro')),
      section('tracks', t('catalogue.tracks'), tracks, 'catalogue.noTracks', trackCard),
      section('modules', t('catalogue.modules'), modules, 'catalogue.noModules', moduleCard),
    ],
  };
});
