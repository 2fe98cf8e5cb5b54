// JSON API client. Every request carries ?lang= so the server answers (and
// words its errors) in the reader's language. Failures become an ApiError
// holding problem details; a raw response body is never shown to a user.
import { currentLanguage, t } from './i18n.js';

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = { errors: [], ...problem };
  }
}

// Relative to the page, so the app works under any context root.
function urlFor(path) {
  const url = new URL(path, document.baseURI);
  url.searchParams.set('lang', currentLanguage());
  return url;
}

async function readJson(response) {
  if (!/json/i.test(response.headers.get('content-type') || '')) return null;
  try { return await response.json(); } catch { return null; }
}

function problemFrom(body, status) {
  if (body && typeof body === 'object' && (body.title || body.detail)) {
    return {
      ...body,
      status: body.status ?? status,
      errors: Array.isArray(body.errors) ? body.errors : [],
    };
  }
  // Not problem details (a proxy page, an HTML stack trace…): say it in our words.
  return { title: t('error.title'), detail: t('error.status', { status }), status, errors: [] };
}

async function request(path, init = {}) {
  let response;
  try {
    response = await fetch(urlFor(path), {
      ...init,
      headers: { Accept: 'application/json, application/problem+json', ...init.headers },
    });
  } catch {
    throw new ApiError({ title: t('error.network.title'), detail: t('error.network'), status: 0 });
  }
  const body = await readJson(response);
  if (!response.ok) throw new ApiError(problemFrom(body, response.status));
  return body;
}

export const getJson = (path) => request(path);

export const postJson = (path, data) => request(path, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(data),
});

export const putJson = (path, data) => request(path, {
  method: 'PUT',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(data),
});

/** A file as it is (an employer's CSV list): the server reads the bytes. */
export const postFile = (path, file) => request(path, {
  method: 'POST',
  headers: { 'Content-Type': 'text/csv' },
  body: file,
});

export const deleteJson = (path) => request(path, { method: 'DELETE' });

export const segment = encodeURIComponent;
