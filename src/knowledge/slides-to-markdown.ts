import { markdownText } from "./markup-to-markdown";
/**
 * A slide deck exported as text (PowerPoint's or Keynote's outline: "Slide 7 of 18", a "TITLE:" line,
 * bullets, "Speaker notes:"). Read as the sections it is: each slide a section named by its title, a
 * column's label ("LEFT COLUMN: HSA Saver") a heading of its own under it, the notes a paragraph.
 * Rules of "=" or "-" between slides, image placeholders and the slide numbers go. The lines before
 * the first slide open the document. Null when the text is not such an export.
 */
export function slidesToMarkdown(text: string, title: string): string | null {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const slides = lines.filter((l) => SLIDE.test(l)).length;
  if (slides < 3) return null;
  const first = lines.findIndex((l) => SLIDE.test(l));
  const opening = lines.slice(0, first).filter((l) => l.trim() !== "" && !RULE.test(l));
  const out = [`# ${opening[0]?.trim() || title}`, "", ...opening.slice(1), ""];
  let slide: string | null = null;
  for (const raw of lines.slice(first)) {
    const line = raw.trim();
    if (
      line === "" ||
      RULE.test(line) ||
      /^\[(image|photo|picture|graphic|chart|logo)\b[^\]]*\]$/i.test(line)
    )
      continue;
    const number = SLIDE.exec(line);
    if (number) {
      slide = `Slide ${number[1]}`;
      continue;
    }
    const titled = /^TITLE\s*:\s*(.+)$/i.exec(line);
    if (titled) {
      out.push("", `## ${titled[1]!.trim()}`, "");
      slide = null;
      continue;
    }
    // A slide with no title line is named by its number.
    if (slide) {
      out.push("", `## ${slide}`, "");
      slide = null;
    }
    const column = /^(?:LEFT|RIGHT|MIDDLE|CENTER)(?: COLUMN| SIDE)?\s*:\s*(.+)$/i.exec(line);
    if (column) {
      out.push("", `### ${column[1]!.trim()}`, "");
      continue;
    }
    const subtitle = /^SUBTITLE\s*:\s*(.+)$/i.exec(line);
    out.push(subtitle ? subtitle[1]!.trim() : /^speaker notes\s*:/i.test(line) ? `\n${line}` : line);
  }
  return markdownText(out);
}

/** "Slide 7 of 18", "Slide 7", "--- Slide 7 ---". */
const SLIDE = /^[-=\s]*slide\s+(\d+)(?:\s*(?:of|\/)\s*\d+)?[-=\s]*$/i;
const RULE = /^[=\-_*~]{5,}$/;
