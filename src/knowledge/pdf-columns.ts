import { baselineRows, type PdfItem } from "./coverage/layout";

/**
 * A page set in two columns (a handbook in prose, a carrier's benefit summary with a small table in
 * each column) is unfolded into one: the right column's items move under the left column's, so the
 * flattened text and the table reader both go down the left column and then down the right instead
 * of across both. Read line by line, the page would interleave two sentences ("Your HSA from
 * Juniper Preventive care (annual physical, …") or two tables' rows into one six-cell row.
 *
 * A page is unfolded only when some x in its middle third is crossed by few lines (a title, a
 * full-width paragraph: they stay where they are, between the two-column stretches above and below
 * them), both sides hold a good share of the text and each has lines as wide as itself, and either
 * the two sides do not share their baselines the way one table's cells do, or each side is prose,
 * or each is a table of its own (labels down its edge, prices beside them: two columns of one
 * carrier's layout line up row for row, and no single table has labels on both sides of a gap).
 */

/** Items closer than this many text heights (at least 5 points) belong to one run of words. */
const WORD_GAP = 1.125;
/** Lines crossing the gutter: at most this share of the page's lines (or two: a title, a footer). */
const CROSSING = 0.1;
/** Each side holds at least this share of the page's runs. */
const SIDE_SHARE = 0.2;
/** A run this wide (share of its side's width), starting at the side's edge, is a full line. */
const FULL_LINE = 0.7;
/** A table's cells share baselines: sides sharing more than this share of them are one table. */
const SHARED_BASELINES = 0.5;

/** A cell that prices: "$25 copay", "40% after deductible", "Not covered". */
const PRICE = /^(\$\s?\d|\d{1,3}\s?%|no charge|not covered|unlimited)/i;

type Run = { x: number; right: number; y: number; items: PdfItem[] };

/** The page's items with the right column moved under the left, or the items as they are. */
export function unfoldColumns(items: readonly PdfItem[]): PdfItem[] {
  const all = items.filter((i) => i.str.trim() !== "");
  const lines = all.length > 0 ? runLines(all) : [];
  const gutter = findGutter(lines);
  if (gutter === null) return [...items];
  const crossing = (line: Run[]) => line.some((r) => r.x < gutter && r.right > gutter);
  const left = lines.flat().filter((r) => r.right <= gutter);
  const right = lines.flat().filter((r) => r.x >= gutter);
  const shift = Math.min(...right.map((r) => r.x)) - Math.min(...left.map((r) => r.x));
  // Segments in reading order: a crossing line, then a band's left column, then its right column.
  const segments: { runs: Run[]; newParagraph: boolean; dx: number }[] = [];
  let band: { left: Run[]; right: Run[] } = { left: [], right: [] };
  const flush = () => {
    if (band.left.length > 0) segments.push({ runs: band.left, newParagraph: false, dx: 0 });
    if (band.right.length > 0) segments.push({ runs: band.right, newParagraph: true, dx: shift });
    band = { left: [], right: [] };
  };
  // In two columns of boxes, a line with a box title on each side starts a new row of boxes: each
  // row is read left box, then right box, so a box stays under the heading above its row.
  const titles = [boxTitleEdge(left), boxTitleEdge(right)];
  const titleRow = (line: Run[]) =>
    titles.every((t) => t !== null) && titles.every((t) => line.some((r) => Math.abs(r.x - t!) <= 2));
  lines.forEach((line, i) => {
    // A heading over a row of boxes, on the left alone, heads the row: it goes before both boxes.
    const heading =
      lines[i + 1] !== undefined && titleRow(lines[i + 1]!) && line.every((r) => r.right <= gutter);
    if (crossing(line) || heading) {
      flush();
      segments.push({ runs: line, newParagraph: false, dx: 0 });
      return;
    }
    if (titleRow(line)) flush();
    for (const r of line) (r.right <= gutter ? band.left : band.right).push(r);
  });
  flush();
  // Each segment keeps its own spacing; it starts where the one before it ended, a blank line
  // lower when it is a right column (a new paragraph), its original gap lower otherwise.
  const out: PdfItem[] = [];
  let cursor: number | null = null;
  let previousBottom = 0;
  for (const segment of segments) {
    const ys = segment.runs.map((r) => r.y);
    const top = Math.max(...ys);
    const bottom = Math.min(...ys);
    const height = Math.max(...segment.runs.flatMap((r) => r.items.map((i) => i.height)));
    const gap = segment.newParagraph ? 2.5 * height : Math.max(previousBottom - top, height * 1.2);
    const place: number = cursor === null ? top : cursor - gap;
    for (const run of segment.runs) {
      for (const item of run.items) out.push({ ...item, x: item.x - segment.dx, y: item.y + (place - top) });
    }
    cursor = place - (top - bottom);
    previousBottom = bottom;
  }
  return out;
}

/**
 * Where the titles of a column of boxes start (a carrier's highlights sheet: a title, then its text a
 * few points in), or null when the side is not one: nearly every run starts at one of two edges,
 * the text's a few points in from the titles', and the text's runs are long. A table's side has cells
 * at more edges than that.
 */
function boxTitleEdge(side: readonly Run[]): number | null {
  const counts = new Map<number, number>();
  for (const r of side) counts.set(Math.round(r.x), (counts.get(Math.round(r.x)) ?? 0) + 1);
  const [a, b] = [...counts].sort((x, y) => y[1] - x[1]).map(([x]) => x);
  if (a === undefined || b === undefined) return null;
  const [title, text] = a < b ? [a, b] : [b, a];
  if (text - title < 4 || text - title > 14) return null;
  const at = (x: number) => side.filter((r) => Math.abs(r.x - x) <= 2);
  const body = at(text);
  const chars = body.reduce((n, r) => n + runText(r).length, 0) / body.length;
  const boxes =
    at(title).length + body.length >= side.length * 0.85 && body.length > at(title).length && chars >= 30;
  return boxes ? title : null;
}

/**
 * A side that is a table by itself: labels down its left edge and prices beside them. Either side
 * of a gutter inside one table lacks one or the other (the labels, or the prices, are across it).
 */
function isTableOfItsOwn(side: readonly Run[]): boolean {
  const edge = Math.min(...side.map((r) => r.x));
  const atEdge = side.filter((r) => r.x - edge <= 6);
  const labels = atEdge.filter((r) => !PRICE.test(runText(r))).length;
  const prices = side.filter((r) => r.x - edge > 6 && PRICE.test(runText(r))).length;
  return labels >= atEdge.length * 0.6 && prices >= 2;
}

function runText(run: Run): string {
  return run.items.map((i) => i.str).join(" ");
}

/** Lines top to bottom, each as its runs of words (a table's cells, a column's line). */
function runLines(items: readonly PdfItem[]): Run[][] {
  return baselineRows(items).map((line) => {
    const runs: Run[] = [];
    for (const item of line.items) {
      const current = runs.at(-1);
      if (current && item.x - current.right < Math.max(5, item.height * WORD_GAP)) {
        current.items.push(item);
        current.right = Math.max(current.right, item.x + item.width);
      } else runs.push({ x: item.x, right: item.x + item.width, y: line.y, items: [item] });
    }
    return runs;
  });
}

/** The x between the two columns, or null when the page is not set in two. */
function findGutter(lines: readonly Run[][]): number | null {
  const runs = lines.flat();
  if (runs.length < 12) return null;
  const left = Math.min(...runs.map((r) => r.x));
  const width = Math.max(...runs.map((r) => r.right)) - left;
  const candidates = [...new Set(runs.map((r) => r.x - 1))]
    .filter((g) => g - left >= width / 3 && g - left <= (width * 2) / 3)
    .sort((a, b) => a - b);
  for (const gutter of candidates) {
    const crosses = lines.map((l) => l.some((r) => r.x < gutter && r.right > gutter));
    const sides = [runs.filter((r) => r.right <= gutter), runs.filter((r) => r.x >= gutter)] as const;
    if (sides.some((s) => s.length < runs.length * SIDE_SHARE)) continue;
    // Two columns of boxes under a title block: only lines among the boxes count as crossing.
    const right = lines.map((l) => l.some((r) => r.x >= gutter));
    const first = right.indexOf(true);
    const last = right.lastIndexOf(true);
    const inside = first < 0 ? lines.length : crosses.slice(first, last + 1).filter(Boolean).length;
    if (inside <= Math.max(2, lines.length * CROSSING) && sides.every((side) => boxTitleEdge(side) !== null))
      return gutter;
    const crossing = crosses.filter(Boolean).length;
    if (crossing > Math.max(2, lines.length * CROSSING)) continue;
    const full = sides.map((side) => {
      const edge = Math.min(...side.map((r) => r.x));
      const sideWidth = Math.max(...side.map((r) => r.right)) - edge;
      return (
        side.filter((r) => r.x - edge <= 6 && r.right - r.x >= FULL_LINE * sideWidth).length / side.length
      );
    });
    if (full.some((f) => f === 0)) continue;
    const prose = full.every((f) => f >= 0.5);
    const baselines = sides.map((side) => new Set(side.map((r) => r.y)));
    const shared = [...baselines[0]!].filter((y) => baselines[1]!.has(y)).length;
    if (
      prose ||
      sides.every(isTableOfItsOwn) ||
      shared <= SHARED_BASELINES * Math.min(baselines[0]!.size, baselines[1]!.size)
    )
      return gutter;
  }
  return null;
}
