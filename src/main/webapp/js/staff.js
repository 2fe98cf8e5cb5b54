// staff.html (admins): the staff accounts — create one with roles and hand over
// its one-time link, change details and roles, deactivate, make a new password link.
import { h } from './dom.js';
import { getJson, postJson, putJson, segment } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { checkboxGroup, notice, onSubmit, selectField, showErrors, textField } from './forms.js';
import { STAFF_ROLES, copenhagenTime, roleLabel } from './staff-parts.js';

let organisations = [];

/** The one-time link, shown once, with a button that copies it. */
function linkBox(account, link) {
  const id = `link-${account.id}`;
  const input = h('input', { id, type: 'text', readonly: true, value: link.url, class: 'link-box__url' });
  const copied = h('span', { role: 'status', class: 'link-box__status' });
  return h('div', { class: 'link-box alert', 'data-link-for': account.username },
    h('label', { for: id, class: 'alert__title' }, t('staff.linkFor', { name: account.displayName })),
    h('p', {}, t('staff.linkValid', { until: copenhagenTime(link.expiresAt) })),
    input,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--secondary', onclick: async () => {
        input.select();
        try { await navigator.clipboard.writeText(link.url); copied.textContent = t('staff.copied'); } catch { copied.textContent = t('staff.copyByHand'); }
      } }, t('staff.copy')), copied));
}

function accountFields(account = {}) {
  return [
    textField({ name: 'displayName', label: t('staff.displayName'), required: true, value: account.displayName || '', autocomplete: 'off' }),
    account.id ? null : textField({ name: 'username', label: t('staff.username'), required: true, hint: t('staff.usernameHint'), autocomplete: 'off' }),
    textField({ name: 'email', label: t('staff.email'), type: 'email', value: account.email || '', autocomplete: 'off' }),
    checkboxGroup({ name: 'roles', legend: t('staff.roles'), options: STAFF_ROLES.map((r) => [r, roleLabel(r)]), checked: account.roles || [] }),
    selectField({
      name: 'organisationId',
      label: t('staff.organisation'),
      value: account.organisationId ?? '',
      options: [['', t('staff.noOrganisation')], ...organisations.map((o) => [o.id, o.name])],
    }),
  ];
}

const body = (data) => ({
  ...data,
  organisationId: data.organisationId ? Number(data.organisationId) : null,
});

function status(account) {
  if (!account.active) return t('staff.status.inactive');
  return account.passwordSet ? t('staff.status.active') : t('staff.status.noPassword');
}

function accountCard(account, refresh) {
  const messages = h('div', { 'aria-live': 'polite' });
  const edit = h('form', { class: 'form', novalidate: true }, accountFields(account),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('staff.save'))));
  onSubmit(edit, async (data) => {
    await putJson(`api/staff/${account.id}`, body(data));
    await refresh(t('staff.saved', { name: data.displayName }));
  });
  const act = async (button, action) => {
    try {
      button.setAttribute('aria-disabled', 'true');
      await action();
    } catch (error) {
      const holder = h('form', {});
      messages.replaceChildren(holder);
      showErrors(holder, error);
    } finally {
      button.removeAttribute('aria-disabled');
    }
  };
  const linkButton = h('button', { type: 'button', class: 'button button--secondary' }, t('staff.newLink'));
  linkButton.addEventListener('click', () => act(linkButton, async () => {
    const link = await postJson(`api/staff/${account.id}/password-link`, {});
    messages.replaceChildren(linkBox(account, link));
  }));
  const activeButton = h('button', { type: 'button', class: 'button button--secondary' },
    account.active ? t('staff.deactivate') : t('staff.activate'));
  activeButton.addEventListener('click', () => act(activeButton, async () => {
    await postJson(`api/staff/${account.id}/${account.active ? 'deactivate' : 'activate'}`, {});
    await refresh(t(account.active ? 'staff.deactivated' : 'staff.activated', { name: account.displayName }));
  }));
  const organisation = organisations.find((o) => o.id === account.organisationId);
  return h('li', { class: 'card card--small', 'data-account': account.username },
    h('h3', { class: 'card__heading' }, account.displayName),
    h('p', { class: 'meta' }, account.username, ' · ', status(account)),
    h('p', {}, account.roles.map((r) => [h('span', { class: 'badge' }, roleLabel(r)), ' ']),
      organisation ? h('span', {}, ` ${organisation.name}`) : null),
    h('div', { class: 'actions' }, account.active ? linkButton : null, activeButton),
    messages,
    h('details', {}, h('summary', {}, t('staff.edit')), edit));
}

startPage(async () => {
  const [accounts, orgs] = await Promise.all([getJson('api/staff'), getJson('api/organisations')]);
  organisations = orgs;
  const main = document.getElementById('main');
  const list = h('ul', { class: 'card-list' });
  const announce = h('div', { 'aria-live': 'polite' });

  const refresh = async (message) => {
    const fresh = await getJson('api/staff');
    list.replaceChildren(...fresh.map((a) => accountCard(a, refresh)));
    announce.replaceChildren(message ? notice(message) : '');
  };
  list.replaceChildren(...accounts.map((a) => accountCard(a, refresh)));

  const created = h('div', { 'aria-live': 'polite' });
  const create = h('form', { class: 'form', novalidate: true }, accountFields(),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('staff.create'))));
  onSubmit(create, async (data) => {
    const result = await postJson('api/staff', body(data));
    create.reset();
    created.replaceChildren(linkBox(result.account, result.link));
    await refresh();
    main.querySelector('.link-box__url')?.focus();
  });

  return {
    title: t('staff.title'),
    content: [
      h('h1', {}, t('staff.title')),
      h('p', { class: 'lead' }, t('staff.intro')),
      h('section', { 'aria-labelledby': 'new-account' },
        h('h2', { id: 'new-account' }, t('staff.newAccount')), create, created),
      h('section', { 'aria-labelledby': 'accounts' },
        h('h2', { id: 'accounts' }, t('staff.accounts')), announce, list),
    ],
  };
});
