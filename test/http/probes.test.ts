import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server.js';
import { createSeededDatabase } from '../helpers/database.js';

// /healthz (the process is up) and /readyz (the database answers), for load balancers.

describe('probes', () => {
  it('/healthz is 200 while the process runs; /readyz follows the database', async () => {
    const handle = await createSeededDatabase();
    const app = createApp({ db: handle.db });
    const probe = async (path: string) => {
      const response = await app.fetch(`http://probes.test${path}`);
      return [response.status, await response.text()];
    };
    expect(await probe('/healthz')).toEqual([200, 'ok\n']);
    expect(await probe('/readyz')).toEqual([200, 'ready\n']);
    await handle.close();
    expect(await probe('/healthz')).toEqual([200, 'ok\n']);
    expect(await probe('/readyz')).toEqual([503, 'the database does not answer\n']);
  });
});
