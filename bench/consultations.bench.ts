// Consultation packet figure (issue 7): de-identifying a 20-note consultation packet, target < 200 ms.
// One synthetic client (name, preferred name, date of birth, phone, e-mail), two third parties and a commissioning
// organisation; 20 session notes of ~900 characters each with the names, nickname, possessives, address, phone
// and date of birth planted. Measured on SQLite with the real app (test helper: real database, real keyring):
//  - the pure packet build (20 notes + summary through the de-identifier, one set of pseudonyms, the strict
//    check's look-ups, the final check) — and, as the peer, the bare de-identifier on the same 21 texts;
//  - the whole use-case in-process (createConsultation: opens 20 sealed notes and the profile, builds, seals);
//  - through HTTP (app.inject): POST create, GET the author's view (rebuilt from the sealed draft), POST send.
// Medians of several runs; never fails on a timing.
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { as, makeTestApp, seedWorld, signIn } from '../test/helpers/app.js';
import { buildPacket, caseKnown, createConsultation, type Draft } from '../src/services/consultations.js';
import { getRedactor } from '../src/services/deid-resources.js';
import { resolveSession } from '../src/services/sessions.js';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function note(i: number): string {
  return [
    `Session ${i + 1}. Lizzie Quennell (Beth) arrived on time and talked about the week at Harbourside Freight.`,
    `Declan's comments continued; DECLAN FERRIBY copied two others into an e-mail that called her work sloppy.`,
    `Beth's friend Rose Mallory-Finch thinks she should report it; Quennell is not sure she wants a formal route.`,
    `She still lives at 14 Wrenfield Close, Ashby Magna, LE17 5NT and can be reached on 07700 900461 or liz.quennell@example.test.`,
    `DOB checked again (07/04/1991). We explored a direct conversation, mediation and the reporting channel, and what each would cost her.`,
    `She slept badly but denies any thoughts of harming herself. Plan: write down incidents with dates; next session in two weeks.`,
  ].join(' ');
}
const SUMMARY = "I'd like a view on whether Liz Quennell's situation is a conflict or harassment. Her manager Declan Ferriby keeps making remarks in front of the team; her friend Rose thinks she should report it.";

const t = await makeTestApp('sqlite');
try {
  const w = await seedWorld(t);
  const prac = await signIn(t, w.users.practitioner!.email);
  const P = as(t, prac);
  const clientId = (await P({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Elizabeth Quennell', preferredName: 'Beth', dateOfBirth: '1991-04-07', phone: '07700 900461', email: 'liz.quennell@example.test' } })).json().client.id as string;
  const noteIds: string[] = [];
  for (let i = 0; i < 20; i++) noteIds.push((await P({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: note(i) } })).json().note.id);
  for (const [name, relationship] of [['Declan Ferriby', 'colleague'], ['Rose Mallory-Finch', 'friend']]) await P({ method: 'POST', url: `/api/v1/clients/${clientId}/third-parties`, payload: { name, relationship } });
  await P({ method: 'POST', url: `/api/v1/clients/${clientId}/engagements`, payload: { service: 'careers-guidance', commissioning: { organisation: 'Harbourside Freight Ltd', toldAboutRole: 'Told HR that sessions are confidential.' } } });

  const known = await caseKnown(t.ctx, clientId);
  const draft: Draft = { summary: SUMMARY, notes: noteIds.map((id, i) => ({ id, text: note(i) })), marks: [], unmarks: [] };
  const chars = SUMMARY.length + draft.notes.reduce((n, x) => n + x.text.length, 0);
  const redactor = getRedactor();
  // Warm up (first use compiles the gazetteer look-ups).
  buildPacket(draft, known);

  const pure: number[] = [];
  const peer: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let s = performance.now();
    const review = buildPacket(draft, known);
    pure.push(performance.now() - s);
    if (review.problems.length) throw new Error(`unexpected problems: ${review.problems.length}`);
    s = performance.now();
    let pseudonyms: Record<string, string> = {};
    for (const text of [SUMMARY, ...draft.notes.map((n) => n.text)]) pseudonyms = redactor.redact(text, known, { pseudonyms, returnMapping: true }).mapping ?? pseudonyms;
    peer.push(performance.now() - s);
  }

  const principal = (await resolveSession(t.ctx, decodeURIComponent(prac.cookie.split('=').slice(1).join('='))))!;
  if (!principal) throw new Error('no session');
  const service: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = performance.now();
    await createConsultation(t.ctx, principal, clientId, { supervisorId: w.users.supervisor!.id, summary: SUMMARY, noteIds }, { ip: null, userAgent: null });
    service.push(performance.now() - s);
  }

  const create: number[] = [];
  const view: number[] = [];
  const send: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let s = performance.now();
    const c = await P({ method: 'POST', url: `/api/v1/clients/${clientId}/consultations`, payload: { supervisorId: w.users.supervisor!.id, summary: SUMMARY, noteIds } });
    create.push(performance.now() - s);
    if (c.statusCode !== 201) throw new Error(c.body);
    const id = c.json().consultation.id as string;
    s = performance.now();
    const v = await P({ method: 'GET', url: `/api/v1/consultations/${id}` });
    view.push(performance.now() - s);
    if (v.statusCode !== 200) throw new Error(v.body);
    s = performance.now();
    const sent = await P({ method: 'POST', url: `/api/v1/consultations/${id}/send`, payload: {} });
    send.push(performance.now() - s);
    if (sent.statusCode !== 200) throw new Error(sent.body);
  }

  const row = (what: string, xs: number[]) => `${what.padEnd(58)} ${median(xs).toFixed(1).padStart(8)} ${Math.min(...xs).toFixed(1).padStart(8)} ${Math.max(...xs).toFixed(1).padStart(8)}`;
  console.log(`Consultation packet benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`20 notes + summary, ${chars} characters, ${RUNS} runs each; milliseconds (target: de-identifying the packet < 200 ms)`);
  console.log(`${'measure'.padEnd(58)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
  console.log(row('peer: bare de-identifier on the 21 texts (one pseudonym set)', peer));
  console.log(row('packet build (de-identify + strict look-ups + final check)', pure));
  console.log(row('createConsultation in-process (open notes, build, seal)', service));
  console.log(row('HTTP POST /clients/:id/consultations (app.inject)', create));
  console.log(row('HTTP GET /consultations/:id (rebuilt from sealed draft)', view));
  console.log(row('HTTP POST /consultations/:id/send (build + send check)', send));
} finally {
  await t.close();
}
