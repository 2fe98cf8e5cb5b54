// organisation-learners.html?id=… (coordinators): everyone an organisation has in its
// cohorts, and merging two records that are the same person.
import { h } from './dom.js';
import { getJson, postJson, segment } from './api.js';
import { t } from './i18n.js';
import { missingParameter, rerender, startPage } from './page.js';
import { notice, onSubmit } from './forms.js';

const id = new URLSearchParams(location.search).get('id');
let message = null;

function learnerRow(l) {
  const box = `pick-${l.id}`;
  return h('li', { class: 'learner', 'data-learner': l.name },
    h('div', { class: 'check' }, h('input', { type: 'checkbox', id: box, name: 'pick', value: l.id }),
      h('label', { for: box, class: 'learner__name', id: `${box}-name` }, l.name)),
    h('p', { class: 'meta' }, [l.employeeNumber, l.phone, l.hasDevice ? t('cohort.hasDevice') : t('cohort.noDevice')]
      .filter(Boolean).join(' · ')),
    h('p', { class: 'meta' }, l.cohorts.map((c) => c.name).join(', ')),
    h('p', {}, h('a', { href: `person.html?id=${l.id}`, 'data-person-link': l.id, 'aria-describedby': `${box}-name` }, t('person.link'))));
}

startPage(async () => {
  if (!id) throw missingParameter('error.missingOrganisation');
  const [organisation, learners] = await Promise.all([getJson(`api/organisations/${segment(id)}`),
    getJson(`api/organisations/${segment(id)}/learners`)]);
  const merge = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'form', novalidate: true },
    h('ul', { class: 'learners' }, learners.map(learnerRow)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('orgLearners.mergeTwo'))));
  onSubmit(form, async () => {
    const picked = [...form.querySelectorAll('input[name=pick]:checked')].map((i) => learners.find((l) => String(l.id) === i.value));
    if (picked.length !== 2) {
      merge.replaceChildren(h('div', { class: 'alert alert--error', role: 'alert' }, h('p', {}, t('orgLearners.pickTwo'))));
      return;
    }
    const keep = h('form', { class: 'form panel', novalidate: true },
      h('fieldset', { class: 'field field--group', 'data-field': 'duplicate' }, h('legend', {}, t('orgLearners.keepWhich')),
        picked.map((l, i) => h('div', { class: 'check' }, h('input', { type: 'radio', name: 'keep', id: `keep-${l.id}`, value: l.id, checked: i === 0 }),
          h('label', { for: `keep-${l.id}` }, `${l.name}${l.employeeNumber ? ` (${l.employeeNumber})` : ''}`)))),
      h('p', {}, t('orgLearners.mergeExplain')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('orgLearners.merge'))));
    onSubmit(keep, async (data) => {
      const kept = picked.find((l) => String(l.id) === data.keep);
      const gone = picked.find((l) => l !== kept);
      if (!window.confirm(t('orgLearners.confirm', { gone: gone.name, kept: kept.name }))) return;
      await postJson(`api/learners/${kept.id}/merge`, { duplicate: gone.id });
      message = t('orgLearners.merged', { gone: gone.name, kept: kept.name });
      await rerender();
    });
    merge.replaceChildren(keep);
    keep.querySelector('input')?.focus();
  });
  const shown = message;
  message = null;
  return {
    title: t('orgLearners.title'),
    content: [
      h('p', {}, h('a', { href: 'organisations.html' }, t('organisations.title'))),
      h('h1', {}, t('orgLearners.heading', { name: organisation.name })),
      shown ? notice(shown) : null,
      learners.length ? [h('p', {}, t('orgLearners.intro')), form, merge] : h('p', {}, t('orgLearners.none')),
    ],
  };
});
