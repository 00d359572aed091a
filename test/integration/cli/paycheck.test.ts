import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { asoProcess } from "../../support/cli-process";

// The development entry, run from source through tsx (and compiling its worker script at run time).
const ASO = fileURLToPath(new URL("../../../bin/aso", import.meta.url));
const good = (id: string, amount: string) =>
  JSON.stringify({
    id,
    payDate: "2026-01-15",
    payFrequency: "weekly",
    earnings: [{ code: "salary", amount }],
    federalW4: { version: 2020, filingStatus: "single" },
    workState: "TX",
  });

describe("aso paycheck", () => {
  it("writes one result line per request in order, errors for bad lines, and exits 1", () => {
    const input = [
      good("a", "1323.00"),
      '{"id":"b","payDate":"2026-01-15"}',
      "not json",
      "",
      good("d", "500.00"),
    ].join("\n");
    const run = spawnSync(...asoProcess("paycheck"), { input, encoding: "utf8" });
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", "b", null, "d"]);
    expect(lines[0].employeeTaxes.federalIncomeTax).toBe("121.25");
    expect(lines[0].net).toBe("1100.54");
    expect(lines[1].error).toMatch(/^payFrequency: /);
    expect(run.stderr).toContain("line 2: payFrequency");
    expect(run.stderr).toContain("line 3: invalid JSON");
  });

  it("withholds local taxes for a line with localities, and names an unknown locality while the batch goes on", () => {
    const local = (id: string, localities: object) =>
      JSON.stringify({
        id,
        payDate: "2026-03-13",
        payFrequency: "biweekly",
        earnings: [{ code: "salary", amount: "3000.00" }],
        federalW4: { version: 2020, filingStatus: "single" },
        workState: "PA",
        localities,
      });
    const input = [
      local("pgh", { home: "PA:700102", work: "PA:700102" }),
      local("nowhere", { work: "PA:123456" }),
      good("tx", "500.00"),
    ].join("\n");
    const run = spawnSync(...asoProcess("paycheck"), { input, encoding: "utf8" });
    expect(run.status).toBe(1);
    const [pgh, nowhere, tx] = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // Pittsburgh: 3% resident EIT on $3,000 and $52 ÷ 26 LST.
    expect(pgh.localTaxes).toEqual([
      expect.objectContaining({ code: "PA_EIT", jurisdiction: "PA:700102", amount: "90.00" }),
      expect.objectContaining({ code: "PA_LST", jurisdiction: "PA:700102", amount: "2.00" }),
    ]);
    expect(nowhere).toEqual({
      id: "nowhere",
      error: expect.stringContaining('localities.work: unknown locality "PA:123456"'),
    });
    expect(tx.localTaxes).toBeUndefined();
    expect(tx.net).toBeDefined();
  });

  it("exits 0 when every line succeeds", () => {
    const run = spawnSync(...asoProcess("paycheck"), { input: `${good("a", "100.00")}\n`, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
  });
});

describe("./bin/aso paycheck on a large input", () => {
  it("keeps results in input order when batches run on worker threads", () => {
    const lines: string[] = [];
    // ~2.4 MB: several 512 KiB batches, so both workers compute and their results interleave.
    for (let i = 0; i < 12_000; i++)
      lines.push(i % 1000 === 7 ? `{"id":"bad-${i}"}` : good(`r${i}`, `${100 + (i % 900)}.00`));
    const run = spawnSync(ASO, ["paycheck"], {
      input: `${lines.join("\n")}\n`,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    expect(run.status).toBe(1);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; error?: string });
    expect(out.map((o) => o.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
    expect(out.filter((o) => o.error)).toHaveLength(12);
    expect(run.stderr).toContain("line 1008: payDate");
    // Line numbers stay right in later batches (counted across the byte-cut batches).
    expect(run.stderr).toContain("line 11008: payDate");
  }, 120_000);

  it("ends quietly when its reader stops early (aso paycheck | head)", async () => {
    const child = spawn(...asoProcess("paycheck"), { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    for (let i = 0; i < 5000; i++) child.stdin.write(`${good(`p${i}`, "100.00")}\n`);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
