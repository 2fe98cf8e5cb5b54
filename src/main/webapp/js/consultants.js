// consultants.html (coordinators): the register of dialogue consultants — filtered
// by status and district, as a table and as CSV — and a form to record someone
// certified before Broer existed.
import { h } from './dom.js';
import { getJson, postJson } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { rerender, startPage } from './page.js';
import { notice, onSubmit, selectField, textField } from './forms.js';
import { day } from './learner-parts.js';

const STATUSES = ['active', 'expiring', 'expired', 'revoked'];
const params = new URLSearchParams(location.search);
const filters = {
  status: STATUSES.includes(params.get('status')) ? params.get('status') : '',
  district: params.get('district') || '',
};
let message = null;

function query(extra = {}) {
  const q = new URLSearchParams();
  if (filters.status) q.set('status', filters.status);
  if (filters.district) q.set('district', filters.district);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

const statusWords = (status) => (STATUSES.includes(status) ? t(`consultants.status.${status}`) : status);

function rows(consultants) {
  return consultants.map((c) => h('tr', { 'data-consultant': c.learnerId, 'data-status': c.status },
    h('th', { scope: 'row', dir: 'auto' }, c.name),
    h('td', {}, (c.districts ?? []).join(', ')),
    h('td', {}, h('span', { class: `consultant-status consultant-status--${c.status}` }, statusWords(c.status))),
    h('td', {}, day(c.validFrom)),
    h('td', {}, day(c.validUntil)),
    h('td', {}, day(c.awardedOn))));
}

function table(consultants) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('consultants.caption') },
    h('table', { class: 'consultants', 'data-register': '' },
      h('caption', { class: 'visually-hidden' }, t('consultants.caption')),
      h('thead', {}, h('tr', {},
        ['name', 'districts', 'status', 'validFrom', 'validUntil', 'awardedOn'].map((k) => h('th', { scope: 'col' }, t(`consultants.col.${k}`))))),
      h('tbody', { 'data-rows': '' }, rows(consultants))));
}

function existingForm(districts, assessors) {
  const form = h('form', { class: 'form', novalidate: true, 'data-existing': '' },
    textField({ name: 'name', label: t('consultants.existing.name'), required: true, autocomplete: 'off' }),
    selectField({ name: 'district', label: t('practice.district'),
      options: [['', t('cohort.choose')], ...districts.map((d) => [d.code, d.name])] }),
    textField({ name: 'awardedOn', label: t('consultants.existing.awardedOn'), type: 'date', required: true,
      hint: t('consultants.existing.awardedOnHint') }),
    textField({ name: 'validFrom', label: t('consultants.existing.validFrom'), type: 'date', required: true,
      hint: t('consultants.existing.validFromHint') }),
    selectField({ name: 'assessor', label: t('consultants.existing.assessor'),
      options: [['', t('cohort.choose')], ...assessors.map((a) => [String(a.id), a.displayName])] }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('consultants.existing.save'))));
  return onSubmit(form, async (data) => {
    const recorded = await postJson('api/consultants/existing', {
      name: data.name, district: data.district || null, awardedOn: data.awardedOn || null,
      validFrom: data.validFrom || null, assessor: data.assessor ? Number(data.assessor) : null,
    });
    message = t('consultants.existing.saved', { name: data.name, code: recorded.code, date: day(recorded.validUntil) });
    await rerender();
    document.querySelector('[data-announce]')?.focus();
  });
}

startPage(async () => {
  const [consultants, districts, assessors] = await Promise.all([
    getJson(`api/consultants${query()}`), getJson('api/districts'), getJson('api/consultants/assessors'),
  ]);
  const grid = table(consultants);
  const csv = h('a', { class: 'button button--secondary', download: '', 'data-csv': '' }, t('consultants.csv'));
  const count = h('p', { class: 'meta', role: 'status', 'data-count': '' });
  const empty = h('p', { 'data-no-consultants': '' }, t('consultants.none'));
  const show = (list) => {
    grid.querySelector('[data-rows]').replaceChildren(...rows(list));
    grid.hidden = !list.length;
    empty.hidden = Boolean(list.length);
    count.textContent = t('consultants.count', { n: list.length });
    csv.setAttribute('href', `api/consultants/csv${query({ lang: currentLanguage() })}`);
  };

  const statusSelect = selectField({ name: 'status', label: t('consultants.filter.status'), value: filters.status,
    options: [['', t('consultants.filter.all')], ...STATUSES.map((s) => [s, statusWords(s)])] });
  const districtSelect = selectField({ name: 'district', label: t('practice.district'), value: filters.district,
    options: [['', t('consultants.filter.allDistricts')], ...districts.map((d) => [d.code, d.name])] });
  const filterForm = h('form', { class: 'form filters', novalidate: true, 'data-filters': '' },
    statusSelect, districtSelect,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('cohorts.filter'))));
  onSubmit(filterForm, async (data) => {
    filters.status = data.status || '';
    filters.district = data.district || '';
    const url = new URL(location.href);
    url.search = query();
    history.replaceState(history.state, '', url);
    show(await getJson(`api/consultants${query()}`));
  });

  const announce = h('div', { 'aria-live': 'polite', 'data-announce': '', tabindex: '-1' }, message ? notice(message) : null);
  message = null;
  show(consultants);
  return {
    title: t('consultants.title'),
    content: [
      h('h1', {}, t('consultants.title')),
      h('p', { class: 'lead' }, t('consultants.intro')),
      announce,
      h('section', { 'aria-labelledby': 'register' },
        h('h2', { id: 'register' }, t('consultants.register')),
        filterForm,
        h('p', { class: 'actions' }, csv),
        count,
        grid,
        empty),
      h('section', { 'aria-labelledby': 'existing' },
        h('h2', { id: 'existing' }, t('consultants.existing.heading')),
        h('p', {}, t('consultants.existing.intro')),
        existingForm(districts, assessors)),
    ],
  };
});
