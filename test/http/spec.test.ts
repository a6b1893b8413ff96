import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { createTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';

// The GraphQL-over-HTTP specification's own audits (graphql-http), run against the app.
let handle: DatabaseHandle;
let app: ReturnType<typeof graphqlClient>['app'];

beforeAll(async () => {
  handle = await createTestDatabase();
  app = graphqlClient(handle.db).app;
});
afterAll(() => handle.close());

describe('GraphQL over HTTP', () => {
  for (const audit of serverAudits({
    url: 'http://stancegraph.test/graphql',
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => app.fetch(input as never, init ?? {}),
  })) {
    // Every MUST has to pass. SHOULD and MAY are recommendations: the MAYs about GET requests
    // answer "notice" on purpose, as CSRF prevention refuses a GET without its header.
    it(audit.name, async () => {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST')) expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
      else if (audit.name.startsWith('SHOULD')) expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
      else expect(['ok', 'notice']).toContain(result.status);
    });
  }
});
