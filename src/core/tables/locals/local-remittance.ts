import type { Dated } from "../dated";
import type { StateDepositRule } from "../states/deposit-frequencies";

/** When a local tax withheld is due to its collector, by the local-tax line's code. */
export type LocalRemittanceRule = { readonly agency: string; readonly rule: StateDepositRule };

/**
 * Local remittance rules. A tax not listed here (city taxes, NYC and Yonkers, which go with New York
 * State's own deposits, Maryland and Indiana county taxes, which go with the State's) stays
 * unscheduled in the deposit calendar rather than get a guessed date.
 */
export const LOCAL_REMITTANCE_RULES: Readonly<Record<string, readonly Dated<LocalRemittanceRule>[]>> = {
  PA_EIT: [
    {
      effective: "2012-01-01",
      unverified: true,
      // The quarter's last day + 30 days is the 30th of the month after (Apr 30, Jul 30, Oct 30, Jan 30).
      value: {
        agency: "Pennsylvania Act 32 tax collection district (the PSD's collector)",
        rule: { kind: "quarterly", dayOfMonthAfterQuarter: 30 },
      },
      source:
        "Local Tax Enabling Act as amended by Act 32 of 2008, 53 P.S. §6924.512: employers remit the earned income tax withheld quarterly, within 30 days after the end of each quarter. Not read here from the statute or DCED's guide; collectors may require monthly remittance of large employers, which is not modelled",
    },
  ],
  PA_LST: [
    {
      effective: "2012-01-01",
      unverified: true,
      value: {
        agency: "Pennsylvania local services tax collector (the work PSD's)",
        rule: { kind: "quarterly", dayOfMonthAfterQuarter: 30 },
      },
      source:
        "Local Tax Enabling Act, 53 P.S. §6924.301.1(h): the local services tax withheld is remitted within 30 days after the end of each quarter. Not read here from the statute",
    },
  ],
  PHILADELPHIA_WAGE_TAX: [
    {
      effective: "2012-01-01",
      unverified: true,
      // Simplification: every client is taken as a monthly filer; the City's semi-monthly (large) and
      // quarterly (small) filers are not told apart, since the calendar has no per-client setting for it.
      value: {
        agency: "City of Philadelphia Department of Revenue (wage tax)",
        rule: { kind: "monthly", dayOfNextMonth: 15 },
      },
      source:
        "City of Philadelphia Department of Revenue, wage tax filing frequencies: monthly filers pay by the 15th of the following month; employers withholding more than $16,000 a month file semi-monthly, those under $350 a month quarterly. Thresholds and dates not read here from the City's current notice",
    },
  ],
};
