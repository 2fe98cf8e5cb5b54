// The cohort form, shared by "new cohort" (cohorts.html) and "edit" (cohort.html).
import { h } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';
import { checkboxGroup, selectField, textField } from './forms.js';

/** What the form needs to offer: organisations, districts, tracks and trainers. */
export async function choices() {
  const [organisations, districts, tracks, trainers] = await Promise.all([
    getJson('api/organisations'), getJson('api/districts'), getJson('api/tracks'), getJson('api/cohorts/trainers'),
  ]);
  return { organisations, districts, tracks, trainers };
}

export function cohortFields(choice, cohort = {}) {
  return [
    textField({ name: 'name', label: t('cohort.name'), required: true, value: cohort.name || '', autocomplete: 'off' }),
    selectField({ name: 'organisationId', label: t('cohort.organisation'), value: cohort.organisation?.id ?? '',
      options: [['', t('cohort.choose')], ...choice.organisations.map((o) => [o.id, o.name])] }),
    selectField({ name: 'trackId', label: t('cohort.track'), value: cohort.track?.id ?? '',
      options: [['', t('cohort.choose')], ...choice.tracks.map((tr) => [tr.id, tr.title])] }),
    selectField({ name: 'districtCode', label: t('cohort.district'), value: cohort.district?.id ?? '',
      options: [['', t('cohort.choose')], ...choice.districts.map((d) => [d.code, d.name])] }),
    textField({ name: 'startsOn', label: t('cohort.startsOn'), type: 'date', required: true, value: cohort.startsOn || '' }),
    textField({ name: 'endsOn', label: t('cohort.endsOn'), type: 'date', required: true, value: cohort.endsOn || '' }),
    textField({ name: 'capacity', label: t('cohort.capacity'), type: 'number', required: true, value: cohort.capacity ?? '', inputmode: 'numeric' }),
    checkboxGroup({ name: 'trainers', legend: t('cohort.trainers'),
      options: choice.trainers.map((tr) => [String(tr.id), tr.displayName]),
      checked: (cohort.trainers || []).map((tr) => String(tr.id)) }),
  ];
}

/** The form's values as the API takes them. */
export function cohortBody(data) {
  return {
    name: data.name,
    organisationId: data.organisationId ? Number(data.organisationId) : null,
    trackId: data.trackId || null,
    districtCode: data.districtCode || null,
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    capacity: data.capacity === '' ? null : Number(data.capacity),
    trainers: (data.trainers || []).map(Number),
  };
}
