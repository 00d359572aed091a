import type { Reply } from "../../conversation/reply";
import { isoDay } from "../../core/calendar/iso-date";
import { defaultPayDate, nextPeriodEnd } from "../../core/ledger/pay-period";
import { comparePaychecks, type PaycheckChange, paycheckItemLabel } from "../../core/ledger/paycheck-diff";
import { otherWithheldTaxes, type PaycheckFigures } from "../../core/ledger/paycheck-figures";
import { Money } from "../../core/money/money";
import {
  type ChangeCause,
  type ChangeVerdict,
  type ComparedPaycheck,
  explainPaycheckDifference,
} from "../../core/payroll/paycheck-causes";
import type { Actor } from "../../core/policy/actor";
import { isSelfService } from "../../core/policy/self-service";
import type { StoredPaycheck } from "../../db/payroll-run-repository";
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
      ...otherWithheldTaxes(f).map((s) => ({ item: paycheckItemLabel(s.code), amount: s.amount })),
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

/** One posted paycheck as the change explanation reads it. */
function compared(p: StoredPaycheck): ComparedPaycheck {
  return { payDate: p.payDate, basis: p.basis, outcome: p.figures };
}

const cents = (m: Money) => {
  const abs = m.negated().max(m);
  return abs.lessThan(Money.of("1")) ? `${abs.toFixed().replace(/^0\.0?/, "")}¢` : abs.format();
};

function verdictText(before: StoredPaycheck, after: StoredPaycheck, v: ChangeVerdict): string {
  const change = Money.of(v.netChange);
  const nets = `net ${fmt(before.figures.net)} → ${fmt(after.figures.net)}`;
  if (change.isZero())
    return `Your paycheck of ${after.payDate} has the same net pay as the one of ${before.payDate} (${fmt(after.figures.net)}).`;
  const way = change.isNegative() ? "smaller" : "larger";
  if (v.essentiallySame)
    return `Your paycheck of ${after.payDate} was ${cents(change)} ${way} than the one of ${before.payDate} (${nets}): essentially the same.`;
  return `Your paycheck of ${after.payDate} was ${cents(change)} ${way} than the one of ${before.payDate} (${nets}).`;
}

/**
 * "Why was my check smaller?": what changed between two of the employee's posted paychecks (by default
 * the last two; `payDates` picks others among the last year's), the causes in plain words decided by
 * the core from what each paycheck was computed from, and the lines that changed.
 */
export async function explainPaycheckChange(
  deps: PayrollDeps,
  actor: Actor,
  payDates: { before?: string; after?: string } = {},
): Promise<{
  changes: PaycheckChange[];
  causes: ChangeCause[];
  verdict: ChangeVerdict | null;
  before: string | null;
  after: string | null;
  reply: Reply;
}> {
  const me = requireEmployee(actor);
  const recent = await deps.runs.latestPaychecks(me.employeeId, payDates.before || payDates.after ? 27 : 2);
  const after = payDates.after ? recent.find((p) => p.payDate === payDates.after) : recent[0];
  const before = payDates.before
    ? recent.find((p) => p.payDate === payDates.before)
    : (recent.find((p) => after && p.payDate < after.payDate) ??
      (after === recent[0] ? recent[1] : undefined));
  if (!after || !before)
    return {
      changes: [],
      causes: [],
      verdict: null,
      before: before?.payDate ?? null,
      after: after?.payDate ?? null,
      reply: {
        blocks: [
          {
            kind: "text",
            text:
              payDates.before || payDates.after
                ? "I couldn't find posted paychecks of those pay dates to compare."
                : "You need two posted paychecks to compare.",
          },
        ],
        personal: true,
      },
    };
  const changes = comparePaychecks(before.figures, after.figures);
  const { verdict, causes } = explainPaycheckDifference(compared(before), compared(after));
  const blocks: Reply["blocks"] = [
    { kind: "text", text: verdictText(before, after, verdict) },
    {
      kind: "text",
      text: `${causes.length === 1 ? "Why" : "What changed"}:\n${causes.map((c) => `• ${c.text}`).join("\n")}`,
    },
  ];
  if (changes.length > 0 && !verdict.essentiallySame)
    blocks.push({
      kind: "facts",
      title: `Line by line, ${before.payDate} → ${after.payDate}`,
      facts: changes.map((c) => {
        const delta = Money.of(c.change);
        return {
          label: c.item,
          value: `${fmt(c.before)} → ${fmt(c.after)} (${delta.isNegative() ? "" : "+"}${delta.format()})`,
        };
      }),
    });
  return {
    changes,
    causes,
    verdict,
    before: before.payDate,
    after: after.payDate,
    reply: { personal: true, blocks },
  };
}

/** "How much went to taxes?": each tax withheld from the last posted paycheck and their total. */
export async function getMyPaycheckTaxes(
  deps: PayrollDeps,
  actor: Actor,
): Promise<{ payDate: string | null; total: string | null; reply: Reply }> {
  const me = requireEmployee(actor);
  const [latest] = await deps.runs.latestPaychecks(me.employeeId, 1);
  if (!latest)
    return {
      payDate: null,
      total: null,
      reply: {
        blocks: [{ kind: "text", text: "You have no posted paycheck yet, so no taxes have been withheld." }],
        personal: true,
      },
    };
  const p = summarize(latest.payDate, latest.figures, latest.explanation);
  const total = p.taxes.reduce((a, t) => a.plus(Money.of(t.amount)), Money.zero());
  return {
    payDate: p.payDate,
    total: total.toFixed(),
    reply: {
      personal: true,
      blocks: [
        {
          kind: "facts",
          title: `Taxes withheld from your paycheck of ${p.payDate}`,
          facts: [
            ...p.taxes.map((t) => ({ label: t.item, value: fmt(t.amount) })),
            { label: "Total taxes", value: total.format() },
            { label: "Gross pay", value: fmt(p.gross) },
          ],
        },
        {
          kind: "text",
          text: `${total.format()} of your ${fmt(p.gross)} gross pay went to taxes. To change your federal withholding, say "change my W-4".`,
        },
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
  const today = isoDay(deps.clock.now());
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
