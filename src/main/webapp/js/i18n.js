// UI language: detection, message bundles, and the lang/dir of the page.
// Every visible string comes from i18n/<code>.json; both bundles have the same keys.

// Names are endonyms ("Dansk", "English"), so a reader finds their own language
// whatever the page is shown in. Adding a language = a bundle + a line here.
export const LANGUAGES = [
  { code: 'da', name: 'Dansk', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
];
export const LANGUAGE_CHANGE = 'broer:languagechange';

const DEFAULT_LANGUAGE = 'da';
const STORAGE_KEY = 'broer.lang';
const COOKIE = 'broer-lang';
const bundles = new Map();
let current = DEFAULT_LANGUAGE;
let messages = {};
let plurals = new Intl.PluralRules(DEFAULT_LANGUAGE);

const isSupported = (code) => LANGUAGES.some((l) => l.code === code);
export const currentLanguage = () => current;
export const directionOf = (code) => LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';

// localStorage throws in some private modes and on locked-down shared tablets;
// the language then simply isn't remembered.
function remembered() {
  try { return localStorage.getItem(STORAGE_KEY); } catch { return null; }
}
function remember(code) {
  try { localStorage.setItem(STORAGE_KEY, code); } catch { /* not remembered */ }
  document.cookie = `${COOKIE}=${code}; path=/; max-age=31536000; SameSite=Lax`;
}

// ?lang= wins and is remembered, so links to other pages (which carry no
// ?lang=) stay in that language. Otherwise the language the server rendered the
// page in: it chose from the same ?lang=, the remembered choice (a cookie, so the
// server knows it too) and the browser's languages.
export function detectLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isSupported(fromUrl)) {
    remember(fromUrl);
    return fromUrl;
  }
  const rendered = document.documentElement.lang;
  if (isSupported(rendered)) return rendered;
  const stored = remembered();
  if (isSupported(stored)) return stored;
  return (navigator.language || '').toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

function loadBundle(code) {
  if (!bundles.has(code)) {
    const url = new URL(`../i18n/${code}.json`, import.meta.url);
    bundles.set(code, fetch(url).then((response) => {
      if (!response.ok) throw new Error(`Message bundle ${code}: HTTP ${response.status}`);
      return response.json();
    }));
  }
  return bundles.get(code);
}

async function use(code) {
  try {
    messages = await loadBundle(code);
  } catch (error) {
    bundles.delete(code);
    if (code === DEFAULT_LANGUAGE) throw error;
    return use(DEFAULT_LANGUAGE);
  }
  current = code;
  plurals = new Intl.PluralRules(code);
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}

export async function initI18n() {
  await use(detectLanguage());
  translateStatic();
}

export async function setLanguage(code) {
  if (!isSupported(code) || code === current) return;
  remember(code);
  // Keep ?lang= in step, or a reload would switch back to the old language.
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', code);
    history.replaceState(history.state, '', url);
  }
  await use(code);
  translateStatic();
  document.dispatchEvent(new CustomEvent(LANGUAGE_CHANGE, { detail: { lang: current } }));
}

/** The message for key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = messages[key];
  if (text === undefined) {
    console.warn(`Missing message "${key}" in ${current}`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** The messages of another language, for a page that speaks two (the poster): resolves to a t() for it. */
export async function textIn(code) {
  const bundle = await loadBundle(code);
  return (key, params = {}) => (bundle[key] ?? key).replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** Plural-aware message: looks up key.one / key.other etc. by the language's rules. */
export function tn(key, n, params = {}) {
  const exact = `${key}.${plurals.select(n)}`;
  return t(exact in messages ? exact : `${key}.other`, { n, ...params });
}

export function formatMinutes(total) {
  const minutes = Math.max(0, Math.round(Number(total) || 0));
  if (minutes < 60) return t('duration.minutes', { n: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? t('duration.hours', { h }) : t('duration.hoursMinutes', { h, m });
}

/** Fills static markup: data-i18n="key" sets the text, data-i18n-label="key" the aria-label. */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
}
