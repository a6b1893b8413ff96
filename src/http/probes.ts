import { sql } from 'drizzle-orm';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/client.js';

/**
 * `/healthz`: the process is up (200). `/readyz`: the database answers within a second (200), or
 * not (503), for load balancers and orchestrators to route around an instance that cannot serve.
 */
export function useProbes(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') return endResponse(new fetchAPI.Response('ok\n', { status: 200, headers: { 'content-type': 'text/plain' } }));
      if (url.pathname !== '/readyz') return;
      const ready = await Promise.race([
        db.execute(sql`select 1`).then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref()),
      ]);
      endResponse(
        new fetchAPI.Response(ready ? 'ready\n' : 'the database does not answer\n', { status: ready ? 200 : 503, headers: { 'content-type': 'text/plain' } }),
      );
    },
  };
}
