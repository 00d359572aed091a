import { type Chunk, textLines } from "./coverage/layout";

/** A label and its first value on one run of text, joined by a dotted leader ("Basic ....... 70%"). */
const LEADER = /^(.*?[^\s.])\s*(?:\.{4,}|…{2,}|_{4,}|·{4,})\s*(\S.*)$/;

/**
 * Plain-text tables with titled columns ("                DENTAL CORE      DENTAL PLUS" over
 * "Basic (fillings) ....... 70%        80%"): each row is rewritten the way Markdown table rows are
 * read ("Basic (fillings) — DENTAL CORE: 70%; DENTAL PLUS: 80%."). As printed, a passage gives two
 * plans' figures with nothing to say whose is whose, and a quote cannot keep the asker's own plan's
 * cell alone. Rows whose values do not each stand under a title are left as written.
 */
export function labelledColumns(text: string): string {
  const out = text.split("\n");
  let titles: Chunk[] | null = null;
  for (const line of textLines(text)) {
    if (line.cells) continue;
    if (isTitleLine(line.chunks)) {
      titles = line.chunks;
      continue;
    }
    // A paragraph ends the table its titles belonged to.
    if (
      line.chunks.length === 1 &&
      line.chunks[0]!.text.split(" ").length >= 8 &&
      !LEADER.test(line.chunks[0]!.text)
    )
      titles = null;
    if (!titles) continue;
    const row = titledRow(line.chunks, titles);
    if (row) out[line.y] = row;
  }
  return out.join("\n");
}

/** Two or more short figure-free runs: the column titles over a table's values. */
function isTitleLine(chunks: readonly Chunk[]): boolean {
  return (
    chunks.length >= 2 &&
    chunks.every((c) => c.text.length <= 40 && !/\d|[.:;,!?]$/.test(c.text) && !LEADER.test(c.text))
  );
}

function titledRow(chunks: readonly Chunk[], titles: readonly Chunk[]): string | null {
  const [first, ...rest] = chunks;
  if (!first) return null;
  // Only rows over dotted leaders: a row of a space-aligned grid may wrap its cells onto the lines
  // below, and rewriting its first line alone would cut its sentences apart.
  const leader =
    LEADER.exec(first.text) ?? (rest.length > 0 ? LEADER.exec(`${first.text} ${rest[0]!.text}`) : null);
  if (!leader) return null;
  const label = leader[1]!;
  const values: Chunk[] = LEADER.test(first.text)
    ? [{ x: first.right - leader[2]!.length, right: first.right, text: leader[2]! }, ...rest]
    : rest;
  const labelRight = first.x + label.length;
  // The titles over the values, not a title over the label column ("Service", "Benefit").
  const columns = titles.filter((t) => t.x > labelRight);
  if (values.length < 2 || columns.length < 2) return null;
  const cells: string[] = [];
  let next = 0;
  for (const value of values) {
    const at = columns.findIndex((t, i) => i >= next && value.x <= t.right + 1 && value.right >= t.x - 1);
    if (at < 0) return null;
    cells.push(`${columns[at]!.text}: ${value.text}`);
    next = at + 1;
  }
  return `${label.replace(/^[-*•]\s*/, "")} — ${cells.join("; ")}.`.replace(/\.\.$/, ".");
}
