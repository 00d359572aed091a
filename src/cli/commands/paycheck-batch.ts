import { runPaycheckLine } from "../../app/paycheck/run-paycheck-line";

/** The output of one batch of request lines: result lines, stderr lines and how many failed. */
export type PaycheckBatchOutput = { out: string; errors: string; failed: number };

/**
 * Runs a batch of JSON Lines requests (blank lines skipped, line numbers counted from `firstLineNo`)
 * and returns the text to write: one result or `{"id","error"}` line per request, in order.
 */
export function runPaycheckBatch(lines: readonly string[], firstLineNo: number): PaycheckBatchOutput {
  let out = "";
  let errors = "";
  let failed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const outcome = runPaycheckLine(line);
    if (outcome.ok) {
      out += `${JSON.stringify(outcome.result)}\n`;
    } else {
      failed++;
      out += `${JSON.stringify({ id: outcome.id, error: outcome.error })}\n`;
      errors += `aso paycheck: line ${firstLineNo + i}: ${outcome.error}\n`;
    }
  }
  return { out, errors, failed };
}

/** The lines of a batch's text: split on newlines, a trailing newline ending the last line. */
export function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
