import { DomainError } from "../../errors/domain-error";
import { Decimal } from "../money/decimal";
import { RoundingRule, roundCents } from "../money/rounding";
import type { Dated } from "../tables/dated";
import { CITY_INCOME_TAXES, type CityTaxEntry } from "../tables/locals/city-income-taxes";
import { INDIANA_COUNTIES, type IndianaCountyYear } from "../tables/locals/in-counties";
import { LocalTableNames } from "../tables/locals/local-tables";
import {
  MARYLAND_COUNTIES,
  MARYLAND_NONRESIDENT,
  type MarylandCountyYear,
} from "../tables/locals/md-counties";
import { NEW_YORK_CITY, YONKERS } from "../tables/locals/ny-cities";
import {
  METRO_SHS,
  MULTNOMAH_PFA,
  OREGON_LOCAL_AREAS,
  type OregonLocalTaxYear,
} from "../tables/locals/or-local";
import {
  PA_LOCAL_SERVICES_TAX_RULE,
  PA_PSD_CODES,
  PHILADELPHIA_WAGE_TAX,
  type PsdEntry,
} from "../tables/locals/pa-local";
import { constant, dollars, num, percent, usd } from "./format";
import { atLeastZero, compare, count, isPositive, min, ZERO } from "./math";
import type { LocalitiesInput } from "./paycheck-input";
import { certificateStatus } from "./withholding/states/certificate-status";
import { indianaTaxableIncome } from "./withholding/states/in";
import { marylandTaxableIncome } from "./withholding/states/md";
import { newYork } from "./withholding/states/ny";
import { printedBracketTax } from "./withholding/states/printed-brackets";
import type { StateWithholdingContext } from "./withholding/states/state-module";

/** One local tax withheld: `jurisdiction` is the locality code it is owed to (the payee). */
export type LocalTaxLine = {
  code:
    | "PA_EIT"
    | "PA_LST"
    | "PHILADELPHIA_WAGE_TAX"
    | "NYC_RESIDENT"
    | "YONKERS_RESIDENT"
    | "CITY_TAX"
    | "MD_COUNTY"
    | "MD_NONRESIDENT"
    | "IN_COUNTY"
    | "OR_METRO_SHS"
    | "OR_MULTNOMAH_PFA";
  name: string;
  jurisdiction: string;
  /** The wages the tax is figured on; zero for the LST, a per-head tax. */
  wages: Decimal;
  amount: Decimal;
};

/** A locality code resolved to what the engine knows of it. */
type Locality =
  | { kind: "pa"; code: string; psd: string; entry: PsdEntry }
  | { kind: "nyc"; code: string }
  | { kind: "yonkers"; code: string }
  | { kind: "city"; code: string; entry: CityTaxEntry }
  | { kind: "md_county"; code: string; name: string; years: readonly Dated<MarylandCountyYear>[] }
  | { kind: "in_county"; code: string; name: string; years: readonly Dated<IndianaCountyYear>[] }
  | { kind: "or_area"; code: string; name: string; metro: boolean; multnomah: boolean };

const PHILADELPHIA_PSD = "880000";

/**
 * Resolves a locality code (`PA:<six-digit PSD code>`, `NY:NYC`, `NY:YONKERS`, a city of
 * `CITY_INCOME_TAXES`), or refuses it naming the field and the value: an unknown place is never
 * taken to have no local tax.
 */
export function resolveLocality(code: string, field: string): Locality {
  const found = lookupLocality(code);
  if ("problem" in found) throw unknownLocality(field, code, found.problem);
  return found;
}

/** Why a locality code names no known place, or undefined when it does (for checks at the edges). */
export function localityProblem(code: string): string | undefined {
  const found = lookupLocality(code);
  return "problem" in found ? found.problem : undefined;
}

function lookupLocality(code: string): Locality | { problem: string } {
  const normalized = code.trim().toUpperCase();
  const pa = /^PA:(\d{6})$/.exec(normalized);
  if (pa) {
    const psd = pa[1]!;
    const entry = PA_PSD_CODES[psd];
    if (entry) return { kind: "pa", code: normalized, psd, entry };
    return { problem: `no Pennsylvania PSD code ${psd} is loaded` };
  }
  if (normalized === "NY:NYC") return { kind: "nyc", code: normalized };
  if (normalized === "NY:YONKERS") return { kind: "yonkers", code: normalized };
  const county = MARYLAND_COUNTIES[normalized];
  if (county) return { kind: "md_county", code: normalized, name: county.name, years: county.years };
  const indiana = INDIANA_COUNTIES[normalized];
  if (indiana) return { kind: "in_county", code: normalized, name: indiana.name, years: indiana.years };
  const city = CITY_INCOME_TAXES[normalized];
  if (city) return { kind: "city", code: normalized, entry: city };
  const oregon = OREGON_LOCAL_AREAS[normalized];
  if (oregon) return { kind: "or_area", code: normalized, ...oregon };
  return {
    problem: `known codes are PA:<PSD code>, NY:NYC, NY:YONKERS, MD:<county>, IN:<county>, ${Object.keys(OREGON_LOCAL_AREAS).join(", ")} and ${Object.keys(CITY_INCOME_TAXES).join(", ")}`,
  };
}

function unknownLocality(field: string, value: string, why: string): DomainError {
  // The person reading a pay run's errors needs the field and the code to fix the census; a locality
  // code names a municipality, not a person.
  return new DomainError("payroll.unknown_locality", `${field}: unknown locality "${value}" (${why})`, {
    userMessage: `The locality code "${value}" in ${field} is not one payroll knows: correct it in the census.`,
    details: { field, value },
  });
}

export type LocalTaxesInput = {
  localities: LocalitiesInput;
  /** The check's work state: Maryland's county tax and New York City's and Yonkers' go with their state's withholding. */
  workState: string | undefined;
  /** The same context the work state's module gets: wages, certificates, pay date, tables. */
  ctx: StateWithholdingContext;
  /** LST withheld by this employer earlier in the calendar year. */
  ytdLocalServicesTax: Decimal;
  /** Wages (gross less Section 125, as Medicare wages) this employer paid earlier in the calendar year. */
  ytdWages: Decimal;
};

/**
 * Local income and head taxes for one check, from where the employee lives (`home`) and works
 * (`work`). Pennsylvania: the Act 32 earned-income tax at the higher of the home PSD's resident rate
 * and the work PSD's non-resident rate, the work place's local services tax, and Philadelphia's wage
 * tax in place of both for people who live or work there. New York: the New York City and Yonkers
 * resident taxes. Ohio, Michigan, Kentucky and Missouri city taxes ({@link cityTaxes}). Maryland's
 * county tax ({@link marylandLocalTax}). Each amount is rounded once per check (half-up; the LST's
 * share rounds down).
 *
 * @throws DomainError `payroll.unknown_locality` (a code that names no known place, or a place whose
 *   needed rates are not loaded), `payroll.no_table_for_date` (no figures for the pay date).
 */
export function computeLocalTaxes(input: LocalTaxesInput): { lines: LocalTaxLine[]; explanation: string[] } {
  const { localities, ctx } = input;
  // Where the employee lives: the request's home locality, else the county on the state form.
  const home =
    localities.home !== undefined
      ? resolveLocality(localities.home, "localities.home")
      : ctx.stateW4?.locality !== undefined && (input.workState === "MD" || input.workState === "IN")
        ? resolveStateFormCounty(input.workState, ctx.stateW4.locality)
        : undefined;
  const work =
    localities.work === undefined ? undefined : resolveLocality(localities.work, "localities.work");
  const lines: LocalTaxLine[] = [];
  const explanation: string[] = [];
  pennsylvaniaEarnedIncome(home, work, ctx, lines, explanation);
  if (work?.kind === "pa") localServicesTax(work, input, lines, explanation);
  // New York City and Yonkers are withheld with New York State's tax, on the IT-2104.
  if ((home?.kind === "nyc" || home?.kind === "yonkers") && input.workState !== "NY")
    explanation.push(
      `${home.kind === "nyc" ? "New York City" : "Yonkers"} resident tax: not withheld here; it goes with New York State withholding, and this check withholds for ${input.workState ?? "no state"}.`,
    );
  else if (home?.kind === "nyc") lines.push(newYorkCity(home, input, explanation));
  else if (home?.kind === "yonkers") lines.push(yonkers(home, input, explanation));
  if (work?.kind === "yonkers" && home?.kind !== "yonkers")
    throw unknownLocality(
      "localities.work",
      localities.work ?? "",
      "the Yonkers non-resident earnings tax is not computed; withhold it outside payroll or leave the work locality out",
    );
  cityTaxes(home, work, input, lines, explanation);
  marylandLocalTax(home, input, lines, explanation);
  indianaCountyTax(home, work, input, lines, explanation);
  oregonLocalTaxes(home, work, input, lines, explanation);
  if (work?.kind === "nyc" && home?.kind !== "nyc")
    explanation.push("New York City tax: none, the City taxes only its residents' wages.");
  return { lines, explanation };
}

/**
 * Act 32: the employer withholds the higher of the resident rate where the employee lives and the
 * non-resident rate where they work, on all their compensation (401(k) deferrals included, Section 125
 * reductions out, as for Pennsylvania's own tax). Philadelphia is outside Act 32: its residents pay the
 * resident wage tax wherever they work, and non-residents working there pay the non-resident rate,
 * which the home municipality credits (so no home EIT is withheld beside it).
 */
function pennsylvaniaEarnedIncome(
  home: Locality | undefined,
  work: Locality | undefined,
  ctx: StateWithholdingContext,
  lines: LocalTaxLine[],
  explanation: string[],
): void {
  const homePa = home?.kind === "pa" ? home : undefined;
  const workPa = work?.kind === "pa" ? work : undefined;
  if (!homePa && !workPa) return;
  const wages = ctx.wages.fica;
  const philadelphia =
    homePa?.psd === PHILADELPHIA_PSD ? homePa : workPa?.psd === PHILADELPHIA_PSD ? workPa : undefined;
  if (philadelphia) {
    const year = ctx.tables.pick(
      LocalTableNames.philadelphia,
      PHILADELPHIA_WAGE_TAX,
      ctx.payDate,
      "Philadelphia wage tax",
    );
    const resident = homePa?.psd === PHILADELPHIA_PSD;
    const rate = constant(resident ? year.resident : year.nonresident);
    // Rounding point: per check, half-up to cents.
    const amount = roundCents(wages.times(rate), RoundingRule.HalfUp);
    lines.push({
      code: "PHILADELPHIA_WAGE_TAX",
      name: "Philadelphia wage tax",
      jurisdiction: philadelphia.code,
      wages,
      amount,
    });
    const whose = resident
      ? "resident rate, on all your wages wherever you work"
      : "non-resident rate, for work in the City; your home municipality credits it, so no local earned income tax is withheld beside it";
    explanation.push(`Philadelphia wage tax: ${percent(rate)} of ${usd(wages)} (${whose}) = ${usd(amount)}.`);
    return;
  }
  const residentRate = homePa ? constant(psdYear(homePa, ctx).residentRate) : ZERO;
  let nonresidentRate = ZERO;
  if (workPa) {
    const workYear = psdYear(workPa, ctx).work;
    if (!workYear)
      throw unknownLocality(
        "localities.work",
        workPa.code,
        `only the resident rate of ${workPa.entry.municipality} (${workPa.entry.schoolDistrict}) is loaded; its non-resident rate and local services tax are not`,
      );
    nonresidentRate = constant(workYear.nonresidentRate);
  }
  const useResident = homePa !== undefined && compare(residentRate, nonresidentRate) >= 0;
  const rate = useResident ? residentRate : nonresidentRate;
  const place = useResident ? homePa! : workPa!;
  // Rounding point: per check, half-up to cents.
  const amount = roundCents(wages.times(rate), RoundingRule.HalfUp);
  lines.push({
    code: "PA_EIT",
    name: "Pennsylvania local earned income tax",
    jurisdiction: place.code,
    wages,
    amount,
  });
  const why =
    homePa && workPa
      ? ` (the higher of ${percent(residentRate)} where you live and ${percent(nonresidentRate)} where you work)`
      : homePa
        ? " (the resident rate where you live)"
        : " (the non-resident rate where you work)";
  explanation.push(
    `Local earned income tax, ${place.entry.municipality} (${place.entry.schoolDistrict}): ${percent(rate)}${why} of ${usd(wages)} = ${usd(amount)}.`,
  );
}

function psdYear(place: Extract<Locality, { kind: "pa" }>, ctx: StateWithholdingContext) {
  return ctx.tables.pick(
    LocalTableNames.psd(place.psd),
    place.entry.years,
    ctx.payDate,
    `${place.entry.municipality} earned income tax`,
  );
}

/**
 * The work place's local services tax: the yearly amount ÷ the employer's payroll periods, rounded
 * down to the cent, never past the yearly amount (what was withheld earlier this year counts). An
 * employee with an exemption certificate on file (income under the exemption level, military) pays none.
 */
function localServicesTax(
  work: Extract<Locality, { kind: "pa" }>,
  input: LocalTaxesInput,
  lines: LocalTaxLine[],
  explanation: string[],
): void {
  const { ctx } = input;
  if (work.psd === PHILADELPHIA_PSD) return;
  const workYear = psdYear(work, ctx).work;
  if (!workYear) return; // refused above by the earned-income tax
  const yearly = constant(workYear.localServicesTax);
  if (!isPositive(yearly)) return;
  const rule = ctx.tables.pick(
    LocalTableNames.localServicesTaxRule,
    PA_LOCAL_SERVICES_TAX_RULE,
    ctx.payDate,
    "local services tax",
  );
  const name = `Local services tax, ${work.entry.municipality}`;
  if (input.localities.certificate?.localServicesTaxExempt) {
    explanation.push(`${name}: none, your exemption certificate is on file.`);
    return;
  }
  const cap = min(yearly, constant(rule.maximum));
  // Rounding point: the period's share, down to the cent (so the shares never pass the yearly amount).
  const share = roundCents(cap.dividedBy(count(ctx.periodsPerYear)), RoundingRule.Down);
  const left = atLeastZero(cap.minus(input.ytdLocalServicesTax));
  const amount = min(share, left);
  lines.push({
    code: "PA_LST",
    name: "Pennsylvania local services tax",
    jurisdiction: work.code,
    wages: ZERO,
    amount,
  });
  const capped =
    compare(amount, share) < 0 ? `; ${usd(input.ytdLocalServicesTax)} was already withheld this year` : "";
  explanation.push(
    `${name}: ${dollars(cap)} a year ÷ ${ctx.periodsPerYear} pay periods, rounded down = ${usd(share)}${capped}; withheld ${usd(amount)}.`,
  );
}

/**
 * New York City resident tax (NYS-50-T-NYC, exact calculation): annual wages − the deduction allowance
 * for the IT-2104 status − allowances (IT-2104 line 2, else line 1) × the allowance amount, taxed by the
 * City's table, ÷ pay periods, plus IT-2104 line 5 extra. City wages follow New York State's (federal
 * income-tax wages). No IT-2104 on file: Single with no allowances, as for the State.
 */
function newYorkCity(home: Locality, input: LocalTaxesInput, explanation: string[]): LocalTaxLine {
  const { ctx } = input;
  const certificate = input.localities.certificate;
  const table = ctx.tables.pick(
    LocalTableNames.newYorkCity,
    NEW_YORK_CITY,
    ctx.payDate,
    "New York City withholding",
  );
  const wages = ctx.wages.federal;
  const line = (amount: Decimal): LocalTaxLine => ({
    code: "NYC_RESIDENT",
    name: "New York City resident tax",
    jurisdiction: home.code,
    wages,
    amount,
  });
  if (certificate?.exempt ?? ctx.stateW4?.exempt) {
    explanation.push("New York City tax: none, you are exempt.");
    return line(ZERO);
  }
  const status = ctx.stateW4 ? certificateStatus(ctx) : "single";
  const married = status === "married" || status === "married_two_incomes";
  const allowances = new Decimal(certificate?.allowances ?? ctx.stateW4?.allowances ?? 0);
  const periods = count(ctx.periodsPerYear);
  const annual = wages.times(periods);
  const deduction = constant(married ? table.deduction.married : table.deduction.single);
  const exemptions = allowances.times(constant(table.exemption));
  const taxable = atLeastZero(annual.minus(deduction).minus(exemptions));
  const { tax: annualTax, rate, over } = printedBracketTax(taxable, table.rates);
  const extra = new Decimal(certificate?.extraWithholding ?? 0);
  // Rounding point: the period's tax plus the extra, half-up to cents.
  const amount = roundCents(annualTax.dividedBy(periods).plus(extra), RoundingRule.HalfUp);
  const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
  explanation.push(
    `New York City resident tax: annualized wages ${usd(annual)} − ${usd(deduction)} ${married ? "married" : "single"} deduction − ${usd(exemptions)} for ${num(allowances)} allowances = ${usd(taxable)}; ${percent(rate)} bracket over ${dollars(over)} gives ${usd(annualTax)} a year ÷ ${ctx.periodsPerYear}${extraWords} = ${usd(amount)}.`,
  );
  return line(amount);
}

/**
 * Yonkers resident tax (NYS-50-T-Y): the surcharge rate × the New York State tax the exact calculation
 * withholds for the check (without the State extra amount), plus IT-2104 line 4 extra.
 */
function yonkers(home: Locality, input: LocalTaxesInput, explanation: string[]): LocalTaxLine {
  const { ctx } = input;
  const certificate = input.localities.certificate;
  const table = ctx.tables.pick(LocalTableNames.yonkers, YONKERS, ctx.payDate, "Yonkers withholding");
  const stateW4 = ctx.stateW4 ? { ...ctx.stateW4, extraWithholding: "0" } : undefined;
  const state = newYork.compute({ ...ctx, stateW4 });
  const rate = constant(table.residentSurcharge);
  const extra = new Decimal(certificate?.extraWithholding ?? 0);
  const exempt = certificate?.exempt === true;
  // Rounding point: half-up to cents.
  const amount = exempt ? ZERO : roundCents(state.tax.times(rate).plus(extra), RoundingRule.HalfUp);
  const extraWords = isPositive(extra) ? ` + ${usd(extra)} extra you asked for` : "";
  explanation.push(
    exempt
      ? "Yonkers resident tax: none, you are exempt."
      : `Yonkers resident tax: ${percent(rate)} of the ${usd(state.tax)} New York State tax figured for this check${extraWords} = ${usd(amount)}.`,
  );
  return {
    code: "YONKERS_RESIDENT",
    name: "Yonkers resident tax",
    jurisdiction: home.code,
    wages: ctx.wages.federal,
    amount,
  };
}

type CityLocality = Extract<Locality, { kind: "city" }>;

/**
 * City taxes on wages (gross less Section 125 reductions, as Medicare wages). The work city's tax is
 * withheld first: its non-resident rate, or its resident rate for someone who also lives there.
 * An `income` city also taxes its residents' wages earned elsewhere. The credit rule is simplified:
 * the home city's resident tax less the work city's tax withheld on the check, credited up to the
 * home city's `creditLimitRate` of wages; what is left (never below zero) is withheld for the home
 * city. Where a city's real credit is narrower the rest is settled on the employee's return.
 * Michigan cities first take their exemptions (`certificate.allowances` × the yearly exemption ÷ pay
 * periods) off the wages. An `occupational` city taxes only work there.
 */
function cityTaxes(
  home: Locality | undefined,
  work: Locality | undefined,
  input: LocalTaxesInput,
  lines: LocalTaxLine[],
  explanation: string[],
): void {
  const { ctx } = input;
  const homeCity = home?.kind === "city" ? home : undefined;
  const workCity = work?.kind === "city" ? work : undefined;
  if (!homeCity && !workCity) return;
  const sameCity = homeCity !== undefined && homeCity.code === workCity?.code;
  let workTax = ZERO;
  if (workCity) {
    const rates = cityYear(workCity, ctx);
    const rate = constant(sameCity ? rates.residentRate : rates.nonresidentRate);
    const wages = cityWages(rates, input);
    // Rounding point: per check, half-up to cents.
    workTax = roundCents(wages.times(rate), RoundingRule.HalfUp);
    lines.push(cityLine(workCity, wages, workTax));
    explanation.push(
      `${workCity.entry.name} tax: ${percent(rate)} (${sameCity ? "resident" : "non-resident"} rate, where you work) of ${usd(wages)}${exemptionWords(rates, input)} = ${usd(workTax)}.`,
    );
  }
  if (!homeCity || sameCity || homeCity.entry.kind !== "income") return;
  const rates = cityYear(homeCity, ctx);
  const wages = cityWages(rates, input);
  const rate = constant(rates.residentRate);
  const limit = constant(rates.creditLimitRate ?? "0");
  const credit = min(workTax, wages.times(limit));
  // Rounding point: per check, half-up to cents.
  const amount = roundCents(atLeastZero(wages.times(rate).minus(credit)), RoundingRule.HalfUp);
  lines.push(cityLine(homeCity, wages, amount));
  const creditWords = isPositive(credit)
    ? ` − ${usd(credit)} credit for the tax withheld where you work (credited up to ${percent(limit)} of wages)`
    : "";
  explanation.push(
    `${homeCity.entry.name} resident tax: ${percent(rate)} of ${usd(wages)}${exemptionWords(rates, input)}${creditWords} = ${usd(amount)}.`,
  );
}

function cityYear(place: CityLocality, ctx: StateWithholdingContext) {
  return ctx.tables.pick(
    LocalTableNames.city(place.code),
    place.entry.years,
    ctx.payDate,
    `${place.entry.name} city tax`,
  );
}

/** The check's city wages: Medicare-style wages, less a Michigan city's exemptions for the period. */
function cityWages(rates: { exemption?: string }, input: LocalTaxesInput): Decimal {
  const wages = input.ctx.wages.fica;
  if (rates.exemption === undefined) return wages;
  const allowances = count(input.localities.certificate?.allowances ?? 0);
  const perPeriod = allowances.times(constant(rates.exemption)).dividedBy(count(input.ctx.periodsPerYear));
  return atLeastZero(wages.minus(perPeriod));
}

function exemptionWords(rates: { exemption?: string }, input: LocalTaxesInput): string {
  if (rates.exemption === undefined) return "";
  const n = input.localities.certificate?.allowances ?? 0;
  return ` (after ${n} exemption${n === 1 ? "" : "s"} of ${dollars(constant(rates.exemption))} a year)`;
}

function cityLine(place: CityLocality, wages: Decimal, amount: Decimal): LocalTaxLine {
  return { code: "CITY_TAX", name: `${place.entry.name} city tax`, jurisdiction: place.code, wages, amount };
}

/** The county on Maryland's MW507 or Indiana's WH-4 (`stateW4.locality`), refused naming the field and what it holds. */
function resolveStateFormCounty(state: "MD" | "IN", raw: string): Locality {
  const code = countyCode(state, raw);
  const found = lookupLocality(code);
  if ("problem" in found) throw unknownLocality("stateW4.locality", raw, `read as ${code}; ${found.problem}`);
  return found;
}

/**
 * The state form's county as a locality code: "Montgomery", "Prince George's County", "Baltimore
 * City" → `MD:MONTGOMERY`, `MD:PRINCE_GEORGES`, `MD:BALTIMORE_CITY`; "Marion County" → `IN:MARION`;
 * a code is kept as it is.
 */
function countyCode(state: "MD" | "IN", name: string): string {
  const upper = name.trim().toUpperCase();
  if (upper.startsWith(`${state}:`)) return upper;
  const words = upper
    .replaceAll("'", "")
    .replaceAll(".", "")
    .replace(/^SAINT /, "ST ");
  const county = words === "BALTIMORE COUNTY" ? words : words.replace(/ COUNTY$/, "");
  return `${state}:${county.replaceAll(" ", "_")}`;
}

/**
 * Maryland's local income tax, withheld with Maryland's own (MW507): the home county's rate on the
 * same Maryland taxable income the State part uses (annualized, after the standard deduction and
 * exemptions), ÷ pay periods, rounded half-up to cents on its own line (the Comptroller's tables
 * combine it with the State part; the two may differ by a cent). Someone who lives outside
 * Maryland pays the special nonresident tax at the year's lowest county rate instead.
 */
function marylandLocalTax(
  home: Locality | undefined,
  input: LocalTaxesInput,
  lines: LocalTaxLine[],
  explanation: string[],
): void {
  const { ctx } = input;
  const county = home?.kind === "md_county" ? home : undefined;
  if (input.workState !== "MD") {
    if (county)
      explanation.push(
        `${county.name} income tax: not withheld here; it goes with Maryland's own withholding, and this check withholds for ${input.workState ?? "no state"}.`,
      );
    return;
  }
  if (ctx.stateW4?.exempt) {
    explanation.push("Maryland local income tax: none, you are exempt.");
    return;
  }
  if (!home) {
    explanation.push("Maryland local income tax: none withheld, because no home county is on file.");
    return;
  }
  const year = county
    ? ctx.tables.pick(
        LocalTableNames.city(county.code),
        county.years,
        ctx.payDate,
        `${county.name} income tax`,
      )
    : ctx.tables.pick(
        LocalTableNames.marylandNonresident,
        MARYLAND_NONRESIDENT,
        ctx.payDate,
        "Maryland nonresident local tax",
      );
  const { taxable } = marylandTaxableIncome(ctx);
  const rate = constant(year.rate);
  // Rounding point: the period's share, half-up to cents.
  const amount = roundCents(taxable.times(rate).dividedBy(count(ctx.periodsPerYear)), RoundingRule.HalfUp);
  lines.push({
    code: county ? "MD_COUNTY" : "MD_NONRESIDENT",
    name: county ? `${county.name} income tax` : "Maryland nonresident local tax",
    jurisdiction: county ? county.code : "MD",
    wages: ctx.wages.federal,
    amount,
  });
  explanation.push(
    `${county ? `${county.name} income tax` : "Maryland special nonresident tax (you live outside Maryland)"}: ${percent(rate)} of ${usd(taxable)} Maryland taxable income a year ÷ ${ctx.periodsPerYear} = ${usd(amount)}.`,
  );
}

/**
 * Indiana's county income tax, withheld with Indiana's own (WH-4): the rate of the county where the
 * employee lived on January 1 (the home locality, or the WH-4 county); for someone whose home that
 * day was outside Indiana, the rate of the Indiana county where they principally work. The rate
 * applies to the same annual wages less WH-4 exemptions as the State part, ÷ pay periods, rounded
 * half-up to cents on its own line. A home locality is taken as the January 1 county: a move during
 * the year changes the county from the next January. Nothing is withheld for a non-resident whose
 * work county is not given, or when no home is on file.
 */
function indianaCountyTax(
  home: Locality | undefined,
  work: Locality | undefined,
  input: LocalTaxesInput,
  lines: LocalTaxLine[],
  explanation: string[],
): void {
  const { ctx } = input;
  const homeCounty = home?.kind === "in_county" ? home : undefined;
  const workCounty = work?.kind === "in_county" ? work : undefined;
  if (!homeCounty && !workCounty) return;
  if (input.workState !== "IN") {
    explanation.push(
      `${(homeCounty ?? workCounty)?.name} income tax: not withheld here; it goes with Indiana's own withholding, and this check withholds for ${input.workState ?? "no state"}.`,
    );
    return;
  }
  if (ctx.stateW4?.exempt) {
    explanation.push("Indiana county income tax: none, you are exempt.");
    return;
  }
  // A home outside Indiana (any other locality) makes the work county the taxing one; no home at all
  // is unknown residence, and a guess would withhold for the wrong county.
  const county = homeCounty ?? (home ? workCounty : undefined);
  if (!county) {
    explanation.push(
      "Indiana county income tax: none withheld, because no county of residence on January 1 is on file.",
    );
    return;
  }
  const year = ctx.tables.pick(
    LocalTableNames.city(county.code),
    county.years,
    ctx.payDate,
    `${county.name} income tax`,
  );
  const { taxable } = indianaTaxableIncome(ctx);
  const rate = constant(year.rate);
  // Rounding point: the period's share, half-up to cents.
  const amount = roundCents(taxable.times(rate).dividedBy(count(ctx.periodsPerYear)), RoundingRule.HalfUp);
  lines.push({
    code: "IN_COUNTY",
    name: `${county.name} income tax`,
    jurisdiction: county.code,
    wages: ctx.wages.federal,
    amount,
  });
  const whose = homeCounty
    ? "your county of residence on January 1"
    : "where you principally work, since you lived outside Indiana on January 1";
  explanation.push(
    `${county.name} income tax (${whose}): ${percent(rate)} of ${usd(taxable)} Indiana taxable wages a year ÷ ${ctx.periodsPerYear} = ${usd(amount)}.`,
  );
}

type OregonTax = {
  code: "OR_METRO_SHS" | "OR_MULTNOMAH_PFA";
  name: string;
  table: string;
  years: readonly Dated<OregonLocalTaxYear>[];
  /** Whether a place of this area owes the tax. */
  applies: (place: Extract<Locality, { kind: "or_area" }>) => boolean;
  election: "metroShs" | "multnomahPfa";
};

const OREGON_TAXES: readonly OregonTax[] = [
  {
    code: "OR_METRO_SHS",
    name: "Metro Supportive Housing Services tax",
    table: LocalTableNames.metroShs,
    years: METRO_SHS,
    applies: (place) => place.metro,
    election: "metroShs",
  },
  {
    code: "OR_MULTNOMAH_PFA",
    name: "Multnomah County Preschool for All tax",
    table: LocalTableNames.multnomahPfa,
    years: MULTNOMAH_PFA,
    applies: (place) => place.multnomah,
    election: "multnomahPfa",
  },
];

/**
 * The Portland area's personal income taxes (Metro SHS, Multnomah County PFA), owed by residents on
 * all their income and by non-residents on income earned there, so withheld when the home or the
 * work place is in the area (the work place's tax first, it being the employer's obligation).
 * - An election on the employee's OPT form wins: opted out → nothing; a designated amount → that
 *   amount every check, whatever the wages.
 * - Otherwise the mandatory withholding for employees earning $200,000 or more in a calendar year:
 *   each band's rate × the part of this check's wages that lies past the band's threshold of the
 *   employer's calendar-year wages (year-to-date wages before the check, then this check's). The
 *   wages are gross less Section 125 items, the base the engine keeps a year-to-date for; Oregon
 *   taxable income also leaves out 401(k) deferrals, so this withholds a little more than the tax on
 *   the return for an employee who defers.
 * Rounded half-up to cents per check.
 */
function oregonLocalTaxes(
  home: Locality | undefined,
  work: Locality | undefined,
  input: LocalTaxesInput,
  lines: LocalTaxLine[],
  explanation: string[],
): void {
  const places = [work, home].filter(
    (p): p is Extract<Locality, { kind: "or_area" }> => p?.kind === "or_area",
  );
  if (places.length === 0) return;
  const { ctx } = input;
  for (const tax of OREGON_TAXES) {
    const place = places.find(tax.applies);
    if (!place) continue;
    const election = input.localities.certificate?.[tax.election];
    const wages = ctx.wages.fica;
    const push = (amount: Decimal, words: string) => {
      lines.push({ code: tax.code, name: tax.name, jurisdiction: place.code, wages, amount });
      explanation.push(`${tax.name}: ${words}`);
    };
    if (election?.optOut) {
      explanation.push(`${tax.name}: none, you opted out of withholding on the Metro/Multnomah OPT form.`);
      continue;
    }
    if (election?.amountPerPeriod !== undefined) {
      const amount = constant(election.amountPerPeriod);
      push(amount, `${usd(amount)}, the amount you designated on the Metro/Multnomah OPT form.`);
      continue;
    }
    const year = ctx.tables.pick(tax.table, tax.years, ctx.payDate, tax.name);
    const before = input.ytdWages;
    const after = before.plus(wages);
    let total = ZERO;
    const parts: string[] = [];
    for (const band of year.bands) {
      const over = constant(band.over);
      const part = atLeastZero(min(after.minus(over), wages));
      if (!isPositive(part)) continue;
      const rate = constant(band.rate);
      total = total.plus(part.times(rate));
      parts.push(`${percent(rate)} of ${usd(part)} paid past ${dollars(over)} this year`);
    }
    if (parts.length === 0) {
      explanation.push(
        `${tax.name}: none withheld; this employer's wages this year, ${usd(after)}, are under the ${dollars(constant(year.bands[0]!.over))} from which withholding is required (the tax may still be owed on your return).`,
      );
      continue;
    }
    // Rounding point: per check, half-up to cents.
    const amount = roundCents(total, RoundingRule.HalfUp);
    push(amount, `${parts.join(" + ")} = ${usd(amount)}.`);
  }
}
