/**
 * What bench/paycheck.ts measures in-process, compiled the way `aso paycheck`'s workers run it (one
 * esbuild bundle, see src/cli/compile-for-worker.ts), so the figures are the CLI's engine, not tsx's.
 */
export { fastParsePaycheckRequest } from "../src/app/paycheck/fast-parse";
export { PaycheckRequestSchema } from "../src/app/paycheck/paycheck-request.schema";
export { runPaycheckLine } from "../src/app/paycheck/run-paycheck-line";
export { toPaycheckInput } from "../src/app/paycheck/to-paycheck-input";
export { computePaycheck } from "../src/core/payroll/compute-paycheck";
