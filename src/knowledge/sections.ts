/**
 * Splits a plan document into sections by its own headings. Markdown uses ATX headings (`#`…);
 * plain text and PDF text use the headings people write in such documents: numbered lines
 * ("3. Eligibility", "2.1 Waiting period"), ALL-CAPS lines, or short title lines set off by blank
 * lines. Markdown tables become one readable line per row ("Specialist visit — In-network: $50
 * copay; Out-of-network: 40% coinsurance") so a row can be retrieved and quoted on its own.
 */

import { inCapitals } from "./coverage/layout";
import { labelledColumns } from "./text-columns";

export type DocumentFormat = "markdown" | "text" | "pdf";

export type DocumentSection = {
  /** Position in the document, from 0. */
  ordinal: number;
  /** Headings from the document's title down to this section's own heading. */
  headingPath: string[];
  /** The citation label: the heading path below the document title, joined with " > ". */
  section: string;
  /** Body text of the section (without its heading). */
  text: string;
};

export type SplitDocument = { title: string; sections: DocumentSection[] };

type RawSection = { level: number; heading: string | null; lines: string[] };

const ATX = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const NUMBERED = /^(\d+(?:\.\d+)*)[.)]?\s+([A-Z][^.!?:]{1,80})$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** Split `text` (already extracted for PDFs) into titled sections. */
export function splitDocument(text: string, format: DocumentFormat, fallbackTitle: string): SplitDocument {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
  const raw =
    format === "markdown"
      ? splitMarkdown(normalized)
      : splitPlain(format === "text" ? labelledColumns(normalized) : normalized);
  return assemble(raw, fallbackTitle);
}

function splitMarkdown(text: string): RawSection[] {
  const sections: RawSection[] = [{ level: 0, heading: null, lines: [] }];
  let inFence = false;
  for (const line of text.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const match = inFence ? null : ATX.exec(line);
    if (match) {
      sections.push({ level: match[1]!.length, heading: cleanInline(match[2]!), lines: [] });
    } else {
      sections.at(-1)!.lines.push(line);
    }
  }
  return sections;
}

/**
 * A run-in numbered heading, as certificates of coverage and plan documents print them: "7.3
 * Specialist Services. Office visits with a Network specialist …" (a section number, a title in
 * capitals ending with a period, then the body on the same line). A one-word title ("4.3 Deadline.")
 * stays in its section's body: alone it names too little to be found by.
 */
const RUN_IN =
  /^(\d+(?:\.\d+)+)[.)]?\s+([A-Z][\w'’&/-]*(?:\s+(?:[A-Z][\w'’&/-]*|and|or|of|the|for|to|in|on|with|a|an|by|from)){1,8})\.(?:\s+(\S.*))?$/;
/**
 * The same in sentence case, as handbooks print it: "1.3  Dependent age limit. Children may stay on…"
 * — a title of two to five words, then the body's first sentence on the same line. A title that opens
 * like a sentence ("You may…", "The plan…") is body text.
 */
const RUN_IN_SENTENCE_CASE =
  /^(\d+(?:\.\d+)+)[.)]?\s+((?!(?:You|Your|We|Our|They|It|This|That|These|If|When|The|A|An|In|On|For|All|Each|Any)\b)[A-Z][\w'’&/-]*(?:\s+[a-z][\w'’&/()-]*){1,4})\.\s+([A-Z].*)$/;

function splitPlain(text: string): RawSection[] {
  const sections: RawSection[] = [{ level: 0, heading: null, lines: [] }];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const runIn = RUN_IN.exec(line) ?? RUN_IN_SENTENCE_CASE.exec(line);
    if (runIn) {
      const level = 1 + runIn[1]!.split(".").filter(Boolean).length;
      sections.push({ level, heading: `${runIn[1]} ${runIn[2]}`, lines: runIn[3] ? [runIn[3]] : [] });
      continue;
    }
    // A block of "#" lines (a data file's comments: what the columns mean, how to claim) is text,
    // read without its marks; a "#" line on its own is a heading.
    const previous = lines[i - 1]?.trim() ?? "";
    const next = lines[i + 1]?.trim() ?? "";
    if (/^#+\s/.test(line) && (/^#+\s/.test(previous) || /^#+\s/.test(next))) {
      sections.at(-1)!.lines.push(line.replace(/^#+\s+/, ""));
      continue;
    }
    const heading = plainHeading(line, previous, next);
    if (heading) {
      sections.push({ level: heading.level, heading: heading.text.replace(/\s{2,}/g, " "), lines: [] });
    } else {
      sections.at(-1)!.lines.push(lines[i]!);
    }
  }
  return withRepeatedSubheadings(sections);
}

/**
 * A short heading that comes again under each of several headings of its level ("PURPOSE",
 * "POLICY", "PROCEDURE" in every block of a policy manual) is a part of the heading above it, not a
 * chapter of its own: one level down, so its sections keep the block's title ("Policy 5-180 Sick
 * And Safe Leave > Policy").
 */
function withRepeatedSubheadings(sections: RawSection[]): RawSection[] {
  const seen = new Map<string, number>();
  for (const s of sections)
    if (s.heading) seen.set(`${s.level}:${s.heading}`, (seen.get(`${s.level}:${s.heading}`) ?? 0) + 1);
  const repeated = (s: RawSection) =>
    s.heading !== null &&
    s.heading.split(/\s+/).length <= 3 &&
    (seen.get(`${s.level}:${s.heading}`) ?? 0) >= 2;
  let parent: RawSection | null = null;
  return sections.map((s) => {
    if (s.heading === null) return s;
    if (!repeated(s)) {
      parent = s;
      return s;
    }
    return parent && parent.level === s.level ? { ...s, level: s.level + 1 } : s;
  });
}

function plainHeading(line: string, previous: string, next: string): { level: number; text: string } | null {
  if (line.length === 0 || line.length > 90) return null;
  const atx = ATX.exec(line);
  if (atx) return { level: atx[1]!.length, text: cleanInline(atx[2]!) };
  // A title between marks, as memos and e-mails set them off: "~~ Who is eligible ~~", "== COBRA ==".
  const marked = /^([~=*+-])\1+\s*([^~=*+\s-].*?)\s*\1{2,}$/.exec(line);
  if (marked && marked[2]!.split(/\s+/).length <= 10) return { level: 2, text: marked[2]! };
  const numbered = NUMBERED.exec(line);
  // A numbered paragraph ("6.1  You may set aside up to $3,300 for the plan year, before taxes,")
  // is body text: a numbered heading is short, ends no clause and is not continued on the next line.
  // In capitals or underlined ("9. THERAPY, REHABILITATION AND OTHER SERVICES" over "-----") it is a
  // heading whatever its commas.
  const underlined = /^[=-]{3,}$/.test(next);
  if (
    numbered &&
    (isNumberedHeading(numbered[2]!.trim(), next) ||
      ((underlined || inCapitals(numbered[2]!, 4)) && numbered[2]!.split(/\s+/).length <= 12))
  )
    return { level: 1 + numbered[1]!.split(".").filter(Boolean).length, text: numbered[2]!.trim() };
  if (numbered) return null;
  const setOff = previous === "" && next === "";
  // "PRESCRIPTION DRUGS (ScriptWell Rx, 555-0173)", set off by blank lines: capitals with a remark
  // in parentheses. Not a plan line in a table ("PPO-CORE (medical)" over its tier lines).
  const letters = (setOff ? line.replace(/\s*\([^)]*\)\s*$/, "") : line).replace(/[^A-Za-z]/g, "");
  if (letters.length >= 4 && letters === letters.toUpperCase() && !/[.!?,;]$/.test(line)) {
    return { level: 1, text: titleCase(line) };
  }
  if (
    setOff &&
    /^[A-Z]/.test(line) &&
    !/[.!?,;:]$/.test(line) &&
    line.split(/\s+/).length <= 8 &&
    !/\$|\d{2,}/.test(line)
  ) {
    return { level: 3, text: line };
  }
  return null;
}

function isNumberedHeading(text: string, next: string): boolean {
  const words = text.split(/\s+/).length;
  return (
    words <= 10 &&
    // A short title may list with commas ("11. Therapy, equipment and other services"); a longer
    // line with a comma is a numbered paragraph.
    !(words <= 7 ? /[.;:]\s+\S/ : /[.,;:]\s+\S/).test(text) &&
    !/[,;:]$/.test(text) &&
    !/\$\d/.test(text) &&
    !/^[a-z(]/.test(next)
  );
}

function titleCase(line: string): string {
  return line.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase());
}

function assemble(raw: RawSection[], fallbackTitle: string): SplitDocument {
  const h1s = raw.filter((s) => s.level === 1);
  const titled = h1s.length === 1 && raw.findIndex((s) => s.level === 1) <= 1;
  const title = titled ? h1s[0]!.heading! : fallbackTitle;
  const sections: DocumentSection[] = [];
  const stack: { level: number; heading: string }[] = [];
  for (const s of raw) {
    if (s.heading !== null) {
      while (stack.length > 0 && stack.at(-1)!.level >= s.level) stack.pop();
      stack.push({ level: s.level, heading: s.heading });
    }
    const body = renderBody(s.lines);
    if (body === "") continue;
    const path = stack.map((h) => h.heading);
    const below = titled && path[0] === title ? path.slice(1) : path;
    sections.push({
      ordinal: sections.length,
      headingPath: titled ? [title, ...below] : [title, ...path],
      section: below.length > 0 ? below.join(" > ") : title,
      text: body,
    });
  }
  return { title, sections };
}

/** Body lines → text: tables as one line per row, lists and paragraphs kept line by line. */
function renderBody(lines: string[]): string {
  const out: string[] = [];
  let header: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith("|") && line.endsWith("|")) {
      if (TABLE_SEPARATOR.test(line)) continue;
      const cells = line
        .slice(1, -1)
        .split("|")
        .map((c) => cleanInline(c.trim()));
      const nextIsSeparator = TABLE_SEPARATOR.test(lines[i + 1]?.trim() ?? "");
      if (nextIsSeparator) {
        header = cells;
        continue;
      }
      // The row as printed rides along (quoted, not scored), as a sheet's record does.
      const row = tableRow(cells, header);
      const printed = cells.join(" | ").replace(/(\s*\|\s*)+$/, "");
      out.push(header ? `${row.replace(/\.$/, "")} (table row: ${printed}).` : row);
      continue;
    }
    header = null;
    // A rule ("-----", "=====") under a heading or between rows carries no text to quote.
    if (/^[=_~*+─━═-]{3,}$/.test(line.replace(/\s/g, ""))) continue;
    out.push(cleanInline(line.replace(/^[-*+]\s+/, "• ").replace(/^>\s?/, "")));
  }
  // Collapse runs of blank lines; keep paragraph breaks.
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function tableRow(cells: string[], header: string[] | null): string {
  const [first, ...rest] = cells;
  if (!header || rest.length === 0) return cells.filter(Boolean).join(" — ");
  const parts = rest
    .map((c, i) => (header[i + 1] ? `${header[i + 1]}: ${c}` : c))
    .filter((p) => !/:\s*$/.test(p));
  return `${first} — ${parts.join("; ")}.`.replace(/\.\.$/, ".");
}

/** Strip Markdown inline markup (emphasis, code, links) for plain quoting. */
export function cleanInline(text: string): string {
  return (
    text
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/\*(\S(?:.*?\S)?)\*/g, "$1")
      // Underscores inside a word ("in_network_you_pay") are the word's own, not emphasis.
      .replace(/(?<!\w)_(\S(?:.*?\S)?)_(?!\w)/g, "$1")
      .replace(/`([^`]+)`/g, "$1")
      .replace(/<br\s*\/?>/gi, " ")
  );
}
