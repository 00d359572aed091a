import { z } from "zod";
import { defineJob } from "./job-definition";

export const TimesheetMarkPayablePayloadSchema = z.object({ timesheetId: z.uuid() });
export type TimesheetMarkPayablePayload = z.infer<typeof TimesheetMarkPayablePayloadSchema>;

/**
 * After an approval commits: mark the timesheet's time payable for the next payroll run. Exactly once
 * per timesheet, guarded by `Timesheet.payableAt` (conditional update); the jobId only dedupes while
 * the job exists.
 */
export const timesheetMarkPayableJob = defineJob({
  name: "timesheet.mark-payable",
  version: 1,
  schema: TimesheetMarkPayablePayloadSchema,
  jobId: (p) => `timesheet-payable-${p.timesheetId}`,
});
