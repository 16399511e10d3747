// The chronology and the subject-access export across the three issue-7 parts, on both dialects: one client
// walks agreement → concern (verdict accepted) → escalation → the lead's question and the answer → decision →
// a consultation sent, answered by the supervisor and closed → a signposting. The chronology lists each of
// those (no thread text, no packet), filters by several kinds, and prints them; the subject-access export lists
// the concern (summary with the third party replaced by a tag, the decision) and the consultation (date,
// supervisor role, status) in JSON and PDF, and SAYS what it withheld (the escalation thread, the packet and
// replies) and why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp, type World } from '../helpers/app.js';
import { settleEscalationMail } from '../../src/services/escalations.js';

function pdfText(buf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-pdf-'));
  try {
    writeFileSync(join(dir, 'x.pdf'), buf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CLIENT_NAME = 'Robin Synthetic-Chronology';
const THIRD = 'Quentin Fictionalperson';
const STATEMENT = 'What you tell me stays between us, unless you or someone else is at serious risk of harm, or the law makes me share.';
const SUMMARY = `The client spoke of suicidal thoughts after rows with ${THIRD}; asked that no one be told.`;
const LEAD_Q = 'Has a safety plan been discussed with the client?';
const PRAC_A = 'Yes, and the client agreed to see their GP this week.';
const SUP_REPLY = 'Consider what the client has agreed to; the plan sounds proportionate.';
const PACKET = 'Is this reportable? [CLIENT] asked that no one be told about low mood.';

forEachDialect('chronology and export (issue 7 gaps)', (dialect) => {
  let t: TestApp;
  let w: World;
  let prac: Session;
  let lead: Session;
  let sup: Session;
  let dpo: Session;
  let clientId: string;
  let concernId: string;
  let consultationId: string;

  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
    prac = await signIn(t, w.users.practitioner!.email);
    lead = await signIn(t, w.users['safeguarding-lead']!.email);
    sup = await signIn(t, w.users.supervisor!.email);
    dpo = await signIn(t, w.users.dpo!.email);
    const admin = await signIn(t, w.users.admin!.email);
    const P = as(t, prac);
    const step = () => t.clock.advance(60_000);
    const st = await as(t, admin)({ method: 'POST', url: '/api/v1/statements', payload: { service: 'counselling', title: 'Confidentiality', body: STATEMENT } });
    assert.equal(st.statusCode, 201, st.body);
    const c = await P({ method: 'POST', url: '/api/v1/clients', payload: { name: CLIENT_NAME, jurisdiction: 'GB-ENG' } });
    assert.equal(c.statusCode, 201, c.body);
    clientId = c.json().client.id;
    const url = (s: string) => `/api/v1/clients/${clientId}${s}`;
    assert.equal((await P({ method: 'POST', url: url('/third-parties'), payload: { name: THIRD, relationship: 'family' } })).statusCode, 201);
    const e = await P({ method: 'POST', url: url('/engagements'), payload: { service: 'counselling' } });
    const engagementId = e.json().engagement.id;
    const a = await P({ method: 'PUT', url: url(`/engagements/${engagementId}/agreement`), payload: { statementId: st.json().statement.id, explainedAt: t.clock.now().toISOString(), method: 'in-person', acknowledgement: { kind: 'typed-name', name: CLIENT_NAME }, comprehension: [{ question: 'When would I have to share?', answer: 'If someone is in danger', understood: true }] } });
    assert.equal(a.statusCode, 200, a.body);
    step();
    const r = await P({ method: 'POST', url: url('/concerns'), payload: { kind: 'general', profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', summary: SUMMARY, engagementId } });
    assert.equal(r.statusCode, 201, r.body);
    concernId = r.json().concern.id;
    assert.equal((await P({ method: 'POST', url: url(`/concerns/${concernId}/choice`), payload: { choice: 'accepted' } })).statusCode, 200);
    step();
    const esc = await P({ method: 'POST', url: url(`/concerns/${concernId}/escalate`), payload: { urgency: 'soon', note: 'Please advise this week.' } });
    assert.equal(esc.statusCode, 200, esc.body);
    step();
    assert.equal((await as(t, lead)({ method: 'POST', url: `/api/v1/escalations/${concernId}/messages`, payload: { body: LEAD_Q } })).statusCode, 201);
    step();
    assert.equal((await P({ method: 'POST', url: `/api/v1/escalations/${concernId}/messages`, payload: { body: PRAC_A } })).statusCode, 201);
    step();
    const d = await as(t, lead)({ method: 'POST', url: `/api/v1/escalations/${concernId}/decision`, payload: { outcome: 'support-within-service', reason: `Keep supporting in sessions; the safety plan with ${THIRD} away is sound.` } });
    assert.equal(d.statusCode, 200, d.body);
    step();
    const cs = await P({ method: 'POST', url: url('/consultations'), payload: { supervisorId: w.users.supervisor!.id, concernId, summary: PACKET } });
    assert.equal(cs.statusCode, 201, cs.body);
    consultationId = cs.json().consultation.id;
    // A second consultation stays a draft: never sent, so neither in the chronology nor in the export.
    assert.equal((await P({ method: 'POST', url: url('/consultations'), payload: { supervisorId: w.users.supervisor!.id, summary: 'A draft never sent.' } })).statusCode, 201);
    step();
    const sent = await P({ method: 'POST', url: `/api/v1/consultations/${consultationId}/send`, payload: {} });
    assert.equal(sent.statusCode, 200, sent.body);
    step();
    assert.equal((await as(t, sup)({ method: 'POST', url: `/api/v1/supervision/consultations/${consultationId}/messages`, payload: { body: SUP_REPLY } })).statusCode, 201);
    step();
    assert.equal((await P({ method: 'POST', url: `/api/v1/consultations/${consultationId}/close`, payload: {} })).statusCode, 200);
    step();
    // A second concern, verdict overridden with a reason that names the third party.
    const r2 = await P({ method: 'POST', url: url('/concerns'), payload: { kind: 'general', profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'unlikely', severity: 'moderate', clientConsent: 'refused', summary: 'The client described a low week; no plan, no means.', engagementId } });
    assert.equal(r2.statusCode, 201, r2.body);
    assert.equal((await P({ method: 'POST', url: url(`/concerns/${r2.json().concern.id}/choice`), payload: { choice: 'overridden', reason: `Safety plan agreed today; ${THIRD} is away, review next session.` } })).statusCode, 200);
    step();
    assert.equal((await P({ method: 'POST', url: url('/referrals'), payload: { kind: 'signposting', recipientName: 'Evening Support Line (fictional)', reason: 'Support line for the evenings.' } })).statusCode, 201);
  });
  after(async () => {
    await settleEscalationMail();
    await t.close();
  });
  const url = (s: string) => `/api/v1/clients/${clientId}${s}`;

  test('the chronology lists concern, escalation (questions, answer, decision), consultation (sent, replied, closed) in order', async () => {
    const all = await as(t, prac)({ method: 'GET', url: url('/chronology') });
    assert.equal(all.statusCode, 200, all.body);
    const ev = all.json().events as { at: string; kind: string; title: string; detail: string | null; by: string | null }[];
    const titles = ev.map((e) => `${e.kind}: ${e.title}`);
    const expected = [
      'agreement: Limits of confidentiality explained',
      'concern: Concern raised',
      'escalation: Concern escalated to the safeguarding lead (soon)',
      'escalation: Safeguarding lead asked about the escalation',
      'escalation: Practitioner answered the safeguarding lead',
      'escalation: Safeguarding lead decided on the escalation',
      'consultation: Consulted a supervisor without names',
      'consultation: Supervisor replied to the consultation',
      'consultation: Consultation closed',
      'referral: Signposted to Evening Support Line (fictional)',
    ];
    let at = -1;
    for (const x of expected) {
      const i = titles.findIndex((s, k) => k > at && s.startsWith(x));
      assert.ok(i > at, `${x} after the previous event; got ${JSON.stringify(titles)}`);
      at = i;
    }
    assert.equal(ev.find((e) => e.title.startsWith('Safeguarding lead decided'))!.detail, 'Outcome: support within service');
    assert.equal(ev.filter((e) => e.kind === 'consultation').length, 3, 'the unsent draft is not an event');
    assert.ok(ev.find((e) => e.title.startsWith('Supervisor replied'))!.by, 'who replied is named (staff)');
    const body = all.body;
    for (const secret of [LEAD_Q, PRAC_A, SUP_REPLY, PACKET, THIRD, 'suicidal']) assert.ok(!body.includes(secret), `the chronology carries no thread or packet text: ${secret}`);
  });

  test('filter by several kinds, and the PDF follows the filter', async () => {
    const r = await as(t, prac)({ method: 'GET', url: url('/chronology?kind=consultation,escalation') });
    assert.equal(r.statusCode, 200, r.body);
    const kinds = new Set((r.json().events as { kind: string }[]).map((e) => e.kind));
    assert.deepEqual([...kinds].sort(), ['consultation', 'escalation']);
    const pdf = await as(t, prac)({ method: 'GET', url: url('/chronology.pdf?kind=consultation') });
    assert.equal(pdf.statusCode, 200);
    const text = pdfText(pdf.rawPayload);
    assert.match(text, /Supervisor replied to the consultation/);
    assert.match(text, /Consultation closed/);
    assert.ok(!/Concern escalated|Evening Support Line/.test(text), 'the filter applies to the PDF');
  });

  test('subject-access export lists concerns and consultations and says what it withheld and why (JSON)', async () => {
    const x = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: t.clock.now().toISOString().slice(0, 10) } });
    assert.equal(x.statusCode, 200, x.body);
    const j = x.json();
    assert.equal(j.concerns.length, 2);
    const c = j.concerns[0];
    const o = j.concerns[1];
    assert.equal(o.choice, 'overridden');
    assert.match(o.choiceReason, /Safety plan agreed today; \[[A-Z]+-1\] is away/, 'the override reason, redacted');
    assert.equal(o.decision, null);
    assert.equal(c.kind, 'general');
    assert.equal(c.choice, 'accepted');
    assert.equal(c.status, 'decided');
    assert.equal(c.urgency, 'soon');
    assert.ok(typeof c.verdict === 'string' && c.verdict.length > 0);
    assert.match(c.summary, /suicidal thoughts/);
    assert.ok(!c.summary.includes('Quentin') && !c.summary.includes('Fictionalperson'), 'the third party is not named in the summary');
    assert.match(c.summary, /\[[A-Z]+-1\]/, 'the third party is replaced by a tag');
    assert.equal(c.decision.outcome, 'support-within-service');
    assert.ok(!c.decision.reason.includes('Fictionalperson'), 'the decision reason is redacted too');
    assert.deepEqual(j.consultations.map((k: { status: string; supervisorRole: string }) => [k.status, k.supervisorRole]), [['closed', 'supervisor']], 'only the sent consultation, by role');
    const withheld = j.withheld as { what: string; count: number; why: string }[];
    const thread = withheld.find((w) => /safeguarding lead/.test(w.what));
    assert.ok(thread && thread.count === 3 && /DPO reviews/.test(thread.why), JSON.stringify(withheld));
    const packets = withheld.find((w) => /consultation packets/.test(w.what));
    assert.ok(packets && packets.count === 1 && /de-identified/.test(packets.why), JSON.stringify(withheld));
    for (const secret of [LEAD_Q, PRAC_A, SUP_REPLY, PACKET, 'Please advise this week', w.users.supervisor!.id]) assert.ok(!x.body.includes(secret), `withheld text absent: ${secret}`);
  });

  test('subject-access export PDF has the concerns and consultations sections and the withheld reasons', async () => {
    const pdf = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: t.clock.now().toISOString().slice(0, 10), format: 'pdf' } });
    assert.equal(pdf.statusCode, 200);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    assert.match(text, /Concerns about safety or wellbeing, and what was decided/);
    assert.match(text, /status: decided/);
    assert.match(text, /safeguarding lead’s decision: support within service/);
    assert.match(text, /Consultations with a supervisor \(without your name\)/);
    assert.match(text, /with a supervisor · closed/);
    assert.match(text, /de-identified consultation packets and the supervisor’s replies \(1\)/);
    assert.match(text, /messages between the practitioner and the safeguarding lead about a concern \(with the note sent on escalation\) \(3\)/);
    assert.match(text, /Why the practitioner chose otherwise: Safety plan agreed today/);
    assert.ok(!text.includes('Fictionalperson') && !text.includes(SUP_REPLY) && !text.includes(LEAD_Q));
  });
});
