// cohorts.html (trainers: their own; coordinators: all): the cohorts, and a new one.
import { h } from './dom.js';
import { getJson, postJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';
import { onSubmit, selectField } from './forms.js';
import { choices, cohortBody, cohortFields } from './cohort-form.js';
import { period } from './learner-parts.js';

function card(cohort) {
  return h('li', { class: 'card', 'data-cohort': cohort.name },
    h('h2', { class: 'card__title' }, h('a', { href: `cohort.html?id=${cohort.id}` }, cohort.name)),
    facts([
      [t('cohort.status'), t(`cohort.status.${cohort.status}`)],
      [t('cohort.organisation'), cohort.organisation.name],
      [t('cohort.track'), cohort.track.title],
      [t('join.when'), period(cohort.startsOn, cohort.endsOn)],
      [t('cohort.places'), t('cohort.placesTaken', { enrolled: cohort.enrolled, capacity: cohort.capacity })],
    ]));
}

const filters = new URLSearchParams(location.search);

/** Filters by organisation, district, track and status: they stay in the address, so a list can be bookmarked. */
function filterForm(choice) {
  const select = (name, label, options) => selectField({ name, label, value: filters.get(name) || '',
    options: [['', t('cohorts.any')], ...options] });
  const form = h('form', { class: 'form form--filters', method: 'get', action: 'cohorts.html' },
    select('organisation', t('cohort.organisation'), choice.organisations.map((o) => [o.id, o.name])),
    select('district', t('cohort.district'), choice.districts.map((d) => [d.code, d.name])),
    select('track', t('cohort.track'), choice.tracks.map((tr) => [tr.id, tr.title])),
    select('status', t('cohort.status'), ['planned', 'open', 'full', 'closed', 'ended'].map((s) => [s, t(`cohort.status.${s}`)])),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('cohorts.filter'))));
  return form;
}

function totals(cohorts) {
  const enrolled = cohorts.reduce((sum, c) => sum + c.enrolled, 0);
  const capacity = cohorts.reduce((sum, c) => sum + c.capacity, 0);
  return h('p', { class: 'meta', 'data-totals': '' }, t('cohorts.totals', { cohorts: cohorts.length, enrolled, capacity }));
}

startPage(async () => {
  const query = new URLSearchParams([...filters].filter(([k, v]) => v && ['organisation', 'district', 'track', 'status'].includes(k)));
  const [cohorts, choice] = await Promise.all([getJson(`api/cohorts?${query}`), choices()]);
  const form = h('form', { class: 'form', novalidate: true }, cohortFields(choice),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('cohorts.create'))));
  onSubmit(form, async (data) => {
    const created = await postJson('api/cohorts', cohortBody(data));
    location.assign(`cohort.html?id=${created.id}`);
  });
  return {
    title: t('cohorts.title'),
    content: [
      h('h1', {}, t('cohorts.title')),
      h('details', { open: query.toString() ? true : null }, h('summary', {}, t('cohorts.filters')), filterForm(choice)),
      totals(cohorts),
      cohorts.length ? h('ul', { class: 'card-list' }, cohorts.map(card)) : h('p', {}, t('cohorts.none')),
      h('section', { 'aria-labelledby': 'new-cohort' },
        h('h2', { id: 'new-cohort' }, t('cohorts.new')), h('details', {}, h('summary', {}, t('cohorts.showForm')), form)),
    ],
  };
});
