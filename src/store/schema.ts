// The database schema as TypeScript types (Kysely). Timestamps are ISO-8601 UTC strings, flags are
// integers 0/1 and lists are JSON text, so that one set of queries serves SQLite and PostgreSQL alike.
// Columns ending in `_enc` hold envelope-encrypted data (see src/crypto); nothing else holds case content.
import type { Generated, Kysely, Selectable } from 'kysely';

export interface MetaTable { key: string; value: string }

export interface OrganisationTable {
  id: string;
  name: string;
  settings: string; // JSON: organisation settings (no client content)
  created_at: string;
}

export interface UserTable {
  id: string;
  org_id: string;
  email: string; // lower-cased
  display_name: string;
  password_hash: string;
  roles: string; // JSON array of role names
  active: number;
  totp_secret_enc: string | null; // encrypted with the system key
  totp_enabled: number;
  recovery_codes: string | null; // JSON array of SHA-256 hashes of unused codes
  password_changed_at: string;
  created_at: string;
  deactivated_at: string | null;
  // 002-platform
  must_change_password: Generated<number>;
  last_sign_in_at: string | null;
  totp_pending_enc: string | null; // enrolment started, not yet confirmed (system key)
  totp_last_counter: number | null; // last accepted TOTP time step: a code is accepted once only
}

export interface SessionTable {
  id: string; // SHA-256 of the token; the token itself is only ever in the cookie
  user_id: string;
  csrf_token: string;
  stage: string; // 'mfa' (password accepted, second factor pending) | 'enrol' (must enrol TOTP) | 'full'
  created_at: string;
  last_seen_at: string;
  expires_at: string; // absolute expiry
  reauth_at: string | null; // last fresh password/TOTP confirmation (break-glass needs a recent one)
  ip: string | null;
  user_agent: string | null;
  revoked_at: string | null;
  handle: string | null; // 002-platform: opaque id shown to the user (never the token or its hash)
}

export interface LoginThrottleTable {
  key: string; // 'account:<email>' or 'ip:<address>'
  failures: number;
  window_start: string;
  locked_until: string | null;
}

export interface ClientTable {
  id: string;
  org_id: string;
  practitioner_id: string | null;
  profile_enc: string; // name, preferred name, date of birth, contact, language...
  jurisdiction: string | null; // where the client lives (ISO 3166-2 style), not identifying on its own
  status: string; // 'active' | 'closed' | 'erased'
  legal_hold: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  erased_at: string | null;
  reference: string | null; // 002-platform: non-identifying, e.g. C-7KQ2M9
  legal_hold_at: string | null; // 003-case-record
}

export interface ClientKeyTable {
  client_id: string;
  wrapped_key: string | null; // null once crypto-shredded
  master_kid: string | null;
  created_at: string;
  destroyed_at: string | null;
}

export interface SystemKeyTable {
  id: string; // e.g. 'system'
  wrapped_key: string;
  master_kid: string;
  created_at: string;
}

export interface NoteTable {
  id: string;
  client_id: string;
  author_id: string;
  version: number;
  body_enc: string;
  created_at: string;
  updated_at: string;
  // 003-case-record
  engagement_id: string | null;
  session_date: string | null;
  duration_minutes: number | null;
  mode: string | null;
  private: Generated<number>;
  meta_enc: string | null;
}

export interface BreakGlassTable {
  id: string;
  org_id: string;
  user_id: string;
  client_id: string;
  reason_enc: string; // the written reason can mention case facts, so it is encrypted with the client's key
  created_at: string;
  expires_at: string;
  ended_at: string | null;
}

export interface NotificationTable {
  id: string;
  org_id: string;
  user_id: string;
  kind: string;
  client_id: string | null;
  message: string; // never case content: e.g. "A safeguarding lead opened one of your clients' records (break-glass)."
  created_at: string;
  read_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  org_id: string | null;
  actor_id: string | null;
  actor_roles: string | null; // JSON array
  action: string;
  outcome: string; // 'success' | 'denied' | 'failure'
  client_id: string | null;
  target_type: string | null;
  target_id: string | null;
  reason: string | null; // non-content reason code or admin-entered reason; never case content
  ip: string | null;
  details: string | null; // JSON, non-content facts only
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable { id: number; seq: number; hash: string }

export interface AuditCheckpointTable {
  seq: number;
  at: string;
  head_hash: string;
  key_id: string;
  signature: string;
}

// 004-training: training data, kept apart from client records (no client ids, no client keys).
export interface TrainingScenarioTable {
  id: string;
  org_id: string;
  title: string;
  narrative: string;
  facts: string; // JSON
  expected: string; // JSON
  notes: string;
  tags: string; // JSON
  engine_answer: string; // JSON
  disagrees: number;
  confirmed_disagreement: number;
  author_id: string;
  created_at: string;
  updated_at: string;
}

export interface TrainingExerciseTable {
  id: string;
  org_id: string;
  title: string;
  situation: string;
  actions: string; // JSON
  tags: string; // JSON
  author_id: string;
  created_at: string;
}

export interface TrainingAssignmentTable {
  id: string;
  org_id: string;
  title: string;
  items: string; // JSON
  assignee_id: string;
  assigned_by: string;
  due_at: string;
  created_at: string;
  completed_at: string | null;
}

export interface TrainingAttemptTable {
  id: string;
  org_id: string;
  user_id: string;
  assignment_id: string;
  item_kind: string;
  item_id: string;
  answer: string; // JSON
  score: number;
  correct: number;
  profession: string;
  concern: string;
  created_at: string;
}

export interface TrainingCertificateTable {
  id: string;
  org_id: string;
  user_id: string;
  assignment_id: string;
  score: number;
  issued_at: string;
}

// 003-case-record: the confidential case record (issue 6). `_enc` columns are sealed with the client's key.
export interface EngagementTable {
  id: string;
  client_id: string;
  org_id: string;
  service: string;
  status: string; // 'open' | 'closed'
  opened_at: string;
  closed_at: string | null;
  close_reason: string | null;
  commissioned: number;
  data_enc: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface StatementTable {
  id: string;
  org_id: string;
  service: string;
  version: number;
  title: string;
  body: string;
  questions: string; // JSON array
  review_months: number;
  created_by: string;
  created_at: string;
}

export interface AgreementTable {
  id: string;
  client_id: string;
  engagement_id: string;
  statement_id: string;
  statement_version: number;
  explained_at: string;
  complete: number;
  not_ready: number;
  review_due_at: string;
  data_enc: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface AgreementReviewTable {
  id: string;
  agreement_id: string;
  client_id: string;
  reviewed_at: string;
  data_enc: string;
  created_by: string;
  created_at: string;
}

export interface DirectoryTable {
  id: string;
  org_id: string;
  kind: string;
  name: string;
  description: string | null;
  contact: string | null;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

export interface ConsentTable {
  id: string;
  client_id: string;
  directory_id: string | null;
  given_at: string;
  expires_at: string | null;
  withdrawn_at: string | null;
  data_enc: string;
  created_by: string;
  created_at: string;
}

export interface ReferralTable {
  id: string;
  client_id: string;
  engagement_id: string | null;
  directory_id: string | null;
  consent_id: string | null;
  kind: string;
  data_enc: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ConflictOfInterestTable {
  id: string;
  client_id: string;
  engagement_id: string | null;
  data_enc: string;
  created_by: string;
  created_at: string;
}

export interface ThirdPartyTable {
  id: string;
  client_id: string;
  relationship: string;
  name_enc: string;
  created_by: string;
  created_at: string;
}

export interface NoteVersionTable {
  id: string;
  note_id: string;
  client_id: string;
  version: number;
  body_enc: string;
  meta_enc: string | null;
  author_id: string;
  created_at: string;
}

export interface RetentionScheduleTable {
  org_id: string;
  service: string;
  months: number;
  updated_by: string;
  updated_at: string;
}

// 005-concerns (issue 7): concerns, escalations and the lead's question thread. `_sealed` = client key.
export interface ConcernTable {
  id: string;
  organisation_id: string;
  client_id: string;
  engagement_id: string | null;
  note_id: string | null;
  raised_by: string;
  kind: string; // 'general' | 'colleague'
  facts_sealed: string;
  policy_version: string;
  verdict: string;
  verdict_sealed: string;
  choice: string | null; // 'accepted' | 'overridden'
  choice_reason_sealed: string | null;
  third_party_id: string | null;
  status: string; // 'open' | 'escalated' | 'decided' | 'closed'
  urgency: string | null; // 'routine' | 'soon' | 'urgent' | 'immediate'
  escalated_at: string | null;
  escalated_by: string | null;
  escalation_sealed: string | null;
  email_status: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_sealed: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConcernMessageTable {
  id: string;
  concern_id: string;
  client_id: string;
  author_id: string;
  author_role: string; // 'lead' | 'practitioner'
  body_sealed: string;
  created_at: string;
}

// 007-disclosures (issue 7): disclosure requests, approvals, the recorded disclosure, annotations. `_sealed` = client key.
export interface DisclosureTable {
  id: string;
  organisation_id: string;
  client_id: string;
  concern_id: string | null; // no database FK (checked in the service)
  requested_by: string;
  status: string; // 'pending' | 'ready' | 'refused' | 'disclosed'
  ground_sealed: string;
  recipient_directory_id: string | null;
  recipient_sealed: string;
  categories: string; // JSON array of category keys
  fields_sealed: string;
  justification_sealed: string | null;
  beyond_minimum: number;
  approval_required: number;
  request_hash: string;
  request_version: number;
  approved_by: string | null;
  approved_at: string | null;
  approved_hash: string | null;
  refused_by: string | null;
  refused_at: string | null;
  refusal_sealed: string | null;
  client_told: string; // 'before' | 'after' | 'not'
  client_told_reason_sealed: string | null;
  client_told_at: string | null;
  disclosed_at: string | null;
  recorded_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DisclosureAnnotationTable {
  id: string;
  disclosure_id: string;
  client_id: string;
  author_id: string;
  body_sealed: string;
  created_at: string;
}

// 006-consultations (issue 7 item 3): consulting a supervisor without names. `draft_sealed` = client key;
// `packet_text` is the de-identified packet, stored only at send after the strict identifier check.
export interface ConsultationTable {
  id: string;
  organisation_id: string;
  client_id: string;
  concern_id: string | null; // no database FK to concerns; checked in the service
  practitioner_id: string;
  supervisor_id: string;
  status: string; // 'draft' | 'sent' | 'closed'
  draft_sealed: string;
  packet_text: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  closed_at: string | null;
}

export interface ConsultationMessageTable {
  id: string;
  consultation_id: string;
  organisation_id: string;
  author_id: string;
  author_role: string; // 'practitioner' | 'supervisor'
  body: string; // never an identifier of the case: practitioner messages pass the strict check
  created_at: string;
}

export interface Database {
  confidant_meta: MetaTable;
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  clients: ClientTable;
  client_keys: ClientKeyTable;
  system_keys: SystemKeyTable;
  notes: NoteTable;
  break_glass: BreakGlassTable;
  notifications: NotificationTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  audit_checkpoints: AuditCheckpointTable;
  engagements: EngagementTable;
  statements: StatementTable;
  agreements: AgreementTable;
  agreement_reviews: AgreementReviewTable;
  directory: DirectoryTable;
  consents: ConsentTable;
  referrals: ReferralTable;
  conflicts_of_interest: ConflictOfInterestTable;
  third_parties: ThirdPartyTable;
  note_versions: NoteVersionTable;
  retention_schedules: RetentionScheduleTable;
  training_scenarios: TrainingScenarioTable;
  training_exercises: TrainingExerciseTable;
  training_assignments: TrainingAssignmentTable;
  training_attempts: TrainingAttemptTable;
  training_certificates: TrainingCertificateTable;
  disclosures: DisclosureTable;
  disclosure_annotations: DisclosureAnnotationTable;
  concerns: ConcernTable;
  concern_messages: ConcernMessageTable;
  consultations: ConsultationTable;
  consultation_messages: ConsultationMessageTable;
}

export type Db = Kysely<Database>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ClientRow = Selectable<ClientTable>;
export type NoteRow = Selectable<NoteTable>;
export type AuditRow = Selectable<AuditLogTable>;
// Generated is re-exported for later tables that use database-generated columns.
export type { Generated };
