// Evaluations, anonymous by design. The answer form that the learner's page
// (evaluation.html) and the public link page (answer.html) share: one fieldset per
// item with five radio buttons named by the scale, an optional comment, and the
// server's field errors next to the field they name. Also the pieces the staff
// pages share: an occasion's link with its QR code, and typed form numbers as ranges.
import { h } from './dom.js';
import { t } from './i18n.js';
import { onSubmit } from './forms.js';
import { day } from './learner-parts.js';

let counter = 0;

/** One item: a fieldset whose legend is the statement, five radios labelled by the scale. */
function itemFieldset(item, index, count, scale, formId) {
  const legendId = `${formId}-item-${index}`;
  return h('fieldset', { class: 'field field--group rating', 'data-field': `scores.${item.id}`, 'data-item': item.id },
    h('legend', { id: legendId, class: 'rating__legend' },
      h('span', { class: 'rating__number' }, t('evaluation.itemNumber', { n: index + 1, count })), ' ',
      h('span', { class: 'rating__text', dir: 'auto' }, item.text)),
    h('div', { class: 'rating__options' }, scale.map((step) => {
      const id = `${formId}-${item.id}-${step.value}`;
      return h('div', { class: 'rating__option' },
        h('input', { type: 'radio', id, name: `score-${item.id}`, value: step.value }),
        h('label', { for: id },
          h('span', { class: 'rating__value' }, String(step.value)), ' ',
          h('span', { class: 'rating__label' }, step.label)));
    })));
}

/** The optional comment: its label comes with the questionnaire ("… (valgfrit)"), its limit too. */
function commentField(comment, formId) {
  const id = `${formId}-comment`;
  return h('div', { class: 'field' },
    h('label', { for: id }, comment.label),
    h('p', { class: 'field__hint', id: `${id}-hint` }, t('evaluation.commentHint', { max: comment.max })),
    h('textarea', { id, name: 'comment', rows: 4, maxlength: comment.max, dir: 'auto', 'aria-describedby': `${id}-hint` }));
}

/** What the form holds, as the API takes it: {scores:{item:n}, comment}. Unanswered items are left out. */
export function answerOf(form, questionnaire) {
  const scores = {};
  for (const item of questionnaire.items) {
    const checked = form.querySelector(`input[name="score-${CSS.escape(item.id)}"]:checked`);
    if (checked) scores[item.id] = Number(checked.value);
  }
  const comment = (form.elements.namedItem('comment')?.value ?? '').trim();
  return comment ? { scores, comment } : { scores };
}

/**
 * The questionnaire as a form. `send(answer)` posts it; a refusal (400 with field
 * errors, 409 already answered or closed) is shown on the form.
 */
export function answerForm(questionnaire, send) {
  const formId = `evaluation-${++counter}`;
  const items = questionnaire.items;
  const form = h('form', { class: 'form evaluation-form', novalidate: true, 'data-answer-form': questionnaire.id },
    items.map((item, i) => itemFieldset(item, i, items.length, questionnaire.scale, formId)),
    questionnaire.comment ? commentField(questionnaire.comment, formId) : null,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('evaluation.send'))));
  return onSubmit(form, () => send(answerOf(form, questionnaire)));
}

/** The questionnaire's own introduction and the promise that the answer is anonymous. */
export function introduction(questionnaire) {
  return [
    questionnaire.intro ? h('p', { dir: 'auto' }, questionnaire.intro) : null,
    h('p', { class: 'meta', 'data-anonymous': '' }, t('evaluation.anonymous')),
  ];
}

/** Thanks after an answer; focusable, so the reader is told where they are. */
export function thanks(text, extra = null) {
  return h('div', { class: 'alert alert--good', role: 'status', tabindex: '-1', 'data-thanks': '' },
    h('p', { class: 'alert__title' }, t('evaluation.thanks')),
    text ? h('p', {}, text) : null,
    extra);
}

/** [1,2,3,5,7,8] → "1–3, 5, 7–8". */
export function ranges(numbers) {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    parts.push(start === sorted[i] ? String(start) : `${start}–${sorted[i]}`);
  }
  return parts.join(', ');
}

/**
 * An occasion's link (activity or consultancy): the address to copy or open, and
 * its QR code to show or print. The image has its size, so nothing moves as it loads.
 */
export function linkPanel(view, qrPath, qrAlt) {
  const id = `link-${++counter}`;
  const input = h('input', { id, type: 'text', readonly: true, value: view.link, class: 'link-box__url', 'data-link': view.link });
  const copied = h('span', { role: 'status', class: 'link-box__status' });
  return h('div', { class: 'link-box evaluation-link' },
    h('label', { for: id, class: 'alert__title' }, t('evaluation.link')),
    input,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--secondary', onclick: async () => {
        input.select();
        try { await navigator.clipboard.writeText(view.link); copied.textContent = t('staff.copied'); } catch { copied.textContent = t('staff.copyByHand'); }
      } }, t('staff.copy')),
      h('a', { href: view.link, 'data-open-link': '' }, t('evaluation.openLink')),
      copied),
    h('img', { class: 'evaluation-link__qr', src: qrPath, width: 240, height: 240, alt: qrAlt, 'data-qr': '' }));
}

/** A closed occasion says so; an open one until when it takes answers. */
export function closesLine(view) {
  return view.closed ? t('evaluation.closed') : t('evaluation.closesOn', { date: day(view.closesOn) });
}
