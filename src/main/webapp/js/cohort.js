// cohort.html?id=… (its trainers, coordinators): one cohort — details, meetings,
// the join code (show large, poster, new code, close), and its learners (add by
// hand, take out, new resume code), and its evaluations (how many answered; close).
import { h } from './dom.js';
import { deleteJson, getJson, postFile, postJson, putJson } from './api.js';
import { t } from './i18n.js';
import { missingParameter, rerender, startPage } from './page.js';
import { facts } from './parts.js';
import { notice, onSubmit, selectField, showErrors, textField } from './forms.js';
import { choices, cohortBody, cohortFields } from './cohort-form.js';
import { day, meetingLine, period, resumeCodeBox } from './learner-parts.js';

const id = new URLSearchParams(location.search).get('id');

/** A button whose failure is shown next to it, not lost. */
function action(label, run, { secondary = true, attrs = {} } = {}) {
  const messages = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: `button${secondary ? ' button--secondary' : ''}`, ...attrs }, label);
  button.addEventListener('click', async () => {
    button.setAttribute('aria-disabled', 'true');
    try {
      await run(messages);
    } catch (error) {
      const holder = h('form', {});
      messages.replaceChildren(holder);
      showErrors(holder, error);
    } finally {
      button.removeAttribute('aria-disabled');
    }
  });
  return [button, messages];
}

function joinSection(cohort, reload) {
  const [rotate, rotated] = action(t('cohort.rotate'), async () => {
    if (!window.confirm(t('cohort.confirmRotate'))) return;
    await postJson(`api/cohorts/${id}/join-code`, {});
    await reload(t('cohort.rotated'));
  });
  const [toggle, toggled] = action(cohort.joiningClosed ? t('cohort.openJoining') : t('cohort.closeJoining'), async () => {
    await postJson(`api/cohorts/${id}/joining/${cohort.joiningClosed ? 'open' : 'close'}`, {});
    await reload(cohort.joiningClosed ? t('cohort.joiningOpened') : t('cohort.joiningClosed'));
  });
  return h('section', { 'aria-labelledby': 'join-code', class: 'panel' },
    h('h2', { id: 'join-code' }, t('cohort.joinCode')),
    h('p', { class: 'code-box__code', 'data-join-code': cohort.joinCode, lang: 'en' }, cohort.joinCode),
    h('p', {}, h('a', { href: cohort.joinUrl }, cohort.joinUrl)),
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: `cohort-screen.html?id=${id}` }, t('cohort.showLarge')),
      h('a', { class: 'button button--secondary', href: `cohort-poster.html?id=${id}` }, t('cohort.poster'))),
    h('p', { class: 'actions' }, rotate, toggle), rotated, toggled);
}

function meetingForm(meeting, submit, label) {
  const form = h('form', { class: 'form', novalidate: true },
    textField({ name: 'date', label: t('meeting.date'), type: 'date', required: true, value: meeting?.when.date || '' }),
    textField({ name: 'startTime', label: t('meeting.start'), required: true, value: meeting?.when.startTime || '', hint: t('meeting.timeHint'), inputmode: 'numeric' }),
    textField({ name: 'endTime', label: t('meeting.end'), required: true, value: meeting?.when.endTime || '', inputmode: 'numeric' }),
    textField({ name: 'place', label: t('meeting.place'), required: true, value: meeting?.place || '' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, label)));
  return onSubmit(form, submit);
}

function meetingsSection(cohort, reload) {
  const items = cohort.meetings.map((m) => {
    const li = meetingLine(m);
    if (!m.cancelled) {
      li.append(h('p', { class: 'actions' },
        h('a', { class: 'button', href: `attendance.html?cohort=${id}&meeting=${m.id}` }, t('attendance.mark')),
        h('a', { href: `attendance-sheet.html?cohort=${id}&meeting=${m.id}` }, t('attendance.printSheet'))));
    }
    if (!m.cancelled) {
      const [cancel, cancelled] = action(t('meeting.cancel'), async () => {
        if (!window.confirm(t('meeting.confirmCancel'))) return;
        await postJson(`api/cohorts/${id}/meetings/${m.id}/cancel`, {});
        await reload(t('meeting.cancelledNotice'));
      });
      li.append(h('details', {}, h('summary', {}, t('meeting.move')),
        meetingForm(m, async (data) => {
          await putJson(`api/cohorts/${id}/meetings/${m.id}`, data);
          await reload(t('meeting.movedNotice'));
        }, t('meeting.saveMove'))), h('p', { class: 'actions' }, cancel), cancelled);
    }
    return li;
  });
  return h('section', { 'aria-labelledby': 'meetings' },
    h('h2', { id: 'meetings' }, t('cohort.meetings')),
    items.length ? h('ul', { class: 'meetings' }, items) : h('p', {}, t('cohort.noMeetings')),
    h('h3', {}, t('meeting.add')),
    meetingForm(null, async (data) => {
      await postJson(`api/cohorts/${id}/meetings`, data);
      await reload(t('meeting.added'));
    }, t('meeting.addButton')));
}

/** An employer's list: choose the file, see every row's fate, then import all of it or nothing. */
function importSection(cohort, reload) {
  let chosen = null;
  const preview = h('div', { 'aria-live': 'polite', 'data-preview': '' });
  const form = h('form', { class: 'form', novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: 'import-file' }, t('import.file')),
      h('p', { class: 'field__hint', id: 'import-file-hint' }, t('import.fileHint')),
      h('input', { id: 'import-file', name: 'file', type: 'file', accept: '.csv,text/csv', 'aria-describedby': 'import-file-hint' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('import.check'))));
  onSubmit(form, async () => {
    chosen = form.querySelector('input[type=file]').files[0] || null;
    if (!chosen) {
      preview.replaceChildren(h('div', { class: 'alert alert--error', role: 'alert' }, h('p', {}, t('import.noFile'))));
      return;
    }
    const result = await postFile(`api/cohorts/${id}/import/preview`, chosen);
    preview.replaceChildren(...previewView(result, async () => {
      const done = await postFile(`api/cohorts/${id}/import`, chosen);
      await reload(t('import.done', { added: done.added + done.known, skipped: done.skipped }));
    }).flat());
  });
  return h('section', { 'aria-labelledby': 'import' },
    h('h2', { id: 'import' }, t('import.heading')), h('p', {}, t('import.intro')), form, preview);
}

function previewView(result, runImport) {
  if (result.problem) {
    return [h('div', { class: 'alert alert--error', role: 'alert', 'data-file-problem': '' }, h('p', {}, result.problem))];
  }
  const rows = result.rows.map((row) => h('li', { class: `import-row import-row--${row.outcome}`, 'data-line': row.line },
    h('p', {}, h('span', { class: 'meta' }, t('import.line', { n: row.line }), ' '), h('strong', {}, row.name || '—'), ' ',
      h('span', { class: 'badge' }, t(`import.outcome.${row.outcome}`))),
    row.problems.length ? h('ul', { class: 'import-row__problems' }, row.problems.map((p) => h('li', {}, p))) : null));
  const refused = result.counts.refused;
  const [button, messages] = action(t('import.run', { n: result.counts.added + result.counts.known }), runImport, { secondary: false });
  return [
    h('div', { class: refused ? 'alert alert--error' : 'alert', role: refused ? 'alert' : 'status', 'data-import-summary': '' },
      h('p', { class: 'alert__title' }, refused ? t('import.refused', { n: refused }) : t('import.ready')),
      h('p', {}, t('import.counts', { added: result.counts.added, known: result.counts.known, already: result.counts.already, places: result.placesLeft })),
      result.ignoredColumns.length ? h('p', {}, t('import.ignored', { columns: result.ignoredColumns.join(', ') })) : null),
    h('ol', { class: 'import-rows' }, rows),
    result.canImport ? [h('p', { class: 'actions' }, button), messages] : h('p', {}, t('import.fixFirst')),
  ];
}

/** A learner's progress in one line, and a form to mark a module or the workshop done by hand. */
function progressOf(l, progress, cohort, reload) {
  const p = progress.learners.find((x) => x.learnerId === l.id);
  if (!p) return null;
  const line = p.completedAt
    ? h('p', { class: 'learner__progress', 'data-completed': '' }, t('progress.completed'))
    : h('p', { class: 'learner__progress' }, t('progress.line', { passed: p.passed, total: p.total }),
      cohort.track && p.attended ? ` · ${t('progress.attended')}` : '');
  const form = h('form', { class: 'form', novalidate: true },
    selectField({ name: 'module', label: t('progress.which'), options: [['', t('cohort.choose')],
      ...p.cells.filter((m) => m.state !== 'passed').map((m) => [m.module, progress.modules.find((x) => x.id === m.module)?.title ?? m.module]),
      ...(p.attended ? [] : [['workshop', t('progress.workshop')]])] }),
    textField({ name: 'reason', label: t('progress.reason'), required: true, hint: t('progress.reasonHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('progress.markDone'))));
  onSubmit(form, async (data) => {
    await postJson(`api/cohorts/${id}/learners/${l.id}/done`, data);
    await reload(t('progress.marked', { name: l.name }));
  });
  return [line, p.completedAt ? null : h('details', {}, h('summary', {}, t('progress.byHand')), form)];
}

/** The cohort's evaluations: only how many answered, never who; closing releases them to the results. */
function evaluationsSection(evaluations, reload) {
  return h('section', { 'aria-labelledby': 'evaluations', 'data-cohort-evaluations': '' },
    h('h2', { id: 'evaluations' }, t('cohort.evaluations')),
    evaluations.length ? h('ul', { class: 'learners' }, evaluations.map((e) => {
      const [close, closed] = action(t('cohort.evaluationClose'), async () => {
        if (!window.confirm(t('cohort.evaluationConfirmClose', { title: e.title }))) return;
        await postJson(`api/cohorts/${id}/evaluations/${encodeURIComponent(e.key)}/close`, {});
        await reload(t('cohort.evaluationClosed', { title: e.title }));
      }, { attrs: { 'data-close': '' } });
      return h('li', { 'data-evaluation': e.key, 'data-closed': String(Boolean(e.closed)) },
        h('p', {}, h('strong', {}, e.title)),
        h('p', { 'data-answered': e.answered }, t('cohort.evaluationAnswered', { answered: e.answered, eligible: e.eligible })),
        h('p', { class: 'meta' }, e.closed ? t('evaluation.closed') : t('evaluation.closesOn', { date: day(e.closesOn) })),
        e.closed ? null : [h('p', { class: 'actions' }, close), closed]);
    })) : h('p', {}, t('cohort.noEvaluations')));
}

function followUpSection(followUp) {
  if (!followUp.module) return null;
  return h('section', { 'aria-labelledby': 'follow-up' },
    h('h2', { id: 'follow-up' }, t('followUp.heading')),
    followUp.due.length
      ? [h('p', {}, t('followUp.due', { n: followUp.due.length, title: followUp.title })),
        h('ul', { class: 'learners' }, followUp.due.map((d) => h('li', { 'data-due': d.name }, d.name))),
        h('p', {}, h('a', { class: 'button button--secondary', href: `reminders.html?cohort=${id}` }, t('followUp.print')))]
      : h('p', {}, t('followUp.none')));
}

function learnersSection(learners, reload, progress = { learners: [], modules: [] }, cohort = {}, coordinator = false) {
  const codes = h('div', { 'aria-live': 'polite' });
  const rows = learners.map((l) => {
    const [reissue, reissued] = action(t('cohort.reissue'), async (messages) => {
      if (!window.confirm(t('cohort.confirmReissue', { name: l.name }))) return;
      const code = await postJson(`api/cohorts/${id}/learners/${l.id}/resume-code`, {});
      messages.replaceChildren(resumeCodeBox(code.resumeCode, t('cohort.newCodeFor', { name: l.name })),
        h('p', {}, h('a', { href: `slips.html?cohort=${id}&learner=${l.id}` }, t('slips.printOne'))));
    });
    const [remove, removed] = action(t('cohort.remove'), async () => {
      if (!window.confirm(t('cohort.confirmRemove', { name: l.name }))) return;
      await deleteJson(`api/cohorts/${id}/learners/${l.id}`);
      await reload(t('cohort.removed', { name: l.name }));
    });
    // Coordinators only: the person's data, their export and erasure.
    const person = coordinator ? h('a', { href: `person.html?id=${l.id}`, 'data-person-link': l.id,
      'aria-describedby': `learner-name-${l.id}` }, t('person.link')) : null;
    return h('li', { class: 'learner', 'data-learner': l.name },
      h('p', { class: 'learner__name', id: `learner-name-${l.id}` }, l.name),
      progressOf(l, progress, cohort, reload),
      h('p', { class: 'meta' }, [l.employeeNumber, l.phone, t(`cohort.method.${l.method}`),
        l.hasDevice ? t('cohort.hasDevice') : t('cohort.noDevice')].filter(Boolean).join(' · ')),
      h('p', { class: 'actions' }, reissue, remove, person), reissued, removed);
  });
  const add = h('form', { class: 'form', novalidate: true },
    textField({ name: 'name', label: t('join.name'), required: true, autocomplete: 'off' }),
    textField({ name: 'phone', label: t('join.phone'), type: 'tel', autocomplete: 'off' }),
    textField({ name: 'employeeNumber', label: t('join.employeeNumber'), autocomplete: 'off' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('cohort.addLearner'))));
  onSubmit(add, async (data) => {
    const added = await postJson(`api/cohorts/${id}/learners`, data);
    add.reset();
    await reload(t('cohort.added', { name: added.learner.name }));
    document.querySelector('[data-added-code]')?.replaceChildren(resumeCodeBox(added.resumeCode, t('cohort.newCodeFor', { name: added.learner.name })));
  });
  return h('section', { 'aria-labelledby': 'learners' },
    h('h2', { id: 'learners' }, t('cohort.learners'), ' ', h('span', { class: 'badge' }, String(learners.length))),
    learners.length ? h('p', { class: 'actions' },
      h('a', { class: 'button', href: `matrix.html?cohort=${id}` }, t('matrix.title')),
      h('a', { class: 'button button--secondary', href: `certificates.html?cohort=${id}`, 'data-certificates-link': '' }, t('certificates.title')),
      h('a', { class: 'button button--secondary', href: `slips.html?cohort=${id}` }, t('slips.link'))) : null,
    rows.length ? h('ul', { class: 'learners' }, rows) : h('p', {}, t('cohort.noLearners')),
    h('h3', {}, t('cohort.addByHand')), add, h('div', { 'data-added-code': '', 'aria-live': 'polite' }), codes);
}

/** A dialogue cohort's candidates for its trainers: how far each has come, never the assessors' notes. */
function candidatesSection(candidates) {
  if (!candidates) return null;
  return h('section', { 'aria-labelledby': 'candidates', 'data-candidates': '' },
    h('h2', { id: 'candidates' }, t('cohort.candidates')),
    candidates.length ? h('ul', { class: 'learners' }, candidates.map((c) => h('li', { 'data-candidate': c.learnerId },
      h('strong', {}, c.name), ' – ', t(`practice.statusShort.${c.status}`), h('br'),
      h('span', { class: 'meta' }, t('cohort.candidateProgress', {
        met: c.requirementsMet, requirements: c.requirements, passed: c.modulesPassed, modules: c.modules,
      }))))) : h('p', {}, t('cohort.noCandidates')));
}

startPage(async () => {
  if (!id) throw missingParameter('error.missingCohort');
  const [cohort, learners, choice, progress, followUp, evaluations, session] = await Promise.all([
    getJson(`api/cohorts/${id}`), getJson(`api/cohorts/${id}/learners`), choices(),
    getJson(`api/cohorts/${id}/progress`), getJson(`api/cohorts/${id}/follow-up`), getJson(`api/cohorts/${id}/evaluations`),
    getJson('api/session')]);
  const coordinator = (session?.roles ?? []).includes('coordinator');
  const candidates = cohort.track.id === 'dialogue-consultant' ? await getJson(`api/cohorts/${id}/candidates`) : null;
  const main = document.getElementById('main');
  const announce = h('div', { 'aria-live': 'polite', 'data-announce': '', tabindex: '-1' });
  // After a change the page is drawn again from the server's answer; the reader keeps their place.
  const reload = async (message) => {
    const scroll = window.scrollY;
    await rerender();
    const announced = main.querySelector('[data-announce]');
    announced?.replaceChildren(notice(message));
    window.scrollTo(0, scroll);
    announced?.focus({ preventScroll: true });
  };
  const edit = h('form', { class: 'form', novalidate: true }, cohortFields(choice, cohort),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('cohort.save'))));
  onSubmit(edit, async (data) => {
    await putJson(`api/cohorts/${id}`, cohortBody(data));
    await reload(t('cohort.saved'));
  });
  return {
    title: cohort.name,
    content: [
      h('p', {}, h('a', { href: 'cohorts.html' }, t('cohorts.title'))),
      h('h1', {}, cohort.name),
      announce,
      facts([
        [t('cohort.status'), t(`cohort.status.${cohort.status}`)],
        [t('cohort.organisation'), cohort.organisation.name],
        [t('cohort.track'), cohort.track.title],
        [t('cohort.district'), cohort.district.name],
        [t('join.when'), period(cohort.startsOn, cohort.endsOn)],
        [t('cohort.places'), t('cohort.placesTaken', { enrolled: cohort.enrolled, capacity: cohort.capacity })],
        [t('cohort.trainers'), cohort.trainers.map((tr) => tr.displayName).join(', ')],
      ]),
      joinSection(cohort, reload),
      meetingsSection(cohort, reload),
      learnersSection(learners, reload, progress, cohort, coordinator),
      candidatesSection(candidates),
      followUpSection(followUp),
      evaluationsSection(evaluations, reload),
      importSection(cohort, reload),
      h('section', { 'aria-labelledby': 'edit' }, h('h2', { id: 'edit' }, t('cohort.edit')),
        h('details', {}, h('summary', {}, t('cohort.showEdit')), edit)),
    ],
  };
});
