// <broer-knowledge-check>: the questions of a module as a form. Answers are
// marked by the server (the page never knows the right answers beforehand);
// this element only shows what the server says, next to each question.
import { h, fragment } from './dom.js';
import { ApiError, postJson, segment } from './api.js';
import { t, tn } from './i18n.js';

/**
 * Server HTML for a prompt or an option usually comes as <p>…</p>; legends and
 * labels may only hold phrasing content, so top-level paragraphs become block spans.
 */
function phrasing(trustedHtml) {
  const content = fragment(trustedHtml);
  const blocks = [...content.children];
  if (blocks.length && blocks.every((el) => el.tagName === 'P')) {
    for (const p of blocks) {
      const line = h('span', { class: 'kc-line' });
      line.append(...p.childNodes);
      p.replaceWith(line);
    }
  }
  return content;
}

class KnowledgeCheck extends HTMLElement {
  /** selections: Map of question id → option indexes to tick (kept across a language switch). */
  setup({ moduleId, trackId = null, questions, selections = new Map() }) {
    this.moduleId = moduleId;
    this.trackId = trackId;
    this.questions = questions;
    this.render();
    for (const [question, indexes] of selections) {
      for (const index of indexes) {
        const input = this.form.querySelector(`fieldset[data-question="${CSS.escape(question)}"] input[value="${index}"]`);
        if (input) input.checked = true;
      }
    }
    return this;
  }

  get selections() {
    return new Map(this.questions.map((q) => [q.id, this.selectedOf(q.id)]));
  }

  render() {
    const total = this.questions.length;
    this.result = h('div', {
      class: 'kc-result', 'data-check-result': '', role: 'status', 'aria-live': 'polite', tabindex: '-1',
    });
    this.submit = h('button', { type: 'submit', class: 'button' }, t('check.submit'));
    this.startOver = h('button', {
      type: 'button', class: 'button button--secondary', hidden: true, onclick: () => this.reset(),
    }, t('check.startOver'));
    this.form = h('form', {
      class: 'knowledge-check-form',
      novalidate: true,
      'aria-labelledby': 'kc-heading',
      onsubmit: (event) => this.onSubmit(event),
      onchange: (event) => this.onChange(event),
    },
    h('p', {}, tn('check.intro', total)),
    this.questions.map((q, i) => this.question(q, i + 1, total)),
    h('div', { class: 'kc-actions' }, this.submit, this.startOver),
    this.result);
    this.replaceChildren(h('h2', { id: 'kc-heading', class: 'kc-heading' }, t('check.heading')), this.form);
  }

  question(q, number, total) {
    const name = `kc-${q.id}`;
    const type = q.multiple ? 'checkbox' : 'radio';
    return h('fieldset', { class: 'kc-question', 'data-question': q.id, id: `kc-q-${q.id}` },
      h('legend', { class: 'kc-legend' },
        h('span', { class: 'kc-number' }, t('check.questionNumber', { n: number, total })),
        h('span', { class: 'kc-prompt' }, phrasing(q.prompt)),
        h('span', { class: 'kc-hint' }, t(q.multiple ? 'check.chooseAll' : 'check.chooseOne'))),
      h('p', { class: 'kc-error', id: `${name}-error`, hidden: true }),
      h('p', { class: 'kc-verdict', id: `${name}-verdict`, hidden: true }),
      h('div', { class: 'kc-options' }, q.options.map((o) => h('div', { class: 'kc-option', 'data-option': o.index },
        h('input', { type, id: `${name}-${o.index}`, name, value: o.index, class: 'kc-input' }),
        h('label', { for: `${name}-${o.index}` }, phrasing(o.html)),
        h('p', { class: 'kc-badges', id: `${name}-${o.index}-status`, hidden: true }),
        h('div', { class: 'kc-feedback', id: `${name}-${o.index}-feedback`, hidden: true })))),
      h('div', { class: 'kc-explanation', hidden: true }));
  }

  fieldset(questionId) {
    return this.form.querySelector(`fieldset[data-question="${CSS.escape(questionId)}"]`);
  }

  selectedOf(questionId) {
    return [...this.fieldset(questionId).querySelectorAll('input:checked')].map((input) => Number(input.value));
  }

  async onSubmit(event) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    // aria-disabled, not disabled: a disabled button would drop keyboard focus.
    this.submit.setAttribute('aria-disabled', 'true');
    this.submit.textContent = t('check.sending');
    // Unanswered questions are left out; the server names them in a 400.
    const answers = this.questions
      .map((q) => ({ question: q.id, selected: this.selectedOf(q.id) }))
      .filter((answer) => answer.selected.length > 0);
    try {
      const track = this.trackId ? `?track=${segment(this.trackId)}` : '';
      const marked = await postJson(`api/modules/${segment(this.moduleId)}/answers${track}`, { answers });
      this.clearAll();
      this.showMarks(marked);
    } catch (error) {
      this.clearAll();
      this.showProblem(error);
    } finally {
      this.busy = false;
      this.submit.removeAttribute('aria-disabled');
      this.submit.textContent = t('check.submit');
    }
    this.result.focus();
  }

  // Below the pass mark the server sends no right answers: only which questions were wrong and
  // the feedback on the options chosen. Then a chosen option is marked as right or wrong by its
  // question's verdict; once passed, every right option is shown with the explanation.
  showMarks(marked) {
    for (const r of marked.results ?? []) {
      const fieldset = this.fieldset(r.question);
      if (!fieldset) continue;
      const chosen = new Set(r.selected ?? []);
      const right = new Set(r.correctOptions ?? (r.correct ? [...chosen] : []));
      fieldset.classList.add(r.correct ? 'is-correct' : 'is-incorrect');
      const verdict = fieldset.querySelector('.kc-verdict');
      verdict.textContent = t(r.correct ? 'check.correct' : 'check.incorrect');
      verdict.hidden = false;
      fieldset.setAttribute('aria-describedby', verdict.id);

      for (const option of fieldset.querySelectorAll('.kc-option')) {
        const index = Number(option.dataset.option);
        const isRight = right.has(index);
        const isChosen = chosen.has(index);
        option.classList.toggle('kc-option--correct', isRight);
        option.classList.toggle('kc-option--wrong', isChosen && !isRight);
        // Words, not only colour, say which option is right (WCAG 1.4.1).
        const badges = option.querySelector('.kc-badges');
        const labels = [isRight && t('check.correctOption'), isChosen && t('check.yourAnswer')].filter(Boolean);
        badges.replaceChildren(...labels.map((label) => h('span', { class: 'badge' }, label)));
        badges.hidden = labels.length === 0;
        const feedback = option.querySelector('.kc-feedback');
        const html = (r.feedback ?? []).find((f) => f.index === index)?.html;
        feedback.replaceChildren(html ? fragment(html) : '');
        feedback.hidden = !html;
        const described = [!badges.hidden && badges.id, html && feedback.id].filter(Boolean).join(' ');
        const input = option.querySelector('input');
        if (described) input.setAttribute('aria-describedby', described);
      }

      const explanation = fieldset.querySelector('.kc-explanation');
      if (r.explanation) {
        explanation.replaceChildren(
          h('p', { class: 'kc-explanation__label' }, t('check.explanation')),
          fragment(r.explanation));
        explanation.hidden = false;
      }
    }
    const total = marked.total ?? this.questions.length;
    let advice;
    if (!marked.passed) advice = t('check.notPassed', { passMark: marked.passMark });
    else if (marked.correct === total) advice = t('check.allCorrect');
    else advice = t('check.passedSomeWrong');
    this.result.className = `kc-result kc-result--done${marked.passed ? ' kc-result--passed' : ''}`;
    this.result.replaceChildren(
      h('p', { class: 'kc-result__score' }, t('check.summary', { correct: marked.correct, total })),
      h('p', { 'data-passed': String(Boolean(marked.passed)) }, advice),
      marked.stored && marked.passed ? h('p', {}, t('check.saved')) : null,
      (marked.completed ?? []).length ? h('p', { class: 'kc-result__title', 'data-completed': '' }, t('check.completedTrack')) : null,
      marked.stored ? h('p', {}, h('a', { href: 'me.html' }, t('check.toMyCourses'))) : null);
    this.startOver.hidden = false;
  }

  /** Field names look like "answers.first-step". */
  questionFor(field) {
    const name = String(field ?? '').replace(/^answers[.[]?/, '').replace(/]$/, '');
    return this.questions.find((q) => q.id === name);
  }

  showProblem(error) {
    if (!(error instanceof ApiError)) console.error(error);
    const problem = error instanceof ApiError
      ? error.problem
      : { title: t('check.notSent'), detail: t('error.unexpected'), errors: [] };
    const items = [];
    for (const { field, message } of problem.errors ?? []) {
      const q = this.questionFor(field);
      if (!q) {
        if (message) items.push(h('li', {}, message));
        continue;
      }
      const fieldset = this.fieldset(q.id);
      const note = fieldset.querySelector('.kc-error');
      note.replaceChildren(h('span', { class: 'visually-hidden' }, t('error.prefix')), ' ', message);
      note.hidden = false;
      fieldset.classList.add('has-error');
      fieldset.setAttribute('aria-describedby', note.id);
      const number = this.questions.indexOf(q) + 1;
      items.push(h('li', {}, h('a', {
        href: `#${fieldset.id}`,
        onclick: (event) => {
          event.preventDefault();
          fieldset.querySelector('input')?.focus();
        },
      }, t('check.goToQuestion', { n: number, message }))));
    }
    // With field messages, they say it all; otherwise (no connection, server
    // error) the server's own title and detail say what went wrong.
    this.result.className = 'kc-result kc-result--error';
    const explained = items.length
      ? [h('ul', {}, items)]
      : [h('p', {}, problem.title), problem.detail && problem.detail !== problem.title ? h('p', {}, problem.detail) : null];
    this.result.replaceChildren(h('p', { class: 'kc-result__title' }, t('check.notSent')), ...explained.filter(Boolean));
  }

  clearQuestion(fieldset) {
    fieldset.classList.remove('is-correct', 'is-incorrect', 'has-error');
    fieldset.removeAttribute('aria-describedby');
    for (const el of fieldset.querySelectorAll('.kc-error, .kc-verdict, .kc-badges, .kc-feedback, .kc-explanation')) {
      el.hidden = true;
      el.replaceChildren();
    }
    for (const option of fieldset.querySelectorAll('.kc-option')) {
      option.classList.remove('kc-option--correct', 'kc-option--wrong');
      option.querySelector('input').removeAttribute('aria-describedby');
    }
  }

  clearAll() {
    for (const fieldset of this.form.querySelectorAll('fieldset')) this.clearQuestion(fieldset);
    this.result.className = 'kc-result';
    this.result.replaceChildren();
    this.startOver.hidden = true;
  }

  // A changed answer makes that question's old marks (or error) out of date.
  onChange(event) {
    const fieldset = event.target.closest('fieldset[data-question]');
    if (fieldset) this.clearQuestion(fieldset);
  }

  reset() {
    this.form.reset();
    this.clearAll();
    this.form.querySelector('input')?.focus();
  }
}

if (!customElements.get('broer-knowledge-check')) customElements.define('broer-knowledge-check', KnowledgeCheck);

export function createKnowledgeCheck(options) {
  return document.createElement('broer-knowledge-check').setup(options);
}
