// React.lazy with retries: if a page's code cannot be fetched (connection lost), say so in the
// connection banner and keep trying with backoff, instead of failing the page. `preload` lets the
// app fetch a role's pages in the background after sign-in.
import { lazy, type ComponentType } from 'react';
import { backoffMs, connection } from '../lib/connection';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export function lazyPage<P extends object>(load: Loader<P>): ComponentType<P> & { preload: () => void } {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const attempt = async () => {
    for (let n = 0; ; n++) {
      try {
        return await load();
      } catch (err) {
        if (n >= 40) throw err;
        connection.reportLost();
        await new Promise((r) => setTimeout(r, backoffMs(n)));
      }
    }
  };
  const start = () => {
    pending ??= attempt().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
  const Component = lazy(start) as unknown as ComponentType<P> & { preload: () => void };
  Component.preload = () => void start().catch(() => undefined);
  return Component;
}
