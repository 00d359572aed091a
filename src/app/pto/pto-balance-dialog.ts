import { type Dialog, defineDialog } from "../../conversation/dialog";
import { fixedClock } from "../../core/clock";
import type { TimesheetDialogServices } from "../timesheets/timesheet-submit-dialog";
import { getPtoBalance } from "./get-pto-balance";

/** "How much PTO do I have?": balance, pending and accrual per pay period, per type. */
export function createPtoBalanceDialog({ deps }: TimesheetDialogServices): Dialog {
  return defineDialog({
    intent: "pto_balance",
    async run(ctx) {
      const view = await getPtoBalance({ ...deps, clock: fixedClock(ctx.now) }, ctx.actor);
      const types = ctx.slots.ptoType ? [ctx.slots.ptoType] : (["vacation", "sick"] as const);
      return {
        kind: "answer",
        replies: [
          {
            personal: true,
            blocks: types.map((type) => {
              const t = view.types[type];
              return {
                kind: "facts" as const,
                title: type === "vacation" ? "Vacation" : "Sick leave",
                facts: [
                  { label: "Balance", value: `${t.balance} hours` },
                  ...(t.pending !== "0" ? [{ label: "Pending requests", value: `${t.pending} hours` }] : []),
                  { label: "Available", value: `${t.available} hours` },
                  { label: "Accrues", value: `${t.accrualPerPeriod} hours per pay period` },
                  ...(t.maxBalanceHours ? [{ label: "Cap", value: `${t.maxBalanceHours} hours` }] : []),
                ],
              };
            }),
          },
        ],
      };
    },
  });
}
