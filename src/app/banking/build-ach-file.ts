import { type CheckReason, planDirectDeposits } from "../../core/banking/direct-deposit-plan";
import { buildPpdFile, type OdfiProfile, type PpdCredit } from "../../core/banking/nacha-ppd-file";
import { Decimal } from "../../core/money/decimal";
import { type Actor, actorRef } from "../../core/policy/actor";
import { recordAudit } from "../../db/audit-repository";
import { type BankAccountRecord, bankAccountRepository } from "../../db/bank-account-repository";
import type { Keyring } from "../../db/field-encryption";
import { DomainError } from "../../errors/domain-error";
import { type PayrollDeps, requireClient, requirePayrollManager, requireRun } from "../payroll/payroll-deps";

export type AchFileRequest = {
  clientEin: string;
  periodEnd: string;
  sequence?: number;
  /** YYYY-MM-DD; default the run's pay date. */
  effectiveDate?: string;
  /** File header date and time (the caller's clock, or given for a byte-identical rebuild). */
  fileCreationDate: string;
  fileCreationTime: string;
  fileIdModifier: string;
};

export type AchFileResult = {
  /** The NACHA file: it holds account numbers, so write it only where bank files belong. */
  text: string;
  runId: string;
  effectiveDate: string;
  entryCount: number;
  entryHash: string;
  totalCredit: string;
  totalDebit: string;
  /** Sum of the run's net pay: direct deposits plus checks. */
  netPay: string;
  prenotes: number;
  /** Employees paid by check instead, never dropped. */
  paidByCheck: { employee: string; name: string; amount: string; reason: CheckReason }[];
};

/**
 * The NACHA PPD file of an approved and posted pay run: one batch with the client as originator
 * (company identification from its EIN), a credit per proven account, prenotes for new accounts, and
 * the balancing debit from the client's funding account. Building it again for the same request gives
 * the same bytes (prenotes are recorded against the run that carried them).
 */
export async function buildAchFile(
  deps: PayrollDeps,
  keyring: Keyring,
  odfi: OdfiProfile,
  actor: Actor,
  request: AchFileRequest,
): Promise<AchFileResult> {
  const client = await requireClient(deps, request.clientEin);
  await requirePayrollManager(deps, actor, client);
  const run = await requireRun(deps, client, request.periodEnd, request.sequence ?? 0);
  if (run.status !== "posted" && run.status !== "approved") {
    throw new DomainError(
      "ach.run_not_posted",
      `pay run ${run.periodStart} to ${run.periodEnd} for ${client.ein} is ${run.status}: only an approved, posted run has a direct-deposit file`,
    );
  }
  const effectiveDate = request.effectiveDate ?? run.payDate;
  const banks = bankAccountRepository(deps.db.prisma, keyring);
  const funding = await banks.fundingAccount(client.id);
  if (!funding) {
    throw new DomainError(
      "ach.no_funding_account",
      `client ${client.ein} has no funding account: add employer.fundingAccount to its census`,
    );
  }

  const figures = await deps.runs.figures(run.id, run.excludedEmployeeIds);
  const accounts = await banks.clientAccountsOn(client.id, effectiveDate);
  const byEmployee = new Map<string, BankAccountRecord[]>();
  for (const account of accounts) {
    byEmployee.set(account.employeeId, [...(byEmployee.get(account.employeeId) ?? []), account]);
  }
  const paychecks = figures
    .map((f) => ({
      employeeId: f.employeeId,
      net: new Decimal(f.net),
      accounts: byEmployee.get(f.employeeId) ?? [],
    }))
    .sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
  const plan = planDirectDeposits(run.id, paychecks, effectiveDate);

  const names = await deps.inputs.employeeNames(paychecks.map((p) => p.employeeId));
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const entry = async (employeeId: string, accountId: string, amount: Decimal, prenote: boolean) => {
    const account = accountById.get(accountId) as BankAccountRecord;
    const person = names.get(employeeId);
    return {
      individualId: person?.externalId ?? "",
      name: person?.name ?? "",
      routingNumber: account.routingNumber,
      accountNumber: await banks.accountNumberOf(accountId),
      accountType: account.accountType,
      amount,
      prenote,
    } satisfies PpdCredit;
  };
  const credits: PpdCredit[] = [];
  for (const c of plan.credits) credits.push(await entry(c.employeeId, c.accountId, c.amount, false));
  for (const p of plan.prenotes) credits.push(await entry(p.employeeId, p.accountId, new Decimal(0), true));

  const file = buildPpdFile({
    odfi,
    employer: { name: client.name, ein: client.ein },
    funding,
    credits,
    effectiveEntryDate: effectiveDate,
    fileCreationDate: request.fileCreationDate,
    fileCreationTime: request.fileCreationTime,
    fileIdModifier: request.fileIdModifier,
  });

  const netPay = paychecks.reduce((sum, p) => sum.plus(p.net), new Decimal(0));
  const byCheck = plan.checks.reduce((sum, c) => sum.plus(c.amount), new Decimal(0));
  // Every dollar of net pay goes out one way or the other: a mismatch is a bug, never a file.
  if (!file.totalCredit.plus(byCheck).equals(netPay)) {
    throw new Error(`direct deposits ${file.totalCredit} + checks ${byCheck} differ from net pay ${netPay}`);
  }

  await banks.markPrenotesSent(
    plan.prenotes.map((p) => p.accountId),
    run.id,
    effectiveDate,
  );
  await recordAudit(deps.db.prisma, {
    at: deps.clock.now(),
    ...actorRef(actor),
    action: "payroll.ach_file.built",
    subjectType: "PayRun",
    subjectId: run.id,
    clientId: client.id,
    before: null,
    after: {
      effectiveDate,
      entries: file.entryCount,
      entryHash: file.entryHash,
      credit: file.totalCredit.toFixed(2),
      prenotes: plan.prenotes.length,
      paidByCheck: plan.checks.length,
    },
  });

  return {
    text: file.text,
    runId: run.id,
    effectiveDate,
    entryCount: file.entryCount,
    entryHash: file.entryHash,
    totalCredit: file.totalCredit.toFixed(2),
    totalDebit: file.totalDebit.toFixed(2),
    netPay: netPay.toFixed(2),
    prenotes: plan.prenotes.length,
    paidByCheck: plan.checks
      .map((c) => ({
        employee: names.get(c.employeeId)?.externalId ?? "",
        name: names.get(c.employeeId)?.name ?? "",
        amount: c.amount.toFixed(2),
        reason: c.reason,
      }))
      .sort((a, b) => a.employee.localeCompare(b.employee)),
  };
}
