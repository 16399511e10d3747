// The append-only, hash-chained audit log. Two ways in:
//  - append(trx, event): inside a use-case's own transaction, so the change and its audit record commit
//    together or not at all;
//  - record(event): for reads, sign-ins and denials that write nothing else. Concurrent calls are grouped
//    into one transaction (group commit): one durable commit serves many requests, and each caller's promise
//    resolves only after the commit that holds its record, so a response is never sent before its audit
//    record is on disk.
// The chain head (audit_head, one row) is read and updated in every appending transaction. On SQLite (one
// writer at a time) it is read and updated in place. On PostgreSQL several app nodes append to one chain:
// each process remembers the head it last wrote or saw, and appends with ONE statement that moves the head
// only if it is still exactly that (seq and hash) and inserts the records only if it moved. The head row's
// lock is then held for that statement and the commit, not for four round trips. When another node moved
// the head meanwhile, the statement changes nothing and returns the head it saw; one more try from there,
// then the append locks the head FOR UPDATE and runs the same statement from it. While misses are frequent
// (several busy nodes) it locks first and only probes the optimistic way now and then. Either way every
// record's prev_hash is the hash of the record committed before it: the chain cannot fork.
import { appendFileSync } from 'node:fs';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, AuditRow } from '../store/schema.js';
import type { Store } from '../store/db.js';
import { statement } from '../store/sqlite-statements.js';
import { chainHash, type ChainFields } from './chain.js';
import { checkpointMessage, type AuditSigner } from './signer.js';

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEvent {
  orgId?: string | null;
  actorId?: string | null;
  actorRoles?: string[] | null;
  action: string;
  outcome: AuditOutcome;
  clientId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  reason?: string | null;
  ip?: string | null;
  details?: Record<string, string | number | boolean | null> | null;
}

export interface AuditLogOptions {
  now?: () => Date;
  signer?: AuditSigner;
  /** A file outside the database that receives a copy of every signed checkpoint (JSON lines). */
  checkpointFile?: string;
  /** Sign a checkpoint at least every this many records (default 1000). */
  checkpointEvery?: number;
  /** Largest number of records grouped into one commit by record() (default 512). */
  maxBatch?: number;
}

export interface AuditQuery {
  actorId?: string;
  clientId?: string;
  action?: string; // exact, or a prefix ending in '.' or '*'
  from?: string;
  to?: string;
  before?: number; // seq: page backwards
  limit?: number;
  orgId?: string;
}

type Q = Kysely<Database> | Transaction<Database>;

interface Pending {
  event: AuditEvent;
  resolve: (seq: number) => void;
  reject: (err: unknown) => void;
}

const FIELD_LIMIT = 500;
/** PostgreSQL: larger batches than this take the SQLite-style path (several inserts under the lock). */
const CONDITIONAL_MAX = 512;
/** PostgreSQL: after this many recent misses (each miss adds 2, each hit takes 1) lock first... */
const MISS_LIMIT = 4;
/** ...trying the optimistic append once every this many appends. */
const PROBE_EVERY = 16;

/** SQLite: the three statements of an append, prepared once per connection (src/store/sqlite-statements.ts;
 * compiling them through Kysely on every append cost more CPU than running them). */
const SQLITE_HEAD = 'select seq, hash from audit_head where id = 1';
const SQLITE_INSERT =
  'insert into audit_log (seq, at, org_id, actor_id, actor_roles, action, outcome, client_id, target_type, target_id, reason, ip, details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const SQLITE_MOVE_HEAD = 'update audit_head set seq = ?, hash = ? where id = 1';

function clip(v: string | null | undefined): string | null {
  if (v === undefined || v === null) return null;
  // One line, bounded: an actor name or reason containing "\n{...}" stays inside one field (log injection).
  return v.length > FIELD_LIMIT ? v.slice(0, FIELD_LIMIT) : v;
}

export class AuditLog {
  private readonly now: () => Date;
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  private sinceCheckpoint = 0;
  private readonly checkpointEvery: number;
  private readonly maxBatch: number;
  /** PostgreSQL: the head this process last wrote or saw (a guess, checked by the database on every append). */
  private head: { seq: number; hash: string } | undefined;
  private missScore = 0;
  private probe = 0;

  constructor(private readonly store: Store, private readonly opts: AuditLogOptions = {}) {
    this.now = opts.now ?? (() => new Date());
    this.checkpointEvery = opts.checkpointEvery ?? 1000;
    this.maxBatch = opts.maxBatch ?? 512;
  }

  get signer(): AuditSigner | undefined {
    return this.opts.signer;
  }

  private toFields(seq: number, e: AuditEvent, at: string): ChainFields {
    return {
      seq,
      at,
      org_id: clip(e.orgId),
      actor_id: clip(e.actorId),
      actor_roles: e.actorRoles ? JSON.stringify(e.actorRoles) : null,
      action: clip(e.action) ?? '',
      outcome: e.outcome,
      client_id: clip(e.clientId),
      target_type: clip(e.targetType),
      target_id: clip(e.targetId),
      reason: clip(e.reason),
      ip: clip(e.ip),
      details: e.details ? JSON.stringify(e.details) : null,
    };
  }

  private async lockHead(trx: Q): Promise<{ seq: number; hash: string }> {
    let q = trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
    if (this.store.dialect === 'postgres') q = q.forUpdate();
    const head = await q.executeTakeFirstOrThrow();
    return { seq: Number(head.seq), hash: head.hash };
  }

  private chainRows(head: { seq: number; hash: string }, events: AuditEvent[], at: string): { rows: AuditRow[]; seqs: number[]; seq: number; hash: string } {
    let { seq, hash } = head;
    const rows: AuditRow[] = [];
    const seqs: number[] = [];
    for (const e of events) {
      seq += 1;
      const f = this.toFields(seq, e, at);
      const h = chainHash(hash, f);
      rows.push({ ...f, prev_hash: hash, hash: h });
      hash = h;
      seqs.push(seq);
    }
    return { rows, seqs, seq, hash };
  }

  private async appendMany(trx: Q, events: AuditEvent[], optimistic = true): Promise<number[]> {
    const at = this.now().toISOString();
    if (this.store.dialect === 'postgres' && events.length <= CONDITIONAL_MAX) {
      if (optimistic && this.tryOptimistic()) {
        const seqs = await this.appendOptimistic(trx, events, at);
        if (seqs) return seqs;
      }
      // Lock the head, then the same one-statement append from it (it cannot miss while the lock is held).
      const head = await this.lockHead(trx);
      const r = await this.appendFrom(trx, head, events, at);
      if (!('seqs' in r)) throw new Error('audit append: the locked head moved');
      return r.seqs;
    }
    const raw = this.store.sqlite;
    if (raw && raw.inTransaction) {
      // SQLite: one connection, so the open transaction is the caller's (Kysely holds the connection for it
      // until it ends); the statements run synchronously inside it, exactly as the Kysely ones would.
      const h = statement(raw, SQLITE_HEAD).get() as { seq: number; hash: string } | undefined;
      if (!h) throw new Error('audit append: no audit head');
      const { rows, seqs, seq, hash } = this.chainRows({ seq: Number(h.seq), hash: h.hash }, events, at);
      const insert = statement(raw, SQLITE_INSERT);
      for (const r of rows) insert.run(r.seq, r.at, r.org_id, r.actor_id, r.actor_roles, r.action, r.outcome, r.client_id, r.target_type, r.target_id, r.reason, r.ip, r.details, r.prev_hash, r.hash);
      statement(raw, SQLITE_MOVE_HEAD).run(seq, hash);
      this.sinceCheckpoint += events.length;
      return seqs;
    }
    const head = await this.lockHead(trx);
    const { rows, seqs, seq, hash } = this.chainRows(head, events, at);
    // Chunked multi-row inserts (PostgreSQL allows 65535 parameters, SQLite 32766).
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto('audit_log').values(rows.slice(i, i + 200)).execute();
    await trx.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).execute();
    if (this.store.dialect === 'postgres') this.head = { seq, hash };
    this.sinceCheckpoint += events.length;
    return seqs;
  }

  /**
   * Whether to try the optimistic append first. Several app nodes appending at a high rate make it miss
   * often (another node moved the head), and a miss costs a round trip: after misses the head is locked
   * straight away, with a periodic optimistic probe to notice when this node is the only writer again.
   */
  private tryOptimistic(): boolean {
    if (this.missScore < MISS_LIMIT) return true;
    this.probe = (this.probe + 1) % PROBE_EVERY;
    return this.probe === 0;
  }

  /**
   * PostgreSQL, one round trip: appends the records after the remembered head, or, when the head has moved
   * (another node or another request of this one), starts once more from the head the statement saw.
   * Undefined when that misses too: the caller locks the head.
   */
  private async appendOptimistic(trx: Q, events: AuditEvent[], at: string): Promise<number[] | undefined> {
    let guess = this.head;
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!guess) {
        const h = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
        guess = { seq: Number(h.seq), hash: h.hash };
      }
      const r = await this.appendFrom(trx, guess, events, at);
      if ('seqs' in r) {
        this.missScore = Math.max(0, this.missScore - 1);
        return r.seqs;
      }
      this.missScore = Math.min(2 * MISS_LIMIT, this.missScore + 2);
      // Start again from a newer head: one this process wrote meanwhile, else the one the statement saw.
      const differs = (h: { seq: number; hash: string } | undefined) => h !== undefined && (h.seq !== guess!.seq || h.hash !== guess!.hash);
      guess = differs(this.head) ? this.head : differs(r.seen) ? r.seen : undefined;
    }
    this.head = undefined;
    return undefined;
  }

  /**
   * One statement: moves the head from `from` to the new head and inserts the records, only if the head is
   * still exactly `from` (seq and hash); otherwise changes nothing and returns the head it saw. Under READ
   * COMMITTED an UPDATE that waited for another transaction's lock re-checks its WHERE against the committed
   * row, so two appenders can never both extend the chain from the same record.
   */
  private async appendFrom(trx: Q, from: { seq: number; hash: string }, events: AuditEvent[], at: string): Promise<{ seqs: number[] } | { seen: { seq: number; hash: string } | undefined }> {
    const { rows, seqs, seq, hash } = this.chainRows(from, events, at);
    const values = sql.join(
      rows.map((r) => sql`(${r.seq}::integer, ${r.at}, ${r.org_id}, ${r.actor_id}, ${r.actor_roles}, ${r.action}, ${r.outcome}, ${r.client_id}, ${r.target_type}, ${r.target_id}, ${r.reason}, ${r.ip}, ${r.details}, ${r.prev_hash}, ${r.hash})`),
    );
    // Pipelining within this process: the next append here chains onto this one at once, before this statement
    // returns. Its statement then waits in PostgreSQL for this transaction's row lock and, once this one has
    // committed, finds the head it expected (READ COMMITTED re-checks the WHERE against the committed row).
    // Without this, concurrent requests of ONE node missed each other's heads and the node fell back to
    // locking first. Safety does not depend on the guess: if this append does not land (a miss, an error, a
    // rollback of its transaction later) the next one misses once and starts again from the database's head.
    const mine = { seq, hash };
    this.head = mine;
    let result;
    try {
      result = await sql<{ inserted: number | string; seq: number | string; hash: string }>`
      with cur as (select seq, hash from audit_head where id = 1),
      moved as (update audit_head set seq = ${seq}, hash = ${hash} where id = 1 and seq = ${from.seq} and hash = ${from.hash} returning id),
      ins as (
        insert into audit_log (seq, at, org_id, actor_id, actor_roles, action, outcome, client_id, target_type, target_id, reason, ip, details, prev_hash, hash)
        select * from (values ${values}) as v(seq, at, org_id, actor_id, actor_roles, action, outcome, client_id, target_type, target_id, reason, ip, details, prev_hash, hash)
        where exists (select 1 from moved)
        returning 1
      )
      select (select count(*) from ins) as inserted, cur.seq, cur.hash from cur`.execute(trx);
    } catch (err) {
      if (this.head === mine) this.head = undefined;
      throw err;
    }
    const row = result.rows[0];
    if (row && Number(row.inserted) === rows.length) {
      this.sinceCheckpoint += events.length;
      return { seqs };
    }
    if (this.head === mine) this.head = undefined;
    if (row && Number(row.inserted) !== 0) throw new Error('audit append: partial insert');
    return { seen: row ? { seq: Number(row.seq), hash: row.hash } : undefined };
  }

  /** Appends one record inside the caller's transaction. */
  async append(trx: Transaction<Database>, event: AuditEvent): Promise<number> {
    const [seq] = await this.appendMany(trx, [event]);
    return seq!;
  }

  /** Appends a record in a group commit; resolves once it is durable. */
  record(event: AuditEvent): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    const batch = this.queue.splice(0, this.maxBatch);
    try {
      const events = batch.map((p) => p.event);
      // PostgreSQL: one statement in its own implicit transaction (one round trip) when the head is as expected.
      const quick = this.store.dialect === 'postgres' && events.length <= CONDITIONAL_MAX && this.tryOptimistic() ? await this.appendOptimistic(this.store.db, events, this.now().toISOString()) : undefined;
      const seqs = quick ?? (await this.store.db.transaction().execute((trx) => this.appendMany(trx, events, false)));
      batch.forEach((p, i) => p.resolve(seqs[i]!));
    } catch (err) {
      for (const p of batch) p.reject(err);
    } finally {
      this.flushing = false;
      if (this.queue.length) this.schedule();
      else if (this.sinceCheckpoint >= this.checkpointEvery) void this.checkpoint().catch(() => undefined);
    }
  }

  /** Waits until every queued record is committed (used at shutdown and in tests). */
  async drain(): Promise<void> {
    while (this.queue.length || this.flushing || this.scheduled) {
      await new Promise((r) => setImmediate(r));
    }
  }

  /**
   * Signs the current head and stores the checkpoint in the database and, when configured, in the
   * external checkpoint file. Returns undefined when there is no signer or nothing new since the last one.
   */
  async checkpoint(): Promise<{ seq: number; headHash: string } | undefined> {
    const signer = this.opts.signer;
    if (!signer) return undefined;
    const result = await this.store.db.transaction().execute(async (trx) => {
      const head = await this.lockHead(trx);
      if (head.seq === 0) return undefined;
      const last = await trx.selectFrom('audit_checkpoints').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
      if (last && Number(last.seq) >= head.seq) return undefined;
      const at = this.now().toISOString();
      const signature = signer.sign(checkpointMessage(head.seq, head.hash, at));
      const row = { seq: head.seq, at, head_hash: head.hash, key_id: signer.keyId, signature };
      await trx.insertInto('audit_checkpoints').values(row).onConflict((oc) => oc.column('seq').doNothing()).execute();
      return row;
    });
    this.sinceCheckpoint = 0;
    if (!result) return undefined;
    if (this.opts.checkpointFile) appendFileSync(this.opts.checkpointFile, JSON.stringify(result) + '\n', { mode: 0o600 });
    return { seq: result.seq, headHash: result.head_hash };
  }

  async query(q: AuditQuery): Promise<{ records: AuditRow[]; nextBefore: number | null }> {
    const limit = Math.min(Math.max(q.limit ?? 100, 1), 1000);
    let sel = this.store.db.selectFrom('audit_log').selectAll();
    if (q.orgId) sel = sel.where((eb) => eb.or([eb('org_id', '=', q.orgId!), eb('org_id', 'is', null)]));
    if (q.actorId) sel = sel.where('actor_id', '=', q.actorId);
    if (q.clientId) sel = sel.where('client_id', '=', q.clientId);
    if (q.action) {
      const a = q.action.endsWith('*') ? q.action.slice(0, -1) : q.action;
      sel = q.action.endsWith('*') || q.action.endsWith('.') ? sel.where('action', 'like', `${a.replace(/[%_\\]/g, (c) => '\\' + c)}%`) : sel.where('action', '=', a);
    }
    if (q.from) sel = sel.where('at', '>=', q.from);
    if (q.to) sel = sel.where('at', '<=', q.to);
    if (q.before) sel = sel.where('seq', '<', q.before);
    const rows = await sel.orderBy('seq', 'desc').limit(limit + 1).execute();
    const more = rows.length > limit;
    const records = rows.slice(0, limit).map((r) => ({ ...r, seq: Number(r.seq) }));
    return { records, nextBefore: more ? records[records.length - 1]!.seq : null };
  }
}
