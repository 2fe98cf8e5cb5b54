// /resume#<code> (from a printed slip's QR) or /resume (type the code): a learner
// signs in on this device with their personal resume code. The code travels in the
// fragment, so no server log or Referer ever sees it.
import { h } from './dom.js';
import { postJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { onSubmit, showErrors, takeFragment, textField } from './forms.js';

const fromLink = takeFragment();
let tried = false; // a language switch must not try the same code again

function form(code) {
  const f = h('form', { class: 'form', novalidate: true },
    textField({ name: 'code', label: t('resume.code'), value: code, autocomplete: 'off', hint: t('resume.codeHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('resume.submit'))));
  return onSubmit(f, async (data) => {
    await postJson('api/resume', { code: data.code });
    location.assign('me.html');
  });
}

startPage(async () => {
  const f = form(fromLink);
  if (fromLink && !tried) {
    tried = true;
    try {
      await postJson('api/resume', { code: fromLink });
      location.assign('me.html');
      return null;
    } catch (error) {
      showErrors(f, error);
    }
  }
  return { title: t('resume.title'), content: [h('h1', {}, t('resume.title')), h('p', { class: 'lead' }, t('resume.intro')), f] };
});
