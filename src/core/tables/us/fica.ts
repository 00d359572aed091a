import type { Dated } from "../dated";

/** Social Security and Medicare figures for one calendar year. */
export type FicaYear = {
  /** OASDI rate, employee and employer each. */
  readonly socialSecurityRate: string;
  /** OASDI wage base: no Social Security tax on wages above it in the calendar year. */
  readonly socialSecurityWageBase: string;
  /** HI rate, employee and employer each; no wage base. */
  readonly medicareRate: string;
  /** Additional Medicare Tax rate, employee only. */
  readonly additionalMedicareRate: string;
  /** Withhold Additional Medicare Tax on wages paid by this employer over this amount in the year. */
  readonly additionalMedicareThreshold: string;
};

/** FICA figures keyed by pay date (wages are taxed in the year they are paid). */
export const FICA: readonly Dated<FicaYear>[] = [
  {
    effective: "2021-01-01",
    through: "2021-12-31",
    source:
      "IRS Pub 15 (2021): SS wage base $142,800; rates 6.2% / 1.45%; Additional Medicare 0.9% over $200,000",
    value: {
      socialSecurityRate: "0.062",
      socialSecurityWageBase: "142800",
      medicareRate: "0.0145",
      additionalMedicareRate: "0.009",
      additionalMedicareThreshold: "200000",
    },
  },
  {
    effective: "2025-01-01",
    through: "2025-12-31",
    source: "IRS Pub 15 (2025) p. 2 and p. 28: SS wage base $176,100; Additional Medicare 0.9% over $200,000",
    value: {
      socialSecurityRate: "0.062",
      socialSecurityWageBase: "176100",
      medicareRate: "0.0145",
      additionalMedicareRate: "0.009",
      additionalMedicareThreshold: "200000",
    },
  },
  {
    effective: "2026-01-01",
    through: "2026-12-31",
    source:
      'IRS Pub 15 (2026) What\'s New: "The social security wage base limit is $184,500"; Pub 926 (2026)',
    value: {
      socialSecurityRate: "0.062",
      socialSecurityWageBase: "184500",
      medicareRate: "0.0145",
      additionalMedicareRate: "0.009",
      additionalMedicareThreshold: "200000",
    },
  },
] as const satisfies readonly Dated<FicaYear>[];
