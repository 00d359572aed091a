import { Decimal } from "../../../../../../src/core/money/decimal";
import { computePaycheck } from "../../../../../../src/core/payroll/compute-paycheck";
import type { FederalW4Input, StateW4Input } from "../../../../../../src/core/payroll/paycheck-input";
import type { StateWithholdingModule } from "../../../../../../src/core/payroll/withholding/states/state-module";
import { TableLookup } from "../../../../../../src/core/tables/table-lookup";

/** A biweekly salary paycheck in `state` (2026 unless `payDate` is given). */
export const biweekly = (
  state: string,
  amount: string,
  stateW4: StateW4Input | undefined,
  federalW4: FederalW4Input = { version: 2020, filingStatus: "single" },
  payDate = "2026-03-06",
) =>
  computePaycheck({
    payDate,
    payFrequency: "biweekly",
    earnings: [{ code: "salary", amount }],
    federalW4,
    workState: state,
    ...(stateW4 ? { stateW4 } : {}),
  });

/**
 * The module alone on a pay date (the federal tables of a year the release does not carry would
 * refuse the paycheck first), with $1,000 of wages and no certificate.
 */
export const moduleOn = (module: StateWithholdingModule, payDate: string) =>
  module.compute({
    payDate,
    payFrequency: "biweekly",
    periodsPerYear: 26,
    wages: {
      gross: new Decimal(1000),
      federal: new Decimal(1000),
      fica: new Decimal(1000),
      k401: new Decimal(0),
      hsa: new Decimal(0),
    },
    federalIncomeTax: new Decimal(0),
    stateW4: undefined,
    federalW4: { version: 2020, filingStatus: "single" },
    tables: new TableLookup(),
  });
