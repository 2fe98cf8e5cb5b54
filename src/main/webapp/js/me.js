// me.html: a signed-in learner's own page — their cohorts, each track's modules,
// the meetings, and a notice when a meeting has moved or been cancelled.
import { h } from './dom.js';
import { deleteJson, getJson } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';
import { longDay, meetingLine, period } from './learner-parts.js';

function notices(cohort) {
  if (!cohort.notices.length) return null;
  return h('div', { class: 'alert', role: 'status' },
    h('p', { class: 'alert__title' }, t('me.changed')),
    h('ul', {}, cohort.notices.map((n) => h('li', {}, t(`me.notice.${n.kind}`, {
      when: `${longDay(n.meeting.when.date)} ${n.meeting.when.startTime}`, place: n.meeting.place,
    })))));
}

function cohortCard(cohort) {
  const link = (m) => `module.html?id=${encodeURIComponent(m.id)}&track=${encodeURIComponent(cohort.track.id)}`;
  return h('li', { class: 'card', 'data-cohort': cohort.id },
    h('h2', { class: 'card__title' }, cohort.name),
    facts([[t('join.organisation'), cohort.organisation], [t('join.when'), period(cohort.startsOn, cohort.endsOn)]]),
    notices(cohort),
    h('h3', {}, h('a', { href: `track.html?id=${encodeURIComponent(cohort.track.id)}` }, cohort.track.title)),
    h('ol', { class: 'module-steps' }, cohort.track.modules.map((m) => h('li', {}, h('a', { href: link(m) }, m.title)))),
    cohort.meetings.length ? [h('h3', {}, t('me.meetings')), h('ul', { class: 'meetings' }, cohort.meetings.map(meetingLine))] : null);
}

startPage(async () => {
  const me = await getJson('api/me');
  const signOut = h('button', { type: 'button', class: 'button button--secondary', 'data-not-me': '' }, t('me.notMe', { name: me.name }));
  signOut.addEventListener('click', async () => {
    await deleteJson('api/session');
    location.assign('index.html');
  });
  return {
    title: t('me.title'),
    content: [
      h('h1', {}, t('me.hello', { name: me.name })),
      h('p', { class: 'actions' }, signOut),
      me.cohorts.length
        ? h('ul', { class: 'card-list' }, me.cohorts.map(cohortCard))
        : h('p', {}, t('me.none')),
      h('p', { class: 'meta' }, t('me.otherDevice')),
    ],
  };
});
