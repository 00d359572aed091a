import { Decimal } from "../../../money/decimal";
import { RoundingRule, roundCents } from "../../../money/rounding";
import { CONNECTICUT, type CtCode, type CtStepped } from "../../../tables/states/ct";
import { constant, percent, usd } from "../../format";
import { atLeastZero, compare, count, isPositive, min, ZERO } from "../../math";
import type { StateW4Input } from "../../paycheck-input";
import { stateTable } from "./common";
import { graduatedTax } from "./graduated";
import type { StateWithholdingModule } from "./state-module";

/**
 * Connecticut (TPG-211 Withholding Calculation Rules): annual wages − the code's personal exemption
 * (Table A) = taxable income; tax by Table B, + the Table C phase-out add-back and the Table D
 * recapture (both by annual wages); × (1 − the Table E personal-credit decimal); ÷ pay periods; plus
 * CT-W4 line 2 extra. The CT-W4 line 1 withholding code is `rateTable` (A–E), or, for Code F (not a
 * letter that field holds) and when no letter is given, follows `filingStatus`: single → F, head of
 * household → B, married (spouse not employed) → C, married filing separately or both spouses
 * employed → A. Code E (or `exempt`) withholds nothing. With no CT-W4 (or no code) on file, DRS
 * requires 6.99% of wages with no exemption or credit. Wages follow federal income-tax wages.
 *
 * @see Conn. Gen. Stat. §12-705; DRS TPG-211, Circular CT
 */
export const connecticut: StateWithholdingModule = {
  code: "CT",
  name: "Connecticut",
  compute(ctx) {
    const table = stateTable(ctx, CONNECTICUT, "CT");
    const wages = ctx.wages.federal;
    const w4 = ctx.stateW4;
    const code = withholdingCode(w4);
    if (w4?.exempt || code === "E")
      return {
        wages,
        tax: ZERO,
        explanation: "Connecticut income tax: none, you are exempt (CT-W4 Code E).",
      };
    const extra = new Decimal(w4?.extraWithholding ?? 0);
    const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
    if (!code) {
      const rate = constant(table.noCertificateRate);
      // Rounding point: once, half-up to cents.
      const tax = roundCents(wages.times(rate).plus(extra), RoundingRule.HalfUp);
      return {
        wages,
        tax,
        explanation: `Connecticut income tax: no CT-W4 withholding code on file, so ${percent(rate)} of ${usd(wages)} with no exemption or credit${extraWords} = ${usd(tax)}.`,
      };
    }
    const t = table.codes[code];
    const periods = count(ctx.periodsPerYear);
    const annual = wages.times(periods);
    const ex = t.exemption;
    const reduction = steps(annual, constant(ex.reduceOver), constant(ex.step)).times(constant(ex.step));
    const exemption = atLeastZero(constant(ex.amount).minus(reduction));
    const taxable = atLeastZero(annual.minus(exemption));
    const initial = graduatedTax(taxable, t.rates).tax;
    const addBack = stepped(annual, t.phaseOut);
    const recapture = stepped(annual, t.recapture);
    const credit = creditDecimal(annual, t.credit);
    const annualTax = initial.plus(addBack).plus(recapture).times(Decimal.sub(1, credit));
    // Rounding point: once, half-up to cents, on the period's share plus the extra.
    const tax = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
    const adds = isPositive(addBack.plus(recapture))
      ? ` + ${usd(addBack.plus(recapture))} phase-out and recapture`
      : "";
    return {
      wages,
      tax,
      explanation: `Connecticut income tax (Code ${code}): ${usd(wages)} × ${ctx.periodsPerYear} = ${usd(annual)} − ${usd(exemption)} exemption = ${usd(taxable)}; tax ${usd(initial)}${adds}, less a ${percent(credit)} personal credit = ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(tax)}.`,
    };
  },
};

/** The CT-W4 line 1 code: the letter given, else the one the marked status points to. */
function withholdingCode(w4: StateW4Input | undefined): CtCode | "E" | undefined {
  if (!w4) return undefined;
  if (w4.rateTable) return w4.rateTable;
  switch (w4.filingStatus) {
    case "single":
      return "F";
    case "head_of_household":
      return "B";
    case "married":
      return "C";
    case "married_separately":
    case "married_two_incomes":
      return "A";
    default:
      return undefined;
  }
}

/** How many `step`s, or fractions of one, `annual` is over `over` (0 when not over). */
function steps(annual: Decimal, over: Decimal, step: Decimal): Decimal {
  const above = annual.minus(over);
  return isPositive(above) ? above.dividedBy(step).ceil() : ZERO;
}

function stepped(annual: Decimal, s: CtStepped): Decimal {
  return min(steps(annual, constant(s.over), constant(s.step)).times(constant(s.amount)), constant(s.max));
}

function creditDecimal(annual: Decimal, rows: readonly (readonly [string, string])[]): Decimal {
  for (const [upTo, decimal] of rows) if (compare(annual, constant(upTo)) <= 0) return constant(decimal);
  return ZERO;
}
