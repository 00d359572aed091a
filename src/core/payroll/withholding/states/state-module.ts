import type { Decimal } from "../../../money/decimal";
import type { TableLookup } from "../../../tables/table-lookup";
import type { PayFrequency } from "../../../tables/us/pay-periods";
import type { FederalW4Input, StateW4Input } from "../../paycheck-input";

/** What a state module gets: the period's wage figures (full precision, cents) and the certificates. */
export type StateWithholdingContext = {
  payDate: string;
  payFrequency: PayFrequency;
  periodsPerYear: number;
  wages: {
    gross: Decimal;
    /** Federal income-tax wages (gross − 401(k) − Section 125 items). */
    federal: Decimal;
    /** Gross − Section 125 items (401(k) still in). */
    fica: Decimal;
    /** Traditional 401(k) deferral this period. */
    k401: Decimal;
    /** HSA through Section 125 this period. */
    hsa: Decimal;
  };
  /** Federal income tax withheld this period (cents), for states that let it reduce their wages. */
  federalIncomeTax: Decimal;
  stateW4: StateW4Input | undefined;
  federalW4: FederalW4Input;
  /** Picks the state's tables by pay date (loaded tables, carry-forward), recording what was used. */
  tables: TableLookup;
  /**
   * The part of the state wages that is supplemental pay withheld at flat rates (a bonus-only check,
   * or the flat method asked for); zero when the bonus is withheld with the regular wages. A state
   * with a supplemental rate applies it to this part; the others tax it as regular wages.
   */
  supplementalFlat?: Decimal;
  /** The request gives `localities`: local taxes (Maryland's county tax among them) follow as their own lines. */
  localTaxesFollow?: boolean;
};

/** A state's answer: its taxable wages, the tax (cents) and one plain-language line. */
export type StateWithholdingResult = { wages: Decimal; tax: Decimal; explanation: string };

/**
 * One state's income tax withholding. Each state is one module (logic) plus one table file in
 * `src/core/tables/states/` (dated data), registered in `./registry.ts`.
 */
export type StateWithholdingModule = {
  code: string;
  name: string;
  compute(ctx: StateWithholdingContext): StateWithholdingResult;
};
