// One engine's speed, measured alone in this child process of bench/deid.bench.ts (as in batch mode, where
// the engine runs by itself: no other engine's code competes for the JIT and no other engine's garbage is
// collected on its time). The parent sends {notes, warm} once (a warm-up), then per set {notes}, then {reps}
// per round, and gets {wall, cpu, us} back.
import { loadEngine, type BenchNote, type EngineName } from './deid-engines.js';

const engine = await loadEngine(process.argv[2] as EngineName);
let notes: BenchNote[] = [];
let bytes = 0;

process.on('message', async (msg: { notes?: BenchNote[]; warm?: number; reps?: number; exit?: true }) => {
  if (msg.exit) process.exit(0);
  if (msg.warm !== undefined && msg.notes) {
    // (batch mode past the JIT warm-up: `warm` notes, cycling through all the sets' notes, not timed)
    for (let k = 0; k < msg.warm; k++) await engine.run(msg.notes[k % msg.notes.length]!);
    process.send!({ warmed: true });
    return;
  }
  if (msg.notes) {
    notes = msg.notes;
    bytes = notes.reduce((a, n) => a + Buffer.byteLength(n.text), 0);
    process.send!({ ready: true });
    return;
  }
  const reps = msg.reps ?? 1;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let k = 0; k < reps; k++) for (const n of notes) await engine.run(n);
  const c = process.cpuUsage(c0);
  const cpuUs = c.user + c.system;
  process.send!({ wall: (bytes * reps) / 1e6 / ((performance.now() - t0) / 1000), cpu: (bytes * reps) / cpuUs, us: cpuUs / (reps * notes.length) });
});
process.send!({ loaded: true });
