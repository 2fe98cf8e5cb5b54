// Self-test for verify.mjs, without the Java server: serves a key document,
// an issuer profile and a status list credential from a local node:http
// server, issues credentials with the same libraries, and checks verdicts.
//
//   npm test            (exits non-zero on failure)
import http from 'node:http';
import {gzipSync} from 'node:zlib';
import {randomBytes, randomUUID, createHash} from 'node:crypto';
import {writeFile, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {decodeList} from '@digitalbazaar/vc-bitstring-status-list';

import {verifyCredential, CONTEXTS} from './verify.mjs';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
const SECURITY_V2 = 'https://w3id.org/security/v2';
const DI_V2 = 'https://w3id.org/security/data-integrity/v2';
// the inline term definition the issuer profile needs (see README)
const ASSERTION_METHOD_TERM = {
  assertionMethod: {
    '@id': 'https://w3id.org/security#assertionMethod',
    '@type': '@id',
    '@container': '@set'
  }
};

const LIST_BITS = 131072;
const STATUS_INDEX = 12345;

let failures = 0;
let passes = 0;
function check(name, condition, detail) {
  if(condition) {
    passes++;
    console.log(`ok   - ${name}`);
  } else {
    failures++;
    console.log(`FAIL - ${name}${detail ? `\n       ${JSON.stringify(detail)}` : ''}`);
  }
}

// --- status list encoding, written independently of the library, the way
// the Java server must do it: bit i = byte i>>3, mask 0x80 >> (i & 7)
// (index 0 is the most significant bit of the first byte); GZIP; base64url
// without padding; multibase prefix "u".
function encodeList(bits, setIndexes) {
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  for(const i of setIndexes) {
    bytes[i >> 3] |= 0x80 >> (i & 7);
  }
  return 'u' + gzipSync(bytes).toString('base64url');
}

// dates as Broer writes them: second precision, UTC, "Z"
const isoSeconds = d => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

// offline loader for signing in this test (contexts only)
async function contextLoader(url) {
  const document = CONTEXTS.get(url);
  if(!document) {
    throw new Error(`selftest signer: no bundled context for ${url}`);
  }
  return {contextUrl: null, documentUrl: url, document};
}

async function sign(credential, key) {
  const suite = new DataIntegrityProof({
    signer: key.signer(), cryptosuite: eddsaRdfc2022CryptoSuite
  });
  return vc.issue({credential: structuredClone(credential), suite,
    documentLoader: contextLoader});
}

async function publicKeyDocument(key) {
  // -> {"@context": multikey/v1, id, type: Multikey, controller, publicKeyMultibase}
  return key.export({publicKey: true, includeContext: true});
}

async function main() {
  // ---------- server with mutable state ----------
  const state = {routes: new Map()};
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    state.requests?.push(path);
    const doc = state.routes.get(path);
    if(doc === undefined) {
      res.writeHead(404, {'content-type': 'text/plain'});
      res.end('not found');
      return;
    }
    res.writeHead(200, {'content-type': 'application/ld+json',
      'cache-control': 'max-age=60'});
    res.end(JSON.stringify(doc));
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const BASE = `http://127.0.0.1:${server.address().port}`;
  const ISSUER = `${BASE}/api/issuer`;
  const STATUS_URL = `${BASE}/api/status/revocation`;

  try {
    // ---------- keys ----------
    const keyIdA = 'k2026a';
    const keyIdB = 'k2025old';
    const keyIdC = 'k-unlisted';
    const keyA = await Ed25519Multikey.generate(
      {id: `${BASE}/api/keys/${keyIdA}`, controller: ISSUER});
    const keyB = await Ed25519Multikey.generate(
      {id: `${BASE}/api/keys/${keyIdB}`, controller: ISSUER});
    const keyC = await Ed25519Multikey.generate(
      {id: `${BASE}/api/keys/${keyIdC}`, controller: ISSUER});
    for(const [keyId, key] of [[keyIdA, keyA], [keyIdB, keyB], [keyIdC, keyC]]) {
      state.routes.set(`/api/keys/${keyId}`, await publicKeyDocument(key));
    }
    const keyDocA = state.routes.get(`/api/keys/${keyIdA}`);
    check('key document has the planned shape',
      JSON.stringify(Object.keys(keyDocA)) === JSON.stringify(
        ['@context', 'id', 'type', 'controller', 'publicKeyMultibase']) &&
      keyDocA['@context'] === MULTIKEY_V1 && keyDocA.type === 'Multikey' &&
      keyDocA.publicKeyMultibase.startsWith('z6Mk'), keyDocA);

    // ---------- issuer profile ----------
    const profile = context => ({
      '@context': context,
      id: ISSUER,
      type: 'Profile',
      name: 'Københavns Kommunes inklusionsprogram',
      assertionMethod: [keyA.id, keyB.id] // keyC is published but not listed
    });
    const RECOMMENDED_PROFILE_CONTEXT = [VC_V2, OB_303, ASSERTION_METHOD_TERM];
    state.routes.set('/api/issuer', profile(RECOMMENDED_PROFILE_CONTEXT));

    // ---------- status list credential ----------
    const statusListCredential = setIndexes => ({
      '@context': [VC_V2],
      id: STATUS_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: ISSUER,
      validFrom: isoSeconds(new Date(Date.now() - 3600e3)),
      credentialSubject: {
        id: `${STATUS_URL}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encodeList(LIST_BITS, setIndexes)
      }
    });
    const publishStatus = async (setIndexes, key = keyA) => {
      state.routes.set('/api/status/revocation',
        await sign(statusListCredential(setIndexes), key));
    };
    await publishStatus([7, 8]); // other credentials revoked, not ours

    // the library decodes the independently-encoded list with the same bit order
    {
      const list = await decodeList({
        encodedList: encodeList(LIST_BITS, [0, 9, STATUS_INDEX])});
      check('bit order: index 0 = MSB of byte 0, library agrees',
        list.getStatus(0) && !list.getStatus(7) && list.getStatus(9) &&
        !list.getStatus(8) && list.getStatus(STATUS_INDEX) &&
        !list.getStatus(STATUS_INDEX + 1) && list.length === LIST_BITS);
    }

    // ---------- the credential (the planned shape) ----------
    const now = new Date();
    const salt = randomBytes(16).toString('hex');
    const credential = {
      '@context': [VC_V2, OB_303],
      id: `${BASE}/api/credentials/${randomUUID()}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: {id: ISSUER, type: ['Profile'],
        name: 'Københavns Kommunes inklusionsprogram'},
      validFrom: isoSeconds(new Date(now - 86400e3)),
      awardedDate: isoSeconds(new Date(now - 2 * 86400e3)),
      name: 'Bus drivers',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{
          type: 'IdentityObject',
          identityHash: 'sha256$' + createHash('sha256')
            .update('Ærø Şükrü Nguyễn' + salt).digest('hex'),
          identityType: 'name',
          hashed: true,
          salt
        }],
        achievement: {
          id: `${BASE}/api/achievements/bus-drivers`,
          type: ['Achievement'],
          name: 'Bus drivers',
          description: 'Inclusive service for passengers with disabilities.',
          criteria: {narrative: 'Completed the two-day course.'}
        }
      },
      credentialStatus: {
        id: `${STATUS_URL}#${STATUS_INDEX}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(STATUS_INDEX),
        statusListCredential: STATUS_URL
      }
    };
    const signed = await sign(credential, keyA);
    check('issued proof has the planned shape',
      signed.proof.type === 'DataIntegrityProof' &&
      signed.proof.cryptosuite === 'eddsa-rdfc-2022' &&
      signed.proof.verificationMethod === keyA.id &&
      signed.proof.proofPurpose === 'assertionMethod' &&
      /^z/.test(signed.proof.proofValue) && !signed.proof['@context'] &&
      JSON.stringify(signed['@context']) === JSON.stringify([VC_V2, OB_303]),
      signed.proof);

    const v = async cred => verifyCredential(cred, BASE);

    // 1. valid
    let r = await v(signed);
    check('valid credential verifies, not revoked',
      r.verified === true && r.revoked === false && r.errors.length === 0, r.errors);

    // 2. achievement name changed
    {
      const t = structuredClone(signed);
      t.credentialSubject.achievement.name = 'Bus drivers (advanced)';
      r = await v(t);
      check('changed achievement name fails',
        r.verified === false && r.errors.some(e => /signature/i.test(e)), r.errors);
    }
    // 3. validFrom changed (still in the past)
    {
      const t = structuredClone(signed);
      t.validFrom = isoSeconds(new Date(now - 3 * 86400e3));
      r = await v(t);
      check('changed validFrom fails', r.verified === false, r.errors);
    }
    // 3a. every field is signed: tamper each one
    const tampers = [
      ['awardedDate', t => { t.awardedDate = '2020-01-01T00:00:00Z'; }],
      ['name', t => { t.name = 'Bus drivers!'; }],
      ['issuer.name', t => { t.issuer.name = 'Someone else'; }],
      ['identifier.identityHash', t => {
        t.credentialSubject.identifier[0].identityHash = 'sha256$' + '0'.repeat(64);
      }],
      ['identifier.salt', t => { t.credentialSubject.identifier[0].salt = 'x'; }],
      ['identifier.hashed', t => { t.credentialSubject.identifier[0].hashed = false; }],
      ['identifier.identityType', t => {
        t.credentialSubject.identifier[0].identityType = 'emailAddress';
      }],
      ['achievement.id', t => {
        t.credentialSubject.achievement.id = `${BASE}/api/achievements/other`;
      }],
      ['achievement.description', t => {
        t.credentialSubject.achievement.description += '.';
      }],
      ['achievement.criteria.narrative', t => {
        t.credentialSubject.achievement.criteria.narrative += '.';
      }],
      ['credential id', t => { t.id += '0'; }],
      ['credentialStatus.statusListIndex', t => {
        t.credentialStatus.statusListIndex = '12346';
        t.credentialStatus.id = `${STATUS_URL}#12346`;
      }],
      ['proof.created', t => { t.proof.created = '2020-01-01T00:00:00Z'; }]
    ];
    for(const [field, mutate] of tampers) {
      const t = structuredClone(signed);
      mutate(t);
      r = await v(t);
      check(`tampered ${field} fails`, r.verified === false, r.errors);
    }

    // 3b. undefined term added after signing (safe mode)
    {
      const t = structuredClone(signed);
      t.credentialSubject.achievement.notATerm = 'x';
      r = await v(t);
      check('undefined term fails (safe mode)', r.verified === false, r.errors);
    }
    // 3c. a template with an undefined term cannot even be signed
    {
      const t = structuredClone(credential);
      t.credentialSubject.grade = 'A';
      let error;
      try {
        await sign(t, keyA);
      } catch(e) {
        error = e;
      }
      check('signing a credential with an undefined term throws (safe mode)',
        !!error && /safe mode/i.test(error.message), error?.message);
    }

    // 4. revoked: bit set in a re-signed list
    await publishStatus([7, 8, STATUS_INDEX]);
    r = await v(signed);
    check('revoked credential: verified false, revoked true',
      r.verified === false && r.revoked === true &&
      r.errors.some(e => /revocation/.test(e)), r);
    // tampered AND revoked: revoked is still reported
    {
      const t = structuredClone(signed);
      t.name = 'Tampered';
      r = await v(t);
      check('tampered + revoked: verified false, revoked true',
        r.verified === false && r.revoked === true, r);
    }
    // status list signed by an unlisted key -> status check fails
    await publishStatus([7, 8], keyC);
    r = await v(signed);
    check('status list signed by unlisted key fails, revoked null',
      r.verified === false && r.revoked === null, r);
    // status list tampered (bit cleared after signing)
    {
      await publishStatus([7, 8, STATUS_INDEX]);
      const sl = state.routes.get('/api/status/revocation');
      sl.credentialSubject.encodedList = encodeList(LIST_BITS, [7, 8]);
      r = await v(signed);
      check('tampered status list fails', r.verified === false && r.revoked === null, r);
    }
    await publishStatus([7, 8]);
    r = await v(signed);
    check('un-revoked again verifies', r.verified === true && r.revoked === false, r);

    // 5. rotated-out key, still listed in assertionMethod
    {
      const old = await sign(credential, keyB);
      r = await v(old);
      check('credential signed by rotated-out (listed) key verifies',
        r.verified === true && r.revoked === false, r.errors);
    }
    // 5b. key published with the right controller but NOT in assertionMethod
    {
      const rogue = await sign(credential, keyC);
      r = await v(rogue);
      check('credential signed by an unlisted key fails',
        r.verified === false && r.errors.some(e => /not authorized/.test(e)), r.errors);
    }
    // 5c. key unknown to the server
    {
      const keyD = await Ed25519Multikey.generate(
        {id: `${BASE}/api/keys/missing`, controller: ISSUER});
      r = await v(await sign(credential, keyD));
      check('unknown key (404) fails', r.verified === false &&
        r.errors.some(e => /HTTP 404/.test(e)), r.errors);
    }
    // 5d. verification method outside BROER_BASE is refused
    {
      const keyE = await Ed25519Multikey.generate(
        {id: 'https://example.org/keys/1', controller: ISSUER});
      r = await v(await sign(credential, keyE));
      check('key outside BROER_BASE refused', r.verified === false &&
        r.errors.some(e => /refused "https:\/\/example\.org\/keys\/1"/.test(e)),
      r.errors);
    }

    // 6. variants of the credential shape
    const variants = [
      ['no credentialStatus -> revoked null', c => {
        delete c.credentialStatus;
      }, true],
      ['validFrom with milliseconds', c => {
        c.validFrom = new Date(now - 86400e3).toISOString();
      }, true],
      ['type as strings (not arrays) on issuer/subject/achievement', c => {
        c.issuer.type = 'Profile';
        c.credentialSubject.type = 'AchievementSubject';
        c.credentialSubject.achievement.type = 'Achievement';
      }, true],
      ['issuer as a plain id string', c => {
        c.issuer = ISSUER;
      }, true],
      ['credentialSubject with an id instead of identifier', c => {
        delete c.credentialSubject.identifier;
        c.credentialSubject.id = 'urn:uuid:' + randomUUID();
      }, true],
      ['validUntil in the past -> fails', c => {
        c.validUntil = isoSeconds(new Date(now - 3600e3));
      }, false],
      ['validFrom in the future -> fails', c => {
        c.validFrom = isoSeconds(new Date(Date.now() + 86400e3));
      }, false],
      ['issuer id differs from key controller -> fails', c => {
        c.issuer.id = `${BASE}/api/other-issuer`;
      }, false]
    ];
    for(const [name, mutate, expected] of variants) {
      const c = structuredClone(credential);
      mutate(c);
      let s;
      try {
        s = await sign(c, keyA);
      } catch(e) {
        check(`variant: ${name}`, expected === false, e.message);
        continue;
      }
      r = await v(s);
      const ok = r.verified === expected &&
        (name.startsWith('no credentialStatus') ? r.revoked === null : true);
      check(`variant: ${name}`, ok, r.errors);
    }

    // 7. which issuer-profile @context shapes pass the proof-purpose check
    const profileContexts = [
      ['[VC v2, OB 3.0.3, {assertionMethod term}]  (recommended)',
        [VC_V2, OB_303, ASSERTION_METHOD_TERM], true],
      ['[VC v2, OB 3.0.3, multikey v1, {assertionMethod term}]',
        [VC_V2, OB_303, MULTIKEY_V1, ASSERTION_METHOD_TERM], true],
      ['[security v2, VC v2, OB 3.0.3]', [SECURITY_V2, VC_V2, OB_303], true],
      ['[VC v2, OB 3.0.3]  (no assertionMethod term)', [VC_V2, OB_303], false],
      ['[VC v2, OB 3.0.3, multikey v1]', [VC_V2, OB_303, MULTIKEY_V1], false],
      ['[VC v2, OB 3.0.3, data-integrity v2]', [VC_V2, OB_303, DI_V2], false],
      ['[VC v2, OB 3.0.3, security v2]  (security v2 last)',
        [VC_V2, OB_303, SECURITY_V2], true],
      ['[VC v2, {assertionMethod term}]  (no OB: "Profile" undefined)',
        [VC_V2, ASSERTION_METHOD_TERM], false]
    ];
    for(const [name, context, expected] of profileContexts) {
      state.routes.set('/api/issuer', profile(context));
      r = await v(signed);
      check(`issuer profile @context ${name} -> ${expected ? 'passes' : 'fails'}`,
        r.verified === expected, r.errors);
      if(process.env.SELFTEST_VERBOSE && r.errors.length) {
        console.log('       errors:', JSON.stringify(r.errors));
      }
    }
    // profile with type as array, and assertionMethod as a single string
    state.routes.set('/api/issuer', {...profile(RECOMMENDED_PROFILE_CONTEXT),
      type: ['Profile']});
    r = await v(signed);
    check('issuer profile with type ["Profile"] passes', r.verified === true, r.errors);
    state.routes.set('/api/issuer', {...profile(RECOMMENDED_PROFILE_CONTEXT),
      assertionMethod: keyA.id});
    r = await v(signed);
    check('issuer profile with assertionMethod as one string passes',
      r.verified === true, r.errors);
    // profile with the keys embedded (full Multikey objects)
    state.routes.set('/api/issuer', {
      ...profile([VC_V2, OB_303, MULTIKEY_V1, ASSERTION_METHOD_TERM]),
      assertionMethod: [keyDocA, state.routes.get(`/api/keys/${keyIdB}`)]
        .map(({['@context']: _, ...k}) => ({...k}))
    });
    r = await v(signed);
    check('issuer profile with embedded Multikey objects passes',
      r.verified === true, r.errors);
    state.routes.set('/api/issuer', profile(RECOMMENDED_PROFILE_CONTEXT));

    // 8. fragment handling: key id with a fragment inside the issuer document
    {
      const keyF = await Ed25519Multikey.generate(
        {id: `${ISSUER}#key-1`, controller: ISSUER});
      const {['@context']: _, ...embedded} = await publicKeyDocument(keyF);
      state.routes.set('/api/issuer', {
        ...profile([VC_V2, OB_303, MULTIKEY_V1, ASSERTION_METHOD_TERM]),
        assertionMethod: [keyA.id, embedded]
      });
      r = await v(await sign(credential, keyF));
      check('key id with fragment resolved inside fetched document',
        r.verified === true, r.errors);
      state.routes.set('/api/issuer', profile(RECOMMENDED_PROFILE_CONTEXT));
    }

    // 8b. statusListCredential URL with a fragment -> the credential itself
    {
      const c = structuredClone(credential);
      c.credentialStatus.statusListCredential = `${STATUS_URL}#list`;
      r = await v(await sign(c, keyA));
      check('statusListCredential URL with a fragment works',
        r.verified === true && r.revoked === false, r.errors);
    }

    // 9. the CLI: one JSON line per file, exit code 0
    {
      const dir = await mkdtemp(join(tmpdir(), 'broer-verify-'));
      try {
        const good = join(dir, 'good.json');
        const bad = join(dir, 'bad.json');
        await writeFile(good, JSON.stringify(signed));
        const t = structuredClone(signed);
        t.credentialSubject.achievement.name = 'X';
        await writeFile(bad, JSON.stringify(t));
        const script = fileURLToPath(new URL('./verify.mjs', import.meta.url));
        const {stdout} = await promisify(execFile)(process.execPath,
          [script, good, bad, join(dir, 'missing.json')],
          {env: {...process.env, BROER_BASE: BASE + '/'}});
        const lines = stdout.trim().split('\n').map(l => JSON.parse(l));
        check('CLI prints one JSON line per file with the agreed fields',
          lines.length === 3 &&
          lines.every(l => JSON.stringify(Object.keys(l)) ===
            '["file","verified","revoked","errors"]') &&
          lines[0].verified === true && lines[0].revoked === false &&
          lines[1].verified === false && lines[2].verified === false &&
          lines[2].revoked === null, lines);
        let usage;
        try {
          await promisify(execFile)(process.execPath, [script],
            {env: {...process.env, BROER_BASE: BASE}});
        } catch(e) {
          usage = e.code;
        }
        check('CLI without files exits 2', usage === 2, usage);
      } finally {
        await rm(dir, {recursive: true, force: true});
      }
    }
  } finally {
    server.close();
  }
  console.log(`\n${passes} passed, ${failures} failed`);
  if(failures > 0) {
    process.exitCode = 1;
  }
}

main().catch(e => {
  console.error(e);
  process.exitCode = 1;
});
