// Concerns figure (issue 7): raising a concern through to the engine's verdict, server time. In-process
// requests through app.inject() on SQLite (the default store): POST /api/v1/clients/:id/concerns does the access
// decision, reads the agreement for the limits prefill, opens the third parties (colleague concerns: the names
// check through the de-identifier), runs the decision engine, seals facts and result, writes the row and the
// audit record in one transaction. Also the engine alone, and the escalation (with in-app notices), measured in
// the same run. Medians and p95 of many requests; target: raise → verdict under 100 ms.
import { performance } from 'node:perf_hooks';
import { as, makeTestApp, seedWorld, signIn } from '../test/helpers/app.js';
import { assessFacts } from '../src/services/assess.js';

const N = Number(process.env.BENCH_N ?? 200);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

const t = await makeTestApp('sqlite');
try {
  const w = await seedWorld(t);
  const admin = await signIn(t, w.users.admin!.email);
  const prac = await signIn(t, w.users.practitioner!.email);
  const st = await as(t, admin)({ method: 'POST', url: '/api/v1/statements', payload: { service: 'counselling', title: 'Confidentiality', body: 'What you tell me stays between us. I must share only if someone is at serious risk of harm, or if the law makes me.' } });
  const clientId = (await as(t, prac)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Bench Synthetic-Person', jurisdiction: 'GB-ENG' } })).json().client.id as string;
  const eid = (await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${clientId}/engagements`, payload: { service: 'counselling' } })).json().engagement.id as string;
  await as(t, prac)({ method: 'PUT', url: `/api/v1/clients/${clientId}/engagements/${eid}/agreement`, payload: { statementId: st.json().statement.id, explainedAt: '2026-01-10T10:00:00Z', method: 'in-person', acknowledgement: { kind: 'typed-name', name: 'Bench Synthetic-Person' }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If someone is at risk', understood: true }] } });
  for (let i = 0; i < 5; i++) await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${clientId}/third-parties`, payload: { name: `Colleague Benchname${i}`, relationship: 'colleague' } });
  const general = { kind: 'general', engagementId: eid, profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', summary: 'The client spoke of suicidal thoughts and of stockpiling tablets; asked that no one be told.' };
  const colleague = { kind: 'colleague', engagementId: eid, colleagueNature: 'harassment', profession: 'counselling', atRisk: 'the-client', imminence: 'foreseeable', severity: 'moderate', clientConsent: 'not-asked', summary: 'A colleague keeps making hostile comments about the client’s accent in team meetings, most weeks since the spring.' };
  const time = async (payload: object) => {
    const xs: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < N + 10; i++) {
      const s = performance.now();
      const r = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${clientId}/concerns`, payload });
      const ms = performance.now() - s;
      if (r.statusCode !== 201) throw new Error(`raise failed: ${r.statusCode} ${r.body}`);
      ids.push(r.json().concern.id);
      if (i >= 10) xs.push(ms); // the first ten warm up
    }
    return { xs, ids };
  };
  const g = await time(general);
  const c = await time(colleague);
  const engine: number[] = [];
  const facts = { jurisdiction: 'GB-ENG', profession: 'counselling', concern: 'risk-to-self', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true };
  for (let i = 0; i < N; i++) {
    const s = performance.now();
    assessFacts(facts);
    engine.push(performance.now() - s);
  }
  const esc: number[] = [];
  for (const id of g.ids.slice(10, 10 + Math.min(N, 100))) {
    const s = performance.now();
    const r = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${clientId}/concerns/${id}/escalate`, payload: { urgency: 'soon' } });
    esc.push(performance.now() - s);
    if (r.statusCode !== 200) throw new Error(`escalate failed: ${r.statusCode}`);
  }
  const lead = await signIn(t, w.users['safeguarding-lead']!.email);
  const queue: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    await as(t, lead)({ method: 'GET', url: '/api/v1/escalations' });
    queue.push(performance.now() - s);
  }
  const rows: [string, number[]][] = [
    ['raise → verdict (general, risk to self)', g.xs],
    ['raise → verdict (colleague, names check)', c.xs],
    ['engine alone (assessFacts)', engine],
    ['escalate (in-app notices, audit)', esc],
    [`lead's queue (${esc.length} open escalations)`, queue],
  ];
  console.log(`concerns bench — SQLite, in-process app.inject, ${N} requests each (after 10 warm-up), ${new Date().toISOString().slice(0, 10)}`);
  console.log('what                                         median ms   p95 ms');
  for (const [name, xs] of rows) console.log(`${name.padEnd(44)} ${median(xs).toFixed(2).padStart(9)} ${p95(xs).toFixed(2).padStart(8)}`);
  console.log(`target: raise → verdict under 100 ms server time — ${median(g.xs) < 100 && median(c.xs) < 100 ? 'met' : 'NOT met'}`);
} finally {
  await t.close();
}
