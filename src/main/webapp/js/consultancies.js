// consultancies.html (coordinators, admins): advice given by the dialogue consultants
// to a place (a café's management and staff, an association): each gets a link and QR
// code that takes as many anonymous answers as people received the advice; closing it
// releases the answers to the results.
import { h } from './dom.js';
import { getJson, postJson, segment } from './api.js';
import { t } from './i18n.js';
import { rerender, startPage } from './page.js';
import { facts } from './parts.js';
import { notice, onSubmit, selectField, textField } from './forms.js';
import { day } from './learner-parts.js';
import { actionButton } from './practice-parts.js';
import { closesLine, linkPanel } from './evaluation-parts.js';

let message = null;
let created = null; // the one just made shows its link at once

async function reload(text) {
  message = text;
  await rerender();
  document.querySelector('[data-announce]')?.focus();
}

/**
 * One consultancy. Closing it redraws only its card, with the notice where the button was, so
 * that nothing else on the page moves under the reader.
 */
function card(c, closedNotice = null) {
  const status = h('div', { 'aria-live': 'polite', tabindex: '-1', 'data-card-status': '' }, closedNotice ? notice(closedNotice) : null);
  let li = null;
  const close = c.closed ? null : actionButton(t('consultancies.close'), { 'data-close': '' }, async () => {
    if (!window.confirm(t('consultancies.confirmClose', { recipient: c.recipient }))) return;
    const closed = await postJson(`api/consultancies/${segment(c.id)}/close`, {});
    const redrawn = card(closed, t('consultancies.closedNotice', { recipient: c.recipient }));
    li.replaceWith(redrawn);
    redrawn.querySelector('[data-card-status]')?.focus();
  }, (text) => status.replaceChildren(h('div', { class: 'alert alert--error', role: 'alert' }, h('p', {}, text))), 'button--secondary');
  li = h('li', { class: 'card card--small', 'data-consultancy': c.id, 'data-closed': String(Boolean(c.closed)) },
    h('h3', { class: 'card__heading', dir: 'auto' }, c.recipient),
    facts([
      [t('consultancies.date'), day(c.givenOn)],
      [t('activity.district'), c.districtName],
      [t('consultancies.answers'), h('span', { 'data-answers': c.answers }, t('consultancies.answered', { answers: c.answers, people: c.people }))],
    ]),
    h('p', { class: 'meta' }, closesLine(c)),
    c.closed ? null : h('details', { open: c.id === created }, h('summary', {}, t('consultancies.showLink')),
      linkPanel(c, `api/consultancies/${segment(c.id)}/qr.svg`, t('consultancies.qrAlt', { recipient: c.recipient }))),
    close ? h('p', { class: 'actions' }, close) : null,
    status);
  return li;
}

startPage(async () => {
  const [consultancies, districts] = await Promise.all([getJson('api/consultancies'), getJson('api/districts')]);
  const form = h('form', { class: 'form', novalidate: true, 'data-new-consultancy': '' },
    textField({ name: 'recipient', label: t('consultancies.recipient'), required: true, autocomplete: 'off',
      hint: t('consultancies.recipientHint') }),
    textField({ name: 'givenOn', label: t('consultancies.givenOn'), type: 'date', required: true }),
    selectField({ name: 'district', label: t('activity.district'),
      options: [['', t('cohort.choose')], ...districts.map((d) => [d.code, d.name])] }),
    textField({ name: 'people', label: t('consultancies.people'), type: 'number', inputmode: 'numeric', required: true,
      hint: t('consultancies.peopleHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('consultancies.create'))));
  onSubmit(form, async (data) => {
    const made = await postJson('api/consultancies', {
      recipient: data.recipient, givenOn: data.givenOn || null, district: data.district || null,
      people: data.people === '' ? null : Number(data.people),
    });
    created = made.id;
    await reload(t('consultancies.created', { recipient: data.recipient }));
  });
  const announce = h('div', { 'aria-live': 'polite', 'data-announce': '', tabindex: '-1' }, message ? notice(message) : null);
  message = null;
  return {
    title: t('consultancies.title'),
    content: [
      h('h1', {}, t('consultancies.title')),
      h('p', { class: 'lead' }, t('consultancies.intro')),
      announce,
      h('section', { 'aria-labelledby': 'new-consultancy' },
        h('h2', { id: 'new-consultancy' }, t('consultancies.new')),
        h('details', {}, h('summary', {}, t('consultancies.showForm')), form)),
      h('section', { 'aria-labelledby': 'all-consultancies' },
        h('h2', { id: 'all-consultancies' }, t('consultancies.all')),
        consultancies.length ? h('ul', { class: 'card-list' }, consultancies.map(card)) : h('p', {}, t('consultancies.none'))),
    ],
  };
});
