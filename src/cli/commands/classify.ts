import { createInterface } from "node:readline";
import { DateTime } from "luxon";
import { z } from "zod";
import { systemClock } from "../../app/clock";
import { loadEnv } from "../../config/env";
import { createIntentClassifier } from "../../conversation/create-classifier";
import { contractIntent } from "../../conversation/intents";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";
import { createLogger } from "../../log/logger";
import { parseCommandArgs } from "../args";
import type { CliCommand } from "../command";

const USAGE = "aso classify [--timezone America/New_York] [--now 2026-11-25T15:00:00Z] < messages.jsonl";

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string().max(4000),
});

/**
 * `aso classify`: `{"id"?,"text"}` JSON Lines on stdin → `{"id","text","intent","confidence","entities"}`
 * per line on stdout, in order (docs/contracts.md §1). Uses the configured classifier (offline unless
 * LLM_PROVIDER is set). Relative dates in `entities` resolve in `--timezone` (default UTC) at `--now`
 * (default the current time). A line without an id gets its line number. A bad line yields
 * `{"id","error"}` and the rest still run; exit 1 at the end if any failed.
 */
export const classifyCommand: CliCommand = {
  summary: "classify messages into intents (JSON Lines on stdin)",
  usage: USAGE,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      { timezone: { type: "string" }, now: { type: "string" } },
      USAGE,
    );
    const timezone = values.timezone ?? "UTC";
    if (!DateTime.now().setZone(timezone).isValid)
      throw new DomainError("cli.usage", `--timezone: unknown timezone ${timezone}\nusage: ${USAGE}`);
    const now = values.now ? new Date(values.now) : systemClock.now();
    if (Number.isNaN(now.getTime()))
      throw new DomainError("cli.usage", `--now: not an ISO date-time\nusage: ${USAGE}`);
    const env = loadEnv(io.env);
    const classifier = createIntentClassifier(
      env,
      createLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL),
    );

    let failed = 0;
    let lineNo = 0;
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === "") continue;
      let id: string | number = lineNo;
      let out: string;
      try {
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          throw new Error("not valid JSON");
        }
        const rawId = (json as { id?: unknown } | null)?.id;
        if (typeof rawId === "string" || typeof rawId === "number") id = rawId;
        const parsed = LineSchema.safeParse(json);
        if (!parsed.success) throw new Error(formatZodIssue(parsed.error));
        const result = await classifier.classify(parsed.data.text, { timezone, now });
        out = JSON.stringify({
          id,
          text: parsed.data.text,
          ...contractIntent(result.intent),
          confidence: Number(result.confidence.toFixed(4)),
          entities: result.slots,
        });
      } catch (error) {
        failed++;
        const message = (error as Error).message;
        out = JSON.stringify({ id, error: message });
        io.stderr.write(`aso classify: line ${lineNo}: ${message}\n`);
      }
      if (!io.stdout.write(`${out}\n`))
        await new Promise<void>((resolve) => io.stdout.once("drain", resolve));
    }
    return failed > 0 ? 1 : 0;
  },
};
