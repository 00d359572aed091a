import { type Chunk, inCapitals, textLines } from "./coverage/layout";

/** A dotted leader between a label and its value, or between two values. */
const LEADER_RUN = String.raw`(?:\.{4,}|…{2,}|_{4,}|·{4,})`;
/** A label and its first value on one run of text, joined by a dotted leader ("Basic ....... 70%"). */
const LEADER = new RegExp(String.raw`^(.*?[^\s.])\s*${LEADER_RUN}\s*(\S.*)$`);

const ANY_LEADER = new RegExp(LEADER_RUN);
/** The runs of text between leaders (and the line's end). */
const BETWEEN_LEADERS = new RegExp(String.raw`[^.…_·\s](?:.*?[^\s.…_·])?(?=\s*${LEADER_RUN}|\s*$)`, "g");

/** Whether a run of text has a dotted leader in it ("$1,500 ........ $3,400": two plans' cells). */
export function hasLeader(text: string): boolean {
  return ANY_LEADER.test(text);
}

/**
 * Column titles that are not plans: networks, tiers, what a column of a cost table holds. Such
 * tables are read by the coverage tables; only plans side by side need their cells labelled here.
 */
const NOT_PLAN_TITLE =
  /network|provider|you pay|what you|member|cost|limitation|exception|important|why this|answers?|service|benefit|tier|individual|family|employee|single|coverage|deductible|copay|coinsurance|notes?|description/i;

/** Whether a column title could name a plan (it names no network, tier or kind of cell). */
export function isPlanTitle(text: string): boolean {
  return text.trim() !== "" && !NOT_PLAN_TITLE.test(text);
}

/**
 * Plans side by side in a table ("Benefit | Dental Core | Dental Plus" over "Dental implants | Not
 * covered | Plan pays 60%", or in plain text "                DENTAL CORE      DENTAL PLUS" over
 * "Basic (fillings) ....... 70%        80%"): each row is rewritten the way Markdown table rows are
 * read ("Dental implants — Dental Core: Not covered; Dental Plus: Plan pays 60%."). As printed, a
 * passage gives two plans' figures with nothing to say whose is whose, and a quote cannot keep the
 * asker's own plan's cell alone.
 *
 * `lines` are a document's lines as positioned chunks. Returns, for each line, its rewritten text,
 * "" when it continued the row above (a cell wrapped onto it), or null when it is left as written.
 * `wrapped`: cells may wrap onto the lines below (a PDF); plain text rows are read one line at a
 * time, and only over dotted leaders, since a space-aligned grid's wrapped cells cannot be told from
 * a new row.
 */
export function titledRows(lines: readonly (readonly Chunk[])[], wrapped: boolean): (string | null)[] {
  const out: (string | null)[] = lines.map(() => null);
  let titles: Chunk[] | null = null;
  let titledAt = -1;
  let open: { at: number; label: Chunk; cells: { title: Chunk; text: string }[] } | null = null;
  // The last row's label and line, for a qualifier indented under it.
  let parent: { at: number; label: Chunk } | null = null;
  const close = () => {
    if (open) out[open.at] = rowText(open.label.text, open.cells);
    open = null;
  };
  lines.forEach((chunks, at) => {
    const row = titles ? titledRow(chunks, titles, wrapped) : null;
    if (row) {
      close();
      // "Chiropractic care ..... $35" over "  visit limit ..... 20 visits": the indented line in lower
      // case qualifies the row above, and alone its label would not say what it limits.
      const qualifies =
        parent !== null &&
        parent.at === at - 1 &&
        row.label.x > parent.label.x &&
        /^[a-z]/.test(row.label.text);
      parent = { at, label: qualifies ? parent!.label : row.label };
      if (qualifies) row.label = { ...row.label, text: `${parent.label.text}, ${row.label.text}` };
      open = { at, ...row };
      if (!wrapped) close();
      return;
    }
    // A cell wrapped onto this line (each run under the label or one column of the open row): it
    // may read like a row of titles ("usual and customary | usual and customary"), so it comes first.
    const current = open as typeof open;
    if (wrapped && current && continues(chunks, current.label, current.cells)) {
      for (const chunk of chunks) {
        const cell = current.cells.find((c) => overlaps(chunk, c.title));
        if (cell) cell.text = `${cell.text} ${chunk.text}`;
        else current.label = { ...current.label, text: `${current.label.text} ${chunk.text}` };
      }
      out[at] = "";
      return;
    }
    close();
    // A title wrapped over two lines ("Gulfstar Choice POS 750 (referrals" over "required for
    // specialists", "Lagniappe Dental" over "PPO") is one title.
    const previous: Chunk[] | null = titledAt === at - 1 ? titles : null;
    const wrapsTitles =
      previous !== null &&
      chunks.every(
        (c) => previous.some((t) => overlaps(c, t)) && c.text.length <= 45 && !VALUE_LIKE.test(c.text),
      );
    if (wrapsTitles || isTitleLine(chunks)) {
      titles =
        previous && chunks.every((c) => previous.some((t) => overlaps(c, t)))
          ? previous.map((t) => {
              const more = chunks.find((c) => overlaps(c, t));
              return more
                ? { ...t, right: Math.max(t.right, more.right), text: `${t.text} ${more.text}` }
                : t;
            })
          : [...chunks];
      titledAt = at;
      return;
    }
    // A group's heading in capitals ("OFFICE VISITS AND CARE") and, in plain text, a note indented
    // under a row keep the table going; a paragraph or another table ends it.
    if (chunks.length === 1 && inCapitals(chunks[0]!.text, 4)) return;
    if (
      wrapped ||
      (chunks.length === 1 &&
        chunks[0]!.x === 0 &&
        chunks[0]!.text.split(" ").length >= 8 &&
        !LEADER.test(chunks[0]!.text))
    )
      titles = null;
  });
  close();
  return out;
}

/** Plain text with its titled plan columns' rows rewritten (see `titledRows`). */
export function labelledColumns(text: string): string {
  const out = text.split("\n");
  const lines = textLines(text).filter((l) => !l.cells);
  titledRows(
    lines.map((l) => l.chunks),
    false,
  ).forEach((row, i) => {
    if (row) out[lines[i]!.y] = row;
  });
  return out.join("\n");
}

/** A cell's value rather than a column's title: "Not covered", "None", "12 months", a bullet. */
const VALUE_LIKE =
  /^(yes|no|none|n\/a|not covered|covered|included|excluded|not applicable|\d[\d\s/,-]*\s*(months?|days?|years?|visits?)?)$|^[•▪●◦*-]|[$%]/i;

/**
 * Two or more short runs that price nothing, each different: the titles over a table's columns.
 * Plan names may carry figures ("PPO 500"), not amounts.
 */
function isTitleLine(chunks: readonly Chunk[]): boolean {
  const texts = chunks.map((c) => c.text.toLowerCase());
  return (
    chunks.length >= 2 &&
    new Set(texts).size === texts.length &&
    chunks.every(
      (c) =>
        c.text.length <= 45 &&
        /\p{L}{2}/u.test(c.text) &&
        !/[.:;,!?]$/.test(c.text) &&
        !LEADER.test(c.text) &&
        !VALUE_LIKE.test(c.text),
    )
  );
}

function titledRow(
  chunks: readonly Chunk[],
  titles: readonly Chunk[],
  wrapped: boolean,
): { label: Chunk; cells: { title: Chunk; text: string }[] } | null {
  const [first, ...rest] = chunks;
  if (!first) return null;
  let label: Chunk = first;
  let values: Chunk[] = rest;
  if (!wrapped) {
    // Only rows over dotted leaders: a row of a space-aligned grid may wrap its cells onto the lines
    // below, and rewriting its first line alone would cut its sentences apart.
    const leader =
      LEADER.exec(first.text) ?? (rest.length > 0 ? LEADER.exec(`${first.text} ${rest[0]!.text}`) : null);
    if (!leader) return null;
    label = { x: first.x, right: first.x + leader[1]!.length, text: leader[1]! };
    if (LEADER.test(first.text))
      values = [{ x: first.right - leader[2]!.length, right: first.right, text: leader[2]! }, ...rest];
    // Leaders between the values too ("$1,500 ........ $3,400"): each run between them is a cell.
    values = values.flatMap(betweenLeaders);
  }
  // The titles over the values, not a title over the label column ("Service", "Benefit").
  const columns = titles.filter((t) => t.x > label.right);
  if (values.length < 2 || columns.length < 2 || columns.some((c) => NOT_PLAN_TITLE.test(c.text)))
    return null;
  if (columns.some((c) => overlaps(label, c))) return null;
  const cells: { title: Chunk; text: string }[] = [];
  let next = 0;
  for (const value of values) {
    const at = columns.findIndex((t, i) => i >= next && overlaps(value, t));
    if (at < 0) return null;
    cells.push({ title: columns[at]!, text: value.text });
    next = at + 1;
  }
  return { label, cells };
}

/** A run split at the dotted leaders inside it, each piece at its own column. */
function betweenLeaders(chunk: Chunk): Chunk[] {
  const pieces: Chunk[] = [];
  for (const m of chunk.text.matchAll(BETWEEN_LEADERS)) {
    pieces.push({ x: chunk.x + m.index, right: chunk.x + m.index + m[0].length, text: m[0].trim() });
  }
  return pieces.length > 1 ? pieces : [chunk];
}

/** Whether a line only continues the open row: each run under the label or one of its columns. */
function continues(chunks: readonly Chunk[], label: Chunk, cells: readonly { title: Chunk }[]): boolean {
  // A line in capitals under the labels heads the next group of rows ("PRESCRIPTION DRUGS").
  if (chunks.length === 1 && inCapitals(chunks[0]!.text, 4)) return false;
  return chunks.every((chunk) => {
    const under = [label, ...cells.map((c) => c.title)].filter((column) => overlaps(chunk, column));
    return under.length === 1;
  });
}

function overlaps(a: Chunk, b: Chunk): boolean {
  return a.x <= b.right + 1 && a.right >= b.x - 1;
}

function rowText(label: string, cells: readonly { title: Chunk; text: string }[]): string {
  // A cell's own semicolons would read as the next cell.
  const parts = cells.map((c) => `${c.title.text}: ${c.text.replace(/;\s+/g, ", ")}`);
  return `${label.replace(/^[-*•]\s*/, "")} — ${parts.join("; ")}.`.replace(/\.\.$/, ".");
}
