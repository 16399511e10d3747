// Golden outputs (scripts/deid-golden.ts): the engine's whole result on a fixed corpus of about two thousand
// texts must not change unless the change is deliberate and the hashes are regenerated with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildResources, createRedactor, defaultGazetteers } from './index.js';
import { goldenCorpus, goldenResults } from '../../../test/support/deid-golden.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

test('the engine gives exactly the golden output on every text of the golden corpus', () => {
  const corpus = goldenCorpus(ROOT);
  const want = (JSON.parse(readFileSync(`${ROOT}test/fixtures/deid-golden.json`, 'utf8')) as { hashes: string[] }).hashes;
  assert.equal(corpus.length, want.length, 'the golden corpus changed size: regenerate with scripts/deid-golden.ts --write');
  const got = goldenResults(createRedactor(buildResources(defaultGazetteers)), corpus);
  const differ = corpus.filter((_, i) => got[i] !== want[i]).map((c) => c.label);
  assert.deepEqual(differ, [], `outputs differ from the golden hashes (node --import tsx scripts/deid-golden.ts lists them)`);
});
