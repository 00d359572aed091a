/**
 * Throughput of the payroll engine and of `aso paycheck`.
 *
 *   npm run bench:paycheck            # 100,000 requests
 *   npm run bench:paycheck -- 20000   # another count
 *
 * Prints: the engine in-process (computePaycheck on prepared inputs, paychecks/s), the whole line path
 * in-process (JSON.parse + request parse + engine + JSON.stringify), both compiled as `aso paycheck`'s
 * workers run them, then `./bin/aso paycheck < file` wall time against a floor that only reads and
 * writes the same JSON Lines (node: parse + stringify each line).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { compileForWorker } from "../src/cli/compile-for-worker";
import { canonical, makeRequests } from "./paycheck-requests";

const COUNT = Number(process.argv[2] ?? 100_000);

function rate(n: number, ms: number): string {
  return `${Math.round((n / ms) * 1000).toLocaleString("en-US")}/s`;
}

const dir = mkdtempSync(join(tmpdir(), "aso-bench-"));
const compiled = join(dir, "paycheck-engine.cjs");
writeFileSync(compiled, await compileForWorker(new URL("./paycheck-engine.ts", import.meta.url)));
const { computePaycheck, fastParsePaycheckRequest, PaycheckRequestSchema, runPaycheckLine, toPaycheckInput } =
  createRequire(import.meta.url)(compiled) as typeof import("./paycheck-engine");

const lines = makeRequests(COUNT);
const inputs = lines.map((l) => toPaycheckInput(PaycheckRequestSchema.parse(JSON.parse(l))));

// The line path's fast structural parse must agree with the zod schema on every request it accepts.
let fastTaken = 0;
let fastMismatches = 0;
for (const line of lines) {
  const raw = JSON.parse(line);
  const fast = fastParsePaycheckRequest(raw);
  if (fast === undefined) continue;
  fastTaken++;
  const zod = PaycheckRequestSchema.safeParse(raw);
  if (!zod.success || canonical(fast) !== canonical(zod.data)) fastMismatches++;
}
if (fastMismatches > 0) process.exitCode = 1;

// Warm up the JIT.
for (let i = 0; i < Math.min(5000, COUNT); i++) {
  try {
    computePaycheck(inputs[i]!);
  } catch {}
}

let t = performance.now();
let cpu0 = process.cpuUsage();
let failures = 0;
for (const input of inputs) {
  try {
    computePaycheck(input);
  } catch {
    failures++;
  }
}
const engineMs = performance.now() - t;
const engineCpu = process.cpuUsage(cpu0);
const engineCpuMs = (engineCpu.user + engineCpu.system) / 1000;

t = performance.now();
cpu0 = process.cpuUsage();
for (const line of lines) JSON.stringify(runPaycheckLine(line));
const lineMs = performance.now() - t;
const lineCpu = process.cpuUsage(cpu0);
const lineCpuMs = (lineCpu.user + lineCpu.system) / 1000;

const file = join(dir, "requests.jsonl");
writeFileSync(file, `${lines.join("\n")}\n`);
const floorScript = join(dir, "floor.mjs");
writeFileSync(
  floorScript,
  `import { createInterface } from "node:readline";
let out = "";
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  out += JSON.stringify(JSON.parse(line)) + "\\n";
  if (out.length > 65536) { if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once("drain", r)); out = ""; }
}
process.stdout.write(out);
`,
);

function timeRun(
  cmd: string,
  args: string[],
  stdin?: string,
): { ms: number; bytes: number; status: number | null } {
  const input = stdin ?? readFileSync(file);
  const start = performance.now();
  const run = spawnSync(cmd, args, { input, maxBuffer: 1 << 30 });
  return { ms: performance.now() - start, bytes: run.stdout.length, status: run.status };
}

// The paycheck command alone, without bin/aso's router (which today imports every command of the
// product eagerly — server, Prisma, LangChain — before running any of them).
const directScript = join(dir, "direct.mjs");
writeFileSync(
  directScript,
  `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};
register();
const { paycheckCommand } = await import(${JSON.stringify(join(import.meta.dirname, "..", "src", "cli", "commands", "paycheck.ts"))});
process.exit(await paycheckCommand.run({ args: [], stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {} }));
`,
);

const floor = timeRun(process.execPath, [floorScript]);
const cli = timeRun(join(import.meta.dirname, "..", "bin", "aso"), ["paycheck"]);
const direct = timeRun(process.execPath, [directScript]);
const startup = timeRun(join(import.meta.dirname, "..", "bin", "aso"), ["paycheck"], "");
rmSync(dir, { recursive: true, force: true });

let cpu = "unknown CPU";
try {
  cpu = execFileSync("sh", ["-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], {
    encoding: "utf8",
  }).trim();
} catch {}

console.log(
  `aso paycheck bench: ${COUNT.toLocaleString("en-US")} varied requests, Node ${process.version}, ${cpu}`,
);
console.log(
  `  engine in-process (computePaycheck, compiled as the CLI's workers run it): ${engineMs.toFixed(0)} ms wall → ${rate(COUNT, engineMs)}; ${engineCpuMs.toFixed(0)} ms CPU → ${rate(COUNT, engineCpuMs)} paychecks per CPU-second${failures ? ` (${failures} refused)` : ""}`,
);
console.log(
  `  line path in-process (JSON.parse + request parse + engine + JSON.stringify): ${lineMs.toFixed(0)} ms wall → ${rate(COUNT, lineMs)}; ${lineCpuMs.toFixed(0)} ms CPU → ${rate(COUNT, lineCpuMs)} per CPU-second`,
);
console.log(
  `  fast request parse: ${fastTaken.toLocaleString("en-US")} of ${COUNT.toLocaleString("en-US")} requests taken without zod, ${fastMismatches} disagreeing with the schema`,
);
console.log(
  `  load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${availableParallelism()} cores`,
);
console.log(`  JSON Lines read/write floor (node): ${floor.ms.toFixed(0)} ms`);
console.log(
  `  ./bin/aso paycheck: ${cli.ms.toFixed(0)} ms → ${rate(COUNT, cli.ms)} paychecks, ${(cli.ms / floor.ms).toFixed(2)}× the floor (exit ${cli.status}, ${(cli.bytes / 1e6).toFixed(1)} MB out)`,
);
console.log(
  `  paycheck command alone (no router imports): ${direct.ms.toFixed(0)} ms → ${rate(COUNT, direct.ms)} paychecks, ${(direct.ms / floor.ms).toFixed(2)}× the floor (exit ${direct.status}, ${(direct.bytes / 1e6).toFixed(1)} MB out)`,
);
console.log(`  ./bin/aso paycheck start-up on empty input: ${startup.ms.toFixed(0)} ms`);
