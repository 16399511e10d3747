// Shared zod schemas for the routes. Request bodies are strict (an unknown field is a 400); response
// schemas are whitelists (anything not listed is dropped, so a new column cannot leak).
import { z } from 'zod';
import { ROLES } from '../access/index.js';
import { MAX_PASSWORD } from '../services/passwords.js';
import { ProblemSchema } from './errors.js';

export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/, 'Not a valid id.');
export const IdParams = z.strictObject({ id: Id });
export const Email = z.string().trim().min(3).max(254).email('Enter a valid email address.');
export const Password = z.string().min(1, 'Enter a password.').max(MAX_PASSWORD * 4);
export const Role = z.enum(ROLES);
export const Roles = z.array(Role).min(1, 'Choose at least one role.').max(ROLES.length);
export const Stage = z.enum(['mfa', 'enrol', 'full']);
export const Empty = z.strictObject({}).nullish();

export const User = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
});

export const AdminUser = User.extend({ active: z.boolean(), createdAt: z.string(), lastSignInAt: z.string().nullable() });

export const SignInResponse = z.object({ stage: Stage, user: User, csrfToken: z.string() });

export const Organisation = z.object({ id: z.string(), name: z.string(), settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])) });

const ClientBase = {
  id: z.string(),
  reference: z.string(),
  practitionerId: z.string().nullable(),
  status: z.string(),
};
const Profile = {
  name: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string().nullable(),
  jurisdiction: z.string().nullable(),
};
export const Client = z.object({ ...ClientBase, ...Profile, breakGlass: z.object({ expiresAt: z.string() }).optional() });
export const ClientListItem = z.object({ ...ClientBase, name: z.string(), preferredName: z.string().nullable(), flags: z.array(z.string()) });
export const ClientSummary = z.object({ ...ClientBase, createdAt: z.string() });
/** POST /clients: the full record for the practitioner, the summary (no names) for an admin. */
export const CreatedClient = z.object({ ...ClientBase, ...Object.fromEntries(Object.entries(Profile).map(([k, v]) => [k, v.optional()])), createdAt: z.string().optional() });

export const Note = z.object({ id: z.string(), authorId: z.string(), createdAt: z.string(), updatedAt: z.string(), version: z.number().int(), text: z.string() });

export const Notification = z.object({ id: z.string(), kind: z.string(), message: z.string(), clientId: z.string().nullable(), createdAt: z.string(), readAt: z.string().nullable() });

export const AuditRecord = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()).nullable(),
  action: z.string(),
  outcome: z.string(),
  clientId: z.string().nullable(),
  clientReference: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});

export const NoContent = z.null().describe('No content');

const problemStatuses = [400, 401, 403, 404, 409, 413, 415, 429, 500, 503] as const;

/** Adds the problem-details schema for every error status to a route's success responses. */
export function responses<T extends Record<number, z.ZodType>>(ok: T): T & Record<(typeof problemStatuses)[number], typeof ProblemSchema> {
  const out: Record<number, z.ZodType> = { ...ok };
  for (const s of problemStatuses) out[s] = ProblemSchema;
  return out as T & Record<(typeof problemStatuses)[number], typeof ProblemSchema>;
}
