// A record, outside the database, of which clients were erased (crypto-shredded). Restoring an older
// backup would otherwise bring an erased client's data key back; restore re-applies every erasure in this
// ledger before the restored database is used, so an erasure stays an erasure (TEST-PLAN T18).
// It holds only opaque client ids and times: nothing that identifies a person.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function erasureLedgerPath(dataDir: string): string {
  return join(dataDir, 'erasures.jsonl');
}

export function recordErasure(dataDir: string, clientId: string, at: string): void {
  appendFileSync(erasureLedgerPath(dataDir), JSON.stringify({ clientId, at }) + '\n', { mode: 0o600 });
}

export function erasedClientIds(dataDir: string): string[] {
  const path = erasureLedgerPath(dataDir);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { clientId: string }).clientId);
}
