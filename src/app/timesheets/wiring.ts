import type { Dialog } from "../../conversation/dialog";
import type { Clock } from "../../core/clock";
import type { Database } from "../../db/database";
import { createPtoRepository } from "../../db/pto-repository";
import { createTimesheetRepository } from "../../db/timesheet-repository";
import type { QueueRuntime } from "../../queue/queue-runtime";
import { timesheetReminderJob } from "../../queue/reminder-timesheet.job";
import { timesheetMarkPayableJob } from "../../queue/timesheet-mark-payable.job";
import type { Notifier } from "../notifier";
import { createPtoBalanceDialog } from "../pto/pto-balance-dialog";
import { createPtoRequestDialog } from "../pto/pto-request-dialog";
import { createTimesheetCommands, timesheetCommandList } from "./commands";
import type { TimesheetDeps, TimesheetJobs } from "./deps";
import { createPendingApprovalsDialog } from "./pending-approvals-dialog";
import { createTimesheetStatusDialog } from "./timesheet-status-dialog";
import { createTimesheetSubmitDialog } from "./timesheet-submit-dialog";

/** The timesheet jobs over the queue: enqueue after commit; reminders as delayed jobs. */
export function createTimesheetJobs(queue: QueueRuntime, clock: Clock): TimesheetJobs {
  return {
    async timesheetApproved(payload) {
      await timesheetMarkPayableJob.enqueue(queue, payload);
    },
    async scheduleReminder({ at, ...rest }) {
      const delay = Math.max(0, at.getTime() - clock.now().getTime());
      await timesheetReminderJob.enqueue(queue, { ...rest, at: at.toISOString() }, { delay });
    },
  };
}

/** Build the timesheet/PTO use-case deps from the app's pieces (composition root, processors, tests). */
export function createTimesheetDeps(input: {
  db: Pick<Database, "prisma">;
  queue: QueueRuntime;
  clock: Clock;
  notifier: Notifier;
}): TimesheetDeps {
  const timesheets = createTimesheetRepository(input.db.prisma);
  return {
    timesheets,
    pto: createPtoRepository(input.db.prisma, timesheets),
    clock: input.clock,
    notifier: input.notifier,
    jobs: createTimesheetJobs(input.queue, input.clock),
  };
}

/**
 * The timesheet/PTO part of the conversation, for the composition root:
 * `assembleDialogs({ domain: [...ts.dialogs] })` (`src/app/dialogs.ts`), `commands: [...ts.commands]`.
 */
export function createTimesheetConversation(deps: Omit<TimesheetDeps, "clock">): {
  dialogs: Dialog[];
  commands: ReturnType<typeof timesheetCommandList>;
} {
  const commands = createTimesheetCommands(deps);
  const services = { deps, commands };
  return {
    dialogs: [
      createTimesheetSubmitDialog(services),
      createTimesheetStatusDialog(services),
      createPtoBalanceDialog(services),
      createPtoRequestDialog(services),
      createPendingApprovalsDialog(services),
    ],
    commands: timesheetCommandList(commands),
  };
}
