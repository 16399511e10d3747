// Side-by-side benchmark of de-identification (issue 5): our engine against the npm packages redact-pii and
// openredaction, on the same notes, same machine, same run. Token recall and precision and person leaks use
// the definitions of shared/devset/score-deid.mjs; MB/s is batch mode on one core (median of nine rounds after three warm-up rounds,
// each engine alone in its own process: bench/deid-speed-worker.ts), both by the wall clock and by the CPU time
// of that process (the latter is what "one core" means on a machine that other work keeps busy: it does not
// count time spent waiting for a core); start-up and RSS are measured
// in a fresh child process per engine, and one large input (1 MB and 10 MB of notes in one text) shows that
// time and memory grow linearly; a cold batch (every distinct note of the sets once, each engine in a fresh process)
// shows what a short batch of unseen notes costs, JIT warm-up included. Never fails on a timing.
//
//   npm run build && node --import tsx bench/deid.bench.ts
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { scoreNotes, type GoldNote, type Known } from '../src/domain/deid/index.js';
import { BATCH_V8_FLAGS } from '../src/cli/v8-batch.js';
import { distEntry, ENGINE_NAMES, loadEngine, ROOT, startupScript, type Engine, type EngineName, type Span } from './deid-engines.js';

type Note = GoldNote & { known?: Known };

function readNotes(path: string): Note[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Note);
}

const sets: [string, Note[]][] = [
  ['dev (shared, 40 notes)', readNotes(`${ROOT}../shared/devset/deid-dev.jsonl`)],
  ['extra (ours, 22 notes)', readNotes(`${ROOT}test/fixtures/deid-extra.jsonl`)],
  // (written blind, then used to improve the engine: see src/domain/deid/devset.test.ts)
  ['challenge (ours, 40 notes)', readNotes(`${ROOT}test/fixtures/deid-challenge.jsonl`)],
  ['blind 7 (ours, 30 notes)', readNotes(`${ROOT}test/fixtures/deid-blind7.jsonl`)],
  // (written blind and held out: never used to change the engine, so they measure it on unseen notes)
  ['blind 5 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind5.jsonl`)],
  ['blind 6 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind6.jsonl`)],
  ['blind 9 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind9.jsonl`)],
  ['blind 11 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind11.jsonl`)],
  ['blind 12 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind12.jsonl`)],
  ['blind 14 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind14.jsonl`)],
  ['blind 17 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind17.jsonl`)],
  ['blind 18 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind18.jsonl`)],
  ['blind 21 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind21.jsonl`)],
  ['blind 22 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind22.jsonl`)],
  ['blind 23 (ours, 30 notes, held out)', readNotes(`${ROOT}test/fixtures/deid-blind23.jsonl`)],
];

const engines = await Promise.all(ENGINE_NAMES.map((name) => loadEngine(name)));

/** A child process per engine for the timings (bench/deid-speed-worker.ts), kept for the whole run. */
interface SpeedWorker {
  name: EngineName;
  child: ChildProcess;
  next(): Promise<Record<string, number | boolean>>;
}
function startWorker(name: EngineName): SpeedWorker {
  const child = fork(fileURLToPath(new URL('./deid-speed-worker.ts', import.meta.url)), [name], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const queue: Record<string, number | boolean>[] = [];
  const waiting: ((m: Record<string, number | boolean>) => void)[] = [];
  child.on('message', (m: Record<string, number | boolean>) => (waiting.length ? waiting.shift()!(m) : queue.push(m)));
  child.on('exit', (code) => {
    if (code !== 0) throw new Error(`speed worker for ${name} exited with ${code}`);
  });
  return { name, child, next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((r) => waiting.push(r))) };
}
const workers = new Map(ENGINE_NAMES.map((name) => [name, startWorker(name)] as const));
for (const w of workers.values()) await w.next(); // loaded
/** Notes run through each engine before any timing, cycling through every set (openredaction, slow, fewer). */
const WARM_NOTES = 3000;
{
  const all = sets.flatMap(([, notes]) => notes.map((n) => ({ id: n.id, text: n.text, known: n.known })));
  for (const w of workers.values()) w.child.send({ notes: all, warm: w.name === 'openredaction' ? 300 : WARM_NOTES });
  for (const w of workers.values()) await w.next(); // warmed
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One timed round in the engine's own process: `reps` passes over the notes it was given. */
async function timeOnce(w: SpeedWorker, reps: number): Promise<{ wall: number; cpu: number; us: number }> {
  w.child.send({ reps });
  return (await w.next()) as { wall: number; cpu: number; us: number };
}

interface Speed {
  median: number;
  best: number;
  cpuMedian: number;
  cpuBest: number;
  runs: number;
  ratio?: number;
  /** CPU µs per note. */
  usMedian: number;
  usBest: number;
}

/**
 * Throughput of every engine on the same notes, each engine alone in its own process (kept from set to set,
 * as a long batch would be), in interleaved rounds (confidant, redact-pii, confidant, …) so that a change in
 * the machine's load hits both alike; the ratio to redact-pii is the median of the per-round ratios. The
 * engines first run WARM_NOTES notes of all the sets, untimed (a batch of a few thousand notes is past the
 * JIT compiler's warm-up; the cold cost is in the `confidant redact --jsonl` table, which starts a fresh process
 * per batch), and the first WARM_ROUNDS rounds of each set are not counted either. openredaction is too slow for many rounds: five single passes
 * after the others.
 */
const WARM_ROUNDS = 3;
const ROUNDS = 9;
async function throughputs(notes: Note[]): Promise<Map<string, Speed>> {
  for (const w of workers.values()) {
    w.child.send({ notes: notes.map((n) => ({ id: n.id, text: n.text, known: n.known })) });
    await w.next(); // ready
  }
  const fast = [workers.get('confidant')!, workers.get('redact-pii')!];
  const slow = workers.get('openredaction')!;
  const got = new Map<string, { wall: number; cpu: number; us: number }[]>(ENGINE_NAMES.map((name) => [name, []]));
  for (let r = 0; r < WARM_ROUNDS + ROUNDS; r++) {
    for (const w of fast) {
      const x = await timeOnce(w, 10);
      if (r >= WARM_ROUNDS) got.get(w.name)!.push(x);
    }
  }
  for (let r = 0; r < 5; r++) got.get(slow.name)!.push(await timeOnce(slow, 1));
  const out = new Map<string, Speed>();
  const peer = got.get('redact-pii')!;
  for (const [name, xs] of got) {
    const ratio = name === 'confidant' ? median(xs.map((x, i) => x.cpu / peer[i]!.cpu)) : undefined;
    out.set(name, { median: median(xs.map((x) => x.wall)), best: Math.max(...xs.map((x) => x.wall)), cpuMedian: median(xs.map((x) => x.cpu)), cpuBest: Math.max(...xs.map((x) => x.cpu)), runs: xs.length, ratio, usMedian: median(xs.map((x) => x.us)), usBest: Math.min(...xs.map((x) => x.us)) });
  }
  return out;
}

/** One large text (the notes repeated) in a fresh process: CPU seconds and peak RSS, for 1 MB and 10 MB. */
function largeInput(mb: number): { cpuS: number; rssMb: number; entities: number } | null {
  if (!existsSync(distEntry)) return null;
  const script = `import { readFileSync } from 'node:fs';
const notes = readFileSync(${JSON.stringify(`${ROOT}../shared/devset/deid-dev.jsonl`)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text);
let s = ''; for (let i = 0; s.length < ${mb} * 1048576; i++) s += notes[i % notes.length] + '\\n\\n';
s = s.slice(0, ${mb} * 1048576);
const m = await import(${JSON.stringify(distEntry)}); const r = m.getRedactor(); r.redact('warm up, Mrs Okafor.');
const c0 = process.cpuUsage(); const out = r.redact(s); const c = process.cpuUsage(c0);
console.log(JSON.stringify({ cpuS: (c.user + c.system) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024, entities: out.entities.length }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { cpuS: number; rssMb: number; entities: number };
  } catch {
    return null;
  }
}

/**
 * Batch mode as users run it: `confidant redact --jsonl` over N notes (the dev notes repeated, with their
 * `known`) in a fresh process, start-up, warm-up, JSON parsing and output included. Wall time, and the
 * child's own CPU time (user + system, all its threads) reported by a hook at exit.
 */
function cliBatch(copies: number): { notes: number; mb: number; wallS: number; cpuS: number; rssMb: number } | null {
  const dev = sets[0]![1];
  const lines: string[] = [];
  for (let c = 0; c < copies; c++) for (const n of dev) lines.push(JSON.stringify({ id: `${n.id}-${c}`, text: n.text, known: n.known }));
  return cliRun(lines, copies * dev.reduce((a, n) => a + Buffer.byteLength(n.text), 0));
}

/** `confidant redact --jsonl` once over every distinct note of every set, in a fresh process. */
function cliDistinct(): { notes: number; mb: number; wallS: number; cpuS: number; rssMb: number } | null {
  const all = distinctNotes();
  return cliRun(all.map((n) => JSON.stringify({ id: n.id, text: n.text, known: n.known })), all.reduce((a, n) => a + Buffer.byteLength(n.text), 0));
}

/** Every distinct note of the sets (the bench's sets and every other annotated set in test/fixtures), once. */
function distinctNotes(): Note[] {
  const seen = new Set<string>();
  const out: Note[] = [];
  const more = existsSync(`${ROOT}test/fixtures`) ? readdirSync(`${ROOT}test/fixtures`).filter((f) => /^deid-[a-z0-9]+\.jsonl$/.test(f)).map((f) => readNotes(`${ROOT}test/fixtures/${f}`)) : [];
  for (const notes of [...sets.map(([, n]) => n), ...more]) {
    for (const n of notes) {
      if (seen.has(n.text)) continue;
      seen.add(n.text);
      out.push(n);
    }
  }
  return out;
}

/**
 * Cold batch, each engine alike: a fresh process loads the engine, then runs every distinct note once; the CPU
 * time of the run (load excluded, JIT warm-up included — what a batch of a few hundred unseen notes costs);
 * confidant with the V8 tiering settings of its CLI (src/cli/v8-batch.ts), the others with Node's defaults.
 */
function coldRun(name: EngineName, file: string, unseen = false): { cpuS: number } | null {
  // (unseen: half the notes three times over — code warm, caches filled — then the CPU time of the other half, once:
  // notes the engine has not seen, as a long batch of new notes meets them)
  const script = `import { readFileSync } from 'node:fs';
const { loadEngine } = await import(${JSON.stringify(`${ROOT}bench/deid-engines.ts`)});
let notes = readFileSync(${JSON.stringify(file)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
const e = await loadEngine(${JSON.stringify(name)});
if (${unseen}) { const warm = notes.filter((_, i) => i % 2 === 0); for (let k = 0; k < 3; k++) for (const n of warm) await e.run(n); notes = notes.filter((_, i) => i % 2 === 1); }
const c0 = process.cpuUsage(); for (const n of notes) await e.run(n); const c = process.cpuUsage(c0);
console.log(JSON.stringify({ cpuS: (c.user + c.system) / 1e6 }));`;
  // (confidant with the V8 settings `confidant redact` runs under: src/cli/v8-batch.ts)
  const flags = name === 'confidant' ? [...BATCH_V8_FLAGS] : [];
  const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { cpuS: number };
  } catch {
    return null;
  }
}

function cliRun(lines: string[], bytes: number): { notes: number; mb: number; wallS: number; cpuS: number; rssMb: number } | null {
  const bin = `${ROOT}bin/confidant.js`;
  if (!existsSync(bin) || !existsSync(distEntry) || !lines.length) return null;
  const hook = "data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('\\nCPU '+JSON.stringify({cpuS:(c.user+c.system)/1e6,rssMb:process.resourceUsage().maxRSS/1024})+'\\n')})";
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', hook, bin, 'redact', '--jsonl'], { cwd: ROOT, input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallS = (performance.now() - t0) / 1000;
  const m = /\nCPU (\{.*\})\n/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m || r.stdout.split('\n').filter(Boolean).length !== lines.length) return null;
  const u = JSON.parse(m[1]!) as { cpuS: number; rssMb: number };
  return { notes: lines.length, mb: bytes / 1e6, wallS, cpuS: u.cpuS, rssMb: u.rssMb };
}

function startup(e: Engine): { ms: number; rss: number } | null {
  const script = startupScript(e.name);
  if (script) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    try {
      return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; rss: number };
    } catch {
      return null;
    }
  }
  return null;
}

const rows: string[][] = [];
const perNote: string[] = [];
const loadStart = loadavg()[0]!;
for (const [setName, notes] of sets) {
  if (!notes.length) {
    console.log(`(skipped ${setName}: file not found)`);
    continue;
  }
  const scores = new Map<string, ReturnType<typeof scoreNotes>>();
  for (const e of engines) {
    const predicted = new Map<string, Span[]>();
    for (const n of notes) predicted.set(n.id, await e.run(n));
    scores.set(e.name, scoreNotes(notes, predicted));
  }
  const speeds = await throughputs(notes);
  for (const e of engines) {
    const s = scores.get(e.name)!;
    const mbs = speeds.get(e.name)!;
    rows.push([setName, e.name, s.recall.toFixed(4), s.precision.toFixed(4), String(s.personLeaks), String(s.leakedNotes.length), s.entityRecall.toFixed(4), mbs.median.toFixed(2), mbs.best.toFixed(2), mbs.cpuMedian.toFixed(2), mbs.cpuBest.toFixed(2), mbs.usMedian.toFixed(0), mbs.usBest.toFixed(0), mbs.ratio === undefined ? '' : `${mbs.ratio.toFixed(2)}×`, String(mbs.runs)]);
  }
  const ours = speeds.get('confidant')!;
  const peer = speeds.get('redact-pii')!;
  const mean = notes.reduce((a, n) => a + Buffer.byteLength(n.text), 0) / notes.length;
  perNote.push(`CPU µs per note (median, best), ${setName}, mean note ${mean.toFixed(0)} bytes: confidant ${ours.usMedian.toFixed(0)}, ${ours.usBest.toFixed(0)}; redact-pii ${peer.usMedian.toFixed(0)}, ${peer.usBest.toFixed(0)}; confidant's CPU speed vs redact-pii in this run (median of paired rounds) ${ours.ratio!.toFixed(2)}×`);
}
for (const w of workers.values()) w.child.send({ exit: true });
const startRows = engines.map((e) => {
  const st = startup(e);
  return [e.name, st ? st.ms.toFixed(0) : 'n/a', st ? (st.rss / 1024 / 1024).toFixed(0) : 'n/a'];
});

function table(head: string[], body: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |';
  return [line(head), '|' + w.map((x) => '-'.repeat(x + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

const load0 = loadavg();
const large = [1, 10].map((mb) => [mb, largeInput(mb)] as const);
const batches = [1, 25, 250].map((copies) => cliBatch(copies));
const distinctBatch = cliDistinct();
const coldDir = mkdtempSync(join(tmpdir(), 'deid-cold-'));
const coldFile = join(coldDir, 'notes.jsonl');
const coldNotes = distinctNotes();
writeFileSync(coldFile, coldNotes.map((n) => JSON.stringify({ id: n.id, text: n.text, known: n.known })).join('\n') + '\n');
const coldMb = coldNotes.reduce((a, n) => a + Buffer.byteLength(n.text), 0) / 1e6;
const cold = ENGINE_NAMES.map((name) => [name, coldRun(name, coldFile)] as const);
const unseenNotes = coldNotes.filter((_, i) => i % 2 === 1);
const unseenMb = unseenNotes.reduce((a, n) => a + Buffer.byteLength(n.text), 0) / 1e6;
const unseen = ENGINE_NAMES.map((name) => [name, coldRun(name, coldFile, true)] as const);
rmSync(coldDir, { recursive: true, force: true });
const load1 = loadavg();
console.log(`De-identification benchmark — ${new Date().toISOString().slice(0, 16)}Z, node ${process.version}, ${process.platform}/${process.arch}`);
console.log(`load average (1 min) at the start of the throughput runs ${loadStart.toFixed(2)}, after them ${load0[0]!.toFixed(2)}, after the large inputs ${load1[0]!.toFixed(2)}\n`);
console.log(`MB/s and µs: ${ROUNDS} rounds of ten passes over the notes per engine, each engine in its own process (kept from set to set), interleaved, after a warm-up of ${WARM_NOTES} notes and ${WARM_ROUNDS} warm-up rounds per set that are not counted (the cold cost, JIT warm-up included, is in the last table)`);
console.log(table(['notes', 'engine', 'token recall', 'token precision', 'person leaks', 'notes with a leak', 'entity recall', 'MB/s wall median', 'MB/s wall best', 'MB/s CPU median', 'MB/s CPU best', 'CPU µs per note median', 'CPU µs per note best', 'CPU speed vs redact-pii (paired rounds)', 'runs'], rows));
console.log('');
for (const line of perNote) console.log(line);
console.log('');
console.log(table(['one text of', 'CPU s', 'MB/s CPU', 'peak RSS MB', 'entities'], large.map(([mb, r]) => [`${mb} MB`, r ? r.cpuS.toFixed(2) : 'n/a', r ? (mb * 1.048576 / r.cpuS).toFixed(2) : 'n/a', r ? r.rssMb.toFixed(0) : 'n/a', r ? String(r.entities) : 'n/a'])));
console.log('');
console.log(table(['engine', 'start-up ms (load + first call)', 'RSS MB after loading'], startRows));
console.log('');
console.log('confidant redact --jsonl, one fresh process per row (start-up, warm-up, JSON in and out included); MB of note text:');
console.log(table(['notes', 'MB', 'wall s', 'MB/s wall', 'CPU s', 'MB/s CPU', 'peak RSS MB'], [...batches, distinctBatch].map((b) => (b ? [String(b.notes), b.mb.toFixed(2), b.wallS.toFixed(2), (b.mb / b.wallS).toFixed(2), b.cpuS.toFixed(2), (b.mb / b.cpuS).toFixed(2), b.rssMb.toFixed(0)] : ['n/a', '', '', '', '', '', '']))));
console.log('(the first three rows repeat the 40 dev notes; the last runs every distinct note of the sets once)');
console.log('');
console.log(`Cold batch: each engine in a fresh process, loaded, then every distinct note of the sets once (${coldNotes.length} notes, ${coldMb.toFixed(2)} MB); CPU time of the run, JIT warm-up included (confidant under the V8 tiering settings of "confidant redact", src/cli/v8-batch.ts):`);
const coldPeer = cold.find(([n]) => n === 'redact-pii')?.[1];
console.log(table(['engine', 'CPU s', 'MB/s CPU', 'vs redact-pii'], cold.map(([name, c]) => (c ? [name, c.cpuS.toFixed(2), (coldMb / c.cpuS).toFixed(2), coldPeer ? `${(coldPeer.cpuS / c.cpuS).toFixed(2)}×` : ''] : [name, 'n/a', '', '']))));
console.log(`\nUnseen notes after a warm-up: each engine in a fresh process runs half the distinct notes three times (JIT warm, per-word caches filled), then the other half once (${unseenNotes.length} notes, ${unseenMb.toFixed(2)} MB) — what a long batch of new notes costs, unlike the rounds above, which repeat the same notes:`);
const unseenPeer = unseen.find(([n]) => n === 'redact-pii')?.[1];
console.log(table(['engine', 'CPU s', 'MB/s CPU', 'vs redact-pii'], unseen.map(([name, c]) => (c ? [name, c.cpuS.toFixed(2), (unseenMb / c.cpuS).toFixed(2), unseenPeer ? `${(unseenPeer.cpuS / c.cpuS).toFixed(2)}×` : ''] : [name, 'n/a', '', '']))));
