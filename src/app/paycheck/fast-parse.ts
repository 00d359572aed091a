import { isIsoDate } from "../../core/calendar/iso-date";
import { DEDUCTION_CODES, STATE_FILING_STATUSES } from "../../core/payroll/paycheck-input";
import { PAY_FREQUENCIES } from "../../core/tables/us/pay-periods";
import { DECIMAL, LIMITS, type PaycheckRequest } from "./paycheck-request.schema";

/**
 * A hand-written fast path for `PaycheckRequestSchema` on `aso paycheck`'s hot path. It accepts
 * only requests the schema accepts and returns the same data (unknown fields dropped, `workState`
 * upper-cased, numeric hours as decimal strings, the W-4 `version` mapped to 2019/2020). Anything it is
 * not sure of — a wrong type, a missing field, a value out of range — returns `undefined`, and the
 * caller runs the zod schema, which gives the error message. The schema stays the contract; the
 * paycheck bench checks that both agree on every request it generates.
 */
export function fastParsePaycheckRequest(raw: unknown): PaycheckRequest | undefined {
  if (!isObj(raw)) return undefined;
  const out: Obj = {};
  if (raw.id !== undefined) {
    if (typeof raw.id !== "string") return undefined;
    out.id = raw.id;
  }
  if (!isoDate(raw.payDate)) return undefined;
  out.payDate = raw.payDate;
  if (!FREQUENCIES.has(raw.payFrequency as string)) return undefined;
  out.payFrequency = raw.payFrequency;
  if (raw.earnings !== undefined) {
    if (!Array.isArray(raw.earnings)) return undefined;
    const earnings: Obj[] = [];
    for (const e of raw.earnings) {
      const parsed = earning(e);
      if (!parsed) return undefined;
      earnings.push(parsed);
    }
    out.earnings = earnings;
  }
  if (raw.timesheet !== undefined) {
    const t = timesheet(raw.timesheet);
    if (!t) return undefined;
    out.timesheet = t;
  }
  const w4 = federalW4(raw.federalW4);
  if (!w4) return undefined;
  out.federalW4 = w4;
  if (raw.workState !== undefined) {
    if (typeof raw.workState !== "string" || !STATE.test(raw.workState)) return undefined;
    out.workState = raw.workState.toUpperCase();
  }
  if (raw.stateW4 !== undefined) {
    const s = raw.stateW4;
    if (!isObj(s)) return undefined;
    const o: Obj = {};
    if (!optInt(s, "allowances", 99, o) || !optInt(s, "additionalAllowances", 99, o)) return undefined;
    if (!optInt(s, "dependents", 99, o)) return undefined;
    // Rarer fields are left to the schema.
    if (s.rateTable !== undefined || s.locality !== undefined) return undefined;
    if (!optDec(s, "extraWithholding", o) || !optDec(s, "annualAllowance", o)) return undefined;
    if (s.filingStatus !== undefined) {
      if (!STATE_FILING.has(s.filingStatus as string)) return undefined;
      o.filingStatus = s.filingStatus;
    }
    if (!optBool(s, "exempt", o)) return undefined;
    out.stateW4 = o;
  }
  if (raw.deductions !== undefined) {
    if (!Array.isArray(raw.deductions)) return undefined;
    const deductions: Obj[] = [];
    for (const d of raw.deductions) {
      if (!isObj(d) || !DEDUCTIONS.has(d.code as string)) return undefined;
      const o: Obj = { code: d.code };
      if (!optDec(d, "amount", o) || !optDec(d, "percent", o)) return undefined;
      if (o.percent !== undefined && !(Number(o.percent) <= 100)) return undefined;
      if ((o.amount === undefined) === (o.percent === undefined)) return undefined;
      deductions.push(o);
    }
    out.deductions = deductions;
  }
  if (raw.ytd !== undefined) {
    const y = raw.ytd;
    if (!isObj(y)) return undefined;
    const o: Obj = {};
    for (const key of YTD_KEYS) if (!optDec(y, key, o)) return undefined;
    out.ytd = o;
  }
  if (raw.employer !== undefined) {
    const e = raw.employer;
    if (!isObj(e)) return undefined;
    const o: Obj = {};
    if (!optDec(e, "sutaRate", o) || !optDec(e, "sutaWageBase", o) || !optDec(e, "futaCreditReduction", o))
      return undefined;
    if ((o.sutaRate === undefined) !== (o.sutaWageBase === undefined)) return undefined;
    if (e.workersComp !== undefined) {
      const w = e.workersComp;
      if (!isObj(w) || typeof w.classCode !== "string" || w.classCode.length < 1 || !isDec(w.ratePer100))
        return undefined;
      const wc: Obj = { classCode: w.classCode, ratePer100: w.ratePer100 };
      if (!optDec(w, "experienceMod", wc)) return undefined;
      o.workersComp = wc;
    }
    out.employer = o;
  }
  if (!optInt(raw, "age", 130, out)) return undefined;
  if (raw.hsaCoverage !== undefined) {
    if (raw.hsaCoverage !== "self" && raw.hsaCoverage !== "family") return undefined;
    out.hsaCoverage = raw.hsaCoverage;
  }
  if (raw.localities !== undefined) {
    const l = raw.localities;
    // A local certificate is rarer: left to the schema.
    if (!isObj(l) || l.certificate !== undefined) return undefined;
    const o: Obj = {};
    for (const key of ["home", "work", "transitDistrict"] as const) {
      const code = l[key];
      if (code === undefined) continue;
      if (typeof code !== "string") return undefined;
      const trimmed = code.trim();
      if (trimmed.length < 1 || trimmed.length > 40) return undefined;
      o[key] = trimmed.toUpperCase();
    }
    out.localities = o;
  }
  if (raw.supplementalMethod !== undefined) {
    if (raw.supplementalMethod !== "flat" && raw.supplementalMethod !== "aggregate") return undefined;
    out.supplementalMethod = raw.supplementalMethod;
  }
  if (!optDec(raw, "priorYearFicaWages", out) || !optDec(raw, "wageRecovery", out)) return undefined;
  // Rare: the schema reads it.
  if (raw.deductionArrears !== undefined) return undefined;
  if (raw.stateSupplementalMethod !== undefined) {
    if (raw.stateSupplementalMethod !== "flat") return undefined;
    out.stateSupplementalMethod = "flat";
  }
  if (raw.aggregateWith !== undefined) {
    const a = raw.aggregateWith;
    if (!isObj(a) || !isDec(a.regularWages)) return undefined;
    const o: Obj = { regularWages: a.regularWages };
    if (!optDec(a, "federalIncomeTaxWithheld", o)) return undefined;
    out.aggregateWith = o;
  }
  const earnings = out.earnings as Obj[] | undefined;
  if (out.timesheet === undefined && (earnings === undefined || earnings.length === 0)) return undefined;
  return out as PaycheckRequest;
}

type Obj = Record<string, unknown>;

const STATE = /^[A-Za-z]{2}$/;
const FREQUENCIES = new Set<string>(PAY_FREQUENCIES);
const STATE_FILING = new Set<string>(STATE_FILING_STATUSES);
const W4_2020_FILING = new Set(["single", "married_jointly", "married_separately", "head_of_household"]);
const DEDUCTIONS = new Set<string>(DEDUCTION_CODES);
const YTD_KEYS = [
  "socialSecurityWages",
  "socialSecurityTax",
  "supplementalWages",
  "medicareWages",
  "futaWages",
  "sutaWages",
  "k401Deferrals",
  "hsa",
  "localServicesTax",
  "healthFsa",
  "dependentCareFsa",
] as const;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isDec(v: unknown): v is string {
  return typeof v === "string" && DECIMAL.test(v);
}

/** Calendar dates already checked (pay dates and timesheet days repeat); bounded. */
const validDates = new Set<string>();

function isoDate(v: unknown): v is string {
  if (typeof v !== "string") return false;
  if (validDates.has(v)) return true;
  if (!isIsoDate(v)) return false;
  if (validDates.size < 10_000) validDates.add(v);
  return true;
}

/** Hours: a decimal string, or a non-negative finite JSON number turned into its decimal string. */
function hours(v: unknown): string | undefined {
  const text =
    typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) && v >= 0 ? String(v) : "";
  return DECIMAL.test(text) && Number(text) <= LIMITS.hours ? text : undefined;
}

function optDec(from: Obj, key: string, to: Obj): boolean {
  const v = from[key];
  if (v === undefined) return true;
  if (!isDec(v)) return false;
  to[key] = v;
  return true;
}

function optInt(from: Obj, key: string, max: number, to: Obj): boolean {
  const v = from[key];
  if (v === undefined) return true;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max) return false;
  to[key] = v;
  return true;
}

function optBool(from: Obj, key: string, to: Obj): boolean {
  const v = from[key];
  if (v === undefined) return true;
  if (typeof v !== "boolean") return false;
  to[key] = v;
  return true;
}

function earning(e: unknown): Obj | undefined {
  if (!isObj(e)) return undefined;
  switch (e.code) {
    case "regular":
    case "overtime": {
      const h = hours(e.hours);
      if (h === undefined || !isDec(e.rate) || Number(e.rate) > LIMITS.rate) return undefined;
      return { code: e.code, hours: h, rate: e.rate };
    }
    case "salary": {
      if (!isDec(e.amount) || Number(e.amount) > LIMITS.amount) return undefined;
      const o: Obj = { code: e.code, amount: e.amount };
      if (e.hours !== undefined) {
        const h = hours(e.hours);
        if (h === undefined) return undefined;
        o.hours = h;
      }
      return o;
    }
    case "bonus": {
      if (!isDec(e.amount) || Number(e.amount) > LIMITS.amount) return undefined;
      const o: Obj = { code: e.code, amount: e.amount };
      return optBool(e, "nondiscretionary", o) ? o : undefined;
    }
    default:
      return undefined;
  }
}

function timesheet(t: unknown): Obj | undefined {
  if (!isObj(t) || !isDec(t.rate) || (t.rule !== "flsa" && t.rule !== "california")) return undefined;
  if (!Array.isArray(t.days) || t.days.length < 1) return undefined;
  const days: [string, string][] = [];
  for (const day of t.days) {
    if (!Array.isArray(day) || day.length !== 2 || !isoDate(day[0])) return undefined;
    const h = hours(day[1]);
    if (h === undefined) return undefined;
    days.push([day[0], h]);
  }
  const o: Obj = { rate: t.rate, rule: t.rule };
  if (t.workweekStart !== undefined) {
    if (typeof t.workweekStart !== "string") return undefined;
    o.workweekStart = t.workweekStart;
  }
  o.days = days;
  return o;
}

function federalW4(w: unknown): Obj | undefined {
  if (!isObj(w) || typeof w.version !== "number" || !Number.isInteger(w.version)) return undefined;
  if (w.version >= 2020) {
    if (!W4_2020_FILING.has(w.filingStatus as string)) return undefined;
    const o: Obj = { version: 2020, filingStatus: w.filingStatus };
    if (!optBool(w, "step2Checkbox", o)) return undefined;
    for (const key of W4_2020_AMOUNTS) if (!optDec(w, key, o)) return undefined;
    return optBool(w, "exempt", o) && optExemptExpires(w, o) ? o : undefined;
  }
  if (w.filingStatus !== "single" && w.filingStatus !== "married") return undefined;
  if (typeof w.allowances !== "number" || !Number.isInteger(w.allowances)) return undefined;
  if (w.allowances < 0 || w.allowances > 99) return undefined;
  const o: Obj = { version: 2019, filingStatus: w.filingStatus, allowances: w.allowances };
  if (!optDec(w, "extraWithholding", o)) return undefined;
  return optBool(w, "exempt", o) && optExemptExpires(w, o) ? o : undefined;
}

function optExemptExpires(from: Obj, to: Obj): boolean {
  if (from.exemptExpires === undefined) return true;
  if (!isoDate(from.exemptExpires)) return false;
  to.exemptExpires = from.exemptExpires;
  return true;
}

const W4_2020_AMOUNTS = [
  "step3Credits",
  "step4aOtherIncome",
  "step4bDeductions",
  "step4cExtraWithholding",
] as const;
