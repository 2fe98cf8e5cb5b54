// audit.html (admins): the audit log, newest first, with filters.
import { h } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { onSubmit, textField } from './forms.js';
import { copenhagenTime } from './staff-parts.js';

function entry(e) {
  const actor = e.actor.kind === 'system' ? t('audit.system')
    : `${e.actor.name ?? ''} (${e.actor.kind} #${e.actor.id})`.trim();
  return h('li', { class: 'audit-entry' },
    h('p', {}, h('strong', {}, e.action), ' · ', h('time', { datetime: e.at }, copenhagenTime(e.at))),
    h('p', { class: 'meta' }, t('audit.by'), ' ', actor, ' · ', t('audit.on'), ' ', e.targetKind,
      e.targetId ? ` #${e.targetId}` : '', e.clientAddress ? ` · ${e.clientAddress}` : ''),
    e.detail ? h('p', { class: 'meta' }, e.detail) : null);
}

function query(filters, offset) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (offset) params.set('offset', offset);
  return `api/audit?${params}`;
}

startPage(async () => {
  const list = h('ol', { class: 'audit-list' });
  const more = h('div');
  let filters = {};
  const load = async (offset = 0) => {
    const page = await getJson(query(filters, offset));
    if (!offset) list.replaceChildren();
    list.append(...page.entries.map(entry));
    if (!offset && !page.entries.length) list.append(h('li', {}, t('audit.none')));
    more.replaceChildren(page.nextOffset == null ? '' : h('button', {
      type: 'button', class: 'button button--secondary', onclick: () => load(page.nextOffset),
    }, t('audit.more')));
  };
  const form = h('form', { class: 'form form--filters', novalidate: true },
    textField({ name: 'action', label: t('audit.action'), hint: t('audit.actionHint') }),
    textField({ name: 'actorId', label: t('audit.actorId'), inputmode: 'numeric' }),
    textField({ name: 'targetKind', label: t('audit.targetKind') }),
    textField({ name: 'targetId', label: t('audit.targetId') }),
    textField({ name: 'from', label: t('audit.from'), type: 'date' }),
    textField({ name: 'to', label: t('audit.to'), type: 'date' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('audit.filter'))));
  onSubmit(form, async (data) => {
    filters = data;
    await load();
  });
  await load();
  return {
    title: t('audit.title'),
    content: [
      h('h1', {}, t('audit.title')),
      h('p', { class: 'lead' }, t('audit.intro')),
      form,
      h('h2', {}, t('audit.entries')),
      list,
      more,
    ],
  };
});
