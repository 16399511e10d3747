// Envelope encryption over the store: each client has its own random data key, wrapped (AES-256-GCM) by
// the master key; a system key (also wrapped) protects non-client secrets such as TOTP seeds. Unwrapped
// data keys are cached in memory for speed; destroying a client's wrapped key (crypto-shredding) makes
// everything sealed with it unrecoverable, in the database and in every backup taken afterwards.
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { CryptoIntegrityError, open, seal } from './envelope.js';
import type { MasterKey } from './master-key.js';

type Q = Kysely<Database> | Transaction<Database>;

const KEY_CHECK_AAD = 'confidant:key-check';
const KEY_CHECK_TEXT = 'confidant master key check v1';

export class KeyMismatchError extends Error {
  constructor() {
    super('The master key does not match this database. Refusing to start: nothing was written. Check CONFIDANT_MASTER_KEY or the key file (see README, "Keys").');
  }
}

export class ClientKeyDestroyedError extends Error {
  constructor() {
    super('This client\'s record has been erased; its content can no longer be decrypted.');
  }
}

export class Keyring {
  private readonly cache = new Map<string, Buffer>();
  private systemKey: Buffer | undefined;

  constructor(private mk: MasterKey) {}

  get masterKid(): string {
    return this.mk.kid;
  }

  /**
   * Checks the master key against the database's key-check envelope, writing one if the database is new.
   * Throws KeyMismatchError (and writes nothing) when the key is wrong.
   */
  async verifyOrInit(db: Q): Promise<'verified' | 'initialised'> {
    const row = await db.selectFrom('confidant_meta').select('value').where('key', '=', 'key_check').executeTakeFirst();
    if (row) {
      try {
        if (open(this.mk.key, row.value, KEY_CHECK_AAD).toString('utf8') !== KEY_CHECK_TEXT) throw new KeyMismatchError();
      } catch {
        throw new KeyMismatchError();
      }
      return 'verified';
    }
    // A database that already holds wrapped keys but lost its key check is suspicious: refuse.
    const anyKey = await db.selectFrom('client_keys').select('client_id').limit(1).executeTakeFirst();
    if (anyKey) throw new KeyMismatchError();
    await db.insertInto('confidant_meta').values({ key: 'key_check', value: seal(this.mk.key, this.mk.kid, KEY_CHECK_TEXT, KEY_CHECK_AAD) }).execute();
    return 'initialised';
  }

  /** Creates and stores a new data key for a client (inside the caller's transaction). */
  async createClientKey(db: Q, clientId: string, now: string): Promise<Buffer> {
    const dk = randomBytes(32);
    await db
      .insertInto('client_keys')
      .values({ client_id: clientId, wrapped_key: seal(this.mk.key, this.mk.kid, dk, `client-key:${clientId}`), master_kid: this.mk.kid, created_at: now, destroyed_at: null })
      .execute();
    this.cache.set(clientId, dk);
    return dk;
  }

  async clientKey(db: Q, clientId: string): Promise<Buffer> {
    const hit = this.cache.get(clientId);
    if (hit) return hit;
    const row = await db.selectFrom('client_keys').select(['wrapped_key']).where('client_id', '=', clientId).executeTakeFirst();
    if (!row || row.wrapped_key === null) throw new ClientKeyDestroyedError();
    const dk = open(this.mk.key, row.wrapped_key, `client-key:${clientId}`);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(clientId, dk);
    return dk;
  }

  async sealForClient(db: Q, clientId: string, plaintext: string, aad: string): Promise<string> {
    const dk = await this.clientKey(db, clientId);
    return seal(dk, `c:${clientId}`, plaintext, aad);
  }

  async openForClient(db: Q, clientId: string, envelope: string, aad: string): Promise<string> {
    const dk = await this.clientKey(db, clientId);
    return open(dk, envelope, aad).toString('utf8');
  }

  /** Crypto-shredding: destroys a client's data key. Content sealed with it becomes unrecoverable. */
  async destroyClientKey(db: Q, clientId: string, now: string): Promise<void> {
    await db.updateTable('client_keys').set({ wrapped_key: null, master_kid: null, destroyed_at: now }).where('client_id', '=', clientId).execute();
    this.cache.delete(clientId);
  }

  forget(clientId: string): void {
    this.cache.delete(clientId);
  }

  private async system(db: Q): Promise<Buffer> {
    if (this.systemKey) return this.systemKey;
    const row = await db.selectFrom('system_keys').select('wrapped_key').where('id', '=', 'system').executeTakeFirst();
    if (row) {
      this.systemKey = open(this.mk.key, row.wrapped_key, 'system-key:system');
      return this.systemKey;
    }
    const k = randomBytes(32);
    await db
      .insertInto('system_keys')
      .values({ id: 'system', wrapped_key: seal(this.mk.key, this.mk.kid, k, 'system-key:system'), master_kid: this.mk.kid, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    // Another node may have won the race: read back whatever is stored.
    const stored = await db.selectFrom('system_keys').select('wrapped_key').where('id', '=', 'system').executeTakeFirstOrThrow();
    this.systemKey = open(this.mk.key, stored.wrapped_key, 'system-key:system');
    return this.systemKey;
  }

  async sealSystem(db: Q, plaintext: string, aad: string): Promise<string> {
    return seal(await this.system(db), 'sys', plaintext, aad);
  }

  async openSystem(db: Q, envelope: string, aad: string): Promise<string> {
    return open(await this.system(db), envelope, aad).toString('utf8');
  }

  /**
   * Rewraps every data key (clients and system) and the key check with a new master key, in the caller's
   * transaction. Keys already wrapped by the new master key are skipped, so a rotation interrupted and
   * run again completes without harm. Returns how many keys were rewrapped.
   */
  async rewrapAll(db: Q, next: MasterKey): Promise<number> {
    let n = 0;
    const clients = await db.selectFrom('client_keys').select(['client_id', 'wrapped_key', 'master_kid']).where('wrapped_key', 'is not', null).execute();
    for (const c of clients) {
      if (c.master_kid === next.kid) continue;
      const dk = open(this.mk.key, c.wrapped_key!, `client-key:${c.client_id}`);
      await db.updateTable('client_keys').set({ wrapped_key: seal(next.key, next.kid, dk, `client-key:${c.client_id}`), master_kid: next.kid }).where('client_id', '=', c.client_id).execute();
      n++;
    }
    const systems = await db.selectFrom('system_keys').select(['id', 'wrapped_key', 'master_kid']).execute();
    for (const s of systems) {
      if (s.master_kid === next.kid) continue;
      const k = open(this.mk.key, s.wrapped_key, `system-key:${s.id}`);
      await db.updateTable('system_keys').set({ wrapped_key: seal(next.key, next.kid, k, `system-key:${s.id}`), master_kid: next.kid }).where('id', '=', s.id).execute();
      n++;
    }
    await db.updateTable('confidant_meta').set({ value: seal(next.key, next.kid, KEY_CHECK_TEXT, KEY_CHECK_AAD) }).where('key', '=', 'key_check').execute();
    return n;
  }

  /** After a committed rotation, the keyring continues with the new master key. */
  adopt(next: MasterKey): void {
    this.mk = next;
  }
}

export { CryptoIntegrityError };
