import { markTimesheetPayable } from "../src/app/timesheets/mark-timesheet-payable";
import { timesheetMarkPayableJob } from "../src/queue/timesheet-mark-payable.job";
import { defineJobProcessor } from "./job-deps";

/** Marks an approved timesheet payable (idempotent: `payableAt` is set once). */
export const timesheetMarkPayableProcessor = defineJobProcessor(
  timesheetMarkPayableJob,
  async (payload, ctx) => {
    const result = await markTimesheetPayable(ctx.deps.services.timesheets, payload);
    await ctx.log(result.marked ? "marked payable" : "already payable or not approved");
    return result;
  },
);
