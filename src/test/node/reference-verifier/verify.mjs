// Verifies credentials with the reference JavaScript libraries, as an employer's or another
// institution's software would: @digitalbazaar/vc with the eddsa-rdfc-2022 cryptosuite, and the
// 1EdTech OB 3.0 AchievementCredential JSON Schema (draft 2019-09) with Ajv.
//
// usage: node verify.mjs INPUT.json SCHEMA.json CONTEXTS_DIR  → prints one JSON result per credential
// INPUT: {"credentials": [...], "documents": {"https://…": {...}}, "sign": N?}
// documents are what the issuer serves (controller document, keys, status list); contexts come
// from CONTEXTS_DIR/index.json. Nothing is fetched from the network.
import fs from 'node:fs';
import path from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const [inputFile, schemaFile, contextsDir] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'));
const index = JSON.parse(fs.readFileSync(path.join(contextsDir, 'index.json'), 'utf8'));
const documents = new Map();
for(const [url, file] of Object.entries(index)) {
  documents.set(url, JSON.parse(fs.readFileSync(path.join(contextsDir, file), 'utf8')));
}
for(const [url, doc] of Object.entries(input.documents || {})) {
  documents.set(url, doc);
}

const documentLoader = async url => {
  const document = documents.get(url) ?? documents.get(url.split('#')[0]);
  if(!document) {
    throw new Error(`document not available offline: ${url}`);
  }
  if(url.includes('#') && !documents.has(url)) {
    // a verification method inside its controller document
    const method = [...(document.assertionMethod || []), ...(document.verificationMethod || [])]
      .find(m => typeof m === 'object' && m.id === url);
    if(!method) {
      throw new Error(`no method ${url} in ${url.split('#')[0]}`);
    }
    return {contextUrl: null, documentUrl: url, document: {'@context': document['@context'], ...method}};
  }
  return {contextUrl: null, documentUrl: url, document};
};

const ajv = new Ajv2019({strict: false, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});

const results = [];
for(const credential of input.credentials) {
  const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus: async () => ({verified: true})});
  const schemaValid = validate(credential);
  results.push({
    id: credential.id,
    verified: result.verified,
    error: result.verified ? null : String(result.error?.errors?.[0]?.message ?? result.error?.message ?? result.error),
    schemaValid,
    schemaErrors: schemaValid ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}`)
  });
}

// The reference library's own speed on this machine, for the benchmark's ratio: sign and verify N
// credentials like the first one with a fresh key.
let timing = null;
if(input.sign > 0 && input.credentials.length > 0) {
  const keyPair = await Ed25519Multikey.generate({id: 'https://bench.example/issuer#key-1', controller: 'https://bench.example/issuer'});
  const signer = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: eddsaRdfc2022});
  const {proof, ...unsigned} = input.credentials[0];
  documents.set('https://bench.example/issuer', {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: 'https://bench.example/issuer',
    assertionMethod: [await keyPair.export({publicKey: true, includeContext: false})]
  });
  const started = process.hrtime.bigint();
  for(let i = 0; i < input.sign; i++) {
    const signed = await vc.issue({credential: {...unsigned, id: `urn:uuid:bench-${i}`,
      issuer: {...unsigned.issuer, id: 'https://bench.example/issuer'}}, suite: signer, documentLoader});
    const checked = await vc.verifyCredential({credential: signed, suite, documentLoader, checkStatus: async () => ({verified: true})});
    if(!checked.verified) {
      throw new Error('reference library failed its own credential');
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  timing = {credentials: input.sign, seconds, perSecond: input.sign / seconds};
}
console.log(JSON.stringify({results, timing}));
