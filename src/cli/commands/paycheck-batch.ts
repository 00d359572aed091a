import { runPaycheckLine } from "../../app/paycheck/run-paycheck-line";

/** What a batch of request lines leaves besides its result lines: stderr lines and how many failed. */
export type PaycheckBatchOutcome = { errors: string; failed: number };

/**
 * Runs a batch of JSON Lines requests (blank lines skipped, line numbers counted from `firstLineNo`),
 * handing `write` one result or `{"id","error"}` line per request, in order, each ending in a newline.
 */
export function runPaycheckBatch(
  lines: readonly string[],
  firstLineNo: number,
  write: (line: string) => void,
): PaycheckBatchOutcome {
  let errors = "";
  let failed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const outcome = runPaycheckLine(line);
    if (outcome.ok) {
      write(`${JSON.stringify(outcome.result)}\n`);
    } else {
      failed++;
      write(`${JSON.stringify({ id: outcome.id, error: outcome.error })}\n`);
      errors += `aso paycheck: line ${firstLineNo + i}: ${outcome.error}\n`;
    }
  }
  return { errors, failed };
}

/** The lines of a batch's text: split on newlines, a trailing newline ending the last line. */
export function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
