// setup.html#<token>: a fresh installation's first admin, through the one-time
// link Broer logged at start. The token is in the fragment, so no server log sees it.
import { h } from './dom.js';
import { ApiError, postJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { notice, onSubmit, takeFragment, textField } from './forms.js';

const token = takeFragment();

startPage(async () => {
  if (!token) throw new ApiError({ title: t('link.missingTitle'), detail: t('link.missing'), status: 404 });
  const link = await postJson('api/links/inspect', { token });
  if (link.purpose !== 'setup') {
    location.replace(`password.html#${encodeURIComponent(token)}`);
    return null;
  }
  const main = document.getElementById('main');
  const form = h('form', { class: 'form', novalidate: true },
    textField({ name: 'displayName', label: t('staff.displayName'), autocomplete: 'name', required: true }),
    textField({ name: 'username', label: t('staff.username'), autocomplete: 'username', required: true, hint: t('staff.usernameHint') }),
    textField({ name: 'email', label: t('staff.email'), type: 'email', autocomplete: 'email' }),
    textField({ name: 'password', label: t('password.new'), type: 'password', autocomplete: 'new-password', required: true, hint: t('password.rules') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('setup.submit'))));
  onSubmit(form, async (data) => {
    const admin = await postJson('api/links/setup', { token, ...data });
    main.replaceChildren(h('h1', {}, t('setup.doneTitle')), notice(t('setup.done')),
      h('p', {}, h('a', { class: 'button', href: `sign-in.html?username=${encodeURIComponent(admin.username)}` }, t('password.signIn'))));
  });
  return {
    title: t('setup.title'),
    content: [h('h1', {}, t('setup.title')), h('p', { class: 'lead' }, t('setup.intro')), form],
  };
});
