// Forms on every staff and learner page: labelled fields, the server's field
// errors shown next to the fields they name (and listed in a summary at the top
// that links to them), and a button that can't be pressed twice.
import { h } from './dom.js';
import { ApiError } from './api.js';
import { t } from './i18n.js';

let counter = 0;
const nextId = (name) => `f-${name}-${++counter}`;

/** A labelled input. The hint, if any, is read with the field. */
export function textField({ name, label, type = 'text', value = '', autocomplete, required = false, hint, inputmode }) {
  const id = nextId(name);
  const hintId = hint ? `${id}-hint` : null;
  const input = h('input', {
    id, name, type, value, autocomplete, inputmode,
    required, 'aria-describedby': hintId,
    spellcheck: type === 'text' ? 'false' : null,
  });
  return h('div', { class: 'field' },
    h('label', { for: id }, label, required ? null : h('span', { class: 'field__optional' }, ` (${t('form.optional')})`)),
    hint ? h('p', { class: 'field__hint', id: hintId }, hint) : null,
    input);
}

/** A select from [value, label] pairs. */
export function selectField({ name, label, options, value = '', required = false }) {
  const id = nextId(name);
  const select = h('select', { id, name, required },
    options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value) }, text)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

/** A group of checkboxes sharing a name; the group is the field errors attach to. */
export function checkboxGroup({ name, legend, options, checked = [] }) {
  return h('fieldset', { class: 'field field--group', 'data-field': name },
    h('legend', {}, legend),
    options.map(([value, text]) => {
      const id = nextId(`${name}-${value}`);
      return h('div', { class: 'check' },
        h('input', { type: 'checkbox', id, name, value, checked: checked.includes(value) }),
        h('label', { for: id }, text));
    }));
}

/** The values of a form: one string per field (a radio group's checked one), an array for checkbox groups. */
export function values(form) {
  const result = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') {
      result[el.name] = result[el.name] || [];
      if (el.checked) result[el.name].push(el.value);
    } else if (el.type === 'radio') {
      // A group's value is its checked radio's, or '' when none is checked.
      if (el.checked) result[el.name] = el.value;
      else if (!(el.name in result)) result[el.name] = '';
    } else if (el.type !== 'submit' && el.type !== 'button') {
      result[el.name] = el.value;
    }
  }
  return result;
}

export function clearErrors(form) {
  form.querySelector('.error-summary')?.remove();
  for (const el of form.querySelectorAll('.field-error')) el.remove();
  for (const el of form.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const described = (el.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (described.length) el.setAttribute('aria-describedby', described.join(' '));
    else el.removeAttribute('aria-describedby');
  }
}

function fieldElement(form, name) {
  return form.querySelector(`[data-field="${CSS.escape(name)}"]`)
    || (form.elements.namedItem(name) instanceof Element ? form.elements.namedItem(name) : null);
}

/**
 * Shows what the server said was wrong: each field error under its field, and a
 * summary at the top (focused, so a screen reader reads it) linking to each.
 */
export function showErrors(form, error) {
  clearErrors(form);
  const problem = error instanceof ApiError ? error.problem : { title: t('error.title'), detail: t('error.unexpected'), errors: [] };
  const items = [];
  for (const { field, message } of problem.errors || []) {
    const el = field ? fieldElement(form, field) : null;
    if (el) {
      const target = el.matches('fieldset') ? el.querySelector('input') : el;
      const errorId = `${target.id}-error`;
      const note = h('p', { class: 'field-error', id: errorId }, h('span', { class: 'visually-hidden' }, t('error.prefix')), ' ', message);
      (el.matches('fieldset') ? el.querySelector('legend') : el).after(note);
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
      items.push(h('li', {}, h('a', { href: `#${target.id}`, onclick: (e) => { e.preventDefault(); target.focus(); } }, message)));
    } else {
      items.push(h('li', {}, message));
    }
  }
  const summary = h('div', { class: 'error-summary alert alert--error', role: 'alert', tabindex: '-1' },
    h('p', { class: 'alert__title' }, problem.title),
    items.length ? h('ul', {}, items) : h('p', {}, problem.detail));
  form.prepend(summary);
  summary.focus();
}

/** Runs an action for a submitted form: one at a time, errors shown on the form. */
export function onSubmit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    form.setAttribute('aria-busy', 'true');
    const buttons = [...form.querySelectorAll('button[type=submit]')];
    buttons.forEach((b) => b.setAttribute('aria-disabled', 'true'));
    try {
      clearErrors(form);
      await action(values(form));
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(error);
      showErrors(form, error);
    } finally {
      form.removeAttribute('aria-busy');
      buttons.forEach((b) => b.removeAttribute('aria-disabled'));
    }
  });
  return form;
}

/** A short message after a change, read out by screen readers. */
export function notice(text, kind = 'good') {
  return h('div', { class: `alert alert--${kind}`, role: 'status' }, h('p', {}, text));
}

/** The token of a one-time link or code, from the URL fragment; then removed from the address bar. */
export function takeFragment() {
  const token = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (token) history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}
