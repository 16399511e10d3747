// The hash chain itself, pure: how one audit record is hashed, h_i = SHA-256(h_{i-1} ‖ canon(e_i)).
// The canonical form is a JSON array in a fixed column order, so that every field (including seq and
// time) is covered and no two different records can serialise alike.
import { hash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  seq: number;
  at: string;
  org_id: string | null;
  actor_id: string | null;
  actor_roles: string | null;
  action: string;
  outcome: string;
  client_id: string | null;
  target_type: string | null;
  target_id: string | null;
  reason: string | null;
  ip: string | null;
  details: string | null;
}

export function canonical(r: ChainFields): string {
  return JSON.stringify([r.seq, r.at, r.org_id, r.actor_id, r.actor_roles, r.action, r.outcome, r.client_id, r.target_type, r.target_id, r.reason, r.ip, r.details]);
}

export function chainHash(prevHash: string, r: ChainFields): string {
  return hash('sha256', prevHash + '\n' + canonical(r), 'hex');
}

/** The same hash over a row given as an array in canonical column order (the fast path of verify). */
export function chainHashOfValues(prevHash: string, values: readonly unknown[]): string {
  return hash('sha256', prevHash + '\n' + JSON.stringify(values), 'hex');
}
