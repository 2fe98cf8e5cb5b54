// account.html: a member of staff's own account — name, roles, and password.
import { h } from './dom.js';
import { getJson, putJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';
import { notice, onSubmit, textField } from './forms.js';
import { roleLabel } from './staff-parts.js';

function detailsForm(account, status) {
  const form = h('form', { class: 'form', novalidate: true },
    textField({ name: 'displayName', label: t('staff.displayName'), autocomplete: 'name', required: true, value: account.displayName }),
    textField({ name: 'email', label: t('staff.email'), type: 'email', autocomplete: 'email', value: account.email || '' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('account.save'))));
  return onSubmit(form, async (data) => {
    await putJson('api/account', data);
    status.replaceChildren(notice(t('account.saved')));
  });
}

function passwordForm(account, status) {
  const form = h('form', { class: 'form', novalidate: true },
    h('input', { type: 'text', name: 'username', value: account.username, autocomplete: 'username', hidden: true, readonly: true }),
    textField({ name: 'currentPassword', label: t('account.currentPassword'), type: 'password', autocomplete: 'current-password', required: true }),
    textField({ name: 'newPassword', label: t('password.new'), type: 'password', autocomplete: 'new-password', required: true, hint: t('password.rules') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('account.changePassword'))));
  return onSubmit(form, async (data) => {
    await putJson('api/account/password', { currentPassword: data.currentPassword, newPassword: data.newPassword });
    form.reset();
    status.replaceChildren(notice(t('account.passwordChanged')));
  });
}

startPage(async () => {
  const account = await getJson('api/account');
  const detailsStatus = h('div', { 'aria-live': 'polite' });
  const passwordStatus = h('div', { 'aria-live': 'polite' });
  return {
    title: t('account.title'),
    content: [
      h('h1', {}, t('account.title')),
      facts([
        [t('staff.username'), account.username],
        [t('staff.roles'), account.roles.map(roleLabel).join(', ')],
      ]),
      h('section', { 'aria-labelledby': 'details' },
        h('h2', { id: 'details' }, t('account.details')), detailsStatus, detailsForm(account, detailsStatus)),
      h('section', { 'aria-labelledby': 'password' },
        h('h2', { id: 'password' }, t('account.password')), h('p', {}, t('account.passwordIntro')),
        passwordStatus, passwordForm(account, passwordStatus)),
      h('section', { 'aria-labelledby': 'account-data' },
        h('h2', { id: 'account-data' }, t('account.data')), h('p', {}, t('account.dataIntro')),
        h('p', {}, h('a', { class: 'button button--secondary', href: 'api/account/data', download: '', 'data-account-data': '' },
          t('account.dataDownload')))),
    ],
  };
});
