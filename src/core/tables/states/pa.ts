import type { Dated } from "../dated";

/** Pennsylvania personal income tax withholding: a flat rate, no allowances (PA has no state W-4). */
export type PennsylvaniaYear = { readonly rate: string };

export const PENNSYLVANIA: readonly Dated<PennsylvaniaYear>[] = [
  {
    effective: "2004-01-01",
    value: { rate: "0.0307" },
    source:
      "72 P.S. §7302; PA DOR employer withholding: flat 3.07% of compensation, 401(k) deferrals taxable, §125 health excluded (BLR 'Withholding in Pennsylvania')",
  },
] as const satisfies readonly Dated<PennsylvaniaYear>[];
