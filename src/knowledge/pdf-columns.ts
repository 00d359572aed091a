import { baselineRows, type PdfItem } from "./coverage/layout";

/**
 * A page set in two columns of prose (a handbook, a carrier flyer) is read down the left column and
 * then down the right, not across both: line by line, the flattened text would interleave two
 * sentences ("Your HSA from Juniper Preventive care (annual physical, screenings, Juniper deposits
 * money into …"). Tables keep their rows: a page is split only when its lines start at two
 * left edges, each holding a good share of the text, both in long runs of words, and no line of the
 * body crosses the gutter between them. Lines that do cross it (a title, a full-width paragraph)
 * stay where they are, between the two-column stretches above and below them.
 */

/** Width of a run of words: items closer than this belong to one run. */
const WORD_GAP = 0.45;
/** Left edges closer than this many points are one column edge. */
const EDGE_TOLERANCE = 6;
/** A column's runs average at least this many characters: prose, not table cells. */
const PROSE_RUN = 22;

type Run = { x: number; right: number; items: PdfItem[] };

/** The page's items in reading order, as groups to be laid out line by line. */
export function readingOrder(items: readonly PdfItem[]): PdfItem[][] {
  const all = items.filter((i) => i.str.trim() !== "");
  const runs = all.length > 0 ? wordRuns(all) : [];
  const gutter = findGutter(runs);
  if (gutter === null) return [all];
  // Bands: stretches of the page between lines that cross the gutter.
  const crossing = (r: Run) => r.x < gutter && r.right > gutter;
  const lines = [...groupByBaseline(runs)].sort((a, b) => b.y - a.y);
  const groups: PdfItem[][] = [];
  let left: PdfItem[] = [];
  let right: PdfItem[] = [];
  const flush = () => {
    if (left.length > 0) groups.push(left);
    if (right.length > 0) groups.push(right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (line.runs.some(crossing)) {
      flush();
      groups.push(line.runs.flatMap((r) => r.items));
      continue;
    }
    for (const r of line.runs) (r.right <= gutter ? left : right).push(...r.items);
  }
  flush();
  return groups;
}

/** Items on one baseline joined into runs of words (cells, or a column's line). */
function wordRuns(items: readonly PdfItem[]): Run[] {
  const runs: Run[] = [];
  for (const line of baselineRows(items)) {
    let current: Run | null = null;
    for (const item of line.items) {
      if (current && item.x - current.right < Math.max(2, item.height * WORD_GAP) * 2.5) {
        current.items.push(item);
        current.right = Math.max(current.right, item.x + item.width);
      } else {
        current = { x: item.x, right: item.x + item.width, items: [item] };
        runs.push(current);
      }
    }
  }
  return runs;
}

function groupByBaseline(runs: readonly Run[]): { y: number; runs: Run[] }[] {
  const lines: { y: number; runs: Run[] }[] = [];
  for (const run of runs) {
    const first = run.items[0]!;
    const tolerance = Math.max(1.5, first.height * 0.3);
    const line = lines.find((l) => Math.abs(l.y - first.y) <= tolerance);
    if (line) line.runs.push(run);
    else lines.push({ y: first.y, runs: [run] });
  }
  return lines;
}

/** The x of the gap between two prose columns, or null when the page is not set that way. */
function findGutter(runs: readonly Run[]): number | null {
  if (runs.length < 12) return null;
  const left = Math.min(...runs.map((r) => r.x));
  const width = Math.max(...runs.map((r) => r.right)) - left;
  // Column edges: left edges shared by many runs.
  const edges: { x: number; runs: Run[] }[] = [];
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const edge = edges.find((e) => Math.abs(e.x - run.x) <= EDGE_TOLERANCE);
    if (edge) edge.runs.push(run);
    else edges.push({ x: run.x, runs: [run] });
  }
  const major = edges.filter((e) => e.runs.length >= runs.length * 0.25).sort((a, b) => a.x - b.x);
  if (major.length !== 2) return null;
  const [first, second] = major as [(typeof major)[0], (typeof major)[0]];
  if (first.runs.length + second.runs.length < runs.length * 0.7) return null;
  if (second.x - left < width * 0.35 || second.x - left > width * 0.65) return null;
  const prose = (e: (typeof major)[0]) =>
    e.runs.reduce((n, r) => n + r.items.map((i) => i.str).join(" ").length, 0) / e.runs.length >= PROSE_RUN;
  if (!prose(first) || !prose(second)) return null;
  // The gutter sits just left of the second column; the left column's runs must end before it.
  const gutter = second.x - 1;
  const leftEnds = first.runs.filter((r) => r.right <= gutter).length;
  return leftEnds >= first.runs.length * 0.8 ? gutter : null;
}
