import { z } from "zod";
import { defineCommand } from "../../conversation/commands";
import type { Reply } from "../../conversation/reply";
import { DomainError } from "../../errors/domain-error";
import type { PayrollDeps } from "../payroll/payroll-deps";
import { form941Report } from "../payroll/payroll-reports";

export const FILING_COMMANDS = { summary: "filings.summary" } as const;

const Ein = z.string().regex(/^\d{2}-\d{7}$/, "must be an EIN like 12-3456789");

/**
 * `filings.summary`: a client admin's view of a quarter's Form 941 figures from the posted ledger. It
 * names the admin's own client only: an EIN in the arguments that is not theirs is refused whether or
 * not that client exists, and the report itself re-checks the actor against the client (core/policy).
 */
export function createFilingSummaryCommands(deps: PayrollDeps) {
  const summary = defineCommand({
    name: FILING_COMMANDS.summary,
    summary: "What the client's Form 941 reports for a quarter, from posted pay runs",
    args: z.object({ clientEin: Ein.optional(), quarter: z.string().max(6) }),
    async handle(ctx, args): Promise<Reply[]> {
      let clientEin = args.clientEin;
      if (ctx.actor.kind === "employee") {
        const own = await deps.inputs.clientById(ctx.actor.clientId);
        if (!own) throw new DomainError("record.not_found", "the actor's client is gone");
        if (clientEin !== undefined && clientEin !== own.ein)
          throw new DomainError("auth.forbidden", `admin of ${own.ein} asked for ${clientEin}`);
        clientEin = own.ein;
      }
      if (clientEin === undefined) throw new DomainError("input.invalid", "clientEin: required for staff");
      const form = await form941Report(deps, ctx.actor, { clientEin, quarter: args.quarter });
      return [
        {
          personal: true,
          blocks: [
            {
              kind: "facts",
              title: `Form 941 for ${form.quarter}: ${form.name} (${form.client})`,
              facts: [
                { label: "Employees (line 1)", value: String(form.line1) },
                { label: "Wages (line 2)", value: form.line2 },
                { label: "Federal income tax withheld (line 3)", value: form.line3 },
                { label: "Social Security and Medicare (line 5e)", value: form.line5e },
                { label: "Total taxes (line 10)", value: form.line10 },
              ],
            },
            ...(form.unverifiedTables
              ? [
                  {
                    kind: "status" as const,
                    tone: "warning" as const,
                    text: "Some tax tables are unverified.",
                  },
                ]
              : []),
          ],
        },
      ];
    },
  });
  return { summary, list: [summary] };
}
