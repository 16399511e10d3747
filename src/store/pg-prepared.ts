// PostgreSQL: named (server-side prepared) statements for the queries the app repeats, applied under Kysely.
// Kysely sends every compiled query as `client.query(text, values)`: the unnamed extended protocol, so
// PostgreSQL parses, analyses and plans the text on every execution. Sent as pg's `{ name, text, values }`
// instead, a statement is parsed once per connection and then only bound and executed (and PostgreSQL may
// switch to a cached generic plan after five executions when that is no worse). Behaviour is identical: the
// same text with the same values.
//
// Only texts seen at least `after` times get a name, and at most `max` texts in all: statements whose text
// varies (an `in (...)` list of varying length, a multi-row insert) do not fill the cache, and each
// PostgreSQL backend holds at most `max` prepared statements. Statements without parameters that are not
// queries (begin, commit, savepoint…) are left alone. Naming is switched on only after migrations: a statement
// prepared before a schema change could fail with "cached plan must not change result type".
import type pg from 'pg';

export interface StatementNamesOptions {
  /** Most distinct texts that get a name (per process; each connection prepares them as it meets them). */
  max?: number;
  /** How many times a text must be seen before it gets a name. */
  after?: number;
}

export class StatementNames {
  enabled = false;
  private readonly names = new Map<string, string>();
  private readonly seen = new Map<string, number>();
  private readonly max: number;
  private readonly after: number;
  /** Executions sent with a name / without (for tests and diagnostics). */
  named = 0;
  unnamed = 0;

  constructor(opts: StatementNamesOptions = {}) {
    this.max = opts.max ?? 256;
    this.after = Math.max(1, opts.after ?? 2);
  }

  get size(): number {
    return this.names.size;
  }

  /** The name to send `text` under, or undefined to send it unnamed. */
  nameFor(text: string): string | undefined {
    if (!this.enabled) return undefined;
    const known = this.names.get(text);
    if (known) return known;
    if (this.names.size >= this.max || !QUERY.test(text)) return undefined;
    const n = (this.seen.get(text) ?? 0) + 1;
    if (n < this.after) {
      // Bounded: texts seen once (varying lists) must not grow this without limit.
      if (this.seen.size >= 4 * this.max) this.seen.clear();
      this.seen.set(text, n);
      return undefined;
    }
    this.seen.delete(text);
    const name = `confidant_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }

  /** Makes a pooled client send the texts this object names as named statements. */
  attach(client: pg.PoolClient | pg.Client): void {
    const original = client.query as (...args: unknown[]) => unknown;
    const self = this;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: unknown, ...args: unknown[]) {
      const [text, values] = args;
      if (args.length === 2 && typeof text === 'string' && Array.isArray(values)) {
        const name = self.nameFor(text);
        if (name) {
          self.named++;
          return original.call(this, { name, text, values });
        }
        self.unnamed++;
      }
      return original.apply(this, args);
    };
  }
}

const QUERY = /^\s*(select|insert|update|delete|with)\b/i;
