// organisations.html (coordinators): the organisations whose staff Broer trains —
// add, rename, change sector, deactivate (or delete one nothing refers to yet).
import { h } from './dom.js';
import { deleteJson, getJson, postJson, putJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { notice, onSubmit, selectField, showErrors, textField } from './forms.js';

const SECTORS = ['transport', 'nightlife', 'retail', 'hospitality', 'civil-society', 'municipality'];

function fields(organisation = {}) {
  return [
    textField({ name: 'name', label: t('organisations.name'), required: true, value: organisation.name || '', autocomplete: 'organization' }),
    selectField({ name: 'sector', label: t('organisations.sector'), value: organisation.sector?.code || '',
      options: [['', t('organisations.chooseSector')], ...SECTORS.map((s) => [s, t(`sector.${s}`)])] }),
  ];
}

function card(organisation, refresh) {
  const messages = h('div', { 'aria-live': 'polite' });
  const edit = h('form', { class: 'form', novalidate: true }, fields(organisation),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('organisations.save'))));
  onSubmit(edit, async (data) => {
    await putJson(`api/organisations/${organisation.id}`, data);
    await refresh(t('organisations.saved', { name: data.name }));
  });
  const act = (label, action) => {
    const button = h('button', { type: 'button', class: 'button button--secondary' }, label);
    button.addEventListener('click', async () => {
      try {
        await action();
      } catch (error) {
        const holder = h('form', {});
        messages.replaceChildren(holder);
        showErrors(holder, error);
      }
    });
    return button;
  };
  return h('li', { class: 'card card--small', 'data-organisation': organisation.name },
    h('h3', { class: 'card__heading' }, organisation.name),
    h('p', { class: 'meta' }, organisation.sector.label, ' · ',
      organisation.active ? t('organisations.active') : t('organisations.inactive')),
    h('p', { class: 'actions' }, h('a', { href: `organisation-learners.html?id=${organisation.id}` }, t('organisations.learners')),
      h('a', { href: `employer.html?organisation=${organisation.id}` }, t('employer.title'))),
    h('div', { class: 'actions' },
      organisation.active
        ? act(t('organisations.deactivate'), async () => {
          await postJson(`api/organisations/${organisation.id}/deactivate`, {});
          await refresh(t('organisations.deactivated', { name: organisation.name }));
        })
        : act(t('organisations.activate'), async () => {
          await postJson(`api/organisations/${organisation.id}/activate`, {});
          await refresh(t('organisations.activated', { name: organisation.name }));
        }),
      act(t('organisations.delete'), async () => {
        if (!window.confirm(t('organisations.confirmDelete', { name: organisation.name }))) return;
        await deleteJson(`api/organisations/${organisation.id}`);
        await refresh(t('organisations.deleted', { name: organisation.name }));
      })),
    messages,
    h('details', {}, h('summary', {}, t('organisations.edit')), edit));
}

startPage(async () => {
  const list = h('ul', { class: 'card-list' });
  const announce = h('div', { 'aria-live': 'polite' });
  const refresh = async (message) => {
    const all = await getJson('api/organisations?includeInactive=true');
    list.replaceChildren(...all.map((o) => card(o, refresh)));
    announce.replaceChildren(message ? notice(message) : '');
  };
  await refresh();
  const create = h('form', { class: 'form', novalidate: true }, fields(),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('organisations.add'))));
  onSubmit(create, async (data) => {
    await postJson('api/organisations', data);
    create.reset();
    await refresh(t('organisations.added', { name: data.name }));
  });
  return {
    title: t('organisations.title'),
    content: [
      h('h1', {}, t('organisations.title')),
      h('p', { class: 'lead' }, t('organisations.intro')),
      h('section', { 'aria-labelledby': 'add' }, h('h2', { id: 'add' }, t('organisations.addHeading')), create),
      h('section', { 'aria-labelledby': 'all' }, h('h2', { id: 'all' }, t('organisations.all')), announce, list),
    ],
  };
});
