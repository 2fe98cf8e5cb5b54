// password.html#<token>: the holder of a one-time link (an invitation or a reset)
// sets their own password. The token is in the fragment, so no server log sees it.
import { h } from './dom.js';
import { ApiError, postJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { notice, onSubmit, takeFragment, textField } from './forms.js';

const token = takeFragment();

function done(username) {
  return [
    h('h1', {}, t('password.doneTitle')),
    notice(t('password.done')),
    h('p', {}, h('a', { class: 'button', href: `sign-in.html?username=${encodeURIComponent(username)}` }, t('password.signIn'))),
  ];
}

startPage(async () => {
  if (!token) throw new ApiError({ title: t('link.missingTitle'), detail: t('link.missing'), status: 404 });
  const link = await postJson('api/links/inspect', { token });
  if (link.purpose === 'setup') {
    location.replace(`setup.html#${encodeURIComponent(token)}`);
    return null;
  }
  const main = document.getElementById('main');
  const form = h('form', { class: 'form', novalidate: true },
    h('p', {}, t('password.for', { name: link.displayName, username: link.username })),
    h('input', { type: 'text', name: 'username', value: link.username, autocomplete: 'username', hidden: true, readonly: true }),
    textField({ name: 'password', label: t('password.new'), type: 'password', autocomplete: 'new-password', required: true, hint: t('password.rules') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('password.submit'))));
  onSubmit(form, async (data) => {
    const result = await postJson('api/links/password', { token, password: data.password });
    main.replaceChildren(...done(result.username));
  });
  return {
    title: t('password.title'),
    content: [h('h1', {}, t('password.title')), form],
  };
});
