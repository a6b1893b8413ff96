import { describe, expect, it } from 'vitest';
import { TokenChecker, writeTokens } from '../../src/http/auth.js';
import { ConfigError, readConfig } from '../../src/config.js';

describe('write tokens', () => {
  const checker = new TokenChecker(['first-token-0123456789', 'second-token-0123456789']);

  it('grants any configured token, and tells a missing header from a wrong token', () => {
    expect(checker.access('Bearer first-token-0123456789')).toBe('granted');
    expect(checker.access('bearer second-token-0123456789')).toBe('granted');
    expect(checker.access(null)).toBe('missing-token');
    expect(checker.access('Basic dXNlcjpwYXNz')).toBe('missing-token');
    expect(checker.access('Bearer first-token-012345678')).toBe('wrong-token');
    expect(checker.access('Bearer first-token-0123456789x')).toBe('wrong-token');
    expect(new TokenChecker([]).access('Bearer first-token-0123456789')).toBe('writes-disabled');
  });

  it('come from API_TOKENS; development without any gets a generated one, production none', () => {
    const configured = [{ name: null, token: 'a-configured-token-000' }];
    expect(writeTokens({ apiTokens: configured, nodeEnv: 'production' })).toEqual({ tokens: configured });
    expect(writeTokens({ apiTokens: [], nodeEnv: 'production' })).toEqual({ tokens: [] });
    const dev = writeTokens({ apiTokens: [], nodeEnv: 'development' });
    expect(dev.tokens).toEqual([{ name: 'developer', token: dev.generated }]);
    expect(dev.generated!.length).toBeGreaterThanOrEqual(32);
    expect(writeTokens({ apiTokens: [], nodeEnv: 'development' }).generated).not.toBe(dev.generated);
  });

  it('API_TOKENS is split on commas and checked, without echoing the tokens', () => {
    expect(readConfig({ API_TOKENS: ' token-one-0123456789 , token-two-0123456789' }).apiTokens).toEqual([
      { name: null, token: 'token-one-0123456789' },
      { name: null, token: 'token-two-0123456789' },
    ]);
    expect(() => readConfig({ API_TOKENS: 'short,token-two-0123456789' })).toThrow(ConfigError);
    expect(() => readConfig({ API_TOKENS: 'short,token-two-0123456789' })).toThrow(
      /^API_TOKENS must hold tokens of at least 16 characters \(as name:token, or the token alone\), separated by commas$/,
    );
  });

  it('carry the name writes are recorded under (name:token), never the token; a bare token has none', () => {
    const { apiTokens } = readConfig({ API_TOKENS: 'alice:token-one-0123456789,token-two-0123456789,bob.smith:tok:en-three-0123456' });
    expect(apiTokens).toEqual([
      { name: 'alice', token: 'token-one-0123456789' },
      { name: null, token: 'token-two-0123456789' },
      { name: 'bob.smith', token: 'tok:en-three-0123456' },
    ]);
    const checker = new TokenChecker(apiTokens);
    expect(checker.writer('Bearer token-one-0123456789')).toEqual({ access: 'granted', name: 'alice' });
    expect(checker.writer('Bearer token-two-0123456789')).toEqual({ access: 'granted', name: null });
    expect(checker.writer('Bearer tok:en-three-0123456')).toEqual({ access: 'granted', name: 'bob.smith' });
    expect(checker.writer('Bearer alice:token-one-0123456789')).toEqual({ access: 'wrong-token', name: null });
    // A name's own length does not count towards the token's.
    expect(() => readConfig({ API_TOKENS: 'alice:short' })).toThrow(ConfigError);
  });
});
