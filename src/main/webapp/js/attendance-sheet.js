// attendance-sheet.html?cohort=…&meeting=…: the names on paper, to tick at the
// meeting and type in afterwards on the attendance page.
import { h } from './dom.js';
import { getJson, segment } from './api.js';
import { t } from './i18n.js';
import { missingParameter, startPage } from './page.js';
import { longDay } from './learner-parts.js';

startPage(async () => {
  const params = new URLSearchParams(location.search);
  const cohortId = params.get('cohort');
  const meetingId = params.get('meeting');
  if (!cohortId || !meetingId) throw missingParameter('error.missingCohort');
  const sheet = await getJson(`api/cohorts/${segment(cohortId)}/meetings/${segment(meetingId)}/attendance`);
  return {
    title: t('attendance.sheetTitle'),
    content: [
      h('p', { class: 'poster-tools actions' },
        h('button', { type: 'button', class: 'button', onclick: () => window.print() }, t('poster.print')),
        h('a', { href: `attendance.html?cohort=${segment(cohortId)}&meeting=${segment(meetingId)}` }, t('attendance.title'))),
      h('h1', {}, sheet.cohort),
      h('p', {}, `${longDay(sheet.meeting.when.date)}, ${sheet.meeting.when.startTime}–${sheet.meeting.when.endTime}, ${sheet.meeting.place}`),
      h('div', { class: 'table-scroll' }, h('table', { class: 'sheet' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('attendance.name')), h('th', { scope: 'col' }, t('attendance.present')),
          h('th', { scope: 'col' }, t('attendance.absent')))),
        h('tbody', {}, sheet.learners.map((l) => h('tr', {}, h('th', { scope: 'row' }, l.name),
          h('td', { class: 'sheet__box' }, l.present === true ? '✓' : ''), h('td', { class: 'sheet__box' }, l.present === false ? '✓' : '')))))),
    ],
  };
});
