import type { Dated } from "../dated";
import type { PrintedBrackets } from "../states/printed-brackets";

/** New York City resident withholding (NYS-50-T-NYC, Method II exact calculation, annual figures). */
export type NewYorkCityYear = {
  /** Deduction allowance, annual: Single (and head of household) / Married. */
  readonly deduction: { readonly single: string; readonly married: string };
  /** Annual amount per IT-2104 line 2 New York City allowance. */
  readonly exemption: string;
  /** Annual rate table, the same for both statuses (printed bases). */
  readonly rates: PrintedBrackets;
};

export const NEW_YORK_CITY: readonly Dated<NewYorkCityYear>[] = [
  {
    effective: "2018-01-01",
    unverified: true,
    value: {
      deduction: { single: "5000", married: "5500" },
      exemption: "1000",
      rates: [
        ["0", "0", "0.03078"],
        ["8000", "246", "0.03762"],
        ["8700", "272", "0.03819"],
        ["15000", "513", "0.03876"],
        ["25000", "901", "0.03895"],
        ["60000", "2264", "0.041"],
        ["500000", "20304", "0.0425"],
      ],
    },
    source:
      "NYS-50-T-NYC (1/18), Method II exact calculation: deduction allowance $5,000 single / $5,500 married; $1,000 per allowance; rates 3.078% to $8,000, then $246 + 3.762%, $272 + 3.819% over $8,700, $513 + 3.876% over $15,000, $901 + 3.895% over $25,000, $2,264 + 4.1% over $60,000, $20,304 + 4.25% over $500,000 (each printed base checked against the row before it). The Department's notices say the NYC tables were unchanged after 1/18; the publication itself could not be read here",
  },
] as const satisfies readonly Dated<NewYorkCityYear>[];

/** Yonkers resident withholding: a surcharge on the New York State tax withheld (NYS-50-T-Y). */
export type YonkersYear = { readonly residentSurcharge: string };

export const YONKERS: readonly Dated<YonkersYear>[] = [
  {
    effective: "2020-01-01",
    unverified: true,
    value: { residentSurcharge: "0.1675" },
    source:
      "NYS-50-T-Y (1/20 and later), Yonkers resident tax surcharge: 16.75% of the New York State tax withheld (before any additional dollar amount). The publication could not be read here",
  },
] as const satisfies readonly Dated<YonkersYear>[];
