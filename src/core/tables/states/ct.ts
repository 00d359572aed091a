import type { Dated } from "../dated";
import type { RateSchedule } from "./brackets";

/** A CT-W4 withholding code that withholds (Code E withholds nothing). */
export type CtCode = "A" | "B" | "C" | "D" | "F";

/**
 * An amount that grows by `amount` for each `step` dollars, or fraction of a step, of annual wages
 * over `over`, up to `max` (Tables C and D: the phase-out add-back and the tax recapture).
 */
export type CtStepped = {
  readonly over: string;
  readonly step: string;
  readonly amount: string;
  readonly max: string;
};

/** Connecticut's figures for one withholding code (TPG-211 tables, annual amounts). */
export type CtCodeTables = {
  /** Table A: the personal exemption, reduced by `step` for each `step`, or fraction, of wages over `reduceOver`; 0 for Code D. */
  readonly exemption: { readonly amount: string; readonly reduceOver: string; readonly step: string };
  /** Table B: the tax rates on annual taxable income. */
  readonly rates: RateSchedule;
  /** Table C: add-back that phases out the lowest rate. */
  readonly phaseOut: CtStepped;
  /** Table D: tax recapture for high incomes. */
  readonly recapture: CtStepped;
  /**
   * Table E: personal tax credit decimal by annual wages: the first row whose `upTo` the wages do not
   * exceed gives the decimal; above the last row, no credit. Empty for Code D.
   */
  readonly credit: readonly (readonly [upTo: string, decimal: string])[];
};

export type ConnecticutYear = {
  readonly codes: Readonly<Record<CtCode, CtCodeTables>>;
  /** Flat rate on wages when the employee gives no CT-W4 (or no withholding code): no exemption or credit. */
  readonly noCertificateRate: string;
};

const RATES_ADF_2021: RateSchedule = [
  ["0", "0.03"],
  ["10000", "0.05"],
  ["50000", "0.055"],
  ["100000", "0.06"],
  ["200000", "0.065"],
  ["250000", "0.069"],
  ["500000", "0.0699"],
];
const RATES_B_2021: RateSchedule = [
  ["0", "0.03"],
  ["16000", "0.05"],
  ["80000", "0.055"],
  ["160000", "0.06"],
  ["320000", "0.065"],
  ["400000", "0.069"],
  ["800000", "0.0699"],
];
const RATES_C_2021: RateSchedule = [
  ["0", "0.03"],
  ["20000", "0.05"],
  ["100000", "0.055"],
  ["200000", "0.06"],
  ["400000", "0.065"],
  ["500000", "0.069"],
  ["1000000", "0.0699"],
];

const CREDIT_A_2021: CtCodeTables["credit"] = [
  ["12000", "0"],
  ["15000", "0.75"],
  ["15500", "0.70"],
  ["16000", "0.65"],
  ["16500", "0.60"],
  ["17000", "0.55"],
  ["17500", "0.50"],
  ["18000", "0.45"],
  ["18500", "0.40"],
  ["20000", "0.35"],
  ["20500", "0.30"],
  ["21000", "0.25"],
  ["21500", "0.20"],
  ["25000", "0.15"],
  ["25500", "0.14"],
  ["26000", "0.13"],
  ["26500", "0.12"],
  ["27000", "0.11"],
  ["48000", "0.10"],
  ["48500", "0.09"],
  ["49000", "0.08"],
  ["49500", "0.07"],
  ["50000", "0.06"],
  ["50500", "0.05"],
  ["51000", "0.04"],
  ["51500", "0.03"],
  ["52000", "0.02"],
  ["52500", "0.01"],
];
const CREDIT_B_2021: CtCodeTables["credit"] = [
  ["19000", "0"],
  ["24000", "0.75"],
  ["24500", "0.70"],
  ["25000", "0.65"],
  ["25500", "0.60"],
  ["26000", "0.55"],
  ["26500", "0.50"],
  ["27000", "0.45"],
  ["27500", "0.40"],
  ["34000", "0.35"],
  ["34500", "0.30"],
  ["35000", "0.25"],
  ["35500", "0.20"],
  ["44000", "0.15"],
  ["44500", "0.14"],
  ["45000", "0.13"],
  ["45500", "0.12"],
  ["46000", "0.11"],
  ["74000", "0.10"],
  ["74500", "0.09"],
  ["75000", "0.08"],
  ["75500", "0.07"],
  ["76000", "0.06"],
  ["76500", "0.05"],
  ["77000", "0.04"],
  ["77500", "0.03"],
  ["78000", "0.02"],
  ["78500", "0.01"],
];
const CREDIT_C_2021: CtCodeTables["credit"] = [
  ["24000", "0"],
  ["30000", "0.75"],
  ["30500", "0.70"],
  ["31000", "0.65"],
  ["31500", "0.60"],
  ["32000", "0.55"],
  ["32500", "0.50"],
  ["33000", "0.45"],
  ["33500", "0.40"],
  ["40000", "0.35"],
  ["40500", "0.30"],
  ["41000", "0.25"],
  ["41500", "0.20"],
  ["50000", "0.15"],
  ["50500", "0.14"],
  ["51000", "0.13"],
  ["51500", "0.12"],
  ["52000", "0.11"],
  ["96000", "0.10"],
  ["96500", "0.09"],
  ["97000", "0.08"],
  ["97500", "0.07"],
  ["98000", "0.06"],
  ["98500", "0.05"],
  ["99000", "0.04"],
  ["99500", "0.03"],
  ["100000", "0.02"],
  ["100500", "0.01"],
];
const CREDIT_F_2021: CtCodeTables["credit"] = [
  ["15000", "0"],
  ["18800", "0.75"],
  ["19300", "0.70"],
  ["19800", "0.65"],
  ["20300", "0.60"],
  ["20800", "0.55"],
  ["21300", "0.50"],
  ["21800", "0.45"],
  ["22300", "0.40"],
  ["25000", "0.35"],
  ["25500", "0.30"],
  ["26000", "0.25"],
  ["26500", "0.20"],
  ["31300", "0.15"],
  ["31800", "0.14"],
  ["32300", "0.13"],
  ["32800", "0.12"],
  ["33300", "0.11"],
  ["60000", "0.10"],
  ["60500", "0.09"],
  ["61000", "0.08"],
  ["61500", "0.07"],
  ["62000", "0.06"],
  ["62500", "0.05"],
  ["63000", "0.04"],
  ["63500", "0.03"],
  ["64000", "0.02"],
  ["64500", "0.01"],
];

const PHASE_OUT_AD_2021: CtStepped = { over: "50250", step: "2500", amount: "20", max: "200" };
const RECAPTURE_ADF_2021: CtStepped = { over: "200000", step: "5000", amount: "90", max: "6210" };

const CODES_2021: ConnecticutYear["codes"] = {
  A: {
    exemption: { amount: "12000", reduceOver: "24000", step: "1000" },
    rates: RATES_ADF_2021,
    phaseOut: PHASE_OUT_AD_2021,
    recapture: RECAPTURE_ADF_2021,
    credit: CREDIT_A_2021,
  },
  B: {
    exemption: { amount: "19000", reduceOver: "38000", step: "1000" },
    rates: RATES_B_2021,
    phaseOut: { over: "78500", step: "4000", amount: "32", max: "320" },
    recapture: { over: "320000", step: "8000", amount: "140", max: "9660" },
    credit: CREDIT_B_2021,
  },
  C: {
    exemption: { amount: "24000", reduceOver: "48000", step: "1000" },
    rates: RATES_C_2021,
    phaseOut: { over: "100500", step: "5000", amount: "40", max: "400" },
    recapture: { over: "400000", step: "10000", amount: "180", max: "12420" },
    credit: CREDIT_C_2021,
  },
  D: {
    exemption: { amount: "0", reduceOver: "0", step: "1000" },
    rates: RATES_ADF_2021,
    phaseOut: PHASE_OUT_AD_2021,
    recapture: RECAPTURE_ADF_2021,
    credit: [],
  },
  F: {
    exemption: { amount: "15000", reduceOver: "30000", step: "1000" },
    rates: RATES_ADF_2021,
    phaseOut: { over: "56500", step: "5000", amount: "20", max: "200" },
    recapture: RECAPTURE_ADF_2021,
    credit: CREDIT_F_2021,
  },
};

/** From 2024 (the 2023 budget act): 2% and 4.5% in place of 3% and 5%, on the same brackets. */
const RATES_ADF_2026: RateSchedule = [
  ["0", "0.02"],
  ["10000", "0.045"],
  ["50000", "0.055"],
  ["100000", "0.06"],
  ["200000", "0.065"],
  ["250000", "0.069"],
  ["500000", "0.0699"],
];
const RATES_B_2026: RateSchedule = [
  ["0", "0.02"],
  ["16000", "0.045"],
  ["80000", "0.055"],
  ["160000", "0.06"],
  ["320000", "0.065"],
  ["400000", "0.069"],
  ["800000", "0.0699"],
];
const RATES_C_2026: RateSchedule = [
  ["0", "0.02"],
  ["20000", "0.045"],
  ["100000", "0.055"],
  ["200000", "0.06"],
  ["400000", "0.065"],
  ["500000", "0.069"],
  ["1000000", "0.0699"],
];

const CODES_2026: ConnecticutYear["codes"] = {
  A: { ...CODES_2021.A, rates: RATES_ADF_2026 },
  B: { ...CODES_2021.B, rates: RATES_B_2026 },
  C: { ...CODES_2021.C, rates: RATES_C_2026 },
  D: { ...CODES_2021.D, rates: RATES_ADF_2026 },
  F: { ...CODES_2021.F, rates: RATES_ADF_2026 },
};

/** Connecticut withholding (TPG-211 "Withholding Calculation Rules", annualized percentage method). */
export const CONNECTICUT: readonly Dated<ConnecticutYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { codes: CODES_2021, noCertificateRate: "0.0699" },
    source:
      "Connecticut DRS IP 2021(1) Circular CT (issued 12/23/2020), Withholding Calculation Rules Tables A–E (unchanged since 2016): rates 3%–6.99%; exemptions A $12,000 / B $19,000 / C $24,000 / F $15,000; 6.99% when no CT-W4 is given",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: { codes: CODES_2026, noCertificateRate: "0.0699" },
    source:
      "Rates: Connecticut DRS, 2024 Withholding Tax Information, What's New for 2024 (portal.ct.gov): 2% on the first $10,000 / $20,000 (joint) and 4.5% on the next $40,000 / $80,000, in place of 3% and 5%; higher rates unchanged. Tables A, C, D and E CARRIED FORWARD from IP 2021(1) Circular CT: no 2026 TPG-211 could be read. RE-CHECK against DRS TPG-211 (2026): the Table C add-back (its maximum grows with the wider 2%/4.5% gap) and the 2024 recapture of $25 per $5,000 over $105,000 (up to $250) are not in these figures",
    unverified: true,
  },
] as const satisfies readonly Dated<ConnecticutYear>[];
