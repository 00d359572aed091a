import { z } from "zod";
import type { Env } from "../../config/env";
import type { Efw2Submitter, FilingAddress } from "../../core/filings/efw2";
import type { PaycheckFigures } from "../../core/ledger/paycheck-figures";
import type { Actor } from "../../core/policy/actor";
import type { PayrollClient } from "../../db/payroll-inputs-repository";
import type { PayRunStatus } from "../../db/payroll-run-repository";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";
import { type PayrollDeps, requireClient, requirePayrollManager } from "../payroll/payroll-deps";

/**
 * Runs that hold a filing back: they may still change what the period's paychecks are. Posted runs are
 * the filing; voided runs are out of it; a failed run never produced paychecks.
 */
const UNFINISHED: readonly PayRunStatus[] = ["draft", "calculating", "calculated", "approved"];

/**
 * Refuses a filing period in which a pay run is not yet posted (or voided): a filing is built from the
 * whole period or not at all, and the refusal names the runs (period end, pay date, state).
 */
export async function requirePostedPeriod(
  deps: PayrollDeps,
  client: PayrollClient,
  period: { from: string; to: string },
): Promise<void> {
  const pending = (await deps.runs.listForClient(client.id, [...UNFINISHED]))
    .filter((r) => r.payDate >= period.from && r.payDate <= period.to)
    .sort((a, b) => a.payDate.localeCompare(b.payDate) || a.sequence - b.sequence);
  if (pending.length === 0) return;
  const list = pending.map((r) => `period ending ${r.periodEnd} paid ${r.payDate} (${r.status})`).join("; ");
  throw new DomainError(
    "filing.unposted_runs",
    `${client.ein}: ${pending.length} pay run(s) paid between ${period.from} and ${period.to} are not posted: ${list}`,
    { userMessage: `These pay runs aren't posted yet, so nothing was prepared: ${list}.` },
  );
}

/**
 * The client and its posted paychecks for a filing period, after checking the actor may manage the
 * client's payroll and that every run paid in the period is posted.
 */
export async function filingPeriod(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; from: string; to: string },
): Promise<{ client: PayrollClient; figures: PaycheckFigures[] }> {
  const client = await requireClient(deps, input.clientEin);
  await requirePayrollManager(deps, actor, client);
  await requirePostedPeriod(deps, client, input);
  return { client, figures: await deps.runs.postedFigures(client.id, input.from, input.to) };
}

const Address = z.object({
  street: z.string().trim().min(1),
  city: z.string().trim().min(1),
  state: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter state code"),
  zip: z.string().regex(/^\d{5}(-?\d{4})?$/, "must be a ZIP code, e.g. 19103 or 19103-1234"),
});

/**
 * `ClientEmployer.settings.filings`: what the client's filings need beyond the census. All optional:
 * `address` (RE record, W-2 box c), `stateAccounts` (state employer account numbers by state: RS
 * record, W-2 box 15).
 */
export const FilingSettingsSchema = z.object({
  address: Address.optional(),
  stateAccounts: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().trim().min(1).max(20)).optional(),
});
export type FilingSettings = z.infer<typeof FilingSettingsSchema>;

/** Reads `settings.filings`; a bad value is an `input.invalid` error naming the field. */
export function filingSettingsOf(settings: Record<string, unknown>): FilingSettings {
  const parsed = FilingSettingsSchema.safeParse(settings.filings ?? {});
  if (!parsed.success)
    throw new DomainError("input.invalid", `client settings.filings.${formatZodIssue(parsed.error)}`);
  return parsed.data;
}

export type SubmitterConfig = Pick<
  Env,
  | "ASO_SUBMITTER_EIN"
  | "ASO_SUBMITTER_NAME"
  | "ASO_SUBMITTER_BSO_USER_ID"
  | "ASO_SUBMITTER_CONTACT_NAME"
  | "ASO_SUBMITTER_CONTACT_PHONE"
  | "ASO_SUBMITTER_CONTACT_EMAIL"
  | "ASO_SUBMITTER_ADDRESS"
>;

/** The ASO as submitter (EFW2 RA record), from the environment; a missing value is named. */
export function submitterFrom(config: SubmitterConfig): Efw2Submitter {
  const required = [
    "ASO_SUBMITTER_EIN",
    "ASO_SUBMITTER_NAME",
    "ASO_SUBMITTER_BSO_USER_ID",
    "ASO_SUBMITTER_CONTACT_NAME",
    "ASO_SUBMITTER_CONTACT_PHONE",
    "ASO_SUBMITTER_CONTACT_EMAIL",
  ] as const;
  const missing = required.filter((k) => !config[k]);
  if (missing.length > 0)
    throw new DomainError(
      "filing.missing_details",
      `${missing.join(", ")}: required to submit an EFW2 file (the ASO as submitter)`,
    );
  let address: FilingAddress | undefined;
  if (config.ASO_SUBMITTER_ADDRESS) {
    const [street, city, state, zip] = config.ASO_SUBMITTER_ADDRESS.split(";").map((s) => s.trim());
    const parsed = Address.safeParse({ street, city, state, zip });
    if (!parsed.success)
      throw new DomainError(
        "config.invalid",
        `ASO_SUBMITTER_ADDRESS: must be "street; city; ST; ZIP" (${formatZodIssue(parsed.error)})`,
      );
    address = parsed.data;
  }
  return {
    ein: config.ASO_SUBMITTER_EIN!,
    name: config.ASO_SUBMITTER_NAME!,
    userId: config.ASO_SUBMITTER_BSO_USER_ID!,
    contact: {
      name: config.ASO_SUBMITTER_CONTACT_NAME!,
      phone: config.ASO_SUBMITTER_CONTACT_PHONE!,
      email: config.ASO_SUBMITTER_CONTACT_EMAIL!,
    },
    ...(address ? { address } : {}),
  };
}
