import { afterEach, expect } from 'vitest';
import { takeSqlReadFaults } from './faults.js';

// Every test file: a failure of the compiled read (a statement of it that failed, answered all the same
// through the resolvers and logged as a warning) fails the test it happened in, whatever logger the
// test's app was given, unless the test took it (takeSqlReadFaults) to assert on it. A query the
// compiled read declines is not a failure.
afterEach(() => {
  expect(takeSqlReadFaults(), 'the compiled read failed (src/sqlread/plugin.ts) and the resolvers answered instead').toEqual([]);
});
