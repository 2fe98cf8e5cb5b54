// /verify/<code> (the QR code on a certificate) or verify.html (type the code):
// anyone, without signing in, sees whether a certificate is genuine — valid,
// replaced by a corrected one, expired, or revoked — and what it says, nothing more.
import { h } from './dom.js';
import { ApiError, getJson, segment } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';
import { onSubmit, textField } from './forms.js';
import { day } from './learner-parts.js';
import { credentialLinks, holderErased, holderName } from './certificate-parts.js';

const fromPath = decodeURIComponent(location.pathname.split('/verify/')[1] || '').replace(/\/$/, '');

function codeForm(code = '') {
  const form = h('form', { class: 'form', novalidate: true, 'data-verify-form': '' },
    textField({ name: 'code', label: t('verify.code'), value: code, autocomplete: 'off', required: true, hint: t('verify.codeHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('verify.check'))));
  return onSubmit(form, async (data) => {
    const typed = (data.code || '').trim().toUpperCase().replace(/\s+/g, '');
    if (!typed) throw new ApiError({ title: t('verify.codeMissing'), detail: t('verify.codeMissing'), errors: [{ field: 'code', message: t('verify.codeMissing') }] });
    location.assign(`verify/${encodeURIComponent(typed)}`);
  });
}

const VERDICT = { valid: 'alert--good', superseded: 'alert--warning', revoked: 'alert--error', expired: 'alert--warning' };

function verdict(c) {
  const lines = [h('p', { class: 'alert__title' }, t(`verify.status.${c.status}`, { date: day(c.validUntil) }))];
  if (c.status === 'revoked') {
    lines.push(h('p', {}, t('verify.revokedOn', { date: day(c.revokedOn) })));
    if (c.publicReason) lines.push(h('p', {}, t('verify.reason', { reason: c.publicReason })));
  }
  if (c.status === 'superseded') lines.push(h('p', {}, t('verify.supersededOn', { date: day(c.supersededOn) })));
  return h('div', { class: `alert ${VERDICT[c.status]}`, role: 'status', 'data-verdict': c.status }, lines);
}

function certificate(c) {
  return h('section', { class: 'card', 'aria-labelledby': 'holder' },
    h('h2', { id: 'holder', class: 'card__title', 'data-holder': '', dir: 'auto' }, holderName(c)),
    facts([
      [t('verify.achievement'), c.achievement],
      [t('verify.completedOn'), day(c.completedOn)],
      [t('verify.issuedOn'), day(c.issuedOn)],
      [t('verify.issuer'), c.issuer],
      [t('verify.organisation'), c.organisation],
      c.validUntil ? [t('verify.validUntil'), day(c.validUntil)] : null,
      [t('verify.code'), c.code],
    ].filter(Boolean)));
}

/** A wrong code says so plainly, with the field to try again; anything else is the page's error. */
async function lookUp(code) {
  try {
    return { found: await getJson(`api/verify/${segment(code)}?lang=${currentLanguage()}`) };
  } catch (error) {
    if (error instanceof ApiError && [400, 404, 429].includes(error.problem.status)) return { problem: error.problem };
    throw error;
  }
}

startPage(async () => {
  if (!fromPath) {
    return { title: t('verify.title'), content: [h('h1', {}, t('verify.title')), h('p', {}, t('verify.intro')), codeForm()] };
  }
  const { found, problem } = await lookUp(fromPath);
  if (problem) {
    return {
      title: t('verify.title'),
      content: [h('h1', {}, t('verify.title')),
        h('div', { class: 'alert alert--error', role: 'alert', 'data-verdict': 'unknown' },
          h('p', { class: 'alert__title' }, problem.title), h('p', {}, problem.detail)),
        h('h2', {}, t('verify.again')), codeForm(fromPath)],
    };
  }
  return {
    title: t('verify.title'),
    content: [h('h1', {}, t('verify.title')), verdict(found), certificate(found),
      h('p', { class: 'meta' }, t('verify.note')),
      // The signed credential carries the name, so an erased holder's has gone with it.
      holderErased(found) ? null : [h('h2', {}, t('credential.heading')), h('p', {}, t('credential.explain')), credentialLinks('api/verify', found.code)],
      h('p', {}, h('a', { href: 'verify' }, t('verify.another')))],
  };
});
