import { EventEmitter } from "node:events";
import type { PGlite, Results, Transaction } from "@electric-sql/pglite";
import pg from "pg";

/** The result shape BullMQ reads from node-postgres (`rows`, `rowCount`). */
export type PgLikeResult = { rows: Record<string, unknown>[]; rowCount: number; fields: { name: string }[] };

/** Everything BullMQ's PostgreSQL backend sends through a pool or a checked-out client. */
type Queryable = Pick<PGlite, "query" | "exec"> | Transaction;

const INT8_OID = 20;
/**
 * node-postgres returns int8 as a string (it may exceed 2^53); PGlite returns a number. BullMQ was
 * written against node-postgres, so keep its semantics.
 */
const PG_COMPATIBLE_PARSERS = { [INT8_OID]: (value: string) => value };

const LEADING_COMMENTS = /^(\s*--[^\n]*\n)*\s*/;
const LISTEN = /^LISTEN\s+("?)([A-Za-z_][A-Za-z0-9_$]*)\1\s*;?\s*$/i;
const UNLISTEN = /^UNLISTEN\s+("?)([A-Za-z_][A-Za-z0-9_$*]*)\1\s*;?\s*$/i;
const BEGIN = /^(BEGIN|START TRANSACTION)\b/i;
const COMMIT = /^(COMMIT|END)\s*;?\s*$/i;
const ROLLBACK = /^ROLLBACK\s*;?\s*$/i;

function toPgResult(result: Results | undefined): PgLikeResult {
  return {
    rows: (result?.rows ?? []) as Record<string, unknown>[],
    rowCount: result?.affectedRows ?? result?.rows.length ?? 0,
    fields: result?.fields ?? [],
  };
}

/**
 * Run one statement the way node-postgres would: parameters are prepared with node-postgres' own
 * `prepareValue` (Dates, arrays, objects → text), and a statement without parameters goes through the
 * simple protocol so multi-statement scripts (BullMQ's migrations) work.
 */
async function runStatement(target: Queryable, text: string, params?: readonly unknown[]) {
  if (!params || params.length === 0) {
    const results = await target.exec(text, { parsers: PG_COMPATIBLE_PARSERS });
    return toPgResult(results.at(-1));
  }
  const prepared = params.map((value) => prepareValue(value));
  return toPgResult(await target.query(text, prepared, { parsers: PG_COMPATIBLE_PARSERS }));
}

const prepareValue = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils
  .prepareValue;

/**
 * A `pg.Pool` look-alike over one PGlite instance, for BullMQ's PostgreSQL backend
 * (`withBackend(createPostgresBackend)` accepts anything with `connect`/`query`/`end`).
 *
 * PGlite is a single PostgreSQL session shared with the app (Prisma), so:
 * - every pool query runs in its own short PGlite transaction with `SET LOCAL search_path` to the BullMQ
 *   schema: BullMQ's SQL uses unqualified names, and the app's session keeps its own search_path
 *   (BullMQ's tables never shadow the app's, and the app's migrations never land in BullMQ's schema);
 * - a checked-out client that sends `BEGIN` holds a PGlite transaction until `COMMIT`/`ROLLBACK`
 *   (BullMQ's migrator does this), so no other query interleaves with it;
 * - `LISTEN` marks the client as subscribed and PGlite's notifications are re-emitted as node-postgres
 *   `notification` events on every client subscribed to the channel.
 *
 * The pool never closes the PGlite instance: its owner (the database layer) does.
 */
export class PGlitePgPool extends EventEmitter {
  /** BullMQ reads `options.keepAlive` to decide how long a worker may block; in-process, nothing drops. */
  readonly options = { keepAlive: true };
  readonly #clients = new Set<PGlitePgClient>();
  readonly #sessionChannels = new Set<string>();
  readonly #offNotification: () => void;
  #ended = false;

  constructor(
    readonly pglite: PGlite,
    readonly schema: string,
  ) {
    super();
    // One shared pool serves every BullMQ queue, worker and flow producer of the process, and each
    // adds its own "error" listener: more than Node's default of 10 is expected, not a leak.
    this.setMaxListeners(0);
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
    this.#offNotification = pglite.onNotification((channel, payload) => {
      for (const client of this.#clients) client.deliver(channel, payload);
    });
  }

  /** Runs `text` with the BullMQ schema on the search path, atomically with respect to other PGlite users. */
  async query(text: string, params?: readonly unknown[]): Promise<PgLikeResult> {
    this.#assertOpen();
    return this.pglite.transaction(async (tx) => {
      await tx.exec(`SET LOCAL search_path TO "${this.schema}"`);
      return runStatement(tx, text, params);
    });
  }

  async connect(): Promise<PGlitePgClient> {
    this.#assertOpen();
    await this.pglite.waitReady;
    const client = new PGlitePgClient(this);
    this.#clients.add(client);
    this.emit("connect", client);
    return client;
  }

  async end(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    this.#offNotification();
    for (const client of this.#clients) client.release(true);
    this.#clients.clear();
  }

  /** @internal */
  async listenOnSession(channel: string): Promise<void> {
    if (this.#sessionChannels.has(channel)) return;
    await this.pglite.exec(`LISTEN "${channel}"`);
    this.#sessionChannels.add(channel);
  }

  /** @internal */
  forget(client: PGlitePgClient): void {
    this.#clients.delete(client);
  }

  #assertOpen(): void {
    if (this.#ended) throw new Error("Cannot use a pool after calling end on the pool");
  }
}

/** One "checked-out connection": a view on the shared PGlite session with its own LISTENs and transaction. */
export class PGlitePgClient extends EventEmitter {
  readonly #channels = new Set<string>();
  #transaction: { tx: Transaction; finish: (commit: boolean) => Promise<void> } | undefined;
  #released = false;

  constructor(readonly pool: PGlitePgPool) {
    super();
  }

  async query(text: string, params?: readonly unknown[]): Promise<PgLikeResult> {
    if (this.#released) throw new Error("Client was released");
    const statement = text.replace(LEADING_COMMENTS, "");
    const listen = LISTEN.exec(statement);
    if (listen) {
      await this.pool.listenOnSession(listen[2]!);
      this.#channels.add(listen[2]!);
      return toPgResult(undefined);
    }
    const unlisten = UNLISTEN.exec(statement);
    if (unlisten) {
      if (unlisten[2] === "*") this.#channels.clear();
      else this.#channels.delete(unlisten[2]!);
      return toPgResult(undefined);
    }
    if (BEGIN.test(statement)) {
      if (this.#transaction) throw new Error("a transaction is already open on this client");
      await this.#begin();
      return toPgResult(undefined);
    }
    if (COMMIT.test(statement) || ROLLBACK.test(statement)) {
      const open = this.#transaction;
      this.#transaction = undefined;
      if (open) await open.finish(COMMIT.test(statement));
      return toPgResult(undefined);
    }
    if (this.#transaction) return runStatement(this.#transaction.tx, text, params);
    return this.pool.query(text, params);
  }

  release(_destroy?: boolean): void {
    if (this.#released) return;
    this.#released = true;
    const open = this.#transaction;
    this.#transaction = undefined;
    if (open) void open.finish(false).catch(() => undefined);
    this.#channels.clear();
    this.removeAllListeners("notification");
    this.pool.forget(this);
  }

  /** @internal */
  deliver(channel: string, payload: string): void {
    if (this.#channels.has(channel)) this.emit("notification", { channel, payload, processId: 0 });
  }

  /**
   * Opens a PGlite transaction and keeps it open until COMMIT/ROLLBACK: PGlite's transaction mutex keeps
   * every other query of the process out meanwhile, which is what a dedicated session would give.
   */
  async #begin(): Promise<void> {
    const schema = this.pool.schema;
    await new Promise<void>((started, failedToStart) => {
      let settle: (commit: boolean) => void = () => undefined;
      const done = new Promise<boolean>((resolve) => {
        settle = resolve;
      });
      const whole = this.pool.pglite
        .transaction(async (tx) => {
          await tx.exec(`SET LOCAL search_path TO "${schema}"`);
          this.#transaction = {
            tx,
            finish: async (commit) => {
              settle(commit);
              await whole;
            },
          };
          started();
          if (!(await done)) await tx.rollback();
        })
        .catch((error: unknown) => {
          if (!this.#transaction) failedToStart(error);
          throw error;
        });
      whole.catch(() => undefined);
    });
  }
}
