// Password policy and storage. NIST SP 800-63B §5.1.1.2: at least 12 characters here, up to 128 accepted,
// every character allowed (unicode normalised NFKC), and rejected when common or guessable (zxcvbn-ts with
// its common-passwords dictionary). Stored as argon2id (OWASP: m=19 MiB, t=2, p=1 by default).
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { createRequire } from 'node:module';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from './errors.js';
import type { Argon2Cost } from './context.js';

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 128;

let factory: ZxcvbnFactory | undefined;
let common: Set<string> | undefined;
// Loaded on first use, not at start-up: the dictionaries take a noticeable share of a cold start.
const requireLazy = createRequire(import.meta.url);
function init(): ZxcvbnFactory {
  if (factory) return factory;
  const { ZxcvbnFactory: Factory } = requireLazy('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const { dictionary, adjacencyGraphs } = requireLazy('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  factory = new Factory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return factory;
}

export function normalisePassword(pw: string): string {
  return pw.normalize('NFKC');
}

/** Returns a reason when the password is not acceptable, undefined when it is. */
export function passwordProblem(password: string, context: string[] = []): string | undefined {
  const pw = normalisePassword(password);
  const length = [...pw].length;
  if (length < MIN_PASSWORD) return `Use at least ${MIN_PASSWORD} characters.`;
  if (length > MAX_PASSWORD) return `Use at most ${MAX_PASSWORD} characters.`;
  const z = init();
  if (common!.has(pw.toLowerCase())) return 'This password is on a list of common or breached passwords; choose another.';
  const result = z.check(pw, context.filter(Boolean));
  if (result.score < 3) return 'This password is too easy to guess; try a longer phrase of unrelated words.';
  return undefined;
}

export function assertPasswordPolicy(password: string, field: string, context: string[] = []): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new AppError('weak-password', problem, { errors: [{ path: field, message: problem }] });
}

export async function hashPassword(password: string, cost: Argon2Cost): Promise<string> {
  return argon2.hash(normalisePassword(password), { type: argon2.argon2id, ...cost });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalisePassword(password));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Spends the same effort as a real check, so an unknown account cannot be told apart by timing. */
export async function verifyDummy(cost: Argon2Cost): Promise<void> {
  dummy ??= argon2.hash(randomBytes(16).toString('hex'), { type: argon2.argon2id, ...cost });
  await argon2.verify(await dummy, 'not-the-password').catch(() => false);
}

const WORDS = 'amber basil cedar delta ember fjord grove harbor indigo juniper kestrel lagoon meadow nectar orchid pebble quartz raven saffron timber umber violet willow yarrow zephyr copper lantern marble'.split(' ');
/** A temporary password that meets the policy: four random words and digits. */
export function temporaryPassword(): string {
  const b = randomBytes(8);
  const words = [0, 1, 2, 3].map((i) => WORDS[b[i]! % WORDS.length]!);
  return `${words.join('-')}-${(b.readUInt32BE(4) % 9000) + 1000}`;
}
