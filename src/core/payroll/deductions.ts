import { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import type { BenefitLimitsYear } from "../tables/us/benefit-limits";
import { constant, usd } from "./format";
import { atLeastZero, compare, HUNDRED, isPositive, ZERO } from "./math";
import type { DeductionCode, DeductionInput, PaycheckInput } from "./paycheck-input";

/** How each deduction treats the wage bases (IRS Pub 15 §15 table; Pub 15-B Table 2-1). */
const TREATMENT: Record<
  DeductionCode,
  { label: string; reducesIncomeTax: boolean; reducesFica: boolean; limit?: LimitKind }
> = {
  "401k": { label: "401(k)", reducesIncomeTax: true, reducesFica: false, limit: "402g" },
  roth_401k: { label: "Roth 401(k)", reducesIncomeTax: false, reducesFica: false, limit: "402g" },
  section125_medical: { label: "Medical premium (Section 125)", reducesIncomeTax: true, reducesFica: true },
  section125_dental: { label: "Dental premium (Section 125)", reducesIncomeTax: true, reducesFica: true },
  section125_vision: { label: "Vision premium (Section 125)", reducesIncomeTax: true, reducesFica: true },
  hsa_section125: { label: "HSA (Section 125)", reducesIncomeTax: true, reducesFica: true, limit: "hsa" },
  health_fsa: { label: "Health FSA", reducesIncomeTax: true, reducesFica: true, limit: "healthFsa" },
  dependent_care_fsa: {
    label: "Dependent care FSA",
    reducesIncomeTax: true,
    reducesFica: true,
    limit: "dependentCare",
  },
};

type LimitKind = "402g" | "hsa" | "healthFsa" | "dependentCare";

/** The plain label of a deduction code ("Medical premium (Section 125)"), or the code itself. */
export function deductionLabel(code: string): string {
  return TREATMENT[code as DeductionCode]?.label ?? code;
}

/** Whether a deduction code is taken before income tax (401(k) and the Section 125 items). */
export function isPreTaxDeduction(code: string): boolean {
  return TREATMENT[code as DeductionCode]?.reducesIncomeTax ?? false;
}

/**
 * The sums each wage base loses, recounted from the lines (after a cut): 401(k), the Section 125
 * items and the HSA among them.
 */
export function recountDeductions(lines: ComputedDeduction[], explanation: string[]): ComputedDeductions {
  let total = ZERO;
  let k401 = ZERO;
  let section125 = ZERO;
  let hsa = ZERO;
  for (const l of lines) {
    total = total.plus(l.amount);
    if (l.code === "401k") k401 = k401.plus(l.amount);
    if (TREATMENT[l.code].reducesFica) section125 = section125.plus(l.amount);
    if (l.code === "hsa_section125") hsa = hsa.plus(l.amount);
  }
  return { lines, total, k401, section125, hsa, explanation };
}

/** A deduction to take: `arrears` marks the line the engine adds for arrears carried in. */
export type DeductionToTake = DeductionInput & { arrears?: true };

/** One computed deduction, cents. */
export type ComputedDeduction = {
  code: DeductionCode;
  amount: Decimal;
  preTax: boolean;
  requested: Decimal;
  capped: boolean;
  /** Arrears carried in from earlier paychecks, not this period's deduction. */
  arrears?: true;
};

/** Result of {@link computeDeductions}: the lines and the amounts each wage base loses. */
export type ComputedDeductions = {
  lines: ComputedDeduction[];
  total: Decimal;
  /** Traditional 401(k): reduces federal income-tax wages only. */
  k401: Decimal;
  /** Section 125 items (premiums, HSA, FSAs): reduce income-tax, FICA, FUTA and SUTA wages. */
  section125: Decimal;
  /** HSA through Section 125 (California taxes it). */
  hsa: Decimal;
  explanation: string[];
};

/**
 * The age the employee reaches by 31 December of the pay date's year: the request's `age`, else the
 * pay year less the birth year. Catch-up eligibility turns on the age attained by the end of the
 * calendar year (§414(v)(5)(A), §414(v)(2)(E) for ages 60–63, §223(b)(3) for the HSA's 55), so the
 * birthday itself does not matter within the year. Undefined when neither is given.
 */
export function ageAtYearEnd(
  input: Pick<PaycheckInput, "age" | "birthDate" | "payDate">,
): number | undefined {
  if (input.age !== undefined) return input.age;
  if (input.birthDate === undefined) return undefined;
  return Number(input.payDate.slice(0, 4)) - Number(input.birthDate.slice(0, 4));
}

/**
 * Computes each deduction (a fixed amount or a percent of gross, rounded to cents half-up) and caps it
 * at what is left of its annual limit after the year-to-date input: 401(k) traditional + Roth share the
 * §402(g) limit plus the age catch-up; HSA (self or family, +$1,000 at 55+); health FSA; dependent care.
 * A capped deduction is never silently reduced: the line carries `requested` and `capped`, and the
 * explanation says so. Employer HSA contributions are not in the input; `ytd.hsa` should include them.
 *
 * @see IRC §402(g), §414(v) (catch-up), §223(b) (HSA), §125(i) (health FSA), §129 (dependent care)
 */
export function computeDeductions(
  input: PaycheckInput,
  gross: Decimal,
  limits: BenefitLimitsYear,
  taxYear: string,
  /** When the employee's catch-up must be Roth: the prior-year wage threshold they exceeded. */
  rothCatchUpOver?: Decimal,
): ComputedDeductions {
  const deductions = input.deductions ?? [];
  if (deductions.length === 0)
    return { lines: [], total: ZERO, k401: ZERO, section125: ZERO, hsa: ZERO, explanation: [] };
  const ytd = input.ytd ?? {};
  const age = ageAtYearEnd(input) ?? 0;
  const catchUp =
    age >= 60 && age <= 63 && isPositive(constant(limits.catchUp60to63))
      ? constant(limits.catchUp60to63)
      : age >= 50
        ? constant(limits.catchUp50)
        : ZERO;
  // Annual limits and year-to-date use, built only for the limits a deduction of this paycheck touches.
  const annualOf = (kind: LimitKind): Decimal => {
    switch (kind) {
      case "402g":
        return catchUp.isZero() ? constant(limits.elective401k) : constant(limits.elective401k).plus(catchUp);
      case "hsa": {
        const base = constant(input.hsaCoverage === "self" ? limits.hsaSelf : limits.hsaFamily);
        return age >= 55 ? base.plus(constant(limits.hsaCatchUp55)) : base;
      }
      case "healthFsa":
        return constant(limits.healthFsa);
      case "dependentCare":
        return constant(limits.dependentCare);
    }
  };
  const ytdOf: Record<LimitKind, string | undefined> = {
    "402g": ytd.k401Deferrals,
    hsa: ytd.hsa,
    healthFsa: ytd.healthFsa,
    dependentCare: ytd.dependentCareFsa,
  };
  const annual: Partial<Record<LimitKind, Decimal>> = {};
  const used: Partial<Record<LimitKind, Decimal>> = {};
  const limitWords = (kind: LimitKind): string => {
    const limit = annual[kind]!;
    switch (kind) {
      case "402g":
        return `the ${taxYear} 401(k) limit of ${usd(limit)}${isPositive(catchUp) ? ` (including the ${usd(catchUp)} catch-up for your age)` : ""}`;
      case "hsa":
        return `the ${taxYear} HSA limit of ${usd(limit)} (${input.hsaCoverage === "self" ? "self-only" : input.hsaCoverage === "family" ? "family" : "family, as no coverage tier was given"})`;
      case "healthFsa":
        return `the ${taxYear} health FSA limit of ${usd(limit)}`;
      case "dependentCare":
        return `the ${taxYear} dependent care limit of ${usd(limit)}`;
    }
  };

  const lines: ComputedDeduction[] = [];
  const explanation: string[] = [];
  let total = ZERO;
  let k401 = ZERO;
  let section125 = ZERO;
  let hsa = ZERO;
  for (const d of deductions as readonly DeductionToTake[]) {
    const t = TREATMENT[d.code];
    // Rounding point: a percent deduction is rounded to cents, half-up.
    const requested = roundCents(requestedAmount(d, gross), RoundingRule.HalfUp);
    let amount = requested;
    let capped = false;
    let words = d.arrears
      ? `${t.label} carried from earlier paychecks: ${usd(requested)}`
      : d.percent !== undefined
        ? `${t.label}: ${d.percent}% of ${usd(gross)} = ${usd(requested)}`
        : `${t.label}: ${usd(requested)}`;
    if (t.limit) {
      const kind = t.limit;
      annual[kind] ??= annualOf(kind);
      used[kind] ??= new Decimal(ytdOf[kind] ?? 0);
      const soFar = used[kind];
      const left = atLeastZero(annual[kind].minus(soFar));
      if (compare(amount, left) > 0) {
        amount = left;
        capped = true;
        words = `${words} asked, but only ${usd(left)} was left under ${limitWords(kind)} after ${usd(soFar)} so far this year, so ${usd(left)} was taken`;
      }
      used[kind] = soFar.plus(amount);
    }
    const base = t.reducesFica
      ? "taken before income tax, Social Security and Medicare"
      : t.reducesIncomeTax
        ? "taken before federal income tax; Social Security and Medicare still apply"
        : "taken after tax";
    // A high earner's catch-up (what this line puts above the base §402(g) limit) must be Roth:
    // that part is taken after tax, as a Roth 401(k) line.
    const catchUpPart =
      d.code === "401k" && rothCatchUpOver !== undefined && isPositive(catchUp)
        ? atLeastZero(
            amount.minus(atLeastZero(constant(limits.elective401k).minus(used["402g"]!.minus(amount)))),
          )
        : ZERO;
    if (isPositive(catchUpPart)) {
      const pre = amount.minus(catchUpPart);
      explanation.push(
        `${words} (${base}); of it, ${usd(catchUpPart)} is catch-up above the ${taxYear} limit of ${usd(constant(limits.elective401k))} and is taken as Roth 401(k), after tax, because your Social Security wages from this employer last year were over ${usd(rothCatchUpOver!)}.`,
      );
      lines.push({ code: d.code, amount: pre, preTax: true, requested, capped });
      lines.push({
        code: "roth_401k",
        amount: catchUpPart,
        preTax: false,
        requested: catchUpPart,
        capped: false,
      });
      total = total.plus(amount);
      k401 = k401.plus(pre);
      continue;
    }
    explanation.push(`${words} (${base}).`);
    lines.push({
      code: d.code,
      amount,
      preTax: t.reducesIncomeTax,
      requested,
      capped,
      ...(d.arrears ? { arrears: true as const } : {}),
    });
    total = total.plus(amount);
    if (d.code === "401k") k401 = k401.plus(amount);
    if (t.reducesFica) section125 = section125.plus(amount);
    if (d.code === "hsa_section125") hsa = hsa.plus(amount);
  }
  return { lines, total, k401, section125, hsa, explanation };
}

function requestedAmount(d: DeductionInput, gross: Decimal): Decimal {
  if (d.amount !== undefined) return new Decimal(d.amount);
  return gross.times(d.percent ?? 0).dividedBy(HUNDRED);
}
