import type { Reply } from "../../conversation/reply";
import { defaultPayDate, nextPeriodEnd } from "../../core/ledger/pay-period";
import { comparePaychecks, type PaycheckChange, paycheckItemLabel } from "../../core/ledger/paycheck-diff";
import type { PaycheckFigures } from "../../core/ledger/paycheck-figures";
import { Money } from "../../core/money/money";
import type { Actor } from "../../core/policy/actor";
import { isSelfService } from "../../core/policy/self-service";
import { DomainError } from "../../errors/domain-error";
import { type PayrollDeps, requirePayrollManager } from "./payroll-deps";
import { payrollSettingsOf } from "./payroll-settings";
import { progressText } from "./watch-pay-run";

function requireEmployee(actor: Actor): Extract<Actor, { kind: "employee" }> {
  if (!isSelfService(actor))
    throw new DomainError("auth.forbidden", "only an employee has paychecks", {
      userMessage: "Paycheck questions are answered for employees about their own pay.",
    });
  return actor;
}

const fmt = (v: string) => Money.of(v).format();

export type LastPaycheck = {
  payDate: string;
  gross: string;
  taxes: { item: string; amount: string }[];
  deductions: { item: string; amount: string }[];
  net: string;
  explanation: string[];
};

function summarize(payDate: string, f: PaycheckFigures, explanation: string[]): LastPaycheck {
  return {
    payDate,
    gross: f.gross,
    taxes: [
      ...Object.entries(f.employeeTaxes)
        .filter(([, v]) => !Money.of(v).isZero())
        .map(([code, amount]) => ({ item: paycheckItemLabel(code), amount })),
      ...(f.statePrograms ?? []).map((s) => ({ item: paycheckItemLabel(s.code), amount: s.amount })),
    ],
    deductions: f.deductions.map((d) => ({ item: paycheckItemLabel(d.code), amount: d.amount })),
    net: f.net,
    explanation,
  };
}

/** "My last paycheck": gross, taxes, deductions, net and the engine's explanation lines (own pay only). */
export async function getMyLastPaycheck(
  deps: PayrollDeps,
  actor: Actor,
): Promise<{ paycheck: LastPaycheck | null; reply: Reply }> {
  const me = requireEmployee(actor);
  const [latest] = await deps.runs.latestPaychecks(me.employeeId, 1);
  if (!latest)
    return {
      paycheck: null,
      reply: { blocks: [{ kind: "text", text: "You have no posted paycheck yet." }], personal: true },
    };
  const p = summarize(latest.payDate, latest.figures, latest.explanation);
  const reply: Reply = {
    personal: true,
    blocks: [
      {
        kind: "facts",
        title: `Your paycheck of ${p.payDate}`,
        facts: [
          { label: "Gross pay", value: fmt(p.gross) },
          ...p.taxes.map((t) => ({ label: t.item, value: `-${fmt(t.amount)}` })),
          ...p.deductions.map((d) => ({ label: d.item, value: `-${fmt(d.amount)}` })),
          { label: "Net pay", value: fmt(p.net) },
        ],
      },
      { kind: "text", text: p.explanation.join("\n") },
    ],
  };
  return { paycheck: p, reply };
}

/** "What changed between my last two paychecks and why": the lines that changed, largest first. */
export async function explainPaycheckChange(
  deps: PayrollDeps,
  actor: Actor,
): Promise<{ changes: PaycheckChange[]; before: string | null; after: string | null; reply: Reply }> {
  const me = requireEmployee(actor);
  const [after, before] = await deps.runs.latestPaychecks(me.employeeId, 2);
  if (!after || !before)
    return {
      changes: [],
      before: before?.payDate ?? null,
      after: after?.payDate ?? null,
      reply: {
        blocks: [{ kind: "text", text: "You need two posted paychecks to compare." }],
        personal: true,
      },
    };
  const changes = comparePaychecks(before.figures, after.figures);
  const text =
    changes.length === 0
      ? `Your paychecks of ${before.payDate} and ${after.payDate} are the same.`
      : changes
          .map((c) => {
            const delta = Money.of(c.change);
            return `${c.item}: ${fmt(c.before)} → ${fmt(c.after)} (${delta.isNegative() ? "" : "+"}${delta.format()})`;
          })
          .join("\n");
  return {
    changes,
    before: before.payDate,
    after: after.payDate,
    reply: {
      personal: true,
      blocks: [
        {
          kind: "text",
          text: `Compared with your paycheck of ${before.payDate}, your paycheck of ${after.payDate}:`,
        },
        { kind: "text", text },
      ],
    },
  };
}

/**
 * "When is my next payday": a run already started for a future pay date, else the period after the
 * client's latest run, paid `payDateLagDays` after it ends (moved back to a business day).
 */
export async function getNextPayDate(
  deps: PayrollDeps,
  actor: Actor,
): Promise<{ payDate: string | null; periodEnd: string | null; reply: Reply }> {
  if (!isSelfService(actor)) throw new DomainError("auth.forbidden", "next pay date is asked by an employee");
  const client = await deps.inputs.clientById(actor.clientId);
  if (!client) throw new DomainError("record.not_found", "client not found");
  const today = deps.clock.now().toISOString().slice(0, 10);
  const runs = (await deps.runs.listForClient(client.id)).filter(
    (r) => r.status !== "voided" && r.kind === "regular",
  );
  const upcoming = runs
    .filter((r) => r.payDate >= today)
    .sort((a, b) => a.payDate.localeCompare(b.payDate))[0];
  let payDate: string | null = upcoming?.payDate ?? null;
  let periodEnd: string | null = upcoming?.periodEnd ?? null;
  if (!payDate && runs[0]) {
    const lag = payrollSettingsOf(client.settings).payDateLagDays;
    let end = runs[0].periodEnd;
    for (let i = 0; i < 60; i++) {
      end = nextPeriodEnd(client.payFrequency, end);
      const date = defaultPayDate(end, lag);
      if (date >= today) {
        payDate = date;
        periodEnd = end;
        break;
      }
    }
  }
  const text = payDate
    ? `Your next payday is ${payDate} (pay period ending ${periodEnd}).`
    : "I can't tell your next payday yet: no pay run has been scheduled for your employer.";
  return { payDate, periodEnd, reply: { blocks: [{ kind: "text", text }] } };
}

/** Chat progress of a run for its managers: "312/400 paychecks calculated". */
export async function payRunProgress(deps: PayrollDeps, actor: Actor, runId: string): Promise<string> {
  const run = await deps.runs.findById(runId);
  if (!run) throw new DomainError("record.not_found", "pay run not found");
  const client = await deps.inputs.clientById(run.clientId);
  if (!client) throw new DomainError("record.not_found", "client not found");
  await requirePayrollManager(deps, actor, client);
  const p = await deps.runs.progress(runId);
  return `${progressText({ done: p.calculated + p.errors + p.skipped, total: run.employeeCount, errors: p.errors, status: run.status })} (${run.status})`;
}
