import type { RegisteredProcessor } from "../src/queue/job-definition";
import { benefitsApplyElectionProcessor } from "./benefits-apply-election.processor";
import { caseDeliveryProcessor } from "./case-delivery.processor";
import { caseNotificationProcessor } from "./case-notification.processor";
import { caseSlaProcessor } from "./case-sla.processor";
import { depositReminderProcessor } from "./deposit-reminder.processor";
import { depositScheduleRemindersProcessor } from "./deposit-schedule-reminders.processor";
import type { JobDeps } from "./job-deps";
import { notifyDeliverProcessor, notifyUpdateProcessor } from "./notify.processor";
import { payrollRunProcessor } from "./payroll-run.processor";
import { payrollRunChunkProcessor } from "./payroll-run-chunk.processor";
import { payrollRunPaycheckProcessor } from "./payroll-run-paycheck.processor";
import { timesheetReminderProcessor } from "./reminder-timesheet.processor";
import { timesheetMarkPayableProcessor } from "./timesheet-mark-payable.processor";
import { timesheetScheduleRemindersProcessor } from "./timesheet-schedule-reminders.processor";

/**
 * Every job processor `aso worker` (and `aso serve` in the embedded mode) runs. Add yours here:
 * `import { runPaycheckProcessor } from "./payroll.run-paycheck.processor";` then append it below.
 * A job name may appear only once.
 */
export const jobProcessors: readonly RegisteredProcessor<JobDeps>[] = [
  timesheetMarkPayableProcessor,
  timesheetReminderProcessor,
  timesheetScheduleRemindersProcessor,
  payrollRunProcessor,
  payrollRunChunkProcessor,
  payrollRunPaycheckProcessor,
  caseDeliveryProcessor,
  caseNotificationProcessor,
  caseSlaProcessor,
  notifyDeliverProcessor,
  notifyUpdateProcessor,
  benefitsApplyElectionProcessor,
  depositReminderProcessor,
  depositScheduleRemindersProcessor,
];
