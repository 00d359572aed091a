import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stallJob, stallProcessor } from "./fixtures/stall-job";
import {
  type BackendHarness,
  openBackendHarness,
  queueBackends,
  uniquePrefix,
  waitFor,
} from "./queue-backends";

const fixture = join(import.meta.dirname, "fixtures", "stalling-worker.ts");

function startChild(args: string[]): { child: ChildProcess; started: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", fixture, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: process.env,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const started = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += String(chunk);
      const match = /started (\S+)\n/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on("exit", (code) => reject(new Error(`worker child exited (${code}) before starting: ${stderr}`)));
  });
  return { child, started };
}

// Worker processes are started, killed and started again (tsx start-up each time): generous time.
describe.each(queueBackends)("a worker killed mid-job on the %s backend", { timeout: 120_000 }, (kind) => {
  let harness: BackendHarness | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await harness?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("has its job picked up again by a new worker", async () => {
    const prefix = uniquePrefix();
    dataDir = kind === "embedded" ? mkdtempSync(join(tmpdir(), "aso-queue-stall-")) : undefined;
    const { child, started } = startChild([kind, prefix, dataDir ?? "-"]);
    const jobId = await started;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;

    // The embedded database is one process's: reopen the same data directory after the kill.
    harness = await openBackendHarness(kind, dataDir);
    const runtime = await harness.runtime({ prefix });
    const queue = runtime.queue(stallJob.queue);
    expect(await queue.getJobState(jobId)).toBe("active");

    const seen: string[] = [];
    const workers = runtime.startWorkers([stallProcessor], {
      deps: { onStart: async (id) => void seen.push(id) },
      lockDuration: 1_000,
      stalledInterval: 300,
    });
    await waitFor(async () => (await queue.getJobState(jobId)) === "completed", 15_000);
    expect(seen).toEqual([jobId]);
    expect((await queue.getJob(jobId))?.returnvalue).toEqual({ key: "k1", attemptsMade: 0 });
    await workers.close();
  });
});
