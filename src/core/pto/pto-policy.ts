import type { Hours } from "../timesheets/hours";
import { PTO_TYPES, type PtoType } from "./pto-types";

/** One tenure tier: from `minTenureMonths` of service on, accrue this many hours. */
export type AccrualTier = {
  minTenureMonths: number;
  /** Hours per year, spread evenly over the client's pay periods. */
  hoursPerYear?: Hours;
  /** Hours per pay period; when given it wins over `hoursPerYear`. */
  hoursPerPeriod?: Hours;
};

export type PtoTypePolicy = {
  /** Tenure tiers; the tier with the highest `minTenureMonths` not above the tenure applies. */
  tiers: AccrualTier[];
  /** Accrual stops while the balance is at this cap; absent means no cap. */
  maxBalanceHours?: Hours;
};

/**
 * A client's PTO policy, stored in `ClientEmployer.settings.pto` (validated at the edge by
 * `ClientSettingsSchema` in src/app/timesheets/client-settings.schema.ts). Every field is optional
 * there; `resolvePtoPolicy` fills the defaults below.
 *
 * ```json
 * { "pto": {
 *     "allowNegativeBalance": false,
 *     "negativeBalanceLimitHours": "40",
 *     "types": {
 *       "vacation": { "tiers": [{ "minTenureMonths": 0, "hoursPerYear": "80" },
 *                               { "minTenureMonths": 60, "hoursPerYear": "120" }],
 *                     "maxBalanceHours": "200" },
 *       "sick":     { "tiers": [{ "minTenureMonths": 0, "hoursPerYear": "40" }], "maxBalanceHours": "80" } } } }
 * ```
 */
export type PtoPolicy = {
  /** When true a request may take a balance below zero (down to `negativeBalanceLimitHours`). */
  allowNegativeBalance: boolean;
  /** How far below zero a balance may go when negatives are allowed; absent = no limit. */
  negativeBalanceLimitHours?: Hours;
  types: Record<PtoType, PtoTypePolicy>;
};

/**
 * Defaults when the client has no policy: two weeks of vacation a year (three from five years of
 * service), capped at 200 hours; 40 hours of sick leave a year, capped at 80.
 * @see Cal. Lab. Code § 246 (California: at least 40 hours / 5 days of paid sick leave a year, since 2024)
 */
export const DEFAULT_PTO_POLICY: PtoPolicy = {
  allowNegativeBalance: false,
  types: {
    vacation: {
      tiers: [
        { minTenureMonths: 0, hoursPerYear: "80" },
        { minTenureMonths: 60, hoursPerYear: "120" },
      ],
      maxBalanceHours: "200",
    },
    sick: { tiers: [{ minTenureMonths: 0, hoursPerYear: "40" }], maxBalanceHours: "80" },
  },
};

/** A client's (already validated) partial PTO settings merged over the defaults. */
export type PtoPolicyInput = {
  allowNegativeBalance?: boolean;
  negativeBalanceLimitHours?: Hours;
  types?: Partial<Record<PtoType, Partial<PtoTypePolicy>>>;
};

/** Fill the defaults into a client's PTO settings. Tiers given for a type replace the default tiers. */
export function resolvePtoPolicy(input: PtoPolicyInput | undefined): PtoPolicy {
  const types = {} as Record<PtoType, PtoTypePolicy>;
  for (const type of PTO_TYPES) {
    const given = input?.types?.[type];
    const fallback = DEFAULT_PTO_POLICY.types[type];
    types[type] = {
      tiers: given?.tiers ?? fallback.tiers,
      ...(given && "maxBalanceHours" in given
        ? given.maxBalanceHours === undefined
          ? {}
          : { maxBalanceHours: given.maxBalanceHours }
        : fallback.maxBalanceHours === undefined
          ? {}
          : { maxBalanceHours: fallback.maxBalanceHours }),
    };
  }
  return {
    allowNegativeBalance: input?.allowNegativeBalance ?? DEFAULT_PTO_POLICY.allowNegativeBalance,
    ...(input?.negativeBalanceLimitHours !== undefined
      ? { negativeBalanceLimitHours: input.negativeBalanceLimitHours }
      : {}),
    types,
  };
}
