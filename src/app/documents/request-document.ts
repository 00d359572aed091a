import type { Clock } from "../../core/clock";
import { buildEmploymentVerification } from "../../core/documents/employment-verification";
import { buildPayStub } from "../../core/documents/pay-stub";
import type { W2Form } from "../../core/filings/form-w2-copy";
import { type Actor, auditEntry } from "../../core/policy/actor";
import { isSelfService } from "../../core/policy/self-service";
import { PAY_FREQUENCIES, type PayFrequency } from "../../core/tables/us/pay-periods";
import { localDate } from "../../core/timesheets/cutoffs";
import type { DocumentRepository, StoredDocument } from "../../db/document-repository";
import type { PayrollRunRepository } from "../../db/payroll-run-repository";
import type { PtoRepository } from "../../db/pto-repository";
import type { TimesheetRepository } from "../../db/timesheet-repository";
import { DomainError } from "../../errors/domain-error";
import { renderPdf } from "./render-pdf";

export type DocumentDeps = {
  documents: DocumentRepository;
  /** The asker's own W-2 for a finished year as a PDF (the filings' W-2), or null with no pay that year. */
  w2?: (actor: Actor, input: { year: number; issuedOn: string }) => Promise<{ pdf: Buffer } | null>;
  /** The asker's own W-2 boxes for a year (to date in the year in progress), or null with no pay then. */
  w2Boxes?: (
    actor: Actor,
    input: { year: number; today: string },
  ) => Promise<{ form: W2Form; through?: string } | null>;
  runs: Pick<PayrollRunRepository, "latestPaychecks">;
  timesheets: Pick<TimesheetRepository, "findEmployee">;
  pto: Pick<PtoRepository, "getBalances">;
  clock: Clock;
};

export type DocumentRequest =
  | {
      kind: "pay_stub";
      /** The stub of the last paycheck paid in this month (`YYYY-MM`); absent = the latest one. */
      month?: string;
    }
  | { kind: "employment_verification"; includePay: boolean }
  | { kind: "w2"; year: number };

/** How many of an employee's posted paychecks are read to find a stub and its year to date. */
const PAYCHECK_WINDOW = 120;

/**
 * Render one of the asker's own documents as a PDF and keep it for delivery: the subject is always
 * the actor (no argument names another employee, so a forged button cannot reach anyone else's).
 * Audited with the kind and what it covers; the same `requestKey` returns the same document.
 */
export async function requestDocument(
  deps: DocumentDeps,
  actor: Actor,
  request: DocumentRequest,
  requestKey: string,
): Promise<{ document: StoredDocument; outcome: "created" | "existing" }> {
  if (!isSelfService(actor)) {
    throw new DomainError("auth.forbidden", `${actor.kind} actor asked for an employee document`, {
      userMessage: "Documents are sent to employees about their own employment.",
    });
  }
  const now = deps.clock.now();
  const facts = await deps.documents.employmentFacts(actor.employeeId);
  if (!facts || facts.clientId !== actor.clientId) {
    throw new DomainError("record.not_found", `employee ${actor.employeeId} not found`);
  }
  const today = localDate(now, actor.timezone);
  if (request.kind === "w2") {
    const form = deps.w2 ? await deps.w2(actor, { year: request.year, issuedOn: today }) : null;
    if (!form)
      throw new DomainError("record.not_found", `no W-2 for ${request.year}`, {
        userMessage: `You have no W-2 for ${request.year}: no pay was posted for you that year.`,
      });
    return save(deps, actor, facts, {
      kind: "w2",
      subject: `tax year ${request.year}`,
      fileName: `w2-${request.year}.pdf`,
      title: `Form W-2 ${request.year}`,
      pdf: form.pdf,
      requestKey,
      at: now,
    });
  }
  let model: ReturnType<typeof buildPayStub>;
  let subject: string;
  let fileName: string;
  if (request.kind === "pay_stub") {
    const paychecks = await deps.runs.latestPaychecks(actor.employeeId, PAYCHECK_WINDOW);
    const chosen = request.month ? paychecks.find((p) => p.payDate.startsWith(request.month!)) : paychecks[0];
    if (!chosen) {
      throw new DomainError("record.not_found", "no posted paycheck for the stub", {
        userMessage: request.month
          ? `You have no paycheck paid in ${monthName(request.month)}.`
          : "You have no posted paycheck yet.",
      });
    }
    const employee = await deps.timesheets.findEmployee(actor.employeeId);
    const balances = employee ? (await deps.pto.getBalances(employee)).balances : {};
    model = buildPayStub({
      employer: facts.employer,
      employee: { name: facts.name },
      paycheck: chosen.figures,
      yearPaychecks: paychecks.map((p) => p.figures),
      ptoBalances: balances,
    });
    subject = `pay date ${chosen.payDate}`;
    fileName = `pay-stub-${chosen.payDate}.pdf`;
  } else {
    const frequency = facts.employer.payFrequency as PayFrequency;
    if (!PAY_FREQUENCIES.includes(frequency)) throw new Error(`unknown pay frequency ${frequency}`);
    model = buildEmploymentVerification({
      employer: { name: facts.employer.name, payFrequency: frequency },
      employee: facts,
      asOf: today,
      includePay: request.includePay,
    });
    subject = request.includePay ? `as of ${today}, with pay` : `as of ${today}`;
    fileName = `employment-verification-${today}.pdf`;
  }
  const pdf = await renderPdf(model, now);
  return save(deps, actor, facts, {
    kind: request.kind,
    subject,
    fileName,
    title: model.title,
    pdf,
    requestKey,
    at: now,
  });
}

async function save(
  deps: DocumentDeps,
  actor: Actor,
  facts: { id: string; clientId: string },
  doc: {
    kind: DocumentRequest["kind"];
    subject: string;
    fileName: string;
    title: string;
    pdf: Buffer;
    requestKey: string;
    at: Date;
  },
): Promise<{ document: StoredDocument; outcome: "created" | "existing" }> {
  const saved = await deps.documents.save({
    clientId: facts.clientId,
    employeeId: facts.id,
    ...doc,
    audit: auditEntry(actor, `document.${doc.kind}`),
  });
  return { document: saved.document, outcome: saved.kind };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-11" → "November 2026". */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
