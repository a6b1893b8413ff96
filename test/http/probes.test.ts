import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createApp } from '../../src/server.js';
import { createSeededDatabase } from '../helpers/database.js';

// /healthz (the process is up) and /readyz (the database answers), for load balancers.

describe('probes', () => {
  it('/healthz is 200 while the process runs; /readyz follows the database', async () => {
    const handle = await createSeededDatabase();
    const app = createApp({ db: handle.db, ping: handle.ping });
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

  it('takes the heavy share of the pool as a setting: half of it unless set, always less than all of it', () => {
    expect(readConfig({})).toMatchObject({ heavyCost: 20_000, heavyShare: 5 });
    expect(readConfig({ POOL_SIZE: '3' }).heavyShare).toBe(1);
    expect(readConfig({ POOL_SIZE: '20', HEAVY_QUERY_SHARE: '4', HEAVY_QUERY_COST: '5000' })).toMatchObject({ heavyCost: 5000, heavyShare: 4 });
    expect(() => readConfig({ HEAVY_QUERY_SHARE: '10' })).toThrow(
      'HEAVY_QUERY_SHARE must be less than POOL_SIZE (10), so that other requests keep a connection (got "10")',
    );
    expect(() => readConfig({ HEAVY_QUERY_COST: 'lots' })).toThrow(/HEAVY_QUERY_COST must be a number/);
  });
});
