import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface SessionRow {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}
export interface SignIn {
  at: string;
  outcome: string;
  ip: string | null;
}

export const profileKeys = { sessions: ['me', 'sessions'] as const, signIns: ['me', 'sign-ins'] as const };
export const useMySessions = () => useQuery({ queryKey: profileKeys.sessions, queryFn: () => api.get<SessionRow[]>('/api/v1/me/sessions') });
export const useMySignIns = () => useQuery({ queryKey: profileKeys.signIns, queryFn: () => api.get<SignIn[]>('/api/v1/me/sign-ins') });
export const endSession = (id: string) => api.del<void>(`/api/v1/me/sessions/${encodeURIComponent(id)}`);

/** "Chrome on Linux" from a user-agent string — enough to recognise a device. */
export function describeAgent(ua: string | null): string {
  if (!ua) return 'Unknown device';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : /node|undici|curl/i.test(ua) ? 'Program' : 'Browser';
  const os = /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Linux/.test(ua) ? 'Linux' : '';
  return os ? `${browser} on ${os}` : browser;
}
