import type { Database } from '../db/client.js';

/** A database or a transaction on it: what every model function writes through. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
