// activity.html?id=… (coordinators, admins): one event or campaign — its facts and
// answers, the link and QR code for answering online, the numbered paper forms to print
// and to type in afterwards, the edit form (the final participant count) and closing.
//
// Typing in paper forms is made for a pile of 120: the form number is filled in with
// the next free one, each item takes the digit crossed on paper, Enter saves; the form
// then clears, the number moves on, and the numbers typed so far are listed.
import { h } from './dom.js';
import { ApiError, getJson, postJson, putJson, segment } from './api.js';
import { t, tn } from './i18n.js';
import { missingParameter, rerender, startPage } from './page.js';
import { facts } from './parts.js';
import { notice, onSubmit, selectField, textField } from './forms.js';
import { actionButton } from './practice-parts.js';
import { activityBody, activityFields, activityWhen, answersLine } from './activity-form.js';
import { closesLine, linkPanel, ranges } from './evaluation-parts.js';

const id = new URLSearchParams(location.search).get('id');
const base = () => `api/activities/${segment(id)}`;

/** A score field: the statement as its label, one digit 1–5. */
function scoreField(item, index, scaleHintId) {
  const fieldId = `paper-${index}`;
  return h('div', { class: 'field paper-entry__score' },
    h('label', { for: fieldId }, `${index + 1}. `, h('span', { dir: 'auto' }, item.text)),
    h('input', { id: fieldId, name: `scores.${item.id}`, type: 'text', inputmode: 'numeric', maxlength: 1,
      autocomplete: 'off', required: true, 'aria-describedby': scaleHintId, 'data-score': item.id }));
}

/** What is wrong before anything is sent: a form number 1–9999 and a digit 1–5 for every item. */
function checked(data, questionnaire) {
  const errors = [];
  const number = /^\d{1,4}$/.test((data.form || '').trim()) ? Number(data.form) : NaN;
  if (!(number >= 1 && number <= 9999)) errors.push({ field: 'form', message: t('paper.numberInvalid') });
  const scores = {};
  questionnaire.items.forEach((item, i) => {
    const value = (data[`scores.${item.id}`] || '').trim();
    if (/^[1-5]$/.test(value)) scores[item.id] = Number(value);
    else errors.push({ field: `scores.${item.id}`, message: t('paper.scoreInvalid', { n: i + 1 }) });
  });
  if (errors.length) throw new ApiError({ title: t('paper.fix'), status: 400, errors });
  const comment = (data.comment || '').trim();
  return { form: number, scores, ...(comment ? { comment } : {}) };
}

function paperEntry(questionnaire, typedAtStart, counts) {
  const typed = new Set(typedAtStart);
  const nextFree = (from) => {
    let n = Math.max(1, from);
    while (typed.has(n)) n++;
    return n;
  };
  const status = h('div', { 'aria-live': 'polite', 'data-paper-status': '' });
  const typedLine = h('p', { 'data-typed': '' });
  const showTyped = () => {
    const list = [...typed].sort((a, b) => a - b);
    typedLine.dataset.typed = list.join(',');
    typedLine.textContent = list.length ? tn('paper.typed', list.length, { numbers: ranges(list) }) : t('paper.noneTyped');
  };
  showTyped();
  const scaleHintId = 'paper-scale';
  const scale = questionnaire.scale;
  const commentId = 'paper-comment';
  const comment = h('textarea', { id: commentId, name: 'comment', rows: 3, maxlength: questionnaire.comment?.max ?? 1000,
    dir: 'auto', 'aria-describedby': `${commentId}-hint` });
  const form = h('form', { class: 'form paper-entry', novalidate: true, 'data-paper-entry': '' },
    h('p', { class: 'field__hint', id: scaleHintId },
      t('paper.scale', { low: scale[0]?.label ?? '', high: scale[scale.length - 1]?.label ?? '' })),
    textField({ name: 'form', label: t('paper.number'), inputmode: 'numeric', required: true, autocomplete: 'off',
      value: String(nextFree(1)) }),
    questionnaire.items.map((item, i) => scoreField(item, i, scaleHintId)),
    h('div', { class: 'field' },
      h('label', { for: commentId }, t('paper.comment'), h('span', { class: 'field__optional' }, ` (${t('form.optional')})`)),
      h('p', { class: 'field__hint', id: `${commentId}-hint` }, t('paper.commentHint')),
      comment),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('paper.save'))));
  const numberField = form.elements.namedItem('form');
  comment.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  onSubmit(form, async (data) => {
    const answer = checked(data, questionnaire);
    try {
      await postJson(`${base()}/paper-forms`, answer);
    } catch (error) {
      // "Already typed in" belongs next to the number; "closed" or "more than the participants" to the whole form.
      if (error instanceof ApiError && error.problem.status === 409) {
        const now = await getJson(`${base()}/paper-forms`).catch(() => ({ typed: [] }));
        now.typed.forEach((n) => typed.add(n));
        showTyped();
        if (typed.has(answer.form)) {
          throw new ApiError({ ...error.problem, errors: [{ field: 'form', message: error.problem.detail || error.problem.title }] });
        }
      }
      throw error;
    }
    typed.add(answer.form);
    counts.paper += 1;
    counts.total += 1;
    counts.show();
    showTyped();
    form.reset();
    numberField.value = String(nextFree(answer.form + 1));
    status.replaceChildren(notice(t('paper.saved', { n: answer.form, next: numberField.value })));
    numberField.focus();
    numberField.select();
  });
  return h('section', { 'aria-labelledby': 'paper-entry' },
    h('h2', { id: 'paper-entry' }, t('paper.heading')),
    h('p', {}, t('paper.intro')),
    typedLine,
    form,
    status);
}

function printSection(typed) {
  const next = typed.length ? Math.max(...typed) + 1 : 1;
  const form = h('form', { class: 'form', method: 'get', action: 'activity-forms.html', 'data-print-forms': '' },
    h('input', { type: 'hidden', name: 'id', value: id }),
    textField({ name: 'from', label: t('paperForms.from'), type: 'number', inputmode: 'numeric', required: true, value: String(next) }),
    textField({ name: 'count', label: t('paperForms.count'), type: 'number', inputmode: 'numeric', required: true, value: '20',
      hint: t('paperForms.countHint') }),
    selectField({ name: 'language', label: t('paperForms.language'), value: document.documentElement.lang,
      options: [['da', 'Dansk'], ['en', 'English']] }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' }, t('paperForms.show'))));
  return h('section', { 'aria-labelledby': 'print-forms' },
    h('h2', { id: 'print-forms' }, t('paperForms.heading')),
    h('p', {}, t('paperForms.intro')),
    form);
}

startPage(async () => {
  if (!id) throw missingParameter('error.missingActivity');
  const [activity, districts, questionnaire, paper] = await Promise.all([
    getJson(base()), getJson('api/districts'), getJson(`${base()}/questionnaire`), getJson(`${base()}/paper-forms`)]);
  const main = document.getElementById('main');
  const announce = h('div', { 'aria-live': 'polite', 'data-announce': '', tabindex: '-1' });
  const reload = async (message) => {
    await rerender();
    const announced = main.querySelector('[data-announce]');
    announced?.replaceChildren(notice(message));
    announced?.focus();
  };

  const answersDd = h('span', { 'data-answers': '' });
  const counts = { ...(activity.answers ?? { online: 0, paper: 0, total: 0 }) };
  counts.show = () => {
    answersDd.textContent = answersLine({ ...activity, answers: counts });
    answersDd.dataset.total = String(counts.total);
  };
  counts.show();

  const edit = h('form', { class: 'form', novalidate: true, 'data-edit-activity': '' }, activityFields(districts, activity),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('activity.save'))));
  onSubmit(edit, async (data) => {
    await putJson(base(), activityBody(data));
    await reload(t('activity.saved'));
  });

  const refusal = h('div', { 'aria-live': 'polite' });
  const close = actionButton(t('activity.close'), { 'data-close': '' }, async () => {
    if (!window.confirm(t('activity.confirmClose'))) return;
    await postJson(`${base()}/close`, {});
    await reload(t('activity.closedNotice'));
  }, (message) => refusal.replaceChildren(h('div', { class: 'alert alert--error', role: 'alert' }, h('p', {}, message))));

  return {
    title: activity.title,
    content: [
      h('p', {}, h('a', { href: 'activities.html' }, t('activities.title'))),
      h('h1', { dir: 'auto' }, activity.title),
      announce,
      facts([
        [t('activity.kind'), t(`activity.kind.${activity.kind}`)],
        [t('activity.when'), activityWhen(activity)],
        [t('activity.district'), activity.districtName],
        [t('activity.partners'), (activity.partners ?? []).join(', ')],
        [t('activity.answers'), answersDd],
      ]),
      h('p', { 'data-closed': String(Boolean(activity.closed)) }, closesLine(activity)),
      activity.closed
        ? h('div', { class: 'alert', role: 'status' }, h('p', {}, t('activity.closedText')),
          h('p', {}, h('a', { href: 'evaluation-results.html' }, t('results.title'))))
        : null,
      activity.closed ? null : h('section', { 'aria-labelledby': 'online' },
        h('h2', { id: 'online' }, t('activity.online')),
        h('p', {}, t('activity.onlineIntro')),
        linkPanel(activity, `${base()}/qr.svg`, t('activity.qrAlt', { title: activity.title }))),
      activity.closed ? null : printSection(paper.typed),
      activity.closed ? null : paperEntry(questionnaire, paper.typed, counts),
      h('section', { 'aria-labelledby': 'edit' },
        h('h2', { id: 'edit' }, t('activity.edit')),
        h('details', {}, h('summary', {}, t('activity.showEdit')), edit)),
      activity.closed ? null : h('section', { 'aria-labelledby': 'close' },
        h('h2', { id: 'close' }, t('activity.closeHeading')),
        h('p', {}, t('activity.closeIntro')),
        h('p', { class: 'actions' }, close), refusal),
    ],
  };
});
