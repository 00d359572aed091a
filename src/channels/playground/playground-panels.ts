import { jobProcessors } from "../../../jobs/registry";
import type { CaseDeskDeps } from "../../app/cases/case-desk-deps";
import { listMyQueue, listTeamQueue } from "../../app/cases/list-cases";
import { getMyLastPaycheck, type LastPaycheck } from "../../app/payroll/paycheck-queries";
import type { PayrollDeps } from "../../app/payroll/payroll-deps";
import type { TimesheetDeps } from "../../app/timesheets/deps";
import { listMySubmissions } from "../../app/timesheets/list-my-submissions";
import { Money } from "../../core/money/money";
import type { Actor } from "../../core/policy/actor";
import type { QueueRuntime } from "../../queue/queue-runtime";

export type PanelDeps = {
  payroll: PayrollDeps;
  timesheets: TimesheetDeps;
  cases: CaseDeskDeps;
  queue: QueueRuntime;
  now: () => Date;
};

export type PayRunPanel = {
  id: string;
  kind: string;
  periodStart: string;
  periodEnd: string;
  payDate: string;
  status: string;
  done: number;
  total: number;
  errors: number;
};

export type Panels = {
  paycheck?: LastPaycheck | null;
  timesheets?: {
    weekStart: string;
    status: string;
    totalHours: string;
    decidedBy?: string;
    decidedAt?: string;
  }[];
  payRuns?: { runs: PayRunPanel[]; ledger: { account: string; debit: string; credit: string }[] };
  cases?: {
    id: string;
    reference: string;
    clientName: string;
    employeeName: string;
    category: string;
    priority: string;
    state: string;
    assigneeName: string | null;
    summary: string | null;
    mine: boolean;
    firstResponseDueAt: string | null;
    resolutionDueAt: string | null;
  }[];
  /** Job queue counts by internal queue name: for ASO staff only (employees never see queue names). */
  jobs?: {
    queue: string;
    waiting: number;
    active: number;
    delayed: number;
    completed: number;
    failed: number;
  }[];
};

async function safely<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch {
    // A panel the persona may not see (policy) or whose domain has no data yet stays hidden.
    return undefined;
  }
}

/** The BullMQ counts of every queue a registered processor listens on. */
export async function jobCounts(queue: QueueRuntime): Promise<Panels["jobs"]> {
  const names = [...new Set(jobProcessors.map((p) => p.definition.queue))].sort();
  return Promise.all(
    names.map(async (name) => {
      const c = await queue.queue(name).getJobCounts("waiting", "active", "delayed", "completed", "failed");
      return {
        queue: name,
        waiting: c.waiting ?? 0,
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
      };
    }),
  );
}

async function payRuns(deps: PanelDeps, clientId: string): Promise<Panels["payRuns"]> {
  const runs = (await deps.payroll.runs.listForClient(clientId))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, 6);
  const items: PayRunPanel[] = [];
  for (const run of runs) {
    const p = await deps.payroll.runs.progress(run.id);
    items.push({
      id: run.id,
      kind: run.kind,
      periodStart: run.periodStart,
      periodEnd: run.periodEnd,
      payDate: run.payDate,
      status: run.status,
      done: p.calculated + p.errors + p.skipped,
      total: run.employeeCount,
      errors: p.errors,
    });
  }
  const lines = await deps.payroll.ledger.lines(clientId, "1900-01-01", "9999-12-31");
  const byAccount = new Map<string, { debit: Money; credit: Money }>();
  for (const line of lines) {
    const t = byAccount.get(line.account) ?? { debit: Money.of("0"), credit: Money.of("0") };
    byAccount.set(line.account, {
      debit: t.debit.plus(Money.of(line.debit)),
      credit: t.credit.plus(Money.of(line.credit)),
    });
  }
  const ledger = [...byAccount.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([account, t]) => ({ account, debit: t.debit.toFixed(), credit: t.credit.toFixed() }));
  return { runs: items, ledger };
}

/**
 * What the side panels show for a persona, each through the same use cases (and permission checks)
 * the chat uses: an employee's last paycheck and timesheets, a client admin's pay runs and ledger
 * totals, a specialist's case queue with SLA clocks, and (staff only) the job queue counts.
 */
export async function panelsFor(deps: PanelDeps, actor: Actor): Promise<Panels> {
  const panels: Panels = {};
  if (actor.kind === "staff") panels.jobs = (await safely(() => jobCounts(deps.queue))) ?? [];
  if (actor.kind === "employee") {
    const paycheck = await safely(() => getMyLastPaycheck(deps.payroll, actor));
    if (paycheck) panels.paycheck = paycheck.paycheck;
    const sheets = await safely(() => listMySubmissions(deps.timesheets, actor, { limit: 3 }));
    if (sheets) {
      panels.timesheets = sheets.map((s) => ({
        weekStart: s.weekStart,
        status: s.status,
        totalHours: s.totalHours,
        ...(s.decision
          ? { decidedBy: s.decision.deciderName, decidedAt: s.decision.decidedAt.toISOString() }
          : {}),
      }));
    }
    if (actor.roles.includes("client_admin")) {
      const runs = await safely(() => payRuns(deps, actor.clientId));
      if (runs) panels.payRuns = runs;
    }
  }
  if (actor.kind === "staff") {
    const [mine, team] = await Promise.all([
      safely(() => listMyQueue(deps.cases, actor)),
      safely(() => listTeamQueue(deps.cases, actor)),
    ]);
    const items = [
      ...(mine ?? []).map((c) => ({ c, mine: true })),
      ...(team ?? []).map((c) => ({ c, mine: false })),
    ];
    panels.cases = items.map(({ c, mine: isMine }) => ({
      id: c.id,
      reference: c.reference,
      clientName: c.clientName,
      employeeName: c.employeeName,
      category: c.category,
      priority: c.priority,
      state: c.state,
      assigneeName: c.assigneeName,
      summary: c.summary,
      mine: isMine,
      firstResponseDueAt: c.firstResponseDueAt?.toISOString() ?? null,
      resolutionDueAt: c.resolutionDueAt?.toISOString() ?? null,
    }));
  }
  return panels;
}
