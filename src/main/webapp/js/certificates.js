// certificates.html?cohort=… (the cohort's trainers, coordinators): who has
// completed, confirming names on the learners' behalf (one, or all at once after
// the workshop), every certificate of the cohort as one PDF to print, and — for
// coordinators — a corrected name (reissue) or a revocation with a reason.
import { h } from './dom.js';
import { ApiError, getJson, postJson, segment } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { missingParameter, rerender, startPage } from './page.js';
import { notice, onSubmit, textField } from './forms.js';
import { day } from './learner-parts.js';
import { holderErased, holderName, pdfLinks, statusLine, verifyLink } from './certificate-parts.js';

const cohortId = new URLSearchParams(location.search).get('cohort');
let message = null; // what the last action did, shown after the page is drawn again

async function done(text) {
  message = text;
  await rerender();
  document.querySelector('[data-announce]')?.focus();
}

function confirmForm(row) {
  const form = h('form', { class: 'form', novalidate: true, 'data-confirm': row.completionId },
    textField({ name: 'name', label: t('certificate.nameFor'), value: row.name, autocomplete: 'off', required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('certificate.confirmOnBehalf'))));
  return onSubmit(form, async (data) => {
    const award = await postJson(`api/cohorts/${segment(cohortId)}/certificates`, { completion: row.completionId, name: data.name });
    await done(t('certificate.issuedFor', { name: award.holderName }));
  });
}

/** Coordinators only: a corrected name reissues the certificate; revoking needs a reason. */
function coordinatorTools(award, erased) {
  const correct = h('form', { class: 'form', novalidate: true, 'data-correct': award.code },
    textField({ name: 'name', label: t('certificate.correctedName'), value: award.holderName, autocomplete: 'off', required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('certificate.reissue'))));
  onSubmit(correct, async (data) => {
    const next = await postJson(`api/certificates/${segment(award.code)}/name`, { name: data.name });
    await done(t('certificate.reissued', { name: next.holderName, code: next.code }));
  });
  const revoke = h('form', { class: 'form', novalidate: true, 'data-revoke': award.code },
    textField({ name: 'reason', label: t('certificate.reason'), required: true, autocomplete: 'off', hint: t('certificate.reasonHint') }),
    textField({ name: 'publicReason', label: t('certificate.publicReasonLabel'), autocomplete: 'off', hint: t('certificate.publicReasonHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--danger' }, t('certificate.revoke'))));
  onSubmit(revoke, async (data) => {
    await postJson(`api/certificates/${segment(award.code)}/revocation`, data);
    await done(erased ? t('certificate.revokedErased') : t('certificate.revoked', { name: award.holderName }));
  });
  // A holder erased at their request has no name to correct.
  return [erased ? null : h('details', { 'data-tool': 'correct' }, h('summary', {}, t('certificate.correctName')), correct),
    h('details', { 'data-tool': 'revoke' }, h('summary', {}, t('certificate.revoke')), revoke)];
}

function row(r, coordinator) {
  const a = r.award;
  // The holder erased at their request: no name anywhere, no PDF (it would print one).
  const erased = holderErased(r) || holderErased(a);
  return h('li', { class: 'card card--small', 'data-completion': r.completionId, 'data-learner': r.name, 'data-erased': erased ? '' : null },
    h('h2', { class: 'card__heading certificate__name', dir: 'auto' }, erased ? holderName({ holderErased: true }) : a ? a.holderName : r.name),
    h('p', { class: 'meta' }, t('certificate.completedOn', { date: day(r.completedOn) })),
    a ? [statusLine(a), a.confirmedByStaff ? h('p', { class: 'meta' }, t('certificate.confirmedByStaff')) : null,
      a.status === 'revoked' && a.revokedReason ? h('p', { class: 'meta' }, t('certificate.internalReason', { reason: a.revokedReason })) : null,
      a.status === 'valid' ? [h('p', {}, verifyLink(a)), erased ? null : pdfLinks('api/certificates', a.code),
        coordinator ? coordinatorTools(a, erased) : null] : null]
      : [h('p', { 'data-status': 'pending' }, t('certificate.pending')), erased ? null : confirmForm(r)]);
}

function batch(rows) {
  // Erased holders' certificates print no name, so they are not printed at all.
  const named = rows.filter((r) => !holderErased(r) && !holderErased(r.award));
  const valid = named.filter((r) => r.award?.status === 'valid').length;
  const pending = named.filter((r) => !r.award);
  const all = h('button', { type: 'button', class: 'button', 'data-confirm-all': '' }, t('certificate.confirmAll', { n: pending.length }));
  all.addEventListener('click', async () => {
    if (all.getAttribute('aria-disabled') === 'true') return;
    all.setAttribute('aria-disabled', 'true');
    try {
      const result = await postJson(`api/cohorts/${segment(cohortId)}/certificates/all?lang=${currentLanguage()}`, {});
      const refused = result.refused.map((x) => `${x.name}: ${x.message}`).join(' ');
      await done(`${t('certificate.allIssued', { n: result.issued })}${refused ? ` ${t('certificate.someRefused')} ${refused}` : ''}`);
    } catch (error) {
      await done(error instanceof ApiError ? error.problem.detail : t('error.unexpected'));
    }
  });
  const print = (lang) => h('a', { class: lang === currentLanguage() ? 'button' : 'button button--secondary', 'data-batch': lang, hreflang: lang,
    href: `api/cohorts/${segment(cohortId)}/certificates/pdf?lang=${lang}` }, t(`certificate.printAll.${lang}`, { n: valid }));
  return h('section', { 'aria-labelledby': 'print' },
    h('h2', { id: 'print' }, t('certificate.print')),
    valid ? h('p', { class: 'actions' }, print('da'), print('en')) : h('p', {}, t('certificate.noneToPrint')),
    pending.length ? [h('p', {}, t('certificate.pendingCount', { n: pending.length })), h('p', { class: 'actions' }, all)] : null);
}

startPage(async () => {
  if (!cohortId) throw missingParameter('error.missingCohort');
  const [cohort, rows, session] = await Promise.all([getJson(`api/cohorts/${segment(cohortId)}`),
    getJson(`api/cohorts/${segment(cohortId)}/certificates?lang=${currentLanguage()}`), getJson('api/session')]);
  const coordinator = session.roles.includes('coordinator');
  const announce = h('div', { 'aria-live': 'polite', 'data-announce': '', tabindex: '-1' }, message ? notice(message) : null);
  message = null;
  const sorted = [...rows].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'da'));
  return {
    title: `${t('certificates.title')} – ${cohort.name}`,
    content: [
      h('p', {}, h('a', { href: `cohort.html?id=${segment(cohortId)}` }, cohort.name)),
      h('h1', {}, t('certificates.title')),
      announce,
      rows.length ? [batch(rows), h('ul', { class: 'card-list certificate-rows' }, sorted.map((r) => row(r, coordinator)))]
        : h('p', {}, t('certificate.noneCompleted')),
    ],
  };
});
