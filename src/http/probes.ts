import { sql } from 'drizzle-orm';
import type { Plugin } from 'graphql-yoga';
import { answersWithin, type Database } from '../db/client.js';

/** Whether the database answers within `timeoutMs` (DatabaseHandle.ping). */
export type Ping = (timeoutMs: number) => Promise<boolean>;

/** A ping through the request path, for an app given only a database (tests): main.ts passes the handle's own. */
export const pingThrough =
  (db: Database): Ping =>
  (timeoutMs) =>
    answersWithin(db.execute(sql`select 1`), timeoutMs);

/**
 * `/healthz`: the process is up (200). `/readyz`: the database answers within a second (200), or
 * not (503), for load balancers and orchestrators to route around an instance that cannot serve. On
 * PostgreSQL the question goes over a connection of its own: a pool saturated by heavy requests is not
 * a database that is down, and answering 503 for it would pull a working instance from its balancer.
 */
export function useProbes(ping: Ping): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') return endResponse(new fetchAPI.Response('ok\n', { status: 200, headers: { 'content-type': 'text/plain' } }));
      if (url.pathname !== '/readyz') return;
      const ready = await ping(1000);
      endResponse(
        new fetchAPI.Response(ready ? 'ready\n' : 'the database does not answer\n', { status: ready ? 200 : 503, headers: { 'content-type': 'text/plain' } }),
      );
    },
  };
}
