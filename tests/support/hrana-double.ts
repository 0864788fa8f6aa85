/**
 * A libSQL server double: the Hrana v2 protocol over HTTP (what `@libsql/client/web` speaks by
 * default) on `node:sqlite`, with the drizzle/ migrations applied. Enough for the Worker's Turso
 * path to be tested without a network: execute, batch with conditions, stored SQL. One connection,
 * no streams across requests (batons are not kept): the client needs no more for our stores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type SQLOutputValue } from 'node:sqlite';

type Value =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string };
type Stmt = {
  sql?: string;
  sql_id?: number;
  args?: Value[];
  named_args?: { name: string; value: Value }[];
};
type Condition =
  | { type: 'ok' | 'error'; step: number }
  | { type: 'not'; cond: Condition }
  | { type: 'and' | 'or'; conds: Condition[] }
  | { type: 'is_autocommit' };
type Request =
  | { type: 'execute'; stmt: Stmt }
  | { type: 'batch'; batch: { steps: { condition?: Condition; stmt: Stmt }[] } }
  | { type: 'store_sql'; sql_id: number; sql: string }
  | { type: 'close_sql'; sql_id: number }
  | { type: 'close' | 'sequence' | 'describe' | 'get_autocommit' };

const toValue = (value: SQLOutputValue): Value => {
  if (value === null) return { type: 'null' };
  if (typeof value === 'bigint') return { type: 'integer', value: String(value) };
  if (typeof value === 'number') return { type: 'float', value };
  if (typeof value === 'string') return { type: 'text', value };
  return { type: 'blob', base64: Buffer.from(value).toString('base64') };
};
const fromValue = (value: Value): SQLInputValue => {
  if (value.type === 'null') return null;
  if (value.type === 'integer') return BigInt(value.value);
  if (value.type === 'blob') return Buffer.from(value.base64, 'base64');
  return value.value;
};

export interface HranaDouble {
  url: string;
  db: DatabaseSync;
  close(): Promise<void>;
}

export async function startHranaDouble(migrations: string): Promise<HranaDouble> {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  for (const file of readdirSync(migrations)
    .filter((name) => name.endsWith('.sql'))
    .sort()) {
    for (const statement of readFileSync(join(migrations, file), 'utf8').split(
      '--> statement-breakpoint',
    )) {
      if (statement.trim()) db.exec(statement);
    }
  }
  const stored = new Map<number, string>();

  const execute = (stmt: Stmt) => {
    const prepared = db.prepare(stmt.sql ?? stored.get(stmt.sql_id ?? -1) ?? '');
    prepared.setReadBigInts(true);
    const named = Object.fromEntries(
      (stmt.named_args ?? []).map((arg) => [arg.name.replace(/^[:@$]/, ''), fromValue(arg.value)]),
    );
    const params: SQLInputValue[] = (stmt.args ?? []).map(fromValue);
    const cols = prepared.columns().map((column) => ({ name: column.name, decltype: column.type }));
    if (cols.length > 0) {
      const rows = prepared
        .all(named, ...params)
        .map((row) => cols.map((col) => toValue(row[col.name] ?? null)));
      return { cols, rows, affected_row_count: 0, last_insert_rowid: null };
    }
    const { changes, lastInsertRowid } = prepared.run(named, ...params);
    return {
      cols,
      rows: [],
      affected_row_count: Number(changes),
      last_insert_rowid: String(lastInsertRowid),
    };
  };
  const failure = (error: unknown) => ({
    message: error instanceof Error ? error.message : String(error),
  });
  const holds = (condition: Condition | undefined, ok: boolean[], failed: boolean[]): boolean => {
    if (!condition) return true;
    switch (condition.type) {
      case 'ok':
        return ok[condition.step] === true;
      case 'error':
        return failed[condition.step] === true;
      case 'not':
        return !holds(condition.cond, ok, failed);
      case 'and':
        return condition.conds.every((c) => holds(c, ok, failed));
      case 'or':
        return condition.conds.some((c) => holds(c, ok, failed));
      case 'is_autocommit':
        return !db.isTransaction;
    }
  };
  const handle = (request: Request) => {
    try {
      switch (request.type) {
        case 'execute':
          return { type: 'ok', response: { type: 'execute', result: execute(request.stmt) } };
        case 'batch': {
          const ok: boolean[] = [];
          const failed: boolean[] = [];
          const results: unknown[] = [];
          const errors: unknown[] = [];
          for (const step of request.batch.steps) {
            let result = null;
            let error = null;
            if (holds(step.condition, ok, failed)) {
              try {
                result = execute(step.stmt);
              } catch (caught) {
                error = failure(caught);
              }
            }
            ok.push(result !== null);
            failed.push(error !== null);
            results.push(result);
            errors.push(error);
          }
          return {
            type: 'ok',
            response: { type: 'batch', result: { step_results: results, step_errors: errors } },
          };
        }
        case 'store_sql':
          stored.set(request.sql_id, request.sql);
          return { type: 'ok', response: { type: 'store_sql' } };
        case 'close_sql':
          stored.delete(request.sql_id);
          return { type: 'ok', response: { type: 'close_sql' } };
        case 'close':
          return { type: 'ok', response: { type: 'close' } };
        default:
          return { type: 'error', error: { message: `not in this double: ${request.type}` } };
      }
    } catch (error) {
      return { type: 'error', error: failure(error) };
    }
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v2/pipeline') {
        res.writeHead(404).end();
        return;
      }
      const { requests } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        requests: Request[];
      };
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ baton: null, base_url: null, results: requests.map(handle) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: () => new Promise((resolve) => server.close(() => (db.close(), resolve()))),
  };
}
