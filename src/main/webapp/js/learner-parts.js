// Pieces the learner pages share: dates and meetings in Copenhagen time.
import { h } from './dom.js';
import { currentLanguage, t } from './i18n.js';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'da-DK');

/** 2026-12-03 → "3. dec. 2026" / "3 Dec 2026". */
export function day(isoDate) {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** The weekday too, for meetings: "torsdag 3. dec. 2026". */
export function longDay(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

export function period(from, to) {
  return t('cohort.period', { from: day(from), to: day(to) });
}

/** One meeting: day, time and place; a cancelled one says so; a moved one says what it was. */
export function meetingLine(meeting) {
  const when = `${longDay(meeting.when.date)}, ${meeting.when.startTime}–${meeting.when.endTime}`;
  return h('li', { class: `meeting${meeting.cancelled ? ' meeting--cancelled' : ''}`, 'data-meeting': meeting.id },
    h('p', { class: 'meeting__when' }, meeting.cancelled ? h('del', {}, when) : when,
      meeting.cancelled ? [' ', h('strong', { class: 'badge' }, t('meeting.cancelled'))] : null),
    h('p', { class: 'meeting__place' }, meeting.place),
    meeting.before && !meeting.cancelled
      ? h('p', { class: 'meta' }, t('meeting.movedFrom', {
        when: `${longDay(meeting.before.when.date)}, ${meeting.before.when.startTime}–${meeting.before.when.endTime}`,
        place: meeting.before.place,
      }))
      : null);
}

/** A resume code big enough to copy onto paper, with what to do with it. */
export function resumeCodeBox(code, intro) {
  return h('div', { class: 'code-box', role: 'group', 'aria-labelledby': 'resume-code-label' },
    h('p', { id: 'resume-code-label', class: 'code-box__label' }, intro),
    h('p', { class: 'code-box__code', 'data-resume-code': code, lang: 'en' },
      ...code.split('-').flatMap((group, i) => (i ? [h('span', { 'aria-hidden': 'true' }, '-'), group] : [group]))),
    h('p', {}, t('resume.keepIt')));
}
