import type { ReactNode } from 'react';
import { useFullSession } from '../app/session';
import type { Role } from '../features/auth/api/auth';
import { NotAvailable } from './not-available';

/** Renders children only for people holding one of `roles`; others get the plain "not available". Nothing is fetched first. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user } = useFullSession();
  if (!roles.some((r) => user.roles.includes(r))) return <NotAvailable />;
  return <>{children}</>;
}
