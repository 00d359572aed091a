import type { Dated } from "../dated";
import type { PayFrequency } from "../us/pay-periods";

/** One bracket row of an EDD Method B tax rate table: over `over` → `base` + `rate` × (wages − over). */
export type CaBracket = readonly [over: string, base: string, rate: string];

/** EDD Method B figures for one payroll period. */
export type CaPeriodTables = {
  /** Table 1, low-income exemption: no withholding when wages are at or below it. */
  readonly lowIncome: {
    readonly single: string;
    readonly married01: string;
    readonly married2: string;
    readonly hoh: string;
  };
  /** Table 2, estimated deduction for 0–10 DE 4 estimated-deduction allowances (above 10: one allowance × n). */
  readonly estimatedDeduction: readonly string[];
  /** Table 3, standard deduction. */
  readonly standardDeduction: {
    readonly single: string;
    readonly married01: string;
    readonly married2: string;
    readonly hoh: string;
  };
  /** Table 4, exemption allowance credit (a credit against tax) for 0–10 regular allowances (above 10: one × n). */
  readonly exemptionCredit: readonly string[];
  /** Tables 5–28, tax rate tables by status. */
  readonly brackets: {
    readonly single: readonly CaBracket[];
    readonly married: readonly CaBracket[];
    readonly hoh: readonly CaBracket[];
  };
};

const WEEKLY: CaPeriodTables = {
  lowIncome: { single: "363", married01: "363", married2: "727", hoh: "727" },
  estimatedDeduction: ["0", "19", "38", "58", "77", "96", "115", "135", "154", "173", "192"],
  standardDeduction: { single: "110", married01: "110", married2: "219", hoh: "219" },
  exemptionCredit: [
    "0",
    "3.24",
    "6.47",
    "9.71",
    "12.95",
    "16.18",
    "19.42",
    "22.66",
    "25.89",
    "29.13",
    "32.37",
  ],
  brackets: {
    single: [
      ["0", "0", "0.011"],
      ["213", "2.34", "0.022"],
      ["505", "8.76", "0.044"],
      ["797", "21.61", "0.066"],
      ["1107", "42.07", "0.088"],
      ["1399", "67.77", "0.1023"],
      ["7144", "655.48", "0.1133"],
      ["8573", "817.39", "0.1243"],
      ["14288", "1527.76", "0.1353"],
      ["19231", "2196.55", "0.1463"],
    ],
    married: [
      ["0", "0", "0.011"],
      ["426", "4.69", "0.022"],
      ["1010", "17.54", "0.044"],
      ["1594", "43.24", "0.066"],
      ["2214", "84.16", "0.088"],
      ["2798", "135.55", "0.1023"],
      ["14288", "1310.98", "0.1133"],
      ["17146", "1634.79", "0.1243"],
      ["19231", "1893.96", "0.1353"],
      ["28575", "3158.20", "0.1463"],
    ],
    hoh: [
      ["0", "0", "0.011"],
      ["426", "4.69", "0.022"],
      ["1010", "17.54", "0.044"],
      ["1302", "30.39", "0.066"],
      ["1612", "50.85", "0.088"],
      ["1904", "76.55", "0.1023"],
      ["9716", "875.72", "0.1133"],
      ["11659", "1095.86", "0.1243"],
      ["19231", "2037.06", "0.1353"],
      ["19431", "2064.12", "0.1463"],
    ],
  },
};

const BIWEEKLY: CaPeriodTables = {
  lowIncome: { single: "727", married01: "727", married2: "1454", hoh: "1454" },
  estimatedDeduction: ["0", "38", "77", "115", "154", "192", "231", "269", "308", "346", "385"],
  standardDeduction: { single: "219", married01: "219", married2: "439", hoh: "439" },
  exemptionCredit: [
    "0",
    "6.47",
    "12.95",
    "19.42",
    "25.89",
    "32.37",
    "38.84",
    "45.31",
    "51.78",
    "58.26",
    "64.73",
  ],
  brackets: {
    single: [
      ["0", "0", "0.011"],
      ["426", "4.69", "0.022"],
      ["1010", "17.54", "0.044"],
      ["1594", "43.24", "0.066"],
      ["2214", "84.16", "0.088"],
      ["2798", "135.55", "0.1023"],
      ["14288", "1310.98", "0.1133"],
      ["17146", "1634.79", "0.1243"],
      ["28576", "3055.54", "0.1353"],
      ["38462", "4393.12", "0.1463"],
    ],
    married: [
      ["0", "0", "0.011"],
      ["852", "9.37", "0.022"],
      ["2020", "35.07", "0.044"],
      ["3188", "86.46", "0.066"],
      ["4428", "168.30", "0.088"],
      ["5596", "271.08", "0.1023"],
      ["28576", "2621.93", "0.1133"],
      ["34292", "3269.55", "0.1243"],
      ["38462", "3787.88", "0.1353"],
      ["57150", "6316.37", "0.1463"],
    ],
    hoh: [
      ["0", "0", "0.011"],
      ["852", "9.37", "0.022"],
      ["2020", "35.07", "0.044"],
      ["2604", "60.77", "0.066"],
      ["3224", "101.69", "0.088"],
      ["3808", "153.08", "0.1023"],
      ["19432", "1751.42", "0.1133"],
      ["23318", "2191.70", "0.1243"],
      ["38462", "4074.10", "0.1353"],
      ["38862", "4128.22", "0.1463"],
    ],
  },
};

const SEMIMONTHLY: CaPeriodTables = {
  lowIncome: { single: "787", married01: "787", married2: "1575", hoh: "1575" },
  estimatedDeduction: ["0", "42", "83", "125", "167", "208", "250", "292", "333", "375", "417"],
  standardDeduction: { single: "238", married01: "238", married2: "476", hoh: "476" },
  exemptionCredit: [
    "0",
    "7.01",
    "14.03",
    "21.04",
    "28.05",
    "35.06",
    "42.08",
    "49.09",
    "56.10",
    "63.11",
    "70.13",
  ],
  brackets: {
    single: [
      ["0", "0", "0.011"],
      ["462", "5.08", "0.022"],
      ["1094", "18.98", "0.044"],
      ["1727", "46.83", "0.066"],
      ["2398", "91.12", "0.088"],
      ["3030", "146.74", "0.1023"],
      ["15478", "1420.17", "0.1133"],
      ["18574", "1770.95", "0.1243"],
      ["30956", "3310.03", "0.1353"],
      ["41667", "4759.23", "0.1463"],
    ],
    married: [
      ["0", "0", "0.011"],
      ["924", "10.16", "0.022"],
      ["2188", "37.97", "0.044"],
      ["3454", "93.67", "0.066"],
      ["4796", "182.24", "0.088"],
      ["6060", "293.47", "0.1023"],
      ["30956", "2840.33", "0.1133"],
      ["37148", "3541.88", "0.1243"],
      ["41667", "4103.59", "0.1353"],
      ["61913", "6842.87", "0.1463"],
    ],
    hoh: [
      ["0", "0", "0.011"],
      ["924", "10.16", "0.022"],
      ["2189", "37.99", "0.044"],
      ["2822", "65.84", "0.066"],
      ["3492", "110.06", "0.088"],
      ["4125", "165.76", "0.1023"],
      ["21050", "1897.19", "0.1133"],
      ["25260", "2374.18", "0.1243"],
      ["41667", "4413.57", "0.1353"],
      ["42101", "4472.29", "0.1463"],
    ],
  },
};

const MONTHLY: CaPeriodTables = {
  lowIncome: { single: "1575", married01: "1575", married2: "3149", hoh: "3149" },
  estimatedDeduction: ["0", "83", "167", "250", "333", "417", "500", "583", "667", "750", "833"],
  standardDeduction: { single: "476", married01: "476", married2: "951", hoh: "951" },
  exemptionCredit: [
    "0",
    "14.03",
    "28.05",
    "42.08",
    "56.10",
    "70.13",
    "84.15",
    "98.18",
    "112.20",
    "126.23",
    "140.25",
  ],
  brackets: {
    single: [
      ["0", "0", "0.011"],
      ["924", "10.16", "0.022"],
      ["2188", "37.97", "0.044"],
      ["3454", "93.67", "0.066"],
      ["4796", "182.24", "0.088"],
      ["6060", "293.47", "0.1023"],
      ["30956", "2840.33", "0.1133"],
      ["37148", "3541.88", "0.1243"],
      ["61912", "6620.05", "0.1353"],
      ["83334", "9518.45", "0.1463"],
    ],
    married: [
      ["0", "0", "0.011"],
      ["1848", "20.33", "0.022"],
      ["4376", "75.95", "0.044"],
      ["6908", "187.36", "0.066"],
      ["9592", "364.50", "0.088"],
      ["12120", "586.96", "0.1023"],
      ["61912", "5680.68", "0.1133"],
      ["74296", "7083.79", "0.1243"],
      ["83334", "8207.21", "0.1353"],
      ["123826", "13685.78", "0.1463"],
    ],
    hoh: [
      ["0", "0", "0.011"],
      ["1848", "20.33", "0.022"],
      ["4378", "75.99", "0.044"],
      ["5644", "131.69", "0.066"],
      ["6984", "220.13", "0.088"],
      ["8250", "331.54", "0.1023"],
      ["42100", "3794.40", "0.1133"],
      ["50520", "4748.39", "0.1243"],
      ["83334", "8827.17", "0.1353"],
      ["84202", "8944.61", "0.1463"],
    ],
  },
};

/**
 * One year's Method B tables: a set per payroll period, or, for a year whose figures could be read only
 * as the annual payroll period's, that one set, which the engine applies to annualized wages (the
 * period's wages × pay periods) and divides back by the pay periods.
 */
export type CaYearTables =
  | Readonly<Record<PayFrequency, CaPeriodTables>>
  | { readonly annual: CaPeriodTables };

/** 2021, annual payroll period (Tables 1–4 and the annual tax rate tables). */
const ANNUAL_2021: CaPeriodTables = {
  lowIncome: { single: "15267", married01: "15267", married2: "30534", hoh: "30534" },
  estimatedDeduction: ["0", "1000", "2000", "3000", "4000", "5000", "6000", "7000", "8000", "9000", "10000"],
  standardDeduction: { single: "4601", married01: "4601", married2: "9202", hoh: "9202" },
  exemptionCredit: [
    "0",
    "136.40",
    "272.80",
    "409.20",
    "545.60",
    "682.00",
    "818.40",
    "954.80",
    "1091.20",
    "1227.60",
    "1364.00",
  ],
  brackets: {
    single: [
      ["0", "0", "0.011"],
      ["8932", "98.25", "0.022"],
      ["21175", "367.60", "0.044"],
      ["33421", "906.42", "0.066"],
      ["46394", "1762.64", "0.088"],
      ["58634", "2839.76", "0.1023"],
      ["299508", "27481.17", "0.1133"],
      ["359407", "34267.73", "0.1243"],
      ["599012", "64050.63", "0.1353"],
      ["1000000", "118304.31", "0.1463"],
    ],
    married: [
      ["0", "0", "0.011"],
      ["17864", "196.50", "0.022"],
      ["42350", "735.19", "0.044"],
      ["66842", "1812.84", "0.066"],
      ["92788", "3525.28", "0.088"],
      ["117268", "5679.52", "0.1023"],
      ["599016", "54962.34", "0.1133"],
      ["718814", "68535.45", "0.1243"],
      ["1000000", "103486.87", "0.1353"],
      ["1198024", "130279.52", "0.1463"],
    ],
    hoh: [
      ["0", "0", "0.011"],
      ["17876", "196.64", "0.022"],
      ["42353", "735.13", "0.044"],
      ["54597", "1273.87", "0.066"],
      ["67569", "2130.02", "0.088"],
      ["79812", "3207.40", "0.1023"],
      ["407329", "36712.39", "0.1133"],
      ["488796", "45942.60", "0.1243"],
      ["814658", "86447.25", "0.1353"],
      ["1000000", "111524.02", "0.1463"],
    ],
  },
};

/** California EDD Method B (exact calculation) tables for the supported pay frequencies, keyed by pay date. */
export const CALIFORNIA: readonly Dated<CaYearTables>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    value: { annual: ANNUAL_2021 },
    unverified: true,
    source:
      "EDD 'California Withholding Schedules for 2021 – Method B', annual payroll period, as read in copies: Tables 1, 3 and 4 (low-income exemption $15,267 / $30,534; standard deduction $4,601 / $9,202; exemption allowance credit $136.40 each) from the USDA National Finance Center's California bulletin TAXES 21-15 (10 March 2021), which annualizes biweekly wages over them; Table 2 ($1,000 per estimated-deduction allowance) and the annual tax rate tables from a payroll vendor's transcription (Suburban Computer, 'California Payroll Withholding, effective January 1, 2021'). Each bracket's base re-adds from the rates (e.g. head of household $196.64 = 1.1% × $17,876). The EDD publication itself and its per-period tables could not be read here: re-check the annual figures against 21methb.pdf",
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    value: { weekly: WEEKLY, biweekly: BIWEEKLY, semimonthly: SEMIMONTHLY, monthly: MONTHLY },
    source:
      "EDD 'California Withholding Schedules for 2026 – Method B' (26methb.pdf), Tables 1–4 and 17–28 (public transcription; reconciles with EDD Examples)",
  },
];

/** California's flat rates on supplemental wages withheld apart from regular wages. */
export type CaSupplementalYear = {
  /** Bonuses and stock options. */
  readonly bonusRate: string;
  /** Other supplemental wages (commissions, overtime paid separately). */
  readonly otherRate: string;
};

export const CALIFORNIA_SUPPLEMENTAL: readonly Dated<CaSupplementalYear>[] = [
  {
    effective: "2012-01-01",
    value: { bonusRate: "0.1023", otherRate: "0.066" },
    source:
      "EDD DE 44 (California Employer's Guide, 2026), Supplemental Wages: bonuses and stock options 10.23%, other supplemental wages 6.6%",
  },
];
