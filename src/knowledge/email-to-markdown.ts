import { markdownText } from "./markup-to-markdown";
/**
 * An e-mail thread saved as text, in which a carrier answers a list of questions inline ("> > 4)
 * Contacts?" quoted, the answer under it). Read as the FAQ it is: the subject titles it, each quoted
 * question is a section, the answers under it its text, without the quote marks, the message
 * headers or the "On …, … wrote:" lines. Null when the text is not such a thread.
 */
export function emailToMarkdown(text: string, title: string): string | null {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const headers = lines.filter((l) => HEADER.test(l));
  const quoted = lines.filter((l) => /^\s*>/.test(l));
  if (!headers.some((l) => /^\s*subject\s*:/i.test(l)) || !headers.some((l) => /^\s*from\s*:/i.test(l)))
    return null;
  if (quoted.length < 5) return null;
  const subject = /^\s*subject\s*:\s*(.*)$/im
    .exec(text)?.[1]
    ?.replace(/^((re|fwd?|aw)\s*:\s*)+/i, "")
    .trim();
  // The level questions are quoted at: one level deeper than the answers under them.
  const depths = lines.map(depth);
  const asked = (line: string, d: number) => d >= 2 && isQuestion(unquote(line));
  const questionDepth = Math.min(...lines.flatMap((l, i) => (asked(l, depths[i]!) ? [depths[i]!] : [99])));
  const out = [`# ${subject || title}`, ""];
  // Under an "On …, … wrote:" inside a reply, the older message it quotes (its questions are
  // already read where the answers quote them).
  let olderBelow = Number.POSITIVE_INFINITY;
  for (const [i, line] of lines.entries()) {
    const d = depths[i]!;
    const said = unquote(line);
    if (d > olderBelow) continue;
    if (WROTE.test(said) && d >= 1) olderBelow = d;
    if (HEADER.test(said) || WROTE.test(said)) continue;
    if (questionDepth < 99 && d === questionDepth && isQuestion(said)) {
      out.push("", `## ${said.replace(/^\d+[).]\s*/, "")}`, "");
      continue;
    }
    // The original message the answers quote, below them: already read as the questions.
    if (questionDepth < 99 && d >= questionDepth) continue;
    out.push(said);
  }
  return markdownText(out);
}

const HEADER = /^\s*(from|to|cc|bcc|date|sent|subject|reply-to)\s*:/i;
const WROTE = /^on .{6,120}\bwrote:\s*$/i;

/** How many quote marks open the line ("> > 4) Contacts?" is 2). */
function depth(line: string): number {
  return /^\s*((?:>\s?)*)/.exec(line)?.[1]?.replace(/\s/g, "").length ?? 0;
}

function unquote(line: string): string {
  return line.replace(/^\s*(?:>\s?)+/, "").trimEnd();
}

/** "4) Contacts?", "5) Out-of-network reimbursements - did any of these change?". */
function isQuestion(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 160 && /\?$/.test(t);
}
