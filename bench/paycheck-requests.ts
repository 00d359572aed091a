/**
 * The paycheck bench's requests: deterministic and varied (hourly, salaried, overtime, bonuses, FLSA and
 * California timesheets, every pay frequency, both W-4 versions, several states, pre-tax deductions,
 * YTD near the wage bases). Shared by bench/paycheck.ts and the fast-parse agreement test.
 */

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

export function makeRequests(n: number): string[] {
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

/** JSON with keys sorted and undefined values dropped, to compare parsed requests. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  return JSON.stringify(sort(value));
}
