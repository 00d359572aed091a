import { addDays, isoDate, parts } from "../calendar/iso-date";
import { accountDefinition, type Payee } from "./accounts";
import { addBusinessDays, nextBusinessDay, nextMonth } from "./business-days";
import {
  addTo,
  DEPOSIT_AGENCIES,
  type Draft,
  dayOfMonthAfter,
  newDraft,
  ordinal,
  type Posting,
} from "./deposit-drafts";
import type { DepositRules } from "./deposit-schedule";

/** The client's remittance rules (everything but the 941 schedule). */
export type RemittanceRules = Omit<DepositRules, "form941">;

const ID_PREFIX: Partial<Record<Payee, string>> = {
  retirement_plan: "401K",
  benefit_carriers: "PREM",
  hsa_custodian: "HSA",
  fsa_administrator: "FSA",
  workers_comp_carrier: "WC",
  garnishment_payees: "GARN",
  other_payees: "OTHER",
};

function otherRuleWords(payee: Payee, rules: RemittanceRules): string {
  switch (payee) {
    case "retirement_plan":
      return rules.retirement.kind === "business_days_after_pay_date"
        ? `401(k): as soon as segregable, at the latest ${rules.retirement.days} business days after the pay date (small-plan safe harbor)`
        : `401(k): by the ${ordinal(rules.retirement.n)} business day of the next month (outer limit)`;
    case "benefit_carriers":
    case "fsa_administrator":
      return `carrier bill: by the ${ordinal(rules.carrierDayOfNextMonth)} of the next month`;
    case "hsa_custodian":
      return `HSA: ${rules.hsaBusinessDays} business days after the pay date`;
    case "workers_comp_carrier":
      return `pay-as-you-go premium: by the ${ordinal(rules.workersCompDayOfNextMonth)} of the next month`;
    case "garnishment_payees":
      return `garnishments: ${rules.garnishmentBusinessDays} business days after the pay date`;
    default:
      return "by the next business day after the pay date";
  }
}

/** Retirement, carriers, HSA, FSA, workers' comp, garnishments: one deposit per payee and due date. */
export function remittanceDeposits(postings: readonly Posting[], rules: RemittanceRules): Draft[] {
  const drafts = new Map<string, Draft>();
  for (const p of postings) {
    const payee = accountDefinition(p.account).payee;
    if (!payee) continue;
    const prefix = ID_PREFIX[payee];
    if (!prefix) continue;
    const dueDate = otherDueDate(payee, p.payDate, rules);
    const id = `${prefix}-${dueDate}`;
    let draft = drafts.get(id);
    if (!draft) {
      draft = newDraft({
        id,
        payee,
        agency: DEPOSIT_AGENCIES[payee],
        state: null,
        dueDate,
        rule: otherRuleWords(payee, rules),
      });
      drafts.set(id, draft);
    }
    addTo(draft, p);
  }
  return [...drafts.values()];
}

function otherDueDate(payee: Payee, payDate: string, rules: RemittanceRules): string {
  const { year, month } = parts(payDate);
  switch (payee) {
    case "retirement_plan":
      return rules.retirement.kind === "business_days_after_pay_date"
        ? addBusinessDays(payDate, rules.retirement.days)
        : addBusinessDays(
            addDays(isoDate(nextMonth(year, month).year, nextMonth(year, month).month, 1), -1),
            rules.retirement.n,
          );
    case "benefit_carriers":
    case "fsa_administrator":
      return dayOfMonthAfter(year, month, rules.carrierDayOfNextMonth);
    case "hsa_custodian":
      return addBusinessDays(payDate, rules.hsaBusinessDays);
    case "workers_comp_carrier":
      return dayOfMonthAfter(year, month, rules.workersCompDayOfNextMonth);
    case "garnishment_payees":
      return addBusinessDays(payDate, rules.garnishmentBusinessDays);
    default:
      return nextBusinessDay(payDate);
  }
}
