// The activity form (an event or a campaign), shared by "new activity" (activities.html)
// and "edit" (activity.html), and the lines both pages show about one.
import { t } from './i18n.js';
import { selectField, textField } from './forms.js';
import { day, period } from './learner-parts.js';

export const KINDS = ['event', 'campaign'];

export function activityFields(districts, activity = {}) {
  return [
    selectField({ name: 'kind', label: t('activity.kind'), value: activity.kind ?? '',
      options: [['', t('cohort.choose')], ...KINDS.map((k) => [k, t(`activity.kind.${k}`)])] }),
    textField({ name: 'title', label: t('activity.name'), required: true, value: activity.title ?? '', autocomplete: 'off' }),
    textField({ name: 'startsOn', label: t('activity.startsOn'), type: 'date', required: true, value: activity.startsOn ?? '' }),
    textField({ name: 'endsOn', label: t('activity.endsOn'), type: 'date', required: true, value: activity.endsOn ?? '',
      hint: t('activity.endsOnHint') }),
    selectField({ name: 'district', label: t('activity.district'), value: activity.district ?? '',
      options: [['', t('cohort.choose')], ...districts.map((d) => [d.code, d.name])] }),
    textField({ name: 'partners', label: t('activity.partners'), value: (activity.partners ?? []).join(', '),
      hint: t('activity.partnersHint'), autocomplete: 'off' }),
    textField({ name: 'participants', label: t('activity.participants'), type: 'number', required: true, inputmode: 'numeric',
      value: activity.participants ?? '', hint: t('activity.participantsHint') }),
  ];
}

/** The form's values as the API takes them: partners as a list, the count as a number. */
export function activityBody(data) {
  return {
    kind: data.kind || null,
    title: data.title,
    startsOn: data.startsOn || null,
    endsOn: data.endsOn || null,
    district: data.district || null,
    partners: (data.partners || '').split(',').map((p) => p.trim()).filter(Boolean),
    participants: data.participants === '' ? null : Number(data.participants),
  };
}

export function activityWhen(activity) {
  return !activity.endsOn || activity.endsOn === activity.startsOn ? day(activity.startsOn) : period(activity.startsOn, activity.endsOn);
}

/** "118 svar (40 online, 78 på papir) af 350 deltagere". */
export function answersLine(activity) {
  const a = activity.answers ?? { online: 0, paper: 0, total: 0 };
  return t('activity.answersLine', { total: a.total, online: a.online, paper: a.paper, participants: activity.participants });
}
