// processing.html (admins): the record of processing (GDPR art. 30) — for each kind of
// personal data Broer holds: what, whose, why, on what lawful basis, for how long, and in
// which tables; then the tables that hold no personal data, and why.
import { h } from './dom.js';
import { getJson } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';

/** A text the server gives in both languages, in the page's. */
const say = (wording) => (wording ? wording[currentLanguage()] ?? wording.da ?? '' : '');

function place(s) {
  const where = s.column ? `${s.table}.${s.column}` : s.table;
  return h('li', { 'data-table': s.table },
    h('code', {}, where),
    s.through ? [' ', t('processing.through'), ' ', h('code', {}, `${s.through.table}.${s.through.column}`)] : null,
    s.when ? [' ', t('processing.when'), ' ', Object.entries(s.when).map(([column, value], i) => [i ? ', ' : '',
      h('code', {}, `${column} = ${value}`)])] : null,
    s.column ? null : [' ', h('span', { class: 'meta' }, t('processing.untied'))]);
}

function retention(r) {
  if (!r) return null;
  return [say(r.text), r.setting ? h('span', { class: 'meta' }, ' (', t('processing.setting'), ' ', h('code', {}, r.setting),
    r.period ? [' = ', h('code', {}, r.period)] : null, ')') : null];
}

function entry(e) {
  const heading = `entry-${e.kind.replace(/[^a-z0-9-]/gi, '-')}`;
  return h('section', { class: 'card entry', 'aria-labelledby': heading, 'data-entry': e.kind },
    h('h3', { class: 'card__title', id: heading }, say(e.what)),
    h('p', { class: 'meta' }, h('code', {}, e.kind), ' · ', t('processing.capability', { capability: e.capability })),
    facts([
      [t('processing.subject'), t(`processing.subject.${e.subject}`)],
      [t('processing.purpose'), say(e.purpose)],
      [t('processing.basis'), e.basis ? [e.basis.article, e.basis.text ? ` – ${say(e.basis.text)}` : ''] : null],
      [t('processing.retention'), retention(e.retention)],
      [t('processing.stored'), e.stored?.length ? h('ul', {}, e.stored.map(place)) : null],
    ]));
}

startPage(async () => {
  const record = await getJson('api/privacy/record');
  return {
    title: t('processing.title'),
    content: [
      h('h1', {}, t('processing.title')),
      h('p', { class: 'lead' }, t('processing.intro')),
      facts([[t('processing.controller'), record.controller], [t('processing.contact'), record.contact]]),
      h('section', { 'aria-labelledby': 'entries' },
        h('h2', { id: 'entries' }, t('processing.entries'), ' ', h('span', { class: 'badge' }, String(record.entries.length))),
        record.entries.length ? h('div', { class: 'card-list' }, record.entries.map(entry)) : h('p', {}, t('processing.none'))),
      h('section', { 'aria-labelledby': 'other-tables' },
        h('h2', { id: 'other-tables' }, t('processing.otherTables')),
        h('p', {}, t('processing.otherIntro')),
        h('ul', { 'data-other-tables': '' }, (record.otherTables ?? []).map((o) => h('li', { 'data-table': o.table },
          h('code', {}, o.table), ' ', h('span', { class: 'meta' }, `(${o.capability})`), ' – ', say(o.why))))),
    ],
  };
});
