import type { Reply } from "../../conversation/reply";
import { Money } from "../../core/money/money";
import type { PaycheckInput } from "../../core/payroll/paycheck-input";
import type { PaycheckResult } from "../../core/payroll/paycheck-result";
import { applyWhatIf, type WhatIfChange } from "../../core/payroll/what-if";
import type { Actor } from "../../core/policy/actor";
import { isSelfService } from "../../core/policy/self-service";
import type { TableSources } from "../../core/tables/table-lookup";
import { PAY_PERIODS_PER_YEAR } from "../../core/tables/us/pay-periods";
import { DomainError } from "../../errors/domain-error";
import type { PayrollDeps } from "./payroll-deps";
import { payrollSettingsOf } from "./payroll-settings";

export type PaycheckPreview = {
  payDate: string;
  /** The engine's result for the last paycheck's input, recomputed now, and with the change. */
  current: PaycheckResult;
  changed: PaycheckResult;
  /** changed.net − current.net. */
  netChange: string;
  changedInput: PaycheckInput;
};

const fmt = (v: string) => Money.of(v).format();

/** The tables a pay run would use for this client: those loaded at run time and its carry-forward choice. */
async function tableSources(deps: PayrollDeps, clientId: string): Promise<TableSources> {
  const client = await deps.inputs.clientById(clientId);
  const settings = payrollSettingsOf(client?.settings ?? {});
  return { imported: await deps.taxTables.byTable(), carryForward: settings.carryForwardTables };
}

/**
 * "What if I put 10% in my 401(k)?": the engine runs on the employee's last paycheck input (kept with
 * the paycheck) as it was and with the change, and the difference in net pay is shown. Both sides are
 * computed now, with the same tables, so the difference is the change's alone. Nothing is saved.
 */
export async function previewPaycheckChange(
  deps: PayrollDeps,
  actor: Actor,
  change: WhatIfChange,
): Promise<{ preview: PaycheckPreview | null; reply: Reply }> {
  if (!isSelfService(actor))
    throw new DomainError("auth.forbidden", "only an employee previews their own paycheck", {
      userMessage: "Paycheck previews are for employees about their own pay.",
    });
  const [latest] = await deps.runs.latestPaychecks(actor.employeeId, 1);
  if (!latest?.basis)
    return {
      preview: null,
      reply: {
        personal: true,
        blocks: [
          {
            kind: "text",
            text: latest
              ? "I can only preview a change on a paycheck calculated since previews were added; ask me again after your next payday."
              : "You have no posted paycheck yet, so there is nothing to preview a change on.",
          },
        ],
      },
    };
  const input = latest.basis.input;
  const sources = await tableSources(deps, actor.clientId);
  const changedInput = applyWhatIf(input, change, PAY_PERIODS_PER_YEAR[input.payFrequency]);
  const current = deps.computePaycheck(input, sources);
  const changed = deps.computePaycheck(changedInput, sources);
  const netChange = Money.of(changed.net).minus(Money.of(current.net));
  const preview = { payDate: latest.payDate, current, changed, netChange: netChange.toFixed(), changedInput };
  return { preview, reply: previewReply(change, preview) };
}

function describe(change: WhatIfChange): string {
  switch (change.kind) {
    case "401k_percent":
      return `${change.percent}% of your pay to your 401(k)`;
    case "filing_status":
      return `your W-4 filing status as ${change.filingStatus.replaceAll("_", " ")}`;
    case "overtime_hours":
      return `${change.hours} hours of overtime`;
    case "federal_w4":
      return "the new W-4";
    case "home_locality":
      return "your new home address";
  }
}

/** The preview as a person reads it: net pay before and after, and the lines that moved. */
export function previewReply(change: WhatIfChange, p: PaycheckPreview): Reply {
  const delta = Money.of(p.netChange);
  const lines: { label: string; value: string }[] = [
    { label: "Gross pay", value: `${fmt(p.current.gross)} → ${fmt(p.changed.gross)}` },
  ];
  const taxes = (r: PaycheckResult) =>
    Object.values(r.employeeTaxes)
      .concat((r.statePrograms ?? []).map((s) => s.amount))
      .reduce((a, v) => a.plus(Money.of(v)), Money.zero());
  lines.push({
    label: "Federal income tax",
    value: `${fmt(p.current.employeeTaxes.federalIncomeTax)} → ${fmt(p.changed.employeeTaxes.federalIncomeTax)}`,
  });
  lines.push({ label: "All taxes", value: `${taxes(p.current).format()} → ${taxes(p.changed).format()}` });
  const k401 = (r: PaycheckResult) =>
    r.deductions.filter((d) => d.code === "401k").reduce((a, d) => a.plus(Money.of(d.amount)), Money.zero());
  if (!k401(p.current).equals(k401(p.changed)))
    lines.push({ label: "401(k)", value: `${k401(p.current).format()} → ${k401(p.changed).format()}` });
  lines.push({ label: "Net pay", value: `${fmt(p.current.net)} → ${fmt(p.changed.net)}` });
  const way = delta.isZero()
    ? "would not change your take-home pay"
    : `would make your take-home pay ${delta.negated().max(delta).format()} ${delta.isNegative() ? "smaller" : "larger"}`;
  return {
    personal: true,
    blocks: [
      { kind: "facts", title: `Your paycheck of ${p.payDate}, with ${describe(change)}`, facts: lines },
      {
        kind: "text",
        text: `With ${describe(change)}, that paycheck ${way}. This is a preview from the payroll engine: nothing has been changed.`,
      },
    ],
  };
}
