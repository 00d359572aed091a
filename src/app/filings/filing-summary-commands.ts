import { z } from "zod";
import { defineCommand } from "../../conversation/commands";
import type { Reply } from "../../conversation/reply";
import { DomainError } from "../../errors/domain-error";
import type { PayrollDeps } from "../payroll/payroll-deps";
import { form941Report } from "../payroll/payroll-reports";
import { form940Report } from "./form-940-report";
import { w2AndW3 } from "./w2-forms";
import { w3Reply } from "./w2-replies";

export const FILING_COMMANDS = { summary: "filings.summary" } as const;

const Ein = z.string().regex(/^\d{2}-\d{7}$/, "must be an EIN like 12-3456789");

/**
 * `filings.summary`: a quarter's Form 941, or a year's Form 940 (or, with `form: "w3"`, Form W-3) figures
 * from posted pay runs, for ASO staff serving the client and the client's own admins. It
 * names the admin's own client only: an EIN in the arguments that is not theirs is refused whether or
 * not that client exists, and the report itself re-checks the actor against the client (core/policy).
 */
export function createFilingSummaryCommands(deps: PayrollDeps) {
  const summary = defineCommand({
    name: FILING_COMMANDS.summary,
    summary: "What the client's Form 941, 940 or W-3 reports, from posted pay runs",
    args: z
      .object({
        clientEin: Ein.optional(),
        quarter: z.string().max(6).optional(),
        year: z.string().max(4).optional(),
        form: z.enum(["w3"]).optional(),
      })
      .refine((a) => (a.quarter === undefined) !== (a.year === undefined), "give a quarter or a year")
      .refine((a) => a.form === undefined || a.year !== undefined, "a W-3 is for a year"),
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
      if (args.form === "w3") {
        const { w3 } = await w2AndW3(deps, ctx.actor, { clientEin, year: args.year! });
        return [w3Reply(w3)];
      }
      if (args.year !== undefined) {
        const f940 = await form940Report(deps, ctx.actor, { clientEin, year: args.year });
        return [
          {
            personal: true,
            blocks: [
              {
                kind: "facts",
                title: `Form 940 for ${f940.year}: ${f940.name} (${f940.client})`,
                facts: [
                  { label: "Total payments to employees (line 3)", value: f940.line3 },
                  { label: "Taxable FUTA wages (line 7)", value: f940.line7 },
                  { label: "Total FUTA tax after adjustments (line 12)", value: f940.line12 },
                ],
              },
            ],
          },
        ];
      }
      const form = await form941Report(deps, ctx.actor, { clientEin, quarter: args.quarter! });
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
