import { onSqlReadFault } from '../../src/sqlread/plugin.js';

const faults: string[] = [];
onSqlReadFault((fault) => faults.push(fault));

/** The failures of the compiled read since the last call (setup.ts fails a test that leaves one). */
export const takeSqlReadFaults = () => faults.splice(0);
