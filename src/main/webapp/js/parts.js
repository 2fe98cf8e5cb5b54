// Small pieces shared by several pages.
import { h } from './dom.js';

/** A <dl> of [label, value] pairs; empty values are left out. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}

/**
 * Wide tables scroll sideways inside their own box instead of widening the
 * page on a 360 px screen. The box is focusable so keyboard users can scroll it.
 * (display:block on the table itself would cost it its table semantics.)
 */
export function wrapTables(root) {
  for (const table of root.querySelectorAll('table')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const caption = table.querySelector('caption')?.textContent
      || table.querySelector('th')?.textContent || '';
    const box = h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption.trim() });
    table.replaceWith(box);
    box.append(table);
  }
}

/** Moves headings down by `by` levels, for server HTML placed under a page's own h2. */
export function demoteHeadings(root, by = 1) {
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5')) {
    const level = Math.min(6, Number(heading.tagName[1]) + by);
    const replacement = document.createElement(`h${level}`);
    for (const { name, value } of heading.attributes) replacement.setAttribute(name, value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}
