// The confidential case record (issue 6): statements, directory, engagements, agreements and reviews,
// session notes with versions, third parties, consents (with FHIR export), referrals, conflicts of interest,
// the client-page summary, and the DPO's client-rights routes (export, legal hold, erasure, retention).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import * as statements from '../../services/statements.js';
import * as directory from '../../services/directory.js';
import * as engagements from '../../services/engagements.js';
import * as agreements from '../../services/agreements.js';
import * as caseNotes from '../../services/case-notes.js';
import * as consents from '../../services/consents.js';
import * as referrals from '../../services/referrals.js';
import * as record from '../../services/case-record.js';
import * as rights from '../../services/client-rights.js';
import { INFORMATION_CATEGORIES } from '../../domain/consent/index.js';
import { meta } from '../auth.js';
import { Id, IdParams, responses } from '../schemas.js';

const Service = z.string().trim().min(2, 'Name the service.').max(60).regex(/^[a-z0-9][a-z0-9-]*$/, 'Use a short key such as careers-guidance.');
const When = z.string().trim().min(10, 'Give a date (YYYY-MM-DD) or date and time.').max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'Not a date.');
const Text = (max: number) => z.string().max(max);
const EngParams = z.strictObject({ id: Id, engagementId: Id });
const Any = z.any();

const Statement = z.object({ id: z.string(), service: z.string(), version: z.number(), title: z.string(), body: z.string(), questions: z.array(z.string()), reviewMonths: z.number(), readingEase: z.object({ score: z.number(), label: z.string() }), createdAt: z.string(), latest: z.boolean() });
const DirectoryEntry = z.object({ id: z.string(), kind: z.string(), name: z.string(), description: z.string().nullable(), contact: z.string().nullable(), removed: z.boolean(), updatedAt: z.string() });
const Commissioning = z.object({ organisation: z.string(), toldAboutRole: z.string(), toldAt: z.string().nullable().optional() });
const Engagement = z.object({
  id: z.string(),
  service: z.string(),
  status: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  commissioning: Commissioning.nullable(),
  closing: z.object({ summary: z.string(), confidentialityNotBroken: z.boolean().nullable() }).nullable(),
});
const Ack = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('typed-name'), name: Text(200) }),
  z.strictObject({ kind: z.literal('signature'), imageDataUrl: z.string().max(400_000) }),
  z.strictObject({ kind: z.literal('verbal'), note: Text(2000) }),
]);
const Comprehension = z.strictObject({ question: Text(500), answer: Text(2000), understood: z.boolean() });
const Review = z.object({ reviewedAt: z.string(), changes: z.string(), mandatoryReportingRevisited: z.boolean(), statementVersion: z.number().optional() });
const Agreement = z.object({
  id: z.string(),
  engagementId: z.string(),
  explainedAt: z.string(),
  method: z.string(),
  statementId: z.string(),
  statementVersion: z.number(),
  acknowledgement: z.object({ kind: z.string(), name: z.string().optional(), imageDataUrl: z.string().optional(), note: z.string().optional() }).nullable(),
  comprehension: z.array(z.object({ question: z.string(), answer: z.string(), understood: z.boolean() })),
  clientQuestions: z.string().nullable(),
  notReady: z.object({ reason: z.string() }).nullable(),
  reviewIntervalMonths: z.number(),
  reviews: z.array(Review),
  state: z.string(),
  reviewDueAt: z.string(),
});
const Structure = z.strictObject({ goals: z.array(Text(500)).max(20).optional(), actions: z.array(Text(500)).max(20).optional() });
const SessionNote = z.object({
  id: z.string(),
  engagementId: z.string().nullable(),
  authorId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  text: z.string(),
  sessionDate: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  mode: z.string().nullable(),
  private: z.boolean(),
  structure: z.object({ goals: z.array(z.string()).optional(), actions: z.array(z.string()).optional() }).nullable(),
  thirdPartyIds: z.array(z.string()),
});
const RiskPrompt = z.object({ concern: z.string(), prompt: z.string() });
const ThirdParty = z.object({ id: z.string(), name: z.string(), relationship: z.string(), createdAt: z.string() });
const Consent = z.object({
  id: z.string(),
  categories: z.array(z.string()),
  recipient: z.object({ kind: z.string(), directoryId: z.string().optional(), name: z.string() }),
  purpose: z.string(),
  method: z.string(),
  givenAt: z.string(),
  expiresAt: z.string().optional(),
  withdrawnAt: z.string().optional(),
  withdrawalNote: z.string().optional(),
  risksExplained: z.boolean(),
  status: z.string(),
});
const Referral = z.object({
  id: z.string(),
  kind: z.string(),
  engagementId: z.string().nullable(),
  directoryId: z.string().nullable(),
  recipientName: z.string(),
  reason: z.string(),
  consentId: z.string().nullable(),
  organisationInterest: z.boolean(),
  alternativesOffered: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeHistory: z.array(z.object({ outcome: z.string(), at: z.string(), recordedAt: z.string(), recordedBy: z.string() })).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const Conflict = z.object({ id: z.string(), engagementId: z.string().nullable(), description: z.string(), action: z.string(), declaredAt: z.string() });
const CaseRecord = z.object({
  engagements: z.array(
    Engagement.extend({
      agreement: z.object({ state: z.string(), explainedAt: z.string().nullable(), statementVersion: z.number().nullable(), reviewDueAt: z.string().nullable(), notReadyReason: z.string().nullable(), reviews: z.number() }),
    }),
  ),
  consents: z.array(Consent),
  notes: z.array(SessionNote),
  noteCount: z.number(),
  referrals: z.array(Referral),
  thirdParties: z.array(ThirdParty),
  conflicts: z.array(Conflict),
});
const Retention = z.object({ service: z.string(), months: z.number().nullable(), engagements: z.number() });
const RetentionDue = z.object({ clientId: z.string(), reference: z.string(), services: z.array(z.string()), lastClosedAt: z.string(), dueAt: z.string(), legalHold: z.boolean() });
const Pdf = z.any().describe('application/pdf');

export function caseRecordRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // --- Statements of the limits of confidentiality (admins keep them; everyone reads them).
    app.get('/api/v1/statements', { config: { auth: 'full' }, schema: { tags: ['case-record'], response: responses({ 200: z.array(Statement) }) } }, async (request) =>
      statements.listStatements(ctx, request.principal!, meta(request)),
    );
    app.post('/api/v1/statements', {
      config: { auth: 'full' },
      schema: {
        tags: ['case-record'],
        body: z.strictObject({ service: Service, title: z.string().trim().min(3, 'Give the statement a title.').max(200), body: z.string().trim().min(40, 'Write the statement in plain language (at least a few sentences).').max(20_000), questions: z.array(z.string().trim().min(5).max(300)).min(1).max(10).optional(), reviewMonths: z.number().int().min(1).max(12).optional() }),
        response: responses({ 201: z.object({ statement: Statement }) }),
      },
    }, async (request, reply) => reply.code(201).send({ statement: await statements.saveStatement(ctx, request.principal!, request.body, meta(request)) }));

    // --- Directory of services.
    const DirBody = z.strictObject({ kind: z.enum(directory.DIRECTORY_KINDS), name: z.string().trim().min(2, 'Name the service.').max(200), description: z.string().trim().max(2000).nullable().optional(), contact: z.string().trim().max(500).nullable().optional() });
    app.get('/api/v1/directory', { config: { auth: 'full' }, schema: { tags: ['case-record'], querystring: z.object({ all: z.enum(['true', 'false']).optional() }), response: responses({ 200: z.array(DirectoryEntry) }) } }, async (request) =>
      directory.listDirectory(ctx, request.principal!, request.query.all === 'true', meta(request)),
    );
    app.post('/api/v1/directory', { config: { auth: 'full' }, schema: { tags: ['case-record'], body: DirBody, response: responses({ 201: z.object({ entry: DirectoryEntry }) }) } }, async (request, reply) =>
      reply.code(201).send({ entry: await directory.createEntry(ctx, request.principal!, request.body, meta(request)) }),
    );
    app.patch('/api/v1/directory/:id', { config: { auth: 'full' }, schema: { tags: ['case-record'], params: IdParams, body: DirBody.partial(), response: responses({ 200: z.object({ entry: DirectoryEntry }) }) } }, async (request) => ({
      entry: await directory.updateEntry(ctx, request.principal!, request.params.id, request.body, meta(request)),
    }));
    app.delete('/api/v1/directory/:id', { config: { auth: 'full' }, schema: { tags: ['case-record'], params: IdParams, response: responses({ 204: z.null() }) } }, async (request, reply) => {
      await directory.removeEntry(ctx, request.principal!, request.params.id, meta(request));
      return reply.code(204).send(null);
    });

    // --- The client page.
    app.get('/api/v1/clients/:id/record', { config: { auth: 'full' }, schema: { tags: ['case-record'], params: IdParams, response: responses({ 200: CaseRecord }) } }, async (request) =>
      record.getCaseRecord(ctx, request.principal!, request.params.id, meta(request)),
    );

    // --- Engagements.
    app.post('/api/v1/clients/:id/engagements', {
      config: { auth: 'full' },
      schema: {
        tags: ['case-record'],
        params: IdParams,
        body: z.strictObject({ service: Service, openedAt: When.optional(), commissioning: z.strictObject({ organisation: z.string().trim().max(200), toldAboutRole: z.string().trim().max(4000), toldAt: When.nullable().optional() }).nullable().optional() }),
        response: responses({ 201: z.object({ engagement: Engagement }) }),
      },
    }, async (request, reply) => reply.code(201).send({ engagement: await engagements.openEngagement(ctx, request.principal!, request.params.id, request.body, meta(request)) }));
    app.post('/api/v1/clients/:id/engagements/:engagementId/close', {
      config: { auth: 'full' },
      schema: {
        tags: ['case-record'],
        params: EngParams,
        body: z.strictObject({ reason: z.enum(engagements.CLOSE_REASONS), summary: Text(20_000), closedAt: When.optional(), confidentialityNotBroken: z.boolean().optional() }),
        response: responses({ 200: z.object({ engagement: Engagement }) }),
      },
    }, async (request) => ({ engagement: await engagements.closeEngagement(ctx, request.principal!, request.params.id, request.params.engagementId, request.body, meta(request)) }));
    app.post('/api/v1/clients/:id/conflicts', {
      config: { auth: 'full' },
      schema: { tags: ['case-record'], params: IdParams, body: z.strictObject({ engagementId: Id.nullable().optional(), description: Text(4000), action: Text(4000), declaredAt: When.optional() }), response: responses({ 201: z.object({ conflict: Conflict }) }) },
    }, async (request, reply) => reply.code(201).send({ conflict: await engagements.declareConflict(ctx, request.principal!, request.params.id, request.body, meta(request)) }));

    // --- The confidentiality agreement.
    app.get('/api/v1/clients/:id/engagements/:engagementId/agreement', { config: { auth: 'full' }, schema: { tags: ['case-record'], params: EngParams, response: responses({ 200: z.object({ agreement: Agreement.nullable() }) }) } }, async (request) => ({
      agreement: await agreements.getAgreement(ctx, request.principal!, request.params.id, request.params.engagementId, meta(request)),
    }));
    app.put('/api/v1/clients/:id/engagements/:engagementId/agreement', {
      config: { auth: 'full' },
      schema: {
        tags: ['case-record'],
        params: EngParams,
        body: z.strictObject({
          statementId: Id,
          explainedAt: When,
          method: z.enum(['in-person', 'phone', 'video', 'written']),
          acknowledgement: Ack.nullable().optional(),
          comprehension: z.array(Comprehension).max(20),
          clientQuestions: Text(4000).nullable().optional(),
          notReady: z.strictObject({ reason: Text(2000) }).nullable().optional(),
          reviewIntervalMonths: z.number().int().optional(),
        }),
        response: responses({ 200: z.object({ agreement: Agreement }) }),
      },
    }, async (request) => ({ agreement: await agreements.recordAgreement(ctx, request.principal!, request.params.id, request.params.engagementId, request.body, meta(request)) }));
    app.post('/api/v1/clients/:id/engagements/:engagementId/agreement/reviews', {
      config: { auth: 'full' },
      schema: { tags: ['case-record'], params: EngParams, body: z.strictObject({ reviewedAt: When, changes: Text(4000), mandatoryReportingRevisited: z.boolean(), statementId: Id.nullable().optional() }), response: responses({ 201: z.object({ agreement: Agreement }) }) },
    }, async (request, reply) => reply.code(201).send({ agreement: await agreements.addReview(ctx, request.principal!, request.params.id, request.params.engagementId, request.body, meta(request)) }));
    app.get('/api/v1/clients/:id/engagements/:engagementId/agreement.pdf', { config: { auth: 'full' }, schema: { tags: ['case-record'], params: EngParams, response: responses({ 200: Pdf }) } }, async (request, reply) => {
      const pdf = await agreements.agreementPdf(ctx, request.principal!, request.params.id, request.params.engagementId, meta(request));
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="confidentiality-agreement.pdf"').send(pdf);
    });

    // --- Session notes.
    const NoteFields = {
      sessionDate: When,
      durationMinutes: z.number().int().min(1, 'Give the length in minutes.').max(600).nullable().optional(),
      mode: z.enum(caseNotes.NOTE_MODES),
      private: z.boolean().optional(),
      structure: Structure.nullable().optional(),
      thirdPartyIds: z.array(Id).max(50).optional(),
    };
    app.post('/api/v1/clients/:id/engagements/:engagementId/notes', {
      config: { auth: 'full' },
      schema: { tags: ['case-record'], params: EngParams, body: z.strictObject({ text: z.string().max(100_000), ...NoteFields }), response: responses({ 201: z.object({ note: SessionNote, warning: z.string().nullable(), riskPrompts: z.array(RiskPrompt) }) }) },
    }, async (request, reply) => reply.code(201).send(await caseNotes.createSessionNote(ctx, request.principal!, request.params.id, request.params.engagementId, request.body, meta(request))));
    // Without `limit`, every note (as before); with it, one page, newest first; `cursor` = id of the last note seen.
    app.get('/api/v1/clients/:id/session-notes', {
      config: { auth: 'full' },
      schema: {
        tags: ['case-record'],
        params: IdParams,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1, 'At least one note.').max(200, 'At most 200 notes a page.').optional(), cursor: Id.optional() }),
        response: responses({ 200: z.array(SessionNote) }),
      },
    }, async (request) =>
      caseNotes.listSessionNotes(ctx, request.principal!, request.params.id, meta(request), { ...(request.query.limit !== undefined ? { limit: request.query.limit } : {}), ...(request.query.cursor ? { cursor: request.query.cursor } : {}) }),
    );
    app.put('/api/v1/clients/:id/notes/:noteId', {
      config: { auth: 'full' },
      schema: {
        tags: ['case-record'],
        params: z.strictObject({ id: Id, noteId: Id }),
        body: z.strictObject({ text: z.string().max(100_000), version: z.number().int().min(1), sessionDate: When.optional(), durationMinutes: NoteFields.durationMinutes, mode: NoteFields.mode.optional(), private: NoteFields.private, structure: NoteFields.structure, thirdPartyIds: NoteFields.thirdPartyIds }),
        response: responses({ 200: z.object({ note: SessionNote, riskPrompts: z.array(RiskPrompt) }) }),
      },
    }, async (request) => caseNotes.editNote(ctx, request.principal!, request.params.id, request.params.noteId, request.body, meta(request)));
    app.get('/api/v1/clients/:id/notes/:noteId/versions', {
      config: { auth: 'full' },
      schema: { tags: ['case-record'], params: z.strictObject({ id: Id, noteId: Id }), response: responses({ 200: z.array(z.object({ version: z.number(), text: z.string(), authorId: z.string(), authorName: z.string().nullable(), createdAt: z.string() })) }) },
    }, async (request) => caseNotes.listNoteVersions(ctx, request.principal!, request.params.id, request.params.noteId, meta(request)));

    // --- Third parties.
    app.post('/api/v1/clients/:id/third-parties', {
      config: { auth: 'full' },
      schema: { tags: ['case-record'], params: IdParams, body: z.strictObject({ name: z.string().trim().max(200), relationship: z.enum(caseNotes.RELATIONSHIPS) }), response: responses({ 201: z.object({ thirdParty: ThirdParty }) }) },
    }, async (request, reply) => reply.code(201).send({ thirdParty: await caseNotes.addThirdParty(ctx, request.principal!, request.params.id, request.body, meta(request)) }));

    // --- Consents.
    app.get('/api/v1/clients/:id/consents', { config: { auth: 'full' }, schema: { tags: ['case-record'], params: IdParams, response: responses({ 200: z.array(Consent) }) } }, async (request) =>
      consents.listConsents(ctx, request.principal!, request.params.id, meta(request)),
    );
    app.post('/api/v1/clients/:id/consents', {
      config: { auth: 'full' },
      schema: {
        tags: ['case-record'],
        params: IdParams,
        body: z.strictObject({
          categories: z.array(z.enum(INFORMATION_CATEGORIES)).max(INFORMATION_CATEGORIES.length),
          recipient: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('directory'), directoryId: Id }), z.strictObject({ kind: z.literal('named'), name: z.string().trim().max(200) })]),
          purpose: Text(2000),
          method: z.enum(['written', 'verbal', 'electronic']),
          givenAt: When,
          expiresAt: When.optional(),
          risksExplained: z.boolean(),
        }),
        response: responses({ 201: z.object({ consent: Consent }) }),
      },
    }, async (request, reply) => {
      const b = request.body;
      const recipient = b.recipient.kind === 'directory' ? { kind: 'directory' as const, directoryId: b.recipient.directoryId, name: '(directory)' } : { kind: 'named' as const, name: b.recipient.name };
      return reply.code(201).send({ consent: await consents.giveConsent(ctx, request.principal!, request.params.id, { ...b, recipient, ...(b.expiresAt ? { expiresAt: b.expiresAt } : {}) } as consents.ConsentInput, meta(request)) });
    });
    app.post('/api/v1/clients/:id/consents/:consentId/withdraw', {
      config: { auth: 'full' },
      schema: { tags: ['case-record'], params: z.strictObject({ id: Id, consentId: Id }), body: z.strictObject({ withdrawnAt: When.optional(), note: Text(2000).nullable().optional() }), response: responses({ 200: z.object({ consent: Consent }) }) },
    }, async (request) => ({ consent: await consents.withdrawConsent(ctx, request.principal!, request.params.id, request.params.consentId, request.body, meta(request)) }));
    app.get('/api/v1/clients/:id/consents/:consentId/fhir', { config: { auth: 'full' }, schema: { tags: ['case-record'], params: z.strictObject({ id: Id, consentId: Id }), response: responses({ 200: z.record(z.string(), Any) }) } }, async (request, reply) => {
      const r = await consents.consentFhir(ctx, request.principal!, request.params.id, request.params.consentId, meta(request));
      return reply.type('application/fhir+json').send(r);
    });

    // --- Referrals and signposting.
    app.post('/api/v1/clients/:id/referrals', {
      config: { auth: 'full' },
      schema: {
        tags: ['case-record'],
        params: IdParams,
        body: z.strictObject({
          kind: z.enum(['referral', 'signposting']),
          engagementId: Id.nullable().optional(),
          directoryId: Id.nullable().optional(),
          recipientName: z.string().trim().max(200).nullable().optional(),
          reason: Text(4000),
          consentId: Id.nullable().optional(),
          organisationInterest: z.boolean().optional(),
          alternativesOffered: Text(4000).nullable().optional(),
          outcome: Text(4000).nullable().optional(),
        }),
        response: responses({ 201: z.object({ referral: Referral }) }),
      },
    }, async (request, reply) => reply.code(201).send({ referral: await referrals.createReferral(ctx, request.principal!, request.params.id, request.body, meta(request)) }));
    // A later outcome of a referral: appended to its history (earlier outcomes are kept), audited.
    app.post('/api/v1/clients/:id/referrals/:referralId/outcomes', {
      config: { auth: 'full' },
      schema: { tags: ['case-record'], params: z.strictObject({ id: Id, referralId: Id }), body: z.strictObject({ outcome: Text(4000), at: When.optional() }), response: responses({ 201: z.object({ referral: Referral }) }) },
    }, async (request, reply) => reply.code(201).send({ referral: await referrals.recordOutcome(ctx, request.principal!, request.params.id, request.params.referralId, request.body, meta(request)) }));

    // --- Client rights (DPO).
    // A subject-access export is produced in answer to a request: its date is recorded (never in the future).
    app.post('/api/v1/clients/:id/subject-access', {
      config: { auth: 'full' },
      schema: { tags: ['client-rights'], params: IdParams, body: z.strictObject({ requestReceivedAt: When, format: z.enum(['json', 'pdf']).default('json') }), response: responses({ 200: z.any().describe('The export as JSON, or application/pdf') }) },
    }, async (request, reply) => {
      const { format, requestReceivedAt } = request.body;
      if (format === 'pdf') {
        const pdf = await rights.subjectAccessPdf(ctx, request.principal!, request.params.id, requestReceivedAt, meta(request));
        return reply.type('application/pdf').header('content-disposition', 'attachment; filename="subject-access.pdf"').send(pdf);
      }
      const x = await rights.subjectAccessExport(ctx, request.principal!, request.params.id, requestReceivedAt, meta(request));
      return reply.header('content-disposition', 'attachment; filename="subject-access.json"').send(x);
    });
    // The same export as a PDF by link (the web app opens it in a new tab): GET, so no JSON body.
    app.get('/api/v1/clients/:id/subject-access.pdf', {
      config: { auth: 'full' },
      schema: { tags: ['client-rights'], params: IdParams, querystring: z.strictObject({ requestReceivedAt: z.string().max(40).optional() }), response: responses({ 200: Pdf }) },
    }, async (request, reply) => {
      const pdf = await rights.subjectAccessPdf(ctx, request.principal!, request.params.id, request.query.requestReceivedAt ?? '', meta(request));
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="subject-access.pdf"').send(pdf);
    });
    app.post('/api/v1/clients/:id/legal-hold', { config: { auth: 'full' }, schema: { tags: ['client-rights'], params: IdParams, body: z.strictObject({ hold: z.boolean() }), response: responses({ 200: z.object({ legalHold: z.boolean() }) }) } }, async (request) =>
      rights.setLegalHold(ctx, request.principal!, request.params.id, request.body.hold, meta(request)),
    );
    app.post('/api/v1/clients/:id/erase', { config: { auth: 'full' }, schema: { tags: ['client-rights'], params: IdParams, body: z.strictObject({ confirmReference: z.string().max(40) }), response: responses({ 200: z.object({ erasedAt: z.string() }) }) } }, async (request) =>
      rights.eraseClient(ctx, request.principal!, request.params.id, request.body.confirmReference, meta(request)),
    );
    app.get('/api/v1/client-rights/lookup', {
      config: { auth: 'full' },
      schema: { tags: ['client-rights'], querystring: z.strictObject({ reference: z.string().trim().max(20).optional() }), response: responses({ 200: z.object({ clientId: z.string(), reference: z.string(), status: z.string(), legalHold: z.boolean(), createdAt: z.string() }) }) },
    }, async (request) => rights.findByReference(ctx, request.principal!, request.query.reference ?? '', meta(request)));
    app.get('/api/v1/retention', { config: { auth: 'full' }, schema: { tags: ['client-rights'], response: responses({ 200: z.array(Retention) }) } }, async (request) => rights.listRetention(ctx, request.principal!, meta(request)));
    app.put('/api/v1/retention/:service', {
      config: { auth: 'full' },
      schema: { tags: ['client-rights'], params: z.strictObject({ service: Service }), body: z.strictObject({ months: z.number().int().min(1, 'At least one month.').max(1200) }), response: responses({ 200: z.object({ schedule: Retention }) }) },
    }, async (request) => ({ schedule: await rights.setRetention(ctx, request.principal!, request.params.service, request.body.months, meta(request)) }));
    app.get('/api/v1/retention/due', { config: { auth: 'full' }, schema: { tags: ['client-rights'], response: responses({ 200: z.array(RetentionDue) }) } }, async (request) => rights.retentionDue(ctx, request.principal!, meta(request)));
  };
}
