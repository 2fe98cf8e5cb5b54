// activities.html (coordinators, admins): events and campaigns beyond the courses —
// their participation and evaluations — newest first, and a new one.
import { h } from './dom.js';
import { getJson, postJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';
import { onSubmit } from './forms.js';
import { activityBody, activityFields, activityWhen, answersLine } from './activity-form.js';
import { closesLine } from './evaluation-parts.js';

function card(activity) {
  return h('li', { class: 'card', 'data-activity': activity.id },
    h('h3', { class: 'card__title' }, h('a', { href: `activity.html?id=${activity.id}`, dir: 'auto' }, activity.title)),
    facts([
      [t('activity.kind'), t(`activity.kind.${activity.kind}`)],
      [t('activity.when'), activityWhen(activity)],
      [t('activity.district'), activity.districtName],
      [t('activity.answers'), answersLine(activity)],
    ]),
    h('p', { class: 'meta' }, closesLine(activity)));
}

startPage(async () => {
  const [activities, districts] = await Promise.all([getJson('api/activities'), getJson('api/districts')]);
  const form = h('form', { class: 'form', novalidate: true, 'data-new-activity': '' }, activityFields(districts),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('activities.create'))));
  onSubmit(form, async (data) => {
    const created = await postJson('api/activities', activityBody(data));
    location.assign(`activity.html?id=${created.id}`);
  });
  return {
    title: t('activities.title'),
    content: [
      h('h1', {}, t('activities.title')),
      h('p', { class: 'lead' }, t('activities.intro')),
      h('section', { 'aria-labelledby': 'new-activity' },
        h('h2', { id: 'new-activity' }, t('activities.new')),
        h('details', {}, h('summary', {}, t('activities.showForm')), form)),
      h('section', { 'aria-labelledby': 'all-activities' },
        h('h2', { id: 'all-activities' }, t('activities.all')),
        activities.length ? h('ul', { class: 'card-list' }, activities.map(card)) : h('p', {}, t('activities.none'))),
    ],
  };
});
