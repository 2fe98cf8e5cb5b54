// sign-in.html[?next=/page.html][&username=…]: staff sign in with username and password.
import { h } from './dom.js';
import { postJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { onSubmit, textField } from './forms.js';

// Only a page of this site: never a full URL someone put into the link.
function nextPage() {
  const next = new URLSearchParams(location.search).get('next') || '';
  return /^\/(?!\/)[\w\-./]*(\?[\w\-.=&%]*)?$/.test(next) ? next : 'account.html';
}

startPage(async () => {
  const params = new URLSearchParams(location.search);
  const form = h('form', { class: 'form', novalidate: true },
    textField({ name: 'username', label: t('signIn.username'), autocomplete: 'username', required: true, value: params.get('username') || '' }),
    textField({ name: 'password', label: t('signIn.password'), type: 'password', autocomplete: 'current-password', required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('signIn.submit'))));
  onSubmit(form, async (data) => {
    await postJson('api/session', { username: data.username, password: data.password });
    location.assign(nextPage());
  });
  return {
    title: t('signIn.title'),
    content: [
      h('h1', {}, t('signIn.title')),
      h('p', { class: 'lead' }, t('signIn.intro')),
      form,
      h('p', { class: 'meta' }, t('signIn.forgotten')),
    ],
  };
});
