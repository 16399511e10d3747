// Paired speed of two builds of the de-identification engine in one process (A/B): both warm up on the same notes,
// then alternate fifteen timed rounds of twenty passes each, so that load on this shared machine hits both alike.
// Prints CPU µs per note of each and the median of the per-round ratios B/A (below 1: B is faster).
//   BASE=/path/to/other/checkout [ROOT=.] [SET=notes.jsonl] node bench/deid-ab.mjs
// (each checkout built with `npm run build`; SET defaults to our extra notes)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

if (!process.env.BASE) {
  console.error('usage: BASE=/path/to/other/checkout [ROOT=.] [SET=notes.jsonl] node bench/deid-ab.mjs');
  process.exit(2);
}
const root = resolve(process.env.ROOT ?? '.');
const notes = readFileSync(process.env.SET ?? `${root}/test/fixtures/deid-extra.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const A = (await import(`${resolve(process.env.BASE)}/dist/services/deid-resources.js`)).getRedactor();
const B = (await import(`${root}/dist/services/deid-resources.js`)).getRedactor();
for (let k = 0; k < 200; k++) for (const n of notes) { A.redact(n.text, n.known ?? {}); B.redact(n.text, n.known ?? {}); }
const time = (R) => {
  const c0 = process.cpuUsage();
  for (let k = 0; k < 20; k++) for (const n of notes) R.redact(n.text, n.known ?? {});
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / (20 * notes.length);
};
const a = [];
const b = [];
for (let i = 0; i < 15; i++) {
  if (i % 2) { b.push(time(B)); a.push(time(A)); } else { a.push(time(A)); b.push(time(B)); }
}
const median = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
console.log(`µs/note A ${median(a).toFixed(1)} B ${median(b).toFixed(1)}; B/A median ${median(b.map((x, i) => x / a[i])).toFixed(3)}`);
