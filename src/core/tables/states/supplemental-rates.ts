import type { Dated } from "../dated";

/** A state's published flat withholding rate for supplemental wages paid apart from regular wages. */
export type StateSupplementalYear = { readonly flatRate: string };

const unverified = true;

/**
 * States that publish a flat supplemental rate, by work state. A state not listed has none here: its
 * supplemental pay is withheld with the regular wages (the aggregate method). California's own rule
 * (bonus vs other supplemental pay) lives with its module. A figure checked against its state's own
 * rule or employer guide says where; the others could only be matched against payroll publishers'
 * summaries or not at all, stay marked unverified and are listed in `unverifiedTables` when used.
 */
export const STATE_SUPPLEMENTAL_RATES: Readonly<Record<string, readonly Dated<StateSupplementalYear>[]>> = {
  IL: [
    {
      effective: "2017-07-01",
      value: { flatRate: "0.0495" },
      source:
        "Booklet IL-700-T, Illinois Withholding Tax Tables (R-12/21), cover: tax rate 4.95%; Illinois withholds one flat rate on all wages, so a bonus paid alone takes the same rate",
    },
  ],
  MA: [
    {
      effective: "2020-01-01",
      unverified,
      value: { flatRate: "0.05" },
      source:
        "MA Circular M, supplemental wages at 5.0% (not read here; one payroll publisher, ECCA Payroll, Dec 2023, says Massachusetts supplemental wages take the formula method instead, so this figure needs confirming on mass.gov)",
    },
  ],
  MI: [
    {
      effective: "2024-01-01",
      unverified,
      value: { flatRate: "0.0425" },
      source:
        "MI Form 446, flat rate 4.25% (the 2021 guide, 446 Rev. 12-20, gives a 4.25% withholding rate; the 2024–2026 guides were not read)",
    },
  ],
  MN: [
    {
      effective: "2021-01-01",
      value: { flatRate: "0.0625" },
      source:
        "Minnesota Department of Revenue, Supplemental Payments (revenue.state.mn.us/supplemental-payments): payments separate from regular wages, multiply by 6.25%; the same rate in the 2018 Minnesota Income Tax Withholding Instruction Booklet, p. 7",
    },
  ],
  NY: [
    {
      effective: "2023-01-01",
      unverified,
      value: { flatRate: "0.117" },
      source:
        "NYS-50-T-NYS (1/23), supplemental wages 11.70%, as quoted by the American Payroll Association (PayState Update, 2023: 'will remain 11.7%'); the 2025 and 2026 editions were not read",
    },
  ],
  OR: [
    {
      effective: "2018-01-01",
      unverified,
      value: { flatRate: "0.09" },
      source:
        "Oregon Withholding Tax Formulas effective 1 Feb 2018 (150-206-436, Rev. 01-18): supplemental rate remains 9%, as reported by Wolters Kluwer; kept until OAR 150-316-0257's 2020 amendment",
    },
    {
      effective: "2020-01-01",
      value: { flatRate: "0.08" },
      source:
        "OAR 150-316-0257(2) (amended REV 13-2019, effective 1 Jan 2020): supplemental wage payments on or after 1 Jan 2020 may be withheld at a flat 8%",
    },
  ],
  VA: [
    {
      effective: "2019-01-01",
      unverified,
      value: { flatRate: "0.0575" },
      source:
        "VA Employer Withholding Instructions, supplemental 5.75% (Virginia Tax's guide not read; the same 5.75% is given by payroll publishers, OnPay Jul 2025 and ECCA Payroll)",
    },
  ],
};
