import { markdownText } from "./markup-to-markdown";
/**
 * A recorded session's transcript (an enrollment webinar, a town hall): timestamped turns
 * "[04:51] DANA: ..." in which a host reads out questions and a guest answers them. Read as the FAQ
 * it is: each question a section, the turns that answer it its text, without the timestamps and
 * speakers' names, which are no part of what the plan says. The lines before the first turn (title,
 * who spoke) open the document. Null when the text is not such a transcript.
 */
export function transcriptToMarkdown(text: string, title: string): string | null {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const turns = lines.filter((l) => TURN.test(l));
  if (turns.length < 6) return null;
  const first = lines.findIndex((l) => TURN.test(l));
  const opening = lines.slice(0, first).filter((l) => l.trim() !== "");
  const out = [`# ${opening[0]?.trim() || title}`, "", ...opening.slice(1), ""];
  for (const line of lines.slice(first)) {
    const m = TURN.exec(line);
    if (!m) {
      // A turn's paragraph wrapped onto the next line, or a blank line between turns.
      if (line.trim() !== "") out.push(line.trim());
      continue;
    }
    const said = m[1]!.trim();
    const question = askedIn(said);
    if (question) out.push("", `## ${question}`, "");
    else if (!/^end of (the )?recording\.?$/i.test(said)) out.push("", said);
  }
  return markdownText(out);
}

/**
 * "[04:51] DANA: text", "[1:02:10] Marcus Vee: text": a timestamp, a speaker, what they said; or a
 * timestamp and a note ("[16:25] END OF RECORDING").
 */
const TURN = /^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(?:[\p{L}][\p{L} .'-]{0,40}:\s+)?(.+)$/u;

/**
 * The question a turn reads out: the quoted question in it ('Next: "How much is the frame
 * allowance?"'), or the turn itself when it is one short question. Null for an answer.
 */
function askedIn(said: string): string | null {
  const quoted = /["“]([^"”]{5,300}\?)\s*["”]/.exec(said)?.[1];
  if (quoted) return quoted.trim();
  return said.endsWith("?") && said.length <= 200 && !/[.!]\s/.test(said) ? said : null;
}
