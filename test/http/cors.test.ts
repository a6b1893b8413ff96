import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createApp } from '../../src/server.js';
import { seededSuite } from '../helpers/suite.js';

// Which web pages may call the API from a browser (CORS_ORIGINS).

const suite = seededSuite();

async function preflight(corsOrigins: ReturnType<typeof readConfig>['corsOrigins'], origin: string) {
  const app = createApp({ db: suite.handle.db, corsOrigins });
  const response = await app.fetch('http://cors.test/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
  return { allow: response.headers.get('access-control-allow-origin'), credentials: response.headers.get('access-control-allow-credentials') };
}

describe('CORS', () => {
  it('defaults to any origin without credentials in development, and none in production', () => {
    expect(readConfig({}).corsOrigins).toBe('*');
    expect(readConfig({ NODE_ENV: 'production' }).corsOrigins).toEqual([]);
    expect(readConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, https://b.example:8443' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
    expect(() => readConfig({ CORS_ORIGINS: 'a.example/path' })).toThrow(/^CORS_ORIGINS must hold origins such as https:\/\/tracker.example.org/);
  });

  it('answers only the origins allowed, never with credentials', async () => {
    const any = await preflight('*', 'https://evil.example');
    expect(['*', 'https://evil.example']).toContain(any.allow);
    expect(any.credentials).not.toBe('true');
    expect(await preflight(['https://tracker.example'], 'https://tracker.example')).toMatchObject({ allow: 'https://tracker.example' });
    expect((await preflight(['https://tracker.example'], 'https://tracker.example')).credentials).not.toBe('true');
    // A browser lets a page read the answer only when the allowed origin is its own.
    expect((await preflight(['https://tracker.example'], 'https://evil.example')).allow).not.toBe('https://evil.example');
    expect((await preflight([], 'https://evil.example')).allow).toBeNull();
  });
});
