/**
 * Throughput of the payroll engine and of `aso paycheck` (issue 3).
 *
 *   npm run bench:paycheck            # 100,000 requests
 *   npm run bench:paycheck -- 20000   # another count
 *
 * Prints: the engine in-process (computePaycheck on prepared inputs, paychecks/s), the whole line path
 * in-process (JSON.parse + zod + engine + JSON.stringify), then `./bin/aso paycheck < file` wall time
 * against a floor that only reads and writes the same JSON Lines (node: parse + stringify each line).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { PaycheckRequestSchema } from "../src/app/paycheck/paycheck-request.schema";
import { runPaycheckLine } from "../src/app/paycheck/run-paycheck-line";
import { toPaycheckInput } from "../src/app/paycheck/to-paycheck-input";
import { computePaycheck } from "../src/core/payroll/compute-paycheck";

const COUNT = Number(process.argv[2] ?? 100_000);

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same requests. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRequests(n: number): string[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const money = (max: number) => (Math.floor(r() * max * 100) / 100).toFixed(2);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const state = pick(["PA", "IL", "CO", "CA", "TX", "FL", "WA"]);
    const hourly = r() < 0.6;
    const req: Record<string, unknown> = {
      id: `req-${i}`,
      payDate: pick(["2025-03-14", "2026-01-15", "2026-06-30"]),
      payFrequency: pick(["weekly", "biweekly", "semimonthly", "monthly"]),
      earnings: hourly
        ? [
            { code: "regular", hours: String(Math.floor(r() * 60) + 20), rate: (10 + r() * 70).toFixed(2) },
            ...(r() < 0.5
              ? [{ code: "overtime", hours: String(Math.floor(r() * 12)), rate: (10 + r() * 70).toFixed(2) }]
              : []),
            ...(r() < 0.3 ? [{ code: "bonus", amount: money(500), nondiscretionary: r() < 0.7 }] : []),
          ]
        : [{ code: "salary", amount: (1500 + r() * 10000).toFixed(2) }],
      federalW4:
        r() < 0.8
          ? {
              version: 2020,
              filingStatus: pick(["single", "married_jointly", "married_separately", "head_of_household"]),
              step2Checkbox: r() < 0.2,
              step3Credits: pick(["0", "2000", "4400"]),
              step4cExtraWithholding: pick(["0", "25.00"]),
            }
          : { version: 2019, filingStatus: pick(["single", "married"]), allowances: Math.floor(r() * 5) },
      workState: state,
      stateW4: { allowances: Math.floor(r() * 4), additionalAllowances: Math.floor(r() * 2) },
      deductions: [
        ...(r() < 0.6 ? [{ code: "401k", percent: pick(["3", "6", "10"]) }] : []),
        ...(r() < 0.5 ? [{ code: "section125_medical", amount: money(200) }] : []),
        ...(r() < 0.2 ? [{ code: "hsa_section125", amount: money(150) }] : []),
        ...(r() < 0.2 ? [{ code: "roth_401k", amount: money(100) }] : []),
      ],
      ytd: {
        socialSecurityWages: money(200000),
        medicareWages: money(220000),
        futaWages: money(8000),
        sutaWages: money(12000),
        k401Deferrals: money(25000),
      },
      employer: {
        sutaRate: "0.027",
        sutaWageBase: "10000",
        workersComp: { classCode: "8810", ratePer100: "0.25", experienceMod: "0.95" },
      },
    };
    if (state === "CA") req.payDate = "2026-01-15"; // CA Method B tables ship for 2026 only
    if (hourly && r() < 0.15) {
      const rule = state === "CA" ? "california" : "flsa";
      const days = Array.from({ length: 5 + Math.floor(r() * 3) }, (_, d) => [
        `2026-01-${String(4 + d).padStart(2, "0")}`,
        String(6 + Math.floor(r() * 7)),
      ]);
      req.timesheet = { rate: (12 + r() * 50).toFixed(2), rule, days };
      req.earnings = r() < 0.3 ? [{ code: "bonus", amount: money(300) }] : [];
    }
    lines.push(JSON.stringify(req));
  }
  return lines;
}

function rate(n: number, ms: number): string {
  return `${Math.round((n / ms) * 1000).toLocaleString("en-US")}/s`;
}

const lines = makeRequests(COUNT);
const inputs = lines.map((l) => toPaycheckInput(PaycheckRequestSchema.parse(JSON.parse(l))));

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

const dir = mkdtempSync(join(tmpdir(), "aso-bench-"));
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
  `  engine in-process (computePaycheck): ${engineMs.toFixed(0)} ms wall → ${rate(COUNT, engineMs)}; ${engineCpuMs.toFixed(0)} ms CPU → ${rate(COUNT, engineCpuMs)} paychecks per CPU-second${failures ? ` (${failures} refused)` : ""}`,
);
console.log(
  `  line path in-process (JSON + zod + engine + JSON): ${lineMs.toFixed(0)} ms wall → ${rate(COUNT, lineMs)}; ${lineCpuMs.toFixed(0)} ms CPU → ${rate(COUNT, lineCpuMs)} per CPU-second`,
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
