// assessments.html (assessors): the candidates for dialogue consultant, those
// waiting for an assessment first — each links to their log (assessment.html).
import { h } from './dom.js';
import { getJson, segment } from './api.js';
import { t } from './i18n.js';
import { startPage } from './page.js';
import { facts } from './parts.js';
import { cohortName, dateOf } from './practice-parts.js';

function candidate(c) {
  return h('li', { class: 'card card--small', 'data-candidate': c.learnerId, 'data-status': c.status, 'data-renewal': c.renewal ? '' : null },
    h('h2', { class: 'card__title', dir: 'auto' }, h('a', { href: `assessment.html?learner=${segment(c.learnerId)}` }, c.name)),
    facts([
      [t('assessments.cohort'), cohortName(c.cohort)],
      [t('assessments.status'), t(`practice.statusShort.${c.status}`)],
      [t('assessments.submittedAt'), dateOf(c.submittedAt)],
      [t('assessments.ready'), c.ready ? t('assessments.yes') : t('assessments.no')],
      [t('assessments.renewal'), c.renewal ? t('assessments.renewalSubmitted') : ''],
    ]));
}

startPage(async () => {
  const candidates = await getJson('api/assessments');
  return {
    title: t('assessments.title'),
    content: [
      h('h1', {}, t('assessments.title')),
      h('p', { class: 'lead' }, t('assessments.intro')),
      candidates.length
        ? h('ul', { class: 'card-list', 'data-candidates': '' }, candidates.map(candidate))
        : h('p', { 'data-no-candidates': '' }, t('assessments.none')),
    ],
  };
});
