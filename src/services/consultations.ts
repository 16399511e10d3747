// Consulting a supervisor without names (issue 7 item 3; PRACTICE.md U1, U2). A practitioner builds a packet
// for a supervisor of the organisation: a summary they write plus chosen session notes, all passed through the
// de-identifier with everything the case knows (client's name, preferred name, date of birth, phone, e-mail;
// third parties' names; commissioning organisations; extra words the practitioner marks), with one set of
// pseudonyms across the whole packet. The author reviews the spans and corrects them (mark more words; unmark a
// span, refused for a known identifier). Sending re-runs a strict check of the final text, independent of the
// draft: a packet that still holds a known identifier is refused (409, audited). The supervisor sees the packet
// and the thread, never the record; both get in-app notifications without client content.
//
// Storage: the draft (summary, note snapshots, marks, unmarks) is sealed with the client's key and the review
// (spans, pseudonym legend) is recomputed from it for the author on every read, so the pseudonym→name mapping is
// never stored anywhere. `packet_text` is written in the clear only at send, after the strict check.
import { sql } from 'kysely';
import type { AppContext } from './context.js';
import { AppError, type FieldIssue } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { authorize, orgResource } from './authorize.js';
import { check, clientFor, openJson, sealJson } from './case-common.js';
import { thirdPartiesOf } from './case-notes.js';
import { noteView } from './case-notes.js';
import { profileAad, type ClientProfile } from './clients.js';
import { parseRoles } from './sessions.js';
import { getRedactor, loadDeidResources } from './deid-resources.js';
import type { Entity, Known, KnownPerson, Redactor } from '../domain/deid/index.js';
import type { ConsultationTable } from '../store/schema.js';

export const MARK_KINDS = ['client', 'person', 'place', 'organisation', 'other'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Mark {
  text: string;
  as: MarkKind;
}

/** What the author chose, sealed with the client's key (`draft_sealed`). */
export interface Draft {
  summary: string;
  notes: { id: string; text: string }[];
  marks: Mark[];
  unmarks: string[];
}

export interface DraftInput {
  supervisorId?: string;
  summary?: string;
  noteIds?: string[];
  marks?: Mark[];
  unmarks?: string[];
}

export interface CreateInput extends DraftInput {
  supervisorId: string;
  concernId?: string | null;
}

export interface SpanView {
  start: number;
  end: number;
  text: string;
  replacement: string;
  type: string;
  source: string;
  /** The author unmarked these words: they stay as written. */
  kept: boolean;
  /** Whether the author may unmark it (not a known identifier, contact detail, identifier or street address). */
  unmarkable: boolean;
}

export interface PartView {
  kind: 'summary' | 'note';
  label: string;
  noteId: string | null;
  original: string;
  redacted: string;
  spans: SpanView[];
}

export interface Review {
  parts: PartView[];
  packetText: string;
  /** Pseudonym → the words it stands for (the author's eyes only; never stored). */
  legend: { tag: string; words: string[] }[];
  /** Known identifiers the strict check still finds in the packet (sending is refused while any remain). */
  problems: string[];
}

export interface MessageView {
  id: string;
  from: 'practitioner' | 'supervisor';
  authorName: string;
  body: string;
  createdAt: string;
}

export interface AuthorView {
  id: string;
  clientId: string;
  concernId: string | null;
  status: string;
  supervisor: { id: string; displayName: string };
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  closedAt: string | null;
  summary: string;
  notes: { id: string; label: string }[];
  marks: Mark[];
  unmarks: string[];
  review: Review;
  /** What the supervisor received (null while a draft). */
  sentPacket: string | null;
  messages: MessageView[];
}

export interface AuthorSummary {
  id: string;
  clientId: string;
  status: string;
  supervisorName: string;
  createdAt: string;
  sentAt: string | null;
  messageCount: number;
  lastMessageAt: string | null;
  lastFrom: string | null;
}

/** What a supervisor may see: no client id, no concern id, no reference, no names. */
export interface SupervisorView {
  id: string;
  status: string;
  sentAt: string;
  closedAt: string | null;
  practitionerName: string;
  packetText: string;
  messages: MessageView[];
}

export interface InboxItem {
  id: string;
  status: string;
  sentAt: string;
  practitionerName: string;
  preview: string;
  messageCount: number;
  lastMessageAt: string | null;
  lastFrom: string | null;
}

export const MAX_SUMMARY = 20_000;
export const MAX_NOTES = 40;
export const MAX_MARKS = 60;
export const MAX_MESSAGE = 8_000;

// ---------------------------------------------------------------------------------------------------------
// Pure part: the packet from a draft, the strict identifier check. Exported for tests and the benchmark.

const TAG = /\[[A-Z]+(?:-\d+)?\]/g;
const norm = (s: string): string => s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The case's known entities plus what the author marked. */
export function withMarks(known: Known, marks: readonly Mark[]): Known {
  const people: KnownPerson[] = (known.people ?? []).map((p) => ({ ...p, aliases: [...(p.aliases ?? [])] }));
  const out: Known = { people, organisations: [...(known.organisations ?? [])], places: [...(known.places ?? [])], identifiers: [...(known.identifiers ?? [])], dates: [...(known.dates ?? [])] };
  let client = people.find((p) => p.role === 'client');
  for (const m of marks) {
    const t = m.text.trim();
    if (!t) continue;
    if (m.as === 'client') {
      if (!client) people.push((client = { role: 'client', name: t, aliases: [] }));
      else client.aliases!.push(t);
    } else if (m.as === 'person') people.push({ role: 'third-party', relationship: 'other', name: t });
    else if (m.as === 'place') out.places!.push(t);
    else if (m.as === 'organisation') out.organisations!.push(t);
    else out.identifiers!.push(t);
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date of birth written the ways notes write dates. */
export function dateSpellings(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return [iso];
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  const dd = String(d).padStart(2, '0');
  const mm = String(mo).padStart(2, '0');
  const name = MONTHS[mo - 1] ?? '';
  const short = name.slice(0, 3);
  const out = [`${y}-${mm}-${dd}`, `${dd}/${mm}/${y}`, `${d}/${mo}/${y}`, `${mm}/${dd}/${y}`, `${mo}/${d}/${y}`, `${dd}.${mm}.${y}`, `${d}.${mo}.${y}`, `${dd}-${mm}-${y}`, `${dd}/${mm}/${y.slice(2)}`, `${mm}/${dd}/${y.slice(2)}`];
  for (const n of [name, short]) out.push(`${d} ${n} ${y}`, `${ordinal(d)} ${n} ${y}`, `${ordinal(d)} of ${n} ${y}`, `${n} ${d}, ${y}`, `${n} ${d} ${y}`, `${n} ${ordinal(d)}, ${y}`, `${n} ${ordinal(d)} ${y}`);
  return out;
}

/** Whose identifier a look-up finds: a person of `known.people` (by index), or a kind of detail. */
export type Owner = { kind: 'person'; index: number } | { kind: 'organisation' | 'place' | 'identifier' | 'date' };

interface Needle {
  re: RegExp;
  /** Only when written with a capital (a name that is also an ordinary word: "Rose", "Will"). */
  capitalOnly: boolean;
  owner: Owner;
}

const GENERIC_ORG_WORDS = new Set(['ltd', 'limited', 'plc', 'inc', 'llp', 'llc', 'company', 'group', 'the', 'and', 'of', 'services', 'trust', 'council']);

/**
 * Literal look-ups of every known identifier, built independently of the de-identifier's own matching: whole
 * names and each of their parts (hyphenated parts too); a distinctive part (not an English word, five letters or
 * more) is found even inside a longer token ("quennell91"); a part that is also a word only with a capital.
 */
const needleCache = new Map<string, { needles: Needle[]; digits: string[] }>();

export function needlesOf(known: Known, isCommonWord: (w: string) => boolean): { needles: Needle[]; digits: string[] } {
  // The same case is checked many times in a row (every part, every span, the whole packet): compile once.
  const key = isCommonWord === commonWord ? JSON.stringify(known) : '';
  const cached = key ? needleCache.get(key) : undefined;
  if (cached) return cached;
  const built = compileNeedles(known, isCommonWord);
  if (key) {
    if (needleCache.size >= 32) needleCache.delete(needleCache.keys().next().value!);
    needleCache.set(key, built);
  }
  return built;
}

function compileNeedles(known: Known, isCommonWord: (w: string) => boolean): { needles: Needle[]; digits: string[] } {
  const needles: Needle[] = [];
  const seen = new Set<string>();
  const add = (s: string, mode: 'word' | 'capital' | 'substring', owner: Owner) => {
    const t = s.replace(/\s+/g, ' ').trim();
    const key = `${mode}:${t.toLowerCase()}`;
    if (t.length < 2 || seen.has(key)) return;
    seen.add(key);
    const body = escapeRe(t).replace(/ /g, '\\s+').replace(/'/g, "['’]");
    const re = mode === 'substring' ? new RegExp(body, 'giu') : new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    needles.push({ re, capitalOnly: mode === 'capital', owner });
  };
  const addPart = (w: string, owner: Owner, minSubstring = 5) => {
    const t = w.replace(/^['’-]+|['’-]+$/g, '');
    if (t.replace(/['’-]/g, '').length < 2) return;
    const common = isCommonWord(t.toLowerCase());
    add(t, common ? 'capital' : t.length >= minSubstring ? 'substring' : 'word', owner);
  };
  (known.people ?? []).forEach((p, index) => {
    const owner: Owner = { kind: 'person', index };
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      if (/\s/.test(n.trim())) add(n, 'word', owner);
      for (const part of n.split(/[^\p{L}\p{N}'’-]+/u)) {
        addPart(part, owner);
        if (part.includes('-')) for (const sub of part.split('-')) addPart(sub, owner);
      }
    }
  });
  for (const o of known.organisations ?? []) {
    const owner: Owner = { kind: 'organisation' };
    add(o, 'word', owner);
    for (const part of o.split(/[^\p{L}\p{N}'’-]+/u)) if (part.length >= 4 && !GENERIC_ORG_WORDS.has(part.toLowerCase()) && !isCommonWord(part.toLowerCase())) addPart(part, owner, 6);
  }
  for (const pl of known.places ?? []) {
    const owner: Owner = { kind: 'place' };
    add(pl, 'word', owner);
    for (const part of pl.split(/\s*,\s*/)) if (part.trim().length >= 3) add(part, /\s/.test(part.trim()) || !isCommonWord(part.trim().toLowerCase()) ? 'word' : 'capital', owner);
  }
  const digits: string[] = [];
  for (const id of known.identifiers ?? []) {
    add(id, 'word', { kind: 'identifier' });
    const d = id.replace(/\D/g, '');
    if (d.length >= 6) digits.push(d.slice(-9));
  }
  for (const d of known.dates ?? []) for (const s of dateSpellings(d)) add(s, 'word', { kind: 'date' });
  return { needles, digits };
}

export interface Hit {
  start: number;
  end: number;
  text: string;
  owner: Owner;
}

/** Every place in `text` where a known identifier is written (whole tokens; overlapping hits merged). */
export function scanIdentifiers(text: string, known: Known, isCommonWord: (w: string) => boolean = commonWord): Hit[] {
  const { needles, digits } = needlesOf(known, isCommonWord);
  const hits: Hit[] = [];
  for (const n of needles) {
    for (const m of text.matchAll(n.re)) {
      if (n.capitalOnly && m[0][0] === m[0][0]!.toLowerCase()) continue;
      // The whole token the identifier hides in ("quennell91"), so the author knows what was found.
      let a = m.index;
      let b = m.index + m[0].length;
      while (a > 0 && /[\p{L}\p{N}_]/u.test(text[a - 1]!)) a--;
      while (b < text.length && /[\p{L}\p{N}_]/u.test(text[b]!)) b++;
      hits.push({ start: a, end: b, text: text.slice(a, b), owner: n.owner });
    }
  }
  if (digits.length) {
    for (const m of text.matchAll(/\+?\d[\d\s().-]{4,}\d/g)) {
      const d = m[0].replace(/\D/g, '');
      if (d.length >= 6 && digits.some((k) => d.includes(k) || k.endsWith(d.slice(-9)))) hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], owner: { kind: 'identifier' } });
    }
  }
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) out[out.length - 1] = { ...last, end: h.end, text: text.slice(last.start, h.end) };
    } else out.push(h);
  }
  return out;
}

/**
 * The strict check run at send (and on every practitioner message): the words of `text` that are known
 * identifiers of the case, found two independent ways — the de-identifier's known-entity matching (possessives,
 * nicknames, initials, misspellings, dates of birth in any format) and plain look-ups of every known string, each
 * name part, the phone's digits and the date of birth's spellings. Pseudonym tags are ignored.
 */
export function identifierProblems(text: string, known: Known, redactor: Redactor = getRedactor(), isCommonWord: (w: string) => boolean = commonWord): string[] {
  const clean = text.replace(TAG, (t) => ' '.repeat(t.length));
  const found = new Map<string, string>();
  const hit = (w: string) => {
    const k = norm(w);
    if (k && !found.has(k)) found.set(k, w.trim());
  };
  for (const e of redactor.redact(clean, known).entities) if (e.source === 'known') hit(e.text);
  for (const h of scanIdentifiers(clean, known, isCommonWord)) hit(h.text);
  return [...found.values()];
}

function commonWord(w: string): boolean {
  return loadDeidResources().commonWords.has(w.toLowerCase());
}

function rebuild(text: string, spans: readonly SpanView[]): string {
  const out: string[] = [];
  let pos = 0;
  for (const s of spans) {
    out.push(text.slice(pos, s.start), s.kept ? s.text : s.replacement);
    pos = s.end;
  }
  out.push(text.slice(pos));
  return out.join('');
}

/** Only spans the de-identifier did not tie to the case can be unmarked; never contact details, identifiers or street addresses. */
function unmarkable(e: Pick<Entity, 'source' | 'type' | 'text'>): boolean {
  return e.source !== 'known' && (e.source as string) !== 'check' && e.type !== 'CONTACT' && e.type !== 'ID' && !(e.type === 'LOCATION' && /\d/.test(e.text));
}

const OWNER_TAG = { organisation: ['[ORGANISATION]', 'ORGANISATION'], place: ['[PLACE]', 'LOCATION'], identifier: ['[ID]', 'ID'], date: ['[DATE]', 'DATE'] } as const;

/**
 * The packet of a draft: every part redacted in order with one set of pseudonyms; then the strict check's own
 * look-ups run over each original part, and any known identifier the de-identifier left (a name in capitals that
 * is also a word, a surname inside a user name) becomes a span too, with its owner's tag; unmarks applied last.
 */
export function buildPacket(draft: Draft, caseKnown: Known, redactor: Redactor = getRedactor(), opts: { check?: boolean } = {}): Review {
  const known = withMarks(caseKnown, draft.marks);
  const keep = new Set(draft.unmarks.map(norm));
  const sources: { kind: 'summary' | 'note'; label: string; noteId: string | null; original: string }[] = [];
  if (draft.summary.trim()) sources.push({ kind: 'summary', label: 'Summary', noteId: null, original: draft.summary });
  draft.notes.forEach((n, i) => sources.push({ kind: 'note', label: `Session note ${i + 1}`, noteId: n.id, original: n.text }));
  let pseudonyms: Record<string, string> = {};
  const legend = new Map<string, Set<string>>();
  // The tag each known person got (read off the de-identifier's known spans), for the strict check's finds.
  const personTag = new Map<number, string>();
  const people = known.people ?? [];
  const partsOf = people.map((p) => new Set([p.name, ...(p.aliases ?? [])].flatMap((n) => [norm(n), ...n.split(/[^\p{L}\p{N}'’]+/u).map(norm)]).filter((x) => x.length >= 2)));
  const tagOf = (owner: Owner): [string, string] => {
    if (owner.kind !== 'person') return [...OWNER_TAG[owner.kind]];
    const t = personTag.get(owner.index) ?? (people[owner.index]?.role === 'client' ? '[CLIENT]' : '[PERSON]');
    return [t, 'PERSON'];
  };
  const redacted = sources.map((s) => {
    const r = redactor.redact(s.original, known, { pseudonyms, returnMapping: true });
    pseudonyms = r.mapping ?? pseudonyms;
    for (const e of r.entities) {
      if (e.source !== 'known' || e.type !== 'PERSON') continue;
      const i = partsOf.findIndex((set) => set.has(norm(e.text).replace(/'s$/, '')) || norm(e.text).split(/\s+/).some((w) => set.has(w)));
      if (i >= 0 && !personTag.has(i)) personTag.set(i, e.replacement);
    }
    return { s, entities: r.entities };
  });
  const parts: PartView[] = redacted.map(({ s, entities }) => {
    const spans: SpanView[] = entities.map((e) => ({ start: e.start, end: e.end, text: e.text, replacement: e.replacement, type: e.type, source: e.source, kept: keep.has(norm(e.text)) && unmarkable(e) && identifierProblems(e.text, known, redactor).length === 0, unmarkable: unmarkable(e) }));
    // What the look-ups find outside every span (or inside a span the author unmarked) is hidden too.
    for (const h of scanIdentifiers(s.original, known)) {
      const overlapping = spans.filter((sp) => sp.start < h.end && h.start < sp.end);
      const hidden = overlapping.filter((sp) => !sp.kept);
      // Already hidden from end to end: nothing to do.
      if (hidden.length && Math.min(...hidden.map((x) => x.start)) <= h.start && Math.max(...hidden.map((x) => x.end)) >= h.end && hidden.length === overlapping.length) continue;
      const [tag, type] = tagOf(h.owner);
      const replacement = hidden[0]?.replacement ?? tag;
      for (const sp of overlapping) spans.splice(spans.indexOf(sp), 1);
      const start = Math.min(h.start, ...overlapping.map((x) => x.start));
      const end = Math.max(h.end, ...overlapping.map((x) => x.end));
      spans.push({ start, end, text: s.original.slice(start, end), replacement, type: hidden[0]?.type ?? type, source: 'check', kept: false, unmarkable: false });
    }
    spans.sort((a, b) => a.start - b.start);
    for (const sp of spans) if (!sp.kept) (legend.get(sp.replacement) ?? legend.set(sp.replacement, new Set()).get(sp.replacement)!).add(sp.text);
    return { ...s, redacted: rebuild(s.original, spans), spans };
  });
  const packetText = parts.map((p) => `${p.label}\n${p.redacted}`).join('\n\n');
  return {
    parts,
    packetText,
    legend: [...legend].map(([tag, words]) => ({ tag, words: [...words] })),
    // At send the caller runs the stricter send check itself; skip the same work here.
    problems: opts.check === false ? [] : identifierProblems(packetText, known, redactor),
  };
}

/**
 * What stops a final packet text from being sent: known identifiers of the case (the strict check), and anything
 * the de-identifier still finds in it — a packet it produced has nothing left to find (tags are left alone), so a
 * find is a name or detail written in by hand — unless the author unmarked exactly those words.
 */
export function sendProblems(text: string, known: Known, unmarks: readonly string[], redactor: Redactor = getRedactor()): string[] {
  const out = new Map<string, string>();
  for (const w of identifierProblems(text, known, redactor)) out.set(norm(w), w);
  const keep = new Set(unmarks.map(norm));
  const clean = text.replace(TAG, (t) => ' '.repeat(t.length));
  for (const e of redactor.redact(clean, known).entities) if (!keep.has(norm(e.text)) && !out.has(norm(e.text))) out.set(norm(e.text), e.text);
  return [...out.values()];
}

/** Why these words may not be unmarked (null: they may). */
export function unmarkRefusal(words: string, caseKnown: Known, redactor: Redactor = getRedactor()): string | null {
  const w = words.trim();
  if (!w) return 'Give the words to show as written.';
  if (identifierProblems(w, caseKnown, redactor).length) return `“${w}” identifies the client or someone in the case, so it stays hidden in the packet.`;
  const ents = redactor.redact(w, caseKnown).entities;
  if (ents.some((e) => e.type === 'CONTACT' || e.type === 'ID' || (e.type === 'LOCATION' && /\d/.test(e.text)))) return `“${w}” is a contact detail, an identifier or an address: these always stay hidden in the packet.`;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Use-cases.

/** What the case record knows that identifies someone (the de-identifier's `known`). */
export async function caseKnown(ctx: AppContext, clientId: string): Promise<Known> {
  const c = await ctx.store.db.selectFrom('clients').select(['profile_enc']).where('id', '=', clientId).executeTakeFirstOrThrow();
  const profile = JSON.parse(await ctx.keyring.openForClient(ctx.store.db, clientId, c.profile_enc, profileAad(clientId))) as ClientProfile & Record<string, unknown>;
  const aliases = [profile.preferredName, ...(Array.isArray(profile.aliases) ? (profile.aliases as unknown[]) : [])].filter((x): x is string => typeof x === 'string' && x.trim().length > 0);
  const people: KnownPerson[] = [{ role: 'client', name: profile.name, aliases }];
  for (const tp of await thirdPartiesOf(ctx, clientId)) people.push({ role: 'third-party', relationship: tp.relationship, name: tp.name });
  const organisations: string[] = [];
  const engagements = await ctx.store.db.selectFrom('engagements').select(['id', 'data_enc']).where('client_id', '=', clientId).execute();
  for (const e of engagements) {
    const d = await openJson<{ commissioning?: { organisation?: string } }>(ctx, clientId, 'engagement', e.id, e.data_enc);
    if (d.commissioning?.organisation?.trim()) organisations.push(d.commissioning.organisation.trim());
  }
  const str = (k: string): string | null => (typeof profile[k] === 'string' && (profile[k] as string).trim() ? (profile[k] as string).trim() : null);
  const identifiers = [str('phone'), str('email')].filter((x): x is string => x !== null);
  const employer = str('employer');
  const address = str('address');
  return { people, organisations: [...organisations, ...(employer ? [employer] : [])], places: address ? [address] : [], identifiers, dates: profile.dateOfBirth ? [profile.dateOfBirth] : [] };
}

async function userName(ctx: AppContext, id: string): Promise<string> {
  const u = await ctx.store.db.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst();
  return u?.display_name ?? 'A former colleague';
}

async function assertSupervisor(ctx: AppContext, p: Principal, supervisorId: string): Promise<void> {
  const u = await ctx.store.db.selectFrom('users').select(['roles', 'active']).where('id', '=', supervisorId).where('org_id', '=', p.orgId).executeTakeFirst();
  if (!u || Number(u.active) !== 1 || !parseRoles(u.roles).includes('supervisor') || supervisorId === p.userId) {
    throw new AppError('validation', 'Choose a supervisor of your organisation (someone other than yourself).', { errors: [{ path: 'supervisorId', message: 'Choose a supervisor of your organisation (someone other than yourself).' }] });
  }
}

export async function listSupervisors(ctx: AppContext, p: Principal): Promise<{ id: string; displayName: string }[]> {
  await authorize(ctx, p, 'supervisor.list', orgResource(p));
  const rows = await ctx.store.db.selectFrom('users').select(['id', 'display_name', 'roles']).where('org_id', '=', p.orgId).where('active', '=', 1).orderBy('display_name').execute();
  return rows.filter((r) => r.id !== p.userId && parseRoles(r.roles).includes('supervisor')).map((r) => ({ id: r.id, displayName: r.display_name }));
}

async function snapshotNotes(ctx: AppContext, clientId: string, noteIds: string[]): Promise<Draft['notes']> {
  const ids = [...new Set(noteIds)];
  if (!ids.length) return [];
  if (ids.length > MAX_NOTES) check([{ path: 'noteIds', message: `Choose at most ${MAX_NOTES} notes.` }]);
  const rows = await ctx.store.db.selectFrom('notes').selectAll().where('client_id', '=', clientId).where('id', 'in', ids).execute();
  if (rows.length !== ids.length) check([{ path: 'noteIds', message: 'Choose notes of this client.' }]);
  if (rows.some((r) => Number(r.private) === 1)) {
    check([{ path: 'noteIds', message: 'Private process notes are never shared, not even de-identified: leave them out and put what you need into the summary.' }]);
  }
  // Oldest session first, as a supervisor reads a story.
  rows.sort((a, b) => (a.session_date ?? a.created_at).localeCompare(b.session_date ?? b.created_at) || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  return Promise.all(rows.map(async (r) => ({ id: r.id, text: (await noteView(ctx, r)).text })));
}

function draftIssues(d: Draft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.summary.length > MAX_SUMMARY) issues.push({ path: 'summary', message: `Keep the summary under ${MAX_SUMMARY} characters.` });
  if (!d.summary.trim() && !d.notes.length) issues.push({ path: 'summary', message: 'Write a summary or choose at least one note to consult about.' });
  if (d.marks.length > MAX_MARKS) issues.push({ path: 'marks', message: `Mark at most ${MAX_MARKS} words or phrases.` });
  d.marks.forEach((m, i) => {
    if (m.text.trim().length < 2) issues.push({ path: `marks.${i}.text`, message: 'Give the words to hide (at least two characters).' });
  });
  return issues;
}

async function applyInput(ctx: AppContext, clientId: string, base: Draft, input: DraftInput, known: Known): Promise<Draft> {
  const d: Draft = {
    summary: input.summary ?? base.summary,
    notes: input.noteIds ? await snapshotNotes(ctx, clientId, input.noteIds) : base.notes,
    marks: input.marks ? input.marks.map((m) => ({ text: m.text.trim(), as: m.as })) : base.marks,
    unmarks: input.unmarks ? [...new Set(input.unmarks.map((u) => u.trim()).filter(Boolean))] : base.unmarks,
  };
  const issues = draftIssues(d);
  if (input.unmarks) {
    input.unmarks.forEach((u, i) => {
      const why = unmarkRefusal(u, withMarks(known, d.marks));
      if (why) issues.push({ path: `unmarks.${i}`, message: why });
    });
  }
  check(issues);
  return d;
}

async function loadRow(ctx: AppContext, p: Principal, id: string): Promise<ConsultationTable> {
  const r = await ctx.store.db.selectFrom('consultations').selectAll().where('id', '=', id).where('organisation_id', '=', p.orgId).executeTakeFirst();
  if (!r) {
    await ctx.audit.record({ ...actorOf(p), action: 'access.denied', outcome: 'denied', targetType: 'consultation', targetId: id, reason: 'not-found', details: { attempted: 'consultation' } });
    throw new AppError('not-found');
  }
  return r;
}

/** The author's side: the client's practitioner (access through the client, decided by the policy). */
async function authorRow(ctx: AppContext, p: Principal, id: string, action: 'consultation.read' | 'consultation.write'): Promise<{ row: ConsultationTable; via: string }> {
  const row = await loadRow(ctx, p, id);
  const { via } = await clientFor(ctx, p, row.client_id, action, 'consultation', id);
  if (action === 'consultation.write' && row.practitioner_id !== p.userId) throw new AppError('not-found');
  return { row, via };
}

async function messagesOf(ctx: AppContext, id: string): Promise<MessageView[]> {
  const rows = await ctx.store.db
    .selectFrom('consultation_messages')
    .innerJoin('users', 'users.id', 'consultation_messages.author_id')
    .select(['consultation_messages.id', 'author_role', 'body', 'consultation_messages.created_at', 'users.display_name'])
    .where('consultation_id', '=', id)
    .orderBy('consultation_messages.created_at')
    .orderBy('consultation_messages.id')
    .execute();
  return rows.map((r) => ({ id: r.id, from: r.author_role === 'supervisor' ? 'supervisor' : 'practitioner', authorName: r.display_name, body: r.body, createdAt: r.created_at }));
}

async function authorView(ctx: AppContext, row: ConsultationTable, draft?: Draft, known?: Known): Promise<AuthorView> {
  const d = draft ?? (await openJson<Draft>(ctx, row.client_id, 'consultation', row.id, row.draft_sealed));
  const k = known ?? (await caseKnown(ctx, row.client_id));
  return {
    id: row.id,
    clientId: row.client_id,
    concernId: row.concern_id,
    status: row.status,
    supervisor: { id: row.supervisor_id, displayName: await userName(ctx, row.supervisor_id) },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
    closedAt: row.closed_at,
    summary: d.summary,
    notes: d.notes.map((n, i) => ({ id: n.id, label: `Session note ${i + 1}` })),
    marks: d.marks,
    unmarks: d.unmarks,
    review: buildPacket(d, k),
    sentPacket: row.packet_text,
    messages: await messagesOf(ctx, row.id),
  };
}

async function checkConcern(ctx: AppContext, clientId: string, concernId: string): Promise<void> {
  // Plain query: the concerns table belongs to another part (no database FK, by design).
  const r = await sql<{ id: string }>`select id from concerns where id = ${concernId} and client_id = ${clientId}`.execute(ctx.store.db).catch(() => ({ rows: [] as { id: string }[] }));
  if (!r.rows.length) check([{ path: 'concernId', message: 'Choose a concern raised on this client.' }]);
}

export async function createConsultation(ctx: AppContext, p: Principal, clientId: string, input: CreateInput, meta: RequestMeta): Promise<AuthorView> {
  await clientFor(ctx, p, clientId, 'consultation.write', 'consultation');
  await assertSupervisor(ctx, p, input.supervisorId);
  if (input.concernId) await checkConcern(ctx, clientId, input.concernId);
  const known = await caseKnown(ctx, clientId);
  const draft = await applyInput(ctx, clientId, { summary: '', notes: [], marks: [], unmarks: [] }, input, known);
  const id = newId();
  const iso = ctx.now().toISOString();
  const row: ConsultationTable = {
    id,
    organisation_id: p.orgId,
    client_id: clientId,
    concern_id: input.concernId ?? null,
    practitioner_id: p.userId,
    supervisor_id: input.supervisorId,
    status: 'draft',
    draft_sealed: '',
    packet_text: null,
    created_at: iso,
    updated_at: iso,
    sent_at: null,
    closed_at: null,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    row.draft_sealed = await sealJson(ctx, trx, clientId, 'consultation', id, draft);
    await trx.insertInto('consultations').values(row).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'consultation.create', outcome: 'success', clientId, targetType: 'consultation', targetId: id, details: { notes: draft.notes.length, marks: draft.marks.length, concern: Boolean(input.concernId) } });
  });
  return authorView(ctx, row, draft, known);
}

export async function updateConsultation(ctx: AppContext, p: Principal, id: string, input: DraftInput, meta: RequestMeta): Promise<AuthorView> {
  const { row } = await authorRow(ctx, p, id, 'consultation.write');
  if (row.status !== 'draft') throw new AppError('conflict', 'This consultation was sent: it can no longer be changed. Add to the thread instead.');
  if (input.supervisorId) await assertSupervisor(ctx, p, input.supervisorId);
  const known = await caseKnown(ctx, row.client_id);
  const base = await openJson<Draft>(ctx, row.client_id, 'consultation', id, row.draft_sealed);
  const draft = await applyInput(ctx, row.client_id, base, input, known);
  const iso = ctx.now().toISOString();
  const next: ConsultationTable = { ...row, supervisor_id: input.supervisorId ?? row.supervisor_id, updated_at: iso };
  await ctx.store.db.transaction().execute(async (trx) => {
    next.draft_sealed = await sealJson(ctx, trx, row.client_id, 'consultation', id, draft);
    const r = await trx.updateTable('consultations').set({ draft_sealed: next.draft_sealed, supervisor_id: next.supervisor_id, updated_at: iso }).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('conflict', 'This consultation was sent meanwhile: it can no longer be changed.');
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'consultation.update', outcome: 'success', clientId: row.client_id, targetType: 'consultation', targetId: id, details: { notes: draft.notes.length, marks: draft.marks.length, unmarks: draft.unmarks.length } });
  });
  return authorView(ctx, next, draft, known);
}

export async function getConsultation(ctx: AppContext, p: Principal, id: string, meta: RequestMeta): Promise<AuthorView> {
  const { row, via } = await authorRow(ctx, p, id, 'consultation.read');
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consultation.read', outcome: 'success', clientId: row.client_id, targetType: 'consultation', targetId: id, details: { via } });
  return authorView(ctx, row);
}

export async function sendConsultation(ctx: AppContext, p: Principal, id: string, input: { packetText?: string | undefined }, meta: RequestMeta): Promise<AuthorView> {
  const { row } = await authorRow(ctx, p, id, 'consultation.write');
  if (row.status !== 'draft') throw new AppError('conflict', 'This consultation was already sent.');
  await assertSupervisor(ctx, p, row.supervisor_id);
  const draft = await openJson<Draft>(ctx, row.client_id, 'consultation', id, row.draft_sealed);
  const known = await caseKnown(ctx, row.client_id);
  // The author may smooth the final wording; otherwise the packet as reviewed is sent.
  const packet = input.packetText !== undefined ? input.packetText.replace(/\r\n?/g, '\n').trim() : buildPacket(draft, known, getRedactor(), { check: false }).packetText;
  if (!packet) check([{ path: 'packetText', message: 'The packet is empty.' }]);
  // The strict check, on the final text alone (independent of the spans computed for the draft).
  const problems = sendProblems(packet, withMarks(known, draft.marks), draft.unmarks);
  if (problems.length) {
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consultation.send', outcome: 'denied', clientId: row.client_id, targetType: 'consultation', targetId: id, reason: 'identifier-found', details: { count: problems.length, edited: input.packetText !== undefined } });
    throw new AppError('conflict', `The packet still contains words that identify the client or someone in the case: ${problems.map((w) => `“${w}”`).join(', ')}. Replace them with a tag such as [CLIENT] or mark them, then send again. Nothing was sent.`, {
      errors: problems.map((w) => ({ path: 'packetText', message: `“${w}” may identify someone.` })),
    });
  }
  const iso = ctx.now().toISOString();
  const next: ConsultationTable = { ...row, status: 'sent', packet_text: packet, sent_at: iso, updated_at: iso };
  await ctx.store.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('consultations').set({ status: 'sent', packet_text: packet, sent_at: iso, updated_at: iso }).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('conflict', 'This consultation was already sent.');
    await trx.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: row.supervisor_id, kind: 'consultation-received', client_id: null, message: `${p.displayName} asked you for a consultation (de-identified).`, created_at: iso, read_at: null }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'consultation.send', outcome: 'success', clientId: row.client_id, targetType: 'consultation', targetId: id, details: { length: packet.length, notes: draft.notes.length, supervisorId: row.supervisor_id } });
  });
  return authorView(ctx, next, draft, known);
}

async function summaries(ctx: AppContext, rows: ConsultationTable[]): Promise<AuthorSummary[]> {
  return Promise.all(
    rows.map(async (r) => {
      const msgs = await ctx.store.db.selectFrom('consultation_messages').select(['author_role', 'created_at']).where('consultation_id', '=', r.id).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return { id: r.id, clientId: r.client_id, status: r.status, supervisorName: await userName(ctx, r.supervisor_id), createdAt: r.created_at, sentAt: r.sent_at, messageCount: msgs.length, lastMessageAt: msgs[0]?.created_at ?? null, lastFrom: msgs[0]?.author_role ?? null };
    }),
  );
}

export async function listClientConsultations(ctx: AppContext, p: Principal, clientId: string, meta: RequestMeta): Promise<AuthorSummary[]> {
  const { via } = await clientFor(ctx, p, clientId, 'consultation.read', 'consultation');
  const rows = await ctx.store.db.selectFrom('consultations').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id').execute();
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consultation.list', outcome: 'success', clientId, targetType: 'consultation', details: { count: rows.length, via } });
  return summaries(ctx, rows);
}

/** The practitioner's own consultations across their clients (still assigned to them). */
export async function listMyConsultations(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<AuthorSummary[]> {
  await authorize(ctx, p, 'consultation.mine', orgResource(p));
  const rows = await ctx.store.db
    .selectFrom('consultations')
    .innerJoin('clients', 'clients.id', 'consultations.client_id')
    .selectAll('consultations')
    .where('consultations.practitioner_id', '=', p.userId)
    .where('clients.practitioner_id', '=', p.userId)
    .where('clients.status', '!=', 'erased')
    .orderBy('consultations.created_at', 'desc')
    .limit(200)
    .execute();
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consultation.list', outcome: 'success', targetType: 'consultation', details: { count: rows.length } });
  return summaries(ctx, rows);
}

// --- The supervisor's side: only packets sent to them.

async function supervisorRow(ctx: AppContext, p: Principal, id: string): Promise<ConsultationTable> {
  await authorize(ctx, p, 'consultation.respond', orgResource(p), { targetType: 'consultation', targetId: id });
  const r = await ctx.store.db.selectFrom('consultations').selectAll().where('id', '=', id).where('organisation_id', '=', p.orgId).where('supervisor_id', '=', p.userId).where('status', '!=', 'draft').executeTakeFirst();
  if (!r) {
    await ctx.audit.record({ ...actorOf(p), action: 'access.denied', outcome: 'denied', targetType: 'consultation', targetId: id, reason: 'not-found', details: { attempted: 'consultation.respond' } });
    throw new AppError('not-found');
  }
  return r;
}

export async function supervisorInbox(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<InboxItem[]> {
  await authorize(ctx, p, 'consultation.inbox', orgResource(p));
  const rows = await ctx.store.db.selectFrom('consultations').selectAll().where('organisation_id', '=', p.orgId).where('supervisor_id', '=', p.userId).where('status', '!=', 'draft').orderBy('sent_at', 'desc').limit(200).execute();
  const out = await Promise.all(
    rows.map(async (r) => {
      const msgs = await ctx.store.db.selectFrom('consultation_messages').select(['author_role', 'created_at']).where('consultation_id', '=', r.id).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      const text = (r.packet_text ?? '').replace(/^Summary\n/, '').replace(/^Session note 1\n/, '');
      return { id: r.id, status: r.status, sentAt: r.sent_at!, practitionerName: await userName(ctx, r.practitioner_id), preview: text.length > 160 ? `${text.slice(0, text.lastIndexOf(' ', 157) > 80 ? text.lastIndexOf(' ', 157) : 157).trimEnd()} …` : text, messageCount: msgs.length, lastMessageAt: msgs[0]?.created_at ?? null, lastFrom: msgs[0]?.author_role ?? null };
    }),
  );
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consultation.inbox', outcome: 'success', targetType: 'consultation', details: { count: out.length } });
  return out;
}

export async function getPacket(ctx: AppContext, p: Principal, id: string, meta: RequestMeta): Promise<SupervisorView> {
  const r = await supervisorRow(ctx, p, id);
  // No client id in this audit row's client column either: the supervisor's access is to the packet, not the record.
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consultation.packet', outcome: 'success', targetType: 'consultation', targetId: id });
  return { id: r.id, status: r.status, sentAt: r.sent_at!, closedAt: r.closed_at, practitionerName: await userName(ctx, r.practitioner_id), packetText: r.packet_text ?? '', messages: await messagesOf(ctx, id) };
}

function messageIssues(body: string): FieldIssue[] {
  if (!body.trim()) return [{ path: 'body', message: 'Write a message.' }];
  if (body.length > MAX_MESSAGE) return [{ path: 'body', message: `Keep a message under ${MAX_MESSAGE} characters.` }];
  return [];
}

export async function supervisorReply(ctx: AppContext, p: Principal, id: string, body: string, meta: RequestMeta): Promise<MessageView> {
  const r = await supervisorRow(ctx, p, id);
  check(messageIssues(body));
  if (r.status === 'closed') throw new AppError('conflict', 'This consultation is closed.');
  const iso = ctx.now().toISOString();
  const mid = newId();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('consultation_messages').values({ id: mid, consultation_id: id, organisation_id: p.orgId, author_id: p.userId, author_role: 'supervisor', body: body.trim(), created_at: iso }).execute();
    await trx.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: r.practitioner_id, kind: 'consultation-reply', client_id: r.client_id, message: `${p.displayName} replied to your consultation.`, created_at: iso, read_at: null }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'consultation.message', outcome: 'success', targetType: 'consultation', targetId: id, details: { from: 'supervisor', length: body.length } });
  });
  return { id: mid, from: 'supervisor', authorName: p.displayName, body: body.trim(), createdAt: iso };
}

export async function practitionerMessage(ctx: AppContext, p: Principal, id: string, body: string, meta: RequestMeta): Promise<MessageView> {
  const { row } = await authorRow(ctx, p, id, 'consultation.write');
  check(messageIssues(body));
  if (row.status === 'draft') throw new AppError('conflict', 'Send the consultation first; then you can write in its thread.');
  if (row.status === 'closed') throw new AppError('conflict', 'This consultation is closed.');
  const draft = await openJson<Draft>(ctx, row.client_id, 'consultation', id, row.draft_sealed);
  const problems = identifierProblems(body, withMarks(await caseKnown(ctx, row.client_id), draft.marks));
  if (problems.length) {
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consultation.message', outcome: 'denied', clientId: row.client_id, targetType: 'consultation', targetId: id, reason: 'identifier-found', details: { count: problems.length } });
    throw new AppError('validation', `Your message contains words that identify the client or someone in the case: ${problems.map((w) => `“${w}”`).join(', ')}. Use the packet's tags (such as [CLIENT]) instead. Nothing was sent.`, { errors: [{ path: 'body', message: 'Remove the identifying words.' }] });
  }
  const iso = ctx.now().toISOString();
  const mid = newId();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('consultation_messages').values({ id: mid, consultation_id: id, organisation_id: p.orgId, author_id: p.userId, author_role: 'practitioner', body: body.trim(), created_at: iso }).execute();
    await trx.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: row.supervisor_id, kind: 'consultation-reply', client_id: null, message: `${p.displayName} added to a consultation.`, created_at: iso, read_at: null }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'consultation.message', outcome: 'success', clientId: row.client_id, targetType: 'consultation', targetId: id, details: { from: 'practitioner', length: body.length } });
  });
  return { id: mid, from: 'practitioner', authorName: p.displayName, body: body.trim(), createdAt: iso };
}

export async function closeConsultation(ctx: AppContext, p: Principal, id: string, meta: RequestMeta): Promise<AuthorView> {
  const { row } = await authorRow(ctx, p, id, 'consultation.write');
  if (row.status !== 'sent') throw new AppError('conflict', row.status === 'draft' ? 'A draft is not sent yet; there is nothing to close.' : 'This consultation is already closed.');
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.updateTable('consultations').set({ status: 'closed', closed_at: iso, updated_at: iso }).where('id', '=', id).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'consultation.close', outcome: 'success', clientId: row.client_id, targetType: 'consultation', targetId: id });
  });
  return authorView(ctx, { ...row, status: 'closed', closed_at: iso, updated_at: iso });
}
