import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlitePgPool } from "../../../src/queue/pglite-pool";

describe("PGlitePgPool", () => {
  let pglite: PGlite;
  let pool: PGlitePgPool;
  beforeAll(async () => {
    pglite = await PGlite.create("memory://");
    await pglite.exec(`CREATE SCHEMA qtest; CREATE TABLE qtest.item (id int8 PRIMARY KEY, note text);
      CREATE TABLE public.item (id int PRIMARY KEY)`);
    pool = new PGlitePgPool(pglite, "qtest");
  });
  afterAll(async () => {
    await pool.end();
    await pglite.close();
  });

  it("resolves unqualified names in its own schema and leaves the session's search_path alone", async () => {
    await pool.query("INSERT INTO item (id, note) VALUES ($1, $2)", [1, "one"]);
    expect((await pool.query("SELECT id, note FROM item")).rows).toEqual([{ id: "1", note: "one" }]);
    expect((await pglite.query("SHOW search_path")).rows).toEqual([{ search_path: "public" }]);
    expect((await pglite.query("SELECT count(*)::int AS n FROM item")).rows).toEqual([{ n: 0 }]);
  });

  it("returns int8 as a string and counts affected rows, as node-postgres does", async () => {
    const result = await pool.query("UPDATE item SET note = $1 WHERE id = $2", ["uno", 1]);
    expect(result.rowCount).toBe(1);
  });

  it("holds a client's transaction until COMMIT, keeping other queries out", async () => {
    const client = await pool.connect();
    await client.query("BEGIN");
    await client.query("INSERT INTO item (id, note) VALUES (2, 'two')");
    let outsideSaw: number | undefined;
    const outside = pool.query("SELECT count(*)::int AS n FROM item").then((r) => {
      outsideSaw = r.rows[0]?.n as number;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outsideSaw).toBeUndefined();
    await client.query("COMMIT");
    await outside;
    expect(outsideSaw).toBe(2);
    client.release();
  });

  it("rolls a client's transaction back on ROLLBACK", async () => {
    const client = await pool.connect();
    await client.query("BEGIN");
    await client.query("INSERT INTO item (id, note) VALUES (3, 'three')");
    await client.query("ROLLBACK");
    client.release();
    expect((await pool.query("SELECT count(*)::int AS n FROM item WHERE id = 3")).rows).toEqual([{ n: 0 }]);
  });

  it("delivers NOTIFY to the clients that LISTEN on the channel, as notification events", async () => {
    const listener = await pool.connect();
    const other = await pool.connect();
    const got: unknown[] = [];
    const otherGot: unknown[] = [];
    listener.on("notification", (msg) => got.push(msg));
    other.on("notification", (msg) => otherGot.push(msg));
    await listener.query("-- comment line\nLISTEN qtest_jobs;");
    await pool.query("SELECT pg_notify('qtest_jobs', 'payroll')");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(got).toEqual([{ channel: "qtest_jobs", payload: "payroll", processId: 0 }]);
    expect(otherGot).toEqual([]);
    listener.release();
    other.release();
  });

  it("refuses a schema name that is not a plain identifier", () => {
    expect(() => new PGlitePgPool(pglite, 'x"; DROP')).toThrow(/invalid schema name/);
  });
});
