// The embedded database in a thread of its own (src/db/pglite-thread.ts is the other side): PGlite
// runs a statement synchronously, in WebAssembly, so in the server's thread it stopped every request,
// /healthz and every deadline until it ended. Here it holds one PGlite and answers messages
// { id, op, … } with { id, result } or { id, error }. Plain JavaScript, loaded from the source tree:
// a worker thread runs no TypeScript, and the server, `tsx` and the tests all find it here.
//
// A transaction is held across messages: `begin` enters PGlite's own transaction(), which holds its
// lock, so every other statement waits behind it here, in order, until `commit` or `rollback` (or the
// idle limit, which rolls it back as PostgreSQL's idle_in_transaction_session_timeout does).
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';

const { dataDir, loadDataDir, settings, idleTransactionMs } = workerData;
/** drizzle-orm/pglite's parsers (functions do not cross threads): dates and intervals as PostgreSQL writes them. */
const identity = (value) => value;
const DRIZZLE_PARSERS = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((t) => [t, identity]),
);

let pg;
try {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  pg = await PGlite.create({ dataDir, loadDataDir, postgresqlconf: settings });
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: errorOf(error) });
}

/** Open transactions by id: the PGlite transaction, how to end it, its idle timer. */
const transactions = new Map();
let nextTransaction = 1;

/** An error as it crosses the thread: its message and PostgreSQL's fields (code, constraint, …), which callers read. */
function errorOf(error) {
  const fields = { message: error?.message ?? String(error), name: error?.name };
  for (const key of ['code', 'detail', 'hint', 'position', 'constraint', 'severity', 'schema', 'table', 'column'])
    if (error?.[key] !== undefined) fields[key] = error[key];
  return fields;
}

function idle(id) {
  const open = transactions.get(id);
  if (!open) return;
  clearTimeout(open.timer);
  open.timer = setTimeout(() => open.end(new Error(`the transaction was idle for ${idleTransactionMs / 1000} s and was rolled back`)), idleTransactionMs);
}

/** The transaction a message names, or the database. */
function target(message) {
  if (!message.transaction) return pg;
  const open = transactions.get(message.transaction);
  if (!open) throw new Error('the transaction has ended (it was idle too long, or failed)');
  idle(message.transaction);
  return open.tx;
}

const results = (r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows });

async function answer(message) {
  switch (message.op) {
    case 'query': {
      const options = { rowMode: message.rowMode ?? 'object', ...(message.drizzle ? { parsers: DRIZZLE_PARSERS } : {}) };
      return results(await target(message).query(message.sql, message.params ?? [], options));
    }
    case 'exec':
      return (await target(message).exec(message.sql)).map(results);
    case 'begin': {
      const id = nextTransaction++;
      let end;
      const ended = new Promise((resolve, reject) => (end = (error) => (error ? reject(error) : resolve())));
      let started;
      const opened = new Promise((resolve) => (started = resolve));
      const whole = pg.transaction(async (tx) => {
        transactions.set(id, { tx, end, timer: undefined, whole: undefined });
        idle(id);
        started();
        await ended; // a rejection rolls the transaction back
      });
      // Its end is awaited by commit or rollback; here only the bookkeeping (a rejection handled, not thrown again).
      whole
        .catch(() => {})
        .finally(() => {
          clearTimeout(transactions.get(id)?.timer);
          transactions.delete(id);
        });
      await Promise.race([opened, whole]);
      transactions.get(id).whole = whole;
      return { transaction: id };
    }
    case 'commit':
    case 'rollback': {
      const open = transactions.get(message.transaction);
      if (!open) throw new Error('the transaction has ended (it was idle too long, or failed)');
      clearTimeout(open.timer);
      const rollback = Object.assign(new Error('rolled back'), { intended: true });
      open.end(message.op === 'rollback' ? rollback : undefined);
      try {
        await open.whole;
      } catch (error) {
        if (error !== rollback) throw error; // a COMMIT that failed
      }
      return null;
    }
    case 'listen':
      await pg.listen(message.channel, (payload) => parentPort.postMessage({ notification: { channel: message.channel, payload } }));
      return null;
    case 'unlisten':
      await pg.unlisten(message.channel);
      return null;
    case 'dump':
      return pg.dumpDataDir(message.compression);
    case 'close':
      await pg.close();
      return null;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on('message', (message) =>
  answer(message).then(
    (result) => parentPort.postMessage({ id: message.id, result }),
    (error) => parentPort.postMessage({ id: message.id, error: errorOf(error) }),
  ),
);
