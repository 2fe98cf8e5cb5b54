// What every page does: load the messages, draw the frame, render the page's
// content into <main>, render it again on a language switch, and turn any
// failure into a readable alert.
import { h } from './dom.js';
import { ApiError } from './api.js';
import { LANGUAGE_CHANGE, initI18n, t } from './i18n.js';
import { enhanceFrame } from './header.js';

export function setTitle(text) {
  document.title = text ? `${text} – ${t('site.name')}` : t('site.name');
}

/** An error for a page opened without the id it needs. */
export function missingParameter(messageKey) {
  return new ApiError({ title: t('error.missing.title'), detail: t(messageKey), status: 404 });
}

function errorView(error, retry) {
  if (!(error instanceof ApiError)) console.error(error);
  const problem = error instanceof ApiError
    ? error.problem
    : { title: t('error.title'), detail: t('error.unexpected'), status: 0 };
  // Retrying helps when the network or the server hiccuped, not for "not found".
  const retryable = !problem.status || problem.status >= 500;
  setTitle(problem.title);
  return [
    h('h1', {}, t('error.heading')),
    h('div', { class: 'alert alert--error', role: 'alert' },
      h('p', { class: 'alert__title' }, problem.title),
      problem.detail && problem.detail !== problem.title ? h('p', {}, problem.detail) : null),
    h('p', { class: 'actions' },
      retryable ? h('button', { type: 'button', class: 'button', onclick: retry }, t('error.retry')) : null,
      h('a', { href: 'index.html' }, t('error.backToCatalogue'))),
  ];
}

/**
 * render() returns { title, content: [nodes] }, or null to keep the static
 * markup of <main> (whose data-i18n texts are re-translated anyway).
 */
export async function startPage(render) {
  const main = document.getElementById('main');
  try {
    await initI18n();
  } catch (error) {
    // Without the message bundles there are no words to use but these two.
    console.error(error);
    main.replaceChildren(h('h1', {}, 'Broer'), h('div', { class: 'alert alert--error', role: 'alert' },
      h('p', { lang: 'da' }, 'Siden kunne ikke hentes. Tjek din internetforbindelse, og prøv igen.'),
      h('p', { lang: 'en' }, 'The page could not be loaded. Check your internet connection and try again.')));
    return;
  }
  enhanceFrame();
  let generation = 0;

  const run = async () => {
    const mine = ++generation;
    main.setAttribute('aria-busy', 'true');
    try {
      const result = await render();
      if (mine !== generation) return; // a newer render (a quick second switch) won
      if (result) {
        setTitle(result.title);
        main.replaceChildren(...result.content.flat().filter(Boolean));
      }
    } catch (error) {
      if (mine !== generation) return;
      // After "try again" focus goes to <main>, not lost on <body>.
      const retry = () => run().then(() => main.focus());
      main.replaceChildren(...errorView(error, retry).filter(Boolean));
    } finally {
      if (mine === generation) main.removeAttribute('aria-busy');
    }
  };

  document.addEventListener(LANGUAGE_CHANGE, run);
  current = run;
  await run();
}

let current = null;

/** Draws the page again from fresh data (after a change the reader made); resolves when drawn. */
export function rerender() {
  return current ? current() : Promise.resolve();
}
