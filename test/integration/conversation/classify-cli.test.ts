import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main";

async function run(args: string[], input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => {
    out += c;
  });
  stderr.on("data", (c) => {
    err += c;
  });
  const code = await main(["classify", ...args], { stdin: Readable.from([input]), stdout, stderr, env: {} });
  return {
    code,
    lines: out
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    err,
  };
}

describe("aso classify", () => {
  it("writes one result line per message with intent, confidence and entities", async () => {
    const { code, lines } = await run(
      ["--timezone", "America/Los_Angeles", "--now", "2026-11-25T06:30:00Z"],
      '{"id":"a","text":"submit 9 hours for yesterday"}\n\n{"text":"my boss threatened me"}\n',
    );
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({
      id: "a",
      text: "submit 9 hours for yesterday",
      intent: "timesheet_submit",
      entities: { date: "2026-11-23", hours: "9" },
    });
    expect(lines[0].confidence).toBeGreaterThan(0.5);
    expect(lines[0].confidence).toBeLessThanOrEqual(1);
    expect(lines[1]).toMatchObject({ id: 3, intent: "sensitive_report" });
  });

  it("reports a move under the contract's sixteen names: a life event, the address change beside it", async () => {
    const { code, lines } = await run([], '{"id":"m","text":"I moved, please update my home address"}\n');
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ id: "m", intent: "life_event", subIntent: "address_change" });
  });

  it("reports a bad line and goes on, exiting 1 at the end", async () => {
    const { code, lines, err } = await run([], 'nope\n{"id":"b","text":"hi"}\n{"id":"c"}\n');
    expect(code).toBe(1);
    expect(lines).toEqual([
      { id: 1, error: "not valid JSON" },
      expect.objectContaining({ id: "b", intent: "greeting_help" }),
      expect.objectContaining({ id: "c", error: expect.stringContaining("text") }),
    ]);
    expect(err).toMatch(/line 1/);
  });

  it("rejects an unknown timezone as a usage error", async () => {
    const { code } = await run(["--timezone", "Mars/Olympus"], "");
    expect(code).toBe(2);
  });
});
