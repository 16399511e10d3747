// The DPO's audit calls: list with filters, verify the hash chain, export.
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../../lib/api';

export interface AuditRecord {
  seq: number;
  at?: string;
  createdAt?: string;
  actorId?: string | null;
  actorEmail?: string | null;
  actorName?: string | null;
  action: string;
  clientId?: string | null;
  clientReference?: string | null;
  outcome?: string | null;
  reason?: string | null;
  [k: string]: unknown;
}
export interface AuditFilters {
  actor: string;
  client: string;
  action: string;
  from: string;
  to: string;
}
export interface VerifyResult {
  ok: boolean;
  records: number;
  checkpoints: number;
  firstBad?: { seq: number; problem: string };
}

/** Date inputs give a day; the server wants instants. "to" includes the whole day. */
export function toRange(f: Pick<AuditFilters, 'from' | 'to'>): { from?: string; to?: string } {
  return {
    from: f.from ? new Date(`${f.from}T00:00:00`).toISOString() : undefined,
    to: f.to ? new Date(`${f.to}T23:59:59.999`).toISOString() : undefined,
  };
}

export const useAuditLog = (f: AuditFilters) =>
  useInfiniteQuery({
    queryKey: ['audit', f],
    initialPageParam: undefined as string | number | undefined,
    queryFn: ({ pageParam }) =>
      api.get<{ records: AuditRecord[]; nextBefore: string | number | null }>(
        `/api/v1/audit${query({ actor: f.actor.trim(), client: f.client.trim(), action: f.action.trim(), ...toRange(f), before: pageParam, limit: 50 })}`,
      ),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

export const auditApi = {
  verify: () => api.get<VerifyResult>('/api/v1/audit/verify'),
  exportUrl: (format: 'jsonl' | 'fhir', f: Pick<AuditFilters, 'from' | 'to'>) => `/api/v1/audit/export${query({ format, ...toRange(f) })}`,
};
