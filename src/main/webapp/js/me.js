// me.html: a signed-in learner's own page — each cohort's track with the state of
// every module and what comes next, progress as text and as a bar, the meetings
// (with a notice when one has moved or been cancelled), completion and follow-up;
// and the evaluations open to them.
import { h } from './dom.js';
import { deleteJson, getJson, postJson } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { rerender, startPage } from './page.js';
import { facts } from './parts.js';
import { onSubmit, textField } from './forms.js';
import { day, longDay, meetingLine, period } from './learner-parts.js';
import { credentialLinks, pdfLinks, statusLine, verifyLink } from './certificate-parts.js';

function notices(cohort) {
  if (!cohort.notices.length) return null;
  return h('div', { class: 'alert', role: 'status' },
    h('p', { class: 'alert__title' }, t('me.changed')),
    h('ul', {}, cohort.notices.map((n) => h('li', {}, t(`me.notice.${n.kind}`, {
      when: `${longDay(n.meeting.when.date)} ${n.meeting.when.startTime}`, place: n.meeting.place,
    })))));
}

/** The bar a screen reader reads as "3 of 8 modules passed", not as a bare percentage. */
function progressBar(track) {
  const text = t('me.progress', { passed: track.passed, total: track.total });
  const percent = track.total ? Math.round((track.passed * 100) / track.total) : 100;
  const fill = h('span', { class: 'progress__fill' });
  fill.style.inlineSize = `${percent}%`; // through CSSOM: the CSP allows no style attributes
  return h('div', { class: 'progress' },
    h('p', { class: 'progress__text', 'aria-hidden': 'true' }, text),
    h('div', {
      class: 'progress__bar', role: 'progressbar', 'aria-label': t('me.progressLabel', { track: track.title }),
      'aria-valuemin': 0, 'aria-valuemax': track.total, 'aria-valuenow': track.passed, 'aria-valuetext': text,
    }, fill));
}

function steps(cohort) {
  const link = (m) => `module.html?id=${encodeURIComponent(m.id)}&track=${encodeURIComponent(cohort.track.id)}`;
  return h('ol', { class: 'module-steps' }, cohort.track.modules.map((m) => h('li', {
    class: `step step--${m.state}`, 'data-module': m.id, 'data-state': m.state,
  },
  h('a', { href: link(m), 'aria-describedby': `state-${cohort.id}-${m.id}` }, m.title), ' ',
  h('span', { class: 'badge', id: `state-${cohort.id}-${m.id}` }, t(`state.${m.state}`)),
  cohort.track.next?.id === m.id && !cohort.completedAt ? [' ', h('strong', { class: 'step__next' }, t('me.next'))] : null)));
}

function status(cohort) {
  if (cohort.completedAt) {
    return h('div', { class: 'alert alert--good', role: 'status', 'data-completed': '' },
      h('p', { class: 'alert__title' }, t('me.completed', { date: day(cohort.completedAt.slice(0, 10)) })));
  }
  const items = [];
  if (cohort.track.next) {
    items.push(h('p', {}, t('me.nextIs'), ' ',
      h('a', { href: `module.html?id=${encodeURIComponent(cohort.track.next.id)}&track=${encodeURIComponent(cohort.track.id)}` },
        cohort.track.next.title)));
  }
  if (cohort.workshop.rule === 'required') {
    items.push(h('p', { 'data-workshop': cohort.workshop.attended ? 'attended' : 'waiting' },
      t(cohort.workshop.attended ? 'me.workshopDone' : 'me.workshopNeeded')));
  }
  return items;
}

function followUp(cohort) {
  const f = cohort.followUp;
  if (!f || !cohort.completedAt) return null;
  if (f.passed) return h('p', { 'data-follow-up': 'passed' }, t('me.followUpPassed', { title: f.title }));
  if (!f.open) return h('p', { 'data-follow-up': 'later' }, t('me.followUpOpens', { title: f.title, date: day(f.opensOn) }));
  return h('div', { class: 'alert', role: 'status', 'data-follow-up': 'open' },
    h('p', { class: 'alert__title' }, t('me.followUpOpen')),
    h('p', {}, h('a', { href: `module.html?id=${encodeURIComponent(f.id)}&track=${encodeURIComponent(cohort.track.id)}` }, f.title)));
}

/**
 * After completing: first "is this how your name should be printed?" (any alphabet,
 * exactly as written), then the certificate to download in Danish or English.
 */
function certificate(completed) {
  if (!completed) return null;
  const headingId = `certificate-${completed.completionId}`;
  const c = completed.certificate;
  if (!c) {
    const form = h('form', { class: 'form', novalidate: true, 'data-confirm-name': completed.completionId },
      textField({ name: 'name', label: t('certificate.nameLabel'), value: completed.name, autocomplete: 'name', required: true,
        hint: t('certificate.nameHint') }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('certificate.confirm'))));
    onSubmit(form, async (data) => {
      await postJson(`api/me/certificates?lang=${currentLanguage()}`, { completion: completed.completionId, name: data.name });
      await rerender();
      document.querySelector(`[data-certificate="${completed.completionId}"] h3`)?.focus();
    });
    return h('section', { class: 'certificate', 'aria-labelledby': headingId, 'data-certificate': completed.completionId },
      h('h3', { id: headingId, tabindex: '-1' }, t('certificate.yours')), h('p', {}, t('certificate.checkName')), form);
  }
  return h('section', { class: 'certificate', 'aria-labelledby': headingId, 'data-certificate': completed.completionId },
    h('h3', { id: headingId, tabindex: '-1' }, t('certificate.yours')),
    h('p', { class: 'certificate__name', 'data-holder': '', dir: 'auto' }, c.holderName),
    statusLine(c),
    c.status === 'valid' ? [pdfLinks('api/me/certificates', c.code), h('p', {}, verifyLink(c)),
      h('p', { class: 'meta' }, t('credential.explain')), credentialLinks('api/me/certificates', c.code)] : null);
}

/** Evaluations open to the learner: a link to answer, or thanks once answered (listed until they close). */
function evaluationsSection(evaluations) {
  if (!evaluations.length) return null;
  return h('section', { 'aria-labelledby': 'my-evaluations', 'data-evaluations': '' },
    h('h2', { id: 'my-evaluations' }, t('me.evaluations')),
    h('ul', { class: 'card-list' }, evaluations.map((e) => h('li', {
      class: 'card card--small', 'data-evaluation': e.key, 'data-answered': String(Boolean(e.answered)),
    },
    h('h3', { class: 'card__heading', id: `evaluation-${e.key}` }, e.title),
    h('p', { class: 'meta' }, e.cohort, ' · ', t('me.evaluationBy', { date: day(e.closesOn) })),
    e.answered
      ? h('p', { class: 'evaluation-done', 'data-evaluation-done': '' }, t('me.evaluationThanks'))
      : h('p', {}, h('a', { class: 'button', href: `evaluation.html?key=${encodeURIComponent(e.key)}`,
        'aria-describedby': `evaluation-${e.key}` }, t('me.evaluationAnswer')))))));
}

function cohortCard(cohort, completed) {
  return h('li', { class: 'card', 'data-cohort': cohort.id },
    h('h2', { class: 'card__title' }, cohort.name),
    facts([[t('join.organisation'), cohort.organisation], [t('join.when'), period(cohort.startsOn, cohort.endsOn)]]),
    notices(cohort),
    h('h3', {}, h('a', { href: `track.html?id=${encodeURIComponent(cohort.track.id)}` }, cohort.track.title)),
    cohort.track.id === 'dialogue-consultant'
      ? h('p', {}, h('a', { class: 'button', href: 'practice.html', 'data-practice-link': '' }, t('me.practiceLog'))) : null,
    progressBar(cohort.track),
    status(cohort),
    certificate(completed),
    followUp(cohort),
    steps(cohort),
    cohort.meetings.length ? [h('h3', {}, t('me.meetings')), h('ul', { class: 'meetings' }, cohort.meetings.map(meetingLine))] : null);
}

startPage(async () => {
  const [me, certificates, evaluations] = await Promise.all([getJson('api/me'), getJson(`api/me/certificates?lang=${currentLanguage()}`),
    getJson('api/me/evaluations')]);
  const completedIn = (cohort) => certificates.find((c) => c.cohortId === cohort.id);
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
      evaluationsSection(evaluations),
      me.cohorts.length
        ? h('ul', { class: 'card-list' }, me.cohorts.map((c) => cohortCard(c, completedIn(c))))
        : h('p', {}, t('me.none')),
      h('p', { class: 'meta' }, t('me.otherDevice')),
      h('section', { 'aria-labelledby': 'my-data' },
        h('h2', { id: 'my-data' }, t('me.data')),
        h('p', {}, t('me.dataIntro')),
        h('p', {}, h('a', { class: 'button button--secondary', href: 'api/me/data', download: '', 'data-my-data': '' }, t('me.dataDownload')))),
    ],
  };
});
