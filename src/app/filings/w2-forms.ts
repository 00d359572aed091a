import { isoDate } from "../../core/calendar/iso-date";
import {
  buildW2Form,
  buildW3,
  type W2Form,
  type W2OtherAmount,
  type W3,
} from "../../core/filings/form-w2-copy";
import { buildW2s } from "../../core/ledger/form-w2";
import type { PaycheckFigures } from "../../core/ledger/paycheck-figures";
import { buildW2LocalLines, buildW2StateLines } from "../../core/ledger/w2-state-wages";
import { Money } from "../../core/money/money";
import type { Actor } from "../../core/policy/actor";
import { isSelfService } from "../../core/policy/self-service";
import type { PayrollClient } from "../../db/payroll-inputs-repository";
import { DomainError } from "../../errors/domain-error";
import type { PayrollDeps } from "../payroll/payroll-deps";
import { parseYear } from "./efw2-file";
import { filingPeriod, filingSettingsOf, requirePostedPeriod } from "./filing-period";
import { renderW2Pdf, renderW3Pdf } from "./w2-pdf";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkIssuedOn(value: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new DomainError(
      "input.invalid",
      `--issued: must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
}

/** Box 14: the employee-paid state programs withheld in the year (SDI, paid leave…), by code. */
function otherAmounts(year: number, figures: readonly PaycheckFigures[]): Map<string, W2OtherAmount[]> {
  const acc = new Map<string, Map<string, Money>>();
  for (const p of figures) {
    if (!p.payDate.startsWith(`${year}-`)) continue;
    for (const s of p.statePrograms ?? []) {
      const byCode = acc.get(p.employeeId) ?? new Map<string, Money>();
      acc.set(p.employeeId, byCode);
      byCode.set(s.code, (byCode.get(s.code) ?? Money.zero()).plus(Money.of(s.amount)));
    }
  }
  return new Map(
    [...acc.entries()].map(([id, byCode]) => [
      id,
      [...byCode.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, amount]) => ({ label: code.toUpperCase().slice(0, 12), amount: amount.toFixed() })),
    ]),
  );
}

type EmployeeW2 = W2Form & { employeeId: string };

async function formsOf(
  deps: PayrollDeps,
  client: PayrollClient,
  year: number,
  figures: readonly PaycheckFigures[],
): Promise<EmployeeW2[]> {
  const settings = filingSettingsOf(client.settings);
  const employer = {
    ein: client.ein,
    name: client.name,
    ...(settings.address ? { address: settings.address } : {}),
    ...(settings.stateAccounts ? { stateAccounts: settings.stateAccounts } : {}),
  };
  const w2s = buildW2s(year, figures);
  const states = buildW2StateLines(year, figures);
  const locals = buildW2LocalLines(year, figures);
  const other = otherAmounts(year, figures);
  const names = await deps.inputs.employeeNames(w2s.map((w) => w.employeeId));
  return w2s
    .map((w2) => ({
      employeeId: w2.employeeId,
      ...buildW2Form({
        w2,
        employer,
        employee: {
          name: names.get(w2.employeeId)?.name ?? "",
          externalId: names.get(w2.employeeId)?.externalId ?? "",
        },
        states: states.get(w2.employeeId) ?? [],
        locals: locals.get(w2.employeeId) ?? [],
        other: other.get(w2.employeeId) ?? [],
      }),
    }))
    .sort((a, b) => a.controlNumber.localeCompare(b.controlNumber));
}

/**
 * `aso report w3`: every employee's printed W-2 (boxes a–f, 1–20) and the W-3 that totals them, from
 * the year's posted paychecks. Refused while a run paid in the year is not posted.
 */
export async function w2AndW3(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; year: string },
): Promise<{ client: string; year: number; w2: EmployeeW2[]; w3: W3 }> {
  const year = parseYear(input.year);
  const { client, figures } = await filingPeriod(deps, actor, {
    clientEin: input.clientEin,
    from: isoDate(year, 1, 1),
    to: isoDate(year, 12, 31),
  });
  const forms = await formsOf(deps, client, year, figures);
  const settings = filingSettingsOf(client.settings);
  const w3 = buildW3(
    year,
    {
      ein: client.ein,
      name: client.name,
      ...(settings.address ? { address: settings.address } : {}),
      ...(settings.stateAccounts ? { stateAccounts: settings.stateAccounts } : {}),
    },
    forms,
  );
  return { client: client.ein, year, w2: forms, w3 };
}

/** The W-2s (all, or one employee's by external id) and the W-3 as PDFs, dated `issuedOn`. */
export async function w2W3Pdfs(
  deps: PayrollDeps,
  actor: Actor,
  input: { clientEin: string; year: string; issuedOn: string; employeeExternalId?: string },
): Promise<{ w2: Buffer; w3: Buffer; forms: number }> {
  checkIssuedOn(input.issuedOn);
  const { w2, w3 } = await w2AndW3(deps, actor, input);
  const chosen = input.employeeExternalId
    ? w2.filter((f) => f.controlNumber === input.employeeExternalId)
    : w2;
  if (input.employeeExternalId && chosen.length === 0)
    throw new DomainError(
      "record.not_found",
      `--employee: no W-2 for ${input.employeeExternalId} in ${input.year} (no posted pay that year)`,
      { userMessage: "There is no W-2 for that employee and year." },
    );
  return {
    w2: await renderW2Pdf(chosen, { issuedOn: input.issuedOn }),
    w3: await renderW3Pdf(w3, { issuedOn: input.issuedOn }),
    forms: chosen.length,
  };
}

/**
 * "Send me my W-2": the employee's own W-2 for a finished year as a PDF (Copies B, C and 2 carry
 * the same boxes), for a chat action to attach. Only the employee asking; a year still in progress
 * or with runs not yet posted has no W-2 yet.
 */
export async function getMyW2(
  deps: PayrollDeps,
  actor: Actor,
  input: { year: number; issuedOn: string },
): Promise<{ form: W2Form; pdf: Buffer } | null> {
  if (!isSelfService(actor))
    throw new DomainError("auth.forbidden", "only an employee has a W-2", {
      userMessage: "W-2s are sent to employees about their own pay.",
    });
  checkIssuedOn(input.issuedOn);
  if (input.year >= Number(deps.clock.now().toISOString().slice(0, 4)))
    throw new DomainError("input.invalid", `year ${input.year}: the W-2 is issued after the year ends`, {
      userMessage: `Your ${input.year} W-2 is available after the year ends.`,
    });
  const client = await deps.inputs.clientById(actor.clientId);
  if (!client) throw new DomainError("record.not_found", `no client ${actor.clientId}`);
  const period = { from: isoDate(input.year, 1, 1), to: isoDate(input.year, 12, 31) };
  await requirePostedPeriod(deps, client, period);
  const mine = (await deps.runs.postedFigures(client.id, period.from, period.to)).filter(
    (f) => f.employeeId === actor.employeeId,
  );
  const [form] = await formsOf(deps, client, input.year, mine);
  if (!form) return null;
  const { employeeId: _, ...w2 } = form;
  return { form: w2, pdf: await renderW2Pdf([w2], { issuedOn: input.issuedOn }) };
}

/**
 * "Can I see my W-2?": the asker's own W-2 boxes for a year, built from their posted paychecks by the
 * same code as the W-2 forms and the EFW2 file. A finished year gives the boxes the form carries; the
 * year in progress gives them to date (through `today`), since the form itself is issued after the
 * year ends. Null when no pay was posted for the asker in the period.
 */
export async function getMyW2Boxes(
  deps: PayrollDeps,
  actor: Actor,
  input: { year: number; today: string },
): Promise<{ form: W2Form; through?: string } | null> {
  if (!isSelfService(actor))
    throw new DomainError("auth.forbidden", "only an employee has a W-2", {
      userMessage: "W-2s are sent to employees about their own pay.",
    });
  const thisYear = Number(input.today.slice(0, 4));
  if (input.year > thisYear)
    throw new DomainError("input.invalid", `year ${input.year} is in the future`, {
      userMessage: `There is no ${input.year} W-2 yet: that year hasn't started.`,
    });
  const client = await deps.inputs.clientById(actor.clientId);
  if (!client) throw new DomainError("record.not_found", `no client ${actor.clientId}`);
  const inProgress = input.year === thisYear;
  const period = {
    from: isoDate(input.year, 1, 1),
    to: inProgress ? input.today : isoDate(input.year, 12, 31),
  };
  await requirePostedPeriod(deps, client, period);
  const mine = (await deps.runs.postedFigures(client.id, period.from, period.to)).filter(
    (f) => f.employeeId === actor.employeeId,
  );
  const [found] = await formsOf(deps, client, input.year, mine);
  if (!found) return null;
  const { employeeId: _, ...form } = found;
  return inProgress ? { form, through: input.today } : { form };
}
