// Sign-in throttling kept in the database (login_throttle), so the limits hold across app nodes. Keys:
// `account:<email>` (whether or not the account exists, so responses cannot reveal which emails are real),
// `ip:<address>`, and `mfa:<userId>` for second-factor guesses. After too many failures inside the window the
// key is locked for a while; a lock answers 429 with Retry-After.
import { sql } from 'kysely';
import type { AppContext } from './context.js';
import { addMinutes } from './ids.js';

export type ThrottleKind = 'account' | 'ip' | 'mfa';

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.slice(0, 320)}`;
}

/** Seconds until the latest lock among the keys ends, or 0 when none is locked. */
export async function lockedFor(ctx: AppContext, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const now = ctx.now();
  const rows = await ctx.store.db.selectFrom('login_throttle').select(['locked_until']).where('key', 'in', keys).execute();
  let until = 0;
  for (const r of rows) if (r.locked_until && Date.parse(r.locked_until) > now.getTime()) until = Math.max(until, Date.parse(r.locked_until));
  return until ? Math.max(1, Math.ceil((until - now.getTime()) / 1000)) : 0;
}

/** Counts one failure on each key (atomically, in SQL) and locks keys that reach their limit. */
export async function registerFailure(ctx: AppContext, keys: { key: string; limit: number }[]): Promise<void> {
  const now = ctx.now();
  const nowIso = now.toISOString();
  const windowStart = addMinutes(now, -ctx.throttle.windowMinutes).toISOString();
  const lockUntil = addMinutes(now, ctx.throttle.lockMinutes).toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    for (const { key, limit } of keys) {
      await trx
        .insertInto('login_throttle')
        .values({ key, failures: 1, window_start: nowIso, locked_until: null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`case when login_throttle.window_start < ${windowStart} then 1 else login_throttle.failures + 1 end`,
            window_start: sql<string>`case when login_throttle.window_start < ${windowStart} then ${nowIso} else login_throttle.window_start end`,
          }),
        )
        .execute();
      await trx
        .updateTable('login_throttle')
        .set({ locked_until: lockUntil, failures: 0, window_start: nowIso })
        .where('key', '=', key)
        .where('failures', '>=', limit)
        .execute();
    }
  });
}

export async function clearThrottle(ctx: AppContext, keys: string[]): Promise<void> {
  if (keys.length) await ctx.store.db.deleteFrom('login_throttle').where('key', 'in', keys).execute();
}
