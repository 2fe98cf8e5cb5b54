// attendance.html?cohort=…&meeting=… (the cohort's trainer, on a phone or tablet):
// one tap per learner, present or absent, saved at once; "undo" clears the mark.
import { h } from './dom.js';
import { deleteJson, getJson, putJson, segment } from './api.js';
import { t } from './i18n.js';
import { missingParameter, startPage } from './page.js';
import { longDay } from './learner-parts.js';

const params = new URLSearchParams(location.search);
const cohortId = params.get('cohort');
const meetingId = params.get('meeting');

function row(learner) {
  const status = h('span', { class: 'visually-hidden', role: 'status' });
  const present = h('button', { type: 'button', class: 'button button--toggle', 'data-present': '' }, t('attendance.present'));
  const absent = h('button', { type: 'button', class: 'button button--toggle', 'data-absent': '' }, t('attendance.absent'));
  const undo = h('button', { type: 'button', class: 'button button--secondary', 'data-undo': '' }, t('attendance.undo'));
  const show = (value) => {
    present.setAttribute('aria-pressed', String(value === true));
    absent.setAttribute('aria-pressed', String(value === false));
    undo.hidden = value === null || value === undefined;
  };
  const save = async (value) => {
    const url = `api/cohorts/${segment(cohortId)}/meetings/${segment(meetingId)}/attendance/${learner.learnerId}`;
    try {
      if (value === null) await deleteJson(url);
      else await putJson(url, { present: value });
      show(value);
      status.textContent = t(value === null ? 'attendance.cleared' : value ? 'attendance.savedPresent' : 'attendance.savedAbsent',
        { name: learner.name });
    } catch (error) {
      status.textContent = error.problem?.detail ?? t('error.unexpected');
    }
  };
  present.addEventListener('click', () => save(true));
  absent.addEventListener('click', () => save(false));
  undo.addEventListener('click', () => save(null));
  show(learner.present);
  return h('li', { class: 'attendance-row', 'data-learner': learner.name },
    h('p', { class: 'learner__name', id: `who-${learner.learnerId}` }, learner.name),
    h('div', { class: 'actions', role: 'group', 'aria-labelledby': `who-${learner.learnerId}` }, present, absent, undo),
    status);
}

startPage(async () => {
  if (!cohortId || !meetingId) throw missingParameter('error.missingCohort');
  const sheet = await getJson(`api/cohorts/${segment(cohortId)}/meetings/${segment(meetingId)}/attendance`);
  return {
    title: t('attendance.title'),
    content: [
      h('p', {}, h('a', { href: `cohort.html?id=${segment(cohortId)}` }, sheet.cohort)),
      h('h1', {}, t('attendance.title')),
      h('p', { class: 'lead' }, `${longDay(sheet.meeting.when.date)}, ${sheet.meeting.when.startTime}–${sheet.meeting.when.endTime}, ${sheet.meeting.place}`),
      sheet.learners.length ? h('ul', { class: 'learners' }, sheet.learners.map(row)) : h('p', {}, t('cohort.noLearners')),
      h('p', {}, h('a', { href: `attendance-sheet.html?cohort=${segment(cohortId)}&meeting=${segment(meetingId)}` }, t('attendance.printSheet'))),
    ],
  };
});
