// Disclosure figures (issue 7 items 5, 6, 8), SQLite, the real app through app.inject (test helper: real
// database, real keyring): request a disclosure (3 fields + a note), approve it, record it, the pack PDF, the
// client's accounting list and the chronology of a client with 30 disclosures, 20 referrals and 20 notes.
// Medians of several runs; never fails on a timing.
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { as, makeTestApp, seedWorld, signIn } from '../test/helpers/app.js';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const GROUND = { kind: 'written', text: 'Prevent serious harm: a real risk to the client; necessary and proportionate.' };

const t = await makeTestApp('sqlite');
try {
  const w = await seedWorld(t);
  const prac = await signIn(t, w.users.practitioner!.email);
  const lead = await signIn(t, w.users['safeguarding-lead']!.email);
  const admin = await signIn(t, w.users.admin!.email);
  const P = as(t, prac);
  const L = as(t, lead);
  const clientId = (await P({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Bench Person', phone: '07700 900000', dateOfBirth: '1990-01-01' } })).json().client.id as string;
  const noteIds: string[] = [];
  for (let i = 0; i < 20; i++) noteIds.push((await P({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: `Session ${i + 1}: a synthetic note of ordinary length about work, sleep and plans for the week ahead.` } })).json().note.id);
  for (let i = 0; i < 20; i++) await P({ method: 'POST', url: `/api/v1/clients/${clientId}/referrals`, payload: { kind: 'signposting', recipientName: `Service ${i} (fictional)`, reason: 'Synthetic signposting for the bench.' } });
  const directoryId = (await as(t, admin)({ method: 'POST', url: '/api/v1/directory', payload: { kind: 'mental-health', name: 'Bench Crisis Team (fictional)' } })).json().entry.id as string;
  const body = (i: number) => ({ ground: GROUND, recipient: { kind: 'directory', directoryId }, fields: [{ key: 'client-name' }, { key: 'client-phone' }, { key: 'written', category: 'risk-summary', text: `Risk summary ${i}.` }, { key: 'note', noteId: noteIds[i % 20] }], justification: 'Bench: beyond the minimum, justified in writing for the bench run.', clientTold: 'after' });
  const times: Record<string, number[]> = { request: [], approve: [], record: [], pack: [], accounting: [], chronology: [], 'chronology.pdf': [] };
  const timed = async <R extends { statusCode: number; body: string }>(k: string, fn: () => Promise<R>): Promise<R> => {
    const t0 = performance.now();
    const r = await fn();
    times[k]!.push(performance.now() - t0);
    if (r.statusCode >= 300) throw new Error(`${k}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    return r;
  };
  for (let i = 0; i < 30; i++) {
    const d = (await timed('request', () => P({ method: 'POST', url: `/api/v1/clients/${clientId}/disclosures`, payload: body(i) }))).json().disclosure;
    await timed('approve', () => L({ method: 'POST', url: `/api/v1/disclosures/${d.id}/approve`, payload: { requestHash: d.requestHash } }));
    await timed('record', () => P({ method: 'POST', url: `/api/v1/disclosures/${d.id}/record`, payload: {} }));
    if (i < RUNS) await timed('pack', () => P({ method: 'GET', url: `/api/v1/disclosures/${d.id}/pack.pdf` }));
  }
  for (let i = 0; i < RUNS; i++) {
    await timed('accounting', () => P({ method: 'GET', url: `/api/v1/clients/${clientId}/disclosures` }));
    await timed('chronology', () => P({ method: 'GET', url: `/api/v1/clients/${clientId}/chronology` }));
    await timed('chronology.pdf', () => P({ method: 'GET', url: `/api/v1/clients/${clientId}/chronology.pdf` }));
  }
  console.log(`disclosures bench — ${new Date().toISOString()} — ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, load ${loadavg()[0]!.toFixed(2)}`);
  console.log('operation (SQLite, app.inject)      runs   median ms   max ms');
  for (const [k, xs] of Object.entries(times)) console.log(`${k.padEnd(36)}${String(xs.length).padStart(4)}${median(xs).toFixed(1).padStart(12)}${Math.max(...xs).toFixed(1).padStart(9)}`);
  console.log('(chronology and accounting: a client with 30 recorded disclosures, 20 referrals, 20 notes: 110 events)');
} finally {
  await t.close();
}
