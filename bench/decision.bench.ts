// Decision engine benchmark: assessments per second on one core (median of runs), and the time to
// load and compose every policy pack (full YAML parse, and from the snapshot cache).
//   node --import tsx bench/decision.bench.ts
import { readFileSync } from 'node:fs';
import { assess, validateFacts, CONCERNS, CONSENTS, IMMINENCES, PROFESSIONS, SEVERITIES, type Facts } from '../src/domain/decision/index.js';
import { assessFacts, packIdFor } from '../src/services/assess.js';
import { loadPolicyLibrary } from '../src/services/policy-loader.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpuMsNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function timeLoads(cache: 'on' | 'off', runs: number): { wall: number; cpu: number }[] {
  const saved = process.env.CONFIDANT_POLICY_CACHE;
  process.env.CONFIDANT_POLICY_CACHE = cache;
  const ms: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = cpuMsNow();
    loadPolicyLibrary();
    ms.push({ wall: performance.now() - t, cpu: cpuMsNow() - c });
  }
  if (saved === undefined) delete process.env.CONFIDANT_POLICY_CACHE; else process.env.CONFIDANT_POLICY_CACHE = saved;
  return ms;
}

// Loading: the first full load in this process pays for JIT warm-up; later ones show the steady cost.
const full = timeLoads('off', 5);
loadPolicyLibrary(); // make sure a snapshot exists
const snap = timeLoads('on', 7);

// A fixed, varied workload: the dev-set facts plus a deterministic sweep of the vocabulary.
const lib = loadPolicyLibrary();
const dev = readFileSync(new URL('../../shared/devset/decisions-dev.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).facts as Facts);
const J = ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'US-CA', 'US-NY', 'US-TX', 'US-OR', 'AU-NSW', 'AU-VIC', 'AU-QLD', 'FR'];
const sweep: Facts[] = [];
let n = 0;
for (const concern of CONCERNS) for (const severity of SEVERITIES) for (const imminence of IMMINENCES) {
  const f = {
    jurisdiction: J[n % J.length]!, profession: PROFESSIONS[n % PROFESSIONS.length]!, concern, severity, imminence,
    clientConsent: CONSENTS[n % CONSENTS.length]!, limitsExplained: n % 3 !== 0, identifiableVictim: n % 2 === 0, clientIsChild: n % 5 === 0,
  } as Facts;
  n++;
  if (validateFacts(f).ok) sweep.push(f);
}
const workload = [...dev, ...sweep];
const prepared = workload.map((f) => ({ pack: lib.packs.get(packIdFor(f.jurisdiction, f.profession))!, facts: validateFacts(f) }))
  .map((x) => ({ pack: x.pack, facts: (x.facts as { facts: Facts }).facts }));

// The machine may be shared, so rates are given per second of this thread's CPU time
// (process.cpuUsage: what one core delivers) as well as per wall-clock second.
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function throughput(fn: (i: number) => void, ms = 700): { wall: number; cpu: number } {
  for (let i = 0; i < 20000; i++) fn(i); // warm up
  let count = 0;
  const start = performance.now();
  const cpu0 = cpuMs();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 1000; i++) fn(count++);
    now = performance.now();
  }
  return { wall: (count / (now - start)) * 1000, cpu: (count / (cpuMs() - cpu0)) * 1000 };
}
const service = [1, 2, 3, 4, 5].map(() => throughput((i) => { assessFacts(workload[i % workload.length], { library: lib }); }));
const engine = [1, 2, 3, 4, 5].map(() => throughput((i) => { const p = prepared[i % prepared.length]!; assess(p.pack, p.facts); }));
const rate = (xs: { wall: number; cpu: number }[], k: 'wall' | 'cpu') => Math.round(median(xs.map((x) => x[k]))).toLocaleString('en-GB');

const rows: [string, string][] = [
  ['situations in the workload', String(workload.length)],
  ['packs composed', String(lib.packs.size)],
  ['load+compose all packs, full YAML parse, first in process (ms wall / cpu)', `${full[0]!.wall.toFixed(0)} / ${full[0]!.cpu.toFixed(0)}`],
  ['load+compose all packs, full YAML parse, median of later runs (ms wall / cpu)', `${median(full.slice(1).map((x) => x.wall)).toFixed(0)} / ${median(full.slice(1).map((x) => x.cpu)).toFixed(0)}`],
  ['load+compose all packs from snapshot cache, median (ms wall / cpu)', `${median(snap.map((x) => x.wall)).toFixed(1)} / ${median(snap.map((x) => x.cpu)).toFixed(1)}`],
  ['assessments per CPU-second, assessFacts (validate + choose pack + assess)', rate(service, 'cpu')],
  ['assessments per CPU-second, assess(pack, facts) alone', rate(engine, 'cpu')],
  ['assessments per wall-clock second, assessFacts (shared machine)', rate(service, 'wall')],
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`decision engine — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, single thread; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v.padStart(10)}`);
