// A tiny element builder. Strings become text nodes, so titles and summaries
// from the API can never inject markup. HTML goes in only through `trustedHtml`,
// used for what the server's Markdown renderer has already escaped.

export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'trustedHtml') el.innerHTML = value;
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** Parses trusted server HTML into a fragment. */
export function fragment(trustedHtml) {
  const template = document.createElement('template');
  template.innerHTML = trustedHtml ?? '';
  return template.content;
}
