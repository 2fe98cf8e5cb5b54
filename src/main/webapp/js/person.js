// person.html?id=… (coordinators): one learner as Broer holds them — details, cohorts and
// certificates; all their data as one file for a person who asks (GDPR art. 15); and erasure
// at their request (art. 17), after the coordinator has confirmed it is them.
import { h } from './dom.js';
import { ApiError, getJson, postJson, segment } from './api.js';
import { t } from './i18n.js';
import { missingParameter, rerender, startPage } from './page.js';
import { facts } from './parts.js';
import { onSubmit } from './forms.js';
import { day } from './learner-parts.js';

const id = new URLSearchParams(location.search).get('id');
let erased = null; // the server's answer once erased: the page then shows only that, never the name

function back() {
  return h('p', {}, h('a', { href: 'cohorts.html' }, t('person.backToCohorts')));
}

function erasedView() {
  return {
    title: t('person.erasedTitle'),
    content: [
      h('h1', { tabindex: '-1', 'data-erased-heading': '' }, t('person.erasedTitle')),
      h('div', { class: 'alert alert--good', role: 'status', 'data-erased': '' },
        h('p', { class: 'alert__title' }, t('person.erasedTitle')),
        h('p', {}, t('person.erasedDetail', { kept: erased.certificatesKept ?? 0, revoked: erased.certificatesRevoked ?? 0 }))),
      back(),
    ],
  };
}

function missingView() {
  return {
    title: t('person.missingTitle'),
    content: [
      h('h1', {}, t('person.missingTitle')),
      h('div', { class: 'alert alert--error', role: 'alert', 'data-person-missing': '' },
        h('p', { class: 'alert__title' }, t('person.missingTitle')), h('p', {}, t('person.missing'))),
      back(),
    ],
  };
}

function certificateLine(c) {
  return h('li', { 'data-certificate': c.code, 'data-status': c.status },
    c.track, ' · ', h('code', {}, c.code), ' · ', t(`person.status.${c.status}`));
}

function eraseForm(person) {
  const hasValid = person.certificates.some((c) => c.status === 'valid');
  const choice = (value) => h('div', { class: 'check' },
    h('input', { type: 'radio', id: `certificates-${value}`, name: 'certificates', value, required: true }),
    h('label', { for: `certificates-${value}` }, t(`person.certificates.${value}`)));
  const form = h('form', { class: 'form', novalidate: true, 'data-erase': '' },
    hasValid ? h('fieldset', { class: 'field field--group', 'data-field': 'certificates' },
      h('legend', {}, t('person.certificatesChoice')), choice('keep'), choice('revoke')) : null,
    h('fieldset', { class: 'field field--group', 'data-field': 'confirmed' },
      h('legend', {}, t('person.confirmLegend')),
      h('div', { class: 'check' },
        h('input', { type: 'checkbox', id: 'erase-confirmed', name: 'confirmed', value: 'yes' }),
        h('label', { for: 'erase-confirmed' }, t('person.confirmed')))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--danger' }, t('person.eraseButton'))));
  return onSubmit(form, async (data) => {
    const body = { confirmed: (data.confirmed || []).includes('yes') };
    const picked = form.querySelector('input[name=certificates]:checked');
    if (picked) body.certificates = picked.value;
    erased = await postJson(`api/people/${segment(id)}/erasure`, body);
    await rerender();
    document.querySelector('[data-erased-heading]')?.focus();
  });
}

startPage(async () => {
  if (erased) return erasedView();
  if (!id) throw missingParameter('error.missingPerson');
  let person;
  try {
    person = await getJson(`api/people/${segment(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.problem.status === 404) return missingView();
    throw error;
  }
  return {
    title: person.name,
    content: [
      back(),
      h('h1', { dir: 'auto', 'data-person': person.id }, person.name),
      facts([
        [t('person.phone'), person.phone],
        [t('person.employeeNumber'), person.employeeNumber],
        [t('person.organisation'), person.organisation],
      ]),
      h('section', { 'aria-labelledby': 'person-cohorts' },
        h('h2', { id: 'person-cohorts' }, t('person.cohorts')),
        person.cohorts.length ? h('ul', {}, person.cohorts.map((c) => h('li', {},
          h('a', { href: `cohort.html?id=${segment(c.id)}` }, c.name),
          c.endsOn ? h('span', { class: 'meta' }, ` · ${t('person.endsOn', { date: day(c.endsOn) })}`) : null)))
          : h('p', {}, t('person.noCohorts'))),
      h('section', { 'aria-labelledby': 'person-certificates' },
        h('h2', { id: 'person-certificates' }, t('person.certificates')),
        person.certificates.length ? h('ul', {}, person.certificates.map(certificateLine)) : h('p', {}, t('person.noCertificates'))),
      h('section', { 'aria-labelledby': 'person-data' },
        h('h2', { id: 'person-data' }, t('person.data')),
        h('p', {}, t('person.dataIntro')),
        h('p', {}, h('a', { class: 'button button--secondary', href: `api/people/${segment(id)}/data`, download: '', 'data-person-data': '' },
          t('person.download')))),
      h('section', { 'aria-labelledby': 'person-erase', class: 'panel' },
        h('h2', { id: 'person-erase' }, t('person.erase')),
        h('p', {}, t('person.eraseIntro')),
        h('ul', {}, ['personal', 'totals', 'certificates', 'final'].map((k) => h('li', {}, t(`person.erase.${k}`)))),
        eraseForm(person)),
    ],
  };
});
