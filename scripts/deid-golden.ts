// Golden outputs of the de-identification engine: a fixed, generated corpus of texts (test/support/deid-golden.ts:
// the dev and extra notes with and without `known`, lower- and upper-cased, line by line, sentence by sentence,
// rotated, without punctuation, joined in pairs, chains of notes sharing pseudonyms, edge cases) and one SHA-256
// per text of the engine's whole result (entities, replacements, redacted text, mapping).
// src/domain/deid/golden.test.ts fails on any change. A performance change must leave every hash as it is; a
// deliberate change of behaviour regenerates the file and says why in its commit.
//   node --import tsx scripts/deid-golden.ts --write     (re)write test/fixtures/deid-golden.json
//   node --import tsx scripts/deid-golden.ts             compare; list the texts that differ
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildResources, createRedactor, defaultGazetteers } from '../src/domain/deid/index.js';
import { goldenCorpus, goldenResults } from '../test/support/deid-golden.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FILE = `${ROOT}test/fixtures/deid-golden.json`;
const corpus = goldenCorpus(ROOT);
const hashes = goldenResults(createRedactor(buildResources(defaultGazetteers)), corpus);
if (process.argv.includes('--write')) {
  writeFileSync(FILE, `${JSON.stringify({ texts: corpus.length, hashes })}\n`);
  console.log(`wrote ${corpus.length} hashes to ${FILE}`);
} else {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run with --write`);
  const want = (JSON.parse(readFileSync(FILE, 'utf8')) as { hashes: string[] }).hashes;
  let diff = 0;
  for (let i = 0; i < corpus.length; i++) {
    if (want[i] === hashes[i]) continue;
    diff++;
    if (diff <= 30) console.log(`differs: #${i} ${corpus[i]!.label}`);
  }
  if (want.length !== hashes.length) console.log(`corpus size changed: ${want.length} → ${hashes.length}`);
  console.log(`${corpus.length} texts, ${diff} differ`);
  process.exitCode = diff || want.length !== hashes.length ? 1 : 0;
}
