// cohorts.html (trainers: their own; coordinators: all): the cohorts, and a new one.
import { h } from './dom.js';
import { getJson, postJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';
import { onSubmit } from './forms.js';
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

startPage(async () => {
  const [cohorts, choice] = await Promise.all([getJson('api/cohorts'), choices()]);
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
      cohorts.length ? h('ul', { class: 'card-list' }, cohorts.map(card)) : h('p', {}, t('cohorts.none')),
      h('section', { 'aria-labelledby': 'new-cohort' },
        h('h2', { id: 'new-cohort' }, t('cohorts.new')), h('details', {}, h('summary', {}, t('cohorts.showForm')), form)),
    ],
  };
});
