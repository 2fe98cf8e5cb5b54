// employer.html[?organisation=…]: an employer's own people — who is in which cohort
// and who has completed what, with dates. An organisation contact sees only their
// organisation; coordinators and admins choose one.
import { h } from './dom.js';
import { getJson, segment } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { startPage } from './page.js';
import { day, period } from './learner-parts.js';
import { selectField } from './forms.js';

startPage(async () => {
  const session = await getJson('api/session');
  const asked = new URLSearchParams(location.search).get('organisation');
  const organisation = asked || session.organisationId;
  if (!organisation) {
    const organisations = await getJson('api/organisations');
    const form = h('form', { class: 'form', method: 'get', action: 'employer.html' },
      selectField({ name: 'organisation', label: t('cohort.organisation'), options: organisations.map((o) => [o.id, o.name]) }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('cohorts.filter'))));
    return { title: t('employer.title'), content: [h('h1', {}, t('employer.title')), form] };
  }
  const staff = await getJson(`api/organisations/${segment(organisation)}/completions`);
  const byId = new Map(staff.cohorts.map((c) => [c.id, c]));
  const csv = `api/organisations/${segment(organisation)}/completions/csv?lang=${currentLanguage()}`;
  const people = staff.people.map((p) => h('li', { class: 'card card--small', 'data-person': p.name },
    h('h2', { class: 'card__heading' }, p.name),
    p.employeeNumber ? h('p', { class: 'meta' }, p.employeeNumber) : null,
    h('ul', {}, p.cohorts.map((c) => h('li', {},
      h('strong', {}, byId.get(c.cohortId).track), ' (', byId.get(c.cohortId).name, '): ',
      c.completedAt ? h('span', { 'data-completed': '' }, t('employer.completed', { date: day(c.completedAt.slice(0, 10)) }))
        : t('progress.line', { passed: c.passed, total: c.total }))))));
  return {
    title: t('employer.title'),
    content: [
      h('h1', {}, t('employer.heading', { name: staff.organisation })),
      h('p', { class: 'lead' }, t('employer.intro')),
      h('p', { class: 'actions' }, h('a', { class: 'button button--secondary', href: csv, download: '', 'data-csv': '' }, t('employer.csv'))),
      h('h2', {}, t('employer.cohorts')),
      h('ul', {}, staff.cohorts.map((c) => h('li', {}, `${c.name} · ${c.track} · ${period(c.startsOn, c.endsOn)}`))),
      staff.people.length ? h('ul', { class: 'card-list' }, people) : h('p', {}, t('employer.none')),
    ],
  };
});
