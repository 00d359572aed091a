import type { DocumentFormat, DocumentSection } from "../sections";
import { splitSentences } from "../text";
import { hasLeader, isPlanTitle } from "../text-columns";
import {
  deductibleApplies,
  EXCLUDES,
  isOutOfNetwork,
  limitsIn,
  needsPreauthorization,
  networkParts,
  startsCostShare,
  statesCost,
  tierAmounts,
  tierWord,
} from "./cost-share";
import { type Line, markdownTableLines, type PdfItem, textLines } from "./layout";
import { readPdfTables } from "./pdf-tables";
import type {
  CoverageRow,
  DocumentCoverage,
  ListedService,
  NetworkAmounts,
  PlanColumn,
  Provenance,
  TierAmounts,
} from "./plan-coverage";
import { documentKind, type PlanKind, questionServices, rowServices } from "./services";
import { joinWrapped, type PdfTables, readTables, type Table, type TableRow } from "./tables";

/** What extraction reads: the document's format and text, its sections, and a PDF's positioned items. */
export type CoverageSource = {
  format: DocumentFormat;
  text: string;
  sections: readonly DocumentSection[];
  pdfPages?: readonly (readonly PdfItem[])[] | undefined;
  /** The PDF's lines and tables when the caller has read them already. */
  pdfTables?: PdfTables | undefined;
};

/**
 * Extracts a plan document's costs and coverage: the cost tables (SBC or carrier tables in PDF,
 * text or Markdown), the Important Questions (deductible, out-of-pocket limit), the excluded and
 * other covered services, and, for services no table prices, the sentences of a prose booklet that
 * do. Tables win over prose; a document with neither yields empty coverage.
 */
export function extractCoverage(source: CoverageSource): DocumentCoverage {
  const pdf = source.pdfTables ?? (source.pdfPages ? readPdfTables(source.pdfPages) : undefined);
  const lines =
    pdf?.lines ?? (source.format === "markdown" ? markdownTableLines(source.text) : textLines(source.text));
  const tables = pdf?.tables ?? readTables(lines, { indentGroups: source.format === "text" });
  const kind = documentKind(source.text);
  // Leader and label: value lines; in a PDF each positioned chunk is read on its own (a box or a
  // column beside it is another chunk), and a "You pay: …" line takes the label printed above it.
  const leaders = source.pdfPages
    ? [
        ...leaderRows(lines.flatMap((l) => l.chunks.map((c) => ({ ...l, chunks: [c] })))),
        ...youPayRows(lines),
      ]
    : leaderRows(textLines(source.text, { markdown: source.format === "markdown" }));
  // A cost table's own tier rows ("Annual deductible - individual | $500 | $1,500", "… - family")
  // state the plan's amounts in each network column, as leader rows do.
  const costRows = tables.filter((t) => t.kind === "costs").flatMap((t) => t.rows);
  const tabled = [
    ...tables.filter((t) => t.kind === "costs").flatMap((t) => tableRows(t.rows, kind, t.planPays)),
    ...(source.format === "markdown" ? [] : tableRows(drugTierRows(lines), kind)),
  ];
  // An outline's priced headings say more than its lines read one by one; a table says more still.
  const outlined =
    !source.pdfPages && source.format === "text"
      ? tableRows(pricedHeadingRows(source.text), kind, PLAN_PAYS_NOTE.test(source.text)).filter(
          (r) => !tabled.some((t) => t.service === r.service),
        )
      : [];
  const rows: CoverageRow[] = [
    ...tabled,
    ...mergeByService(tableRows(leaders, kind)).filter((r) => !outlined.some((o) => o.service === r.service)),
    ...outlined,
  ];
  const questions = tables.filter((t) => t.kind === "questions");
  const proseRows = proseCoverage(source.sections, new Set(rows.map((r) => r.service)), kind);
  // A cost table's rows under an "Other covered services" title are rows, priced: not list items.
  const inCostTable = (i: number) =>
    tables.some((t) => t.kind === "costs" && t.rows.length > 0 && i >= t.firstLine && i <= t.lastLine);
  const listLines =
    source.format === "markdown"
      ? textLines(source.text.replace(/\*\*|__|`/g, ""), { markdown: true })
      : lines.filter((_, i) => !inCostTable(i));
  const lists = listedServices(listLines, source.sections);
  const plans = source.format === "markdown" ? planColumns(lines, kind) : [];
  return {
    kind,
    layout:
      questions.length > 0
        ? "sbc-table"
        : rows.length > 0
          ? leaders.length > 0 && tables.length === 0
            ? "leaders"
            : "table"
          : proseRows.length > 0
            ? "prose"
            : "none",
    deductible:
      questionAmount(questions, /overall deductible|what is the deductible|annual deductible/i) ??
      leaderAmount(leaders, "deductible") ??
      leaderAmount(costRows, "deductible") ??
      proseAmount(source.sections, "deductible"),
    outOfPocket:
      questionAmount(questions, /out[- ]of[- ]pocket (limit|maximum)/i) ??
      leaderAmount(leaders, "outOfPocket") ??
      leaderAmount(costRows, "outOfPocket") ??
      proseAmount(source.sections, "outOfPocket"),
    rows: [...rows, ...proseRows],
    excluded: lists.excluded,
    otherCovered: lists.otherCovered,
    // A PDF's flattened text runs table cells together ("Generic drugs $10 … Not covered"): its
    // exclusions are the lists read from its layout.
    exclusions: source.pdfPages ? [] : exclusionSentences(source.sections),
    outOfNetworkGeneral: outOfNetworkRule(source.sections, kind),
    ...(plans.length > 0 ? { plans } : {}),
  };
}

/**
 * A sentence that says a thing is not covered ("Prescription safety glasses aren't covered under the
 * plan."), not a table's "Not covered" cell or a list's title.
 */
const EXCLUSION_SENTENCE =
  /\b(?:is|are|were|will be) not covered\b|\b(?:isn'?t|aren'?t|won'?t be) covered\b|\b(?:is|are) excluded\b|\b(?:does not|doesn'?t|will not|won'?t) (?:cover|pay for)\b/i;

/** The document's sentences that say something is not covered, each with its section. */
function exclusionSentences(sections: readonly DocumentSection[]): ListedService[] {
  return sections.flatMap((section) =>
    splitSentences(section.text)
      .filter(
        (s) =>
          EXCLUSION_SENTENCE.test(s) &&
          s.length <= 240 &&
          s.split(/\s+/).length >= 4 &&
          !/[:()]\s*$|\$\s?\d/.test(s),
      )
      .map((quote) => ({ text: quote, source: { section: section.section, page: null, quote } })),
  );
}

/** A drug tier's column title: "Tier 1: Generic", "Preferred brand", "Specialty". */
const DRUG_TIER_TITLE =
  /^(tier\s*\d\b.*|(non-?\s?)?preferred( brand)?|generic( drugs)?|specialty( drugs)?|brand)$/i;

/**
 * A drug table with the tiers as columns ("Tier 1: Generic | Tier 2: Preferred brand | …" over
 * "Retail pharmacy (up to 30-day supply) | $10 | $40 | …"): each cell is its tier's price for the
 * row's way of filling, read as "Tier 1: Generic — Retail pharmacy (up to 30-day supply)". A title
 * wrapped onto the next line joins its column; a row that prices nothing ("Deductible applies? No")
 * is left out.
 */
function drugTierRows(lines: readonly Line[]): TableRow[] {
  const rows: TableRow[] = [];
  let titles: { x: number; right: number; text: string }[] | null = null;
  let open: { label: string; x: number; cells: Map<number, string>; line: Line } | null = null;
  const close = () => {
    if (open && titles) {
      for (const [i, cell] of open.cells) {
        if (!statesCost(cell) && !/not (available|covered)/i.test(cell)) continue;
        const title = titles[i]!.text;
        rows.push({
          cells: { service: `${title} — ${open.label}`, in: cell },
          event: "",
          heading: open.line.heading,
          page: open.line.page,
          text: `${open.label} — ${title}: ${cell}`,
        });
      }
    }
    open = null;
  };
  const columnOf = (c: { x: number; right: number }) =>
    titles?.findIndex((t) => c.right >= t.x - 12 && c.x <= t.right + 12) ?? -1;
  for (const line of lines) {
    const texts = line.chunks.map((c) => c.text);
    if (line.chunks.length >= 3 && texts.filter((t) => DRUG_TIER_TITLE.test(t)).length >= 3) {
      close();
      titles = line.chunks.filter((c) => DRUG_TIER_TITLE.test(c.text)).map((c) => ({ ...c }));
      continue;
    }
    if (!titles) continue;
    const [first, ...rest] = line.chunks;
    if (!first) continue;
    const left = first.right < titles[0]!.x - 6;
    // A wrapped title ("Tier 3: Non-preferred" over "brand"): every chunk under a title, no figure.
    if (!open && !left && line.chunks.every((c) => columnOf(c) >= 0 && !/\d/.test(c.text))) {
      for (const c of line.chunks) titles[columnOf(c)]!.text += ` ${c.text}`;
      continue;
    }
    if (left && rest.length > 0 && rest.every((c) => columnOf(c) >= 0)) {
      close();
      open = { label: first.text, x: first.x, cells: new Map(rest.map((c) => [columnOf(c), c.text])), line };
      continue;
    }
    // The label wrapped onto the next line ("(up to 30-day" over "supply)").
    if (
      open &&
      left &&
      rest.length === 0 &&
      Math.abs(first.x - open.x) < 6 &&
      (unclosed(open.label) || /^[a-z]/.test(first.text))
    ) {
      open.label = `${open.label} ${first.text}`;
      continue;
    }
    close();
    titles = null;
  }
  close();
  return rows;
}

/** A document's note that its percentages are the plan's share ("Percentages below are what the PLAN pays"). */
const PLAN_PAYS_NOTE =
  /\bwhat the plan pays\b|\bpercentages? (below |shown )?(are|is|show) (what )?the plan/i;

/** "In: 80%   Out: 70%" (or "In-network: 80% / Out-of-network: 70%") after a heading's words. */
const HEADING_PRICES =
  /^(.*?[A-Za-z)])\s{2,}(?:in(?:[- ]network)?\s*:\s*(\S.*?))\s*(?:[/|;]\s*|\s{2,})out(?:[- ]of[- ]network)?\s*:\s*(\S.*)$/i;

/**
 * An outline whose class headings carry the prices ("III. CLASS II -- BASIC SERVICES   In: 80%
 * Out: 70%" over "C. Endodontics / 1. Root canal therapy"): each service listed under the heading,
 * up to the next priced heading or rule line, is priced as the heading says; a parenthesis on the
 * heading's next line ("(after deductible)") is part of its price, and an item's numbered lines
 * under it are its limits.
 */
function pricedHeadingRows(text: string): TableRow[] {
  const rows: TableRow[] = [];
  let heading: { label: string; in: string; out: string } | null = null;
  let item: TableRow | null = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const priced = HEADING_PRICES.exec(line);
    if (priced) {
      const note = /^\(([^)]*)\)$/.exec(lines[i + 1]?.trim() ?? "")?.[1];
      const label = priced[1]!.replace(/^[IVXLC]+\.\s+/, "").trim();
      heading = {
        label,
        in: note ? `${priced[2]!.trim()} (${note})` : priced[2]!.trim(),
        out: note ? `${priced[3]!.trim()} (${note})` : priced[3]!.trim(),
      };
      item = null;
      return;
    }
    if (!heading) return;
    // A rule line under the heading only frames it; the next heading's rule ends its list.
    if (/^[=\-_*]{5,}$/.test(line)) {
      if (item) heading = null;
      return;
    }
    const lettered = /^([A-Z])\.\s+(.+)$/.exec(line);
    const numbered = /^\d{1,2}\.\s+(.+)$/.exec(line);
    if (lettered) {
      item = {
        cells: { service: lettered[2]!, in: heading.in, out: heading.out },
        event: heading.label,
        heading: heading.label,
        page: null,
        text: `${heading.label} (In: ${heading.in}; Out: ${heading.out}) — ${lettered[2]}`,
      };
      rows.push(item);
    } else if (numbered && item) {
      // A numbered line names a service of its own ("1. Root canal therapy") or limits the item.
      rows.push({ ...item, cells: { ...item.cells, service: `${item.cells.service}: ${numbered[1]}` } });
      item.cells.limits = item.cells.limits ? `${item.cells.limits}; ${numbered[1]}` : numbered[1]!;
    } else if (item && line !== "" && /^[a-z(]/.test(line)) {
      item.cells.limits = item.cells.limits ? `${item.cells.limits} ${line}` : line;
    }
  });
  return rows;
}

/**
 * Markdown tables whose header names plans over the value columns ("| | EPO 750 | HSA 3500 |"):
 * each column read as its plan's cost table. A worked example or a premium table in the same
 * layout ("Your premiums for the year | $1,737.60 | $750.00") prices no service: rows of bare
 * amounts in cents, or under a heading that says it is an example, are left out.
 */
function planColumns(lines: readonly Line[], kind: PlanKind): PlanColumn[] {
  const byTitle = new Map<string, TableRow[]>();
  let titles: { x: number; text: string }[] | null = null;
  for (const line of lines) {
    if (line.tableHeader === true) {
      const values = line.chunks.filter((c) => c.x > 0);
      const first = line.chunks.find((c) => c.x === 0);
      titles =
        values.length >= 2 &&
        values.every((c) => isPlanTitle(c.text)) &&
        (first === undefined ||
          !isPlanTitle(first.text) ||
          /^(benefit|feature|service)s?$/i.test(first.text)) &&
        !/example/i.test(line.heading)
          ? values.map((c) => ({ x: c.x, text: c.text }))
          : null;
      continue;
    }
    if (line.tableHeader !== false || !titles) continue;
    const label = line.chunks.find((c) => c.x === 0)?.text;
    if (!label) continue;
    for (const title of titles) {
      const cell = line.chunks.find((c) => c.x === title.x)?.text;
      if (!cell || /^\$[\d,]+\.\d{2}$|^[—–-]$/.test(cell)) continue;
      const row: TableRow = {
        cells: { service: label, ...planCell(label, cell) },
        event: "",
        heading: line.heading,
        page: line.page,
        text: `${label} — ${title.text}: ${cell}`,
      };
      byTitle.set(title.text, [...(byTitle.get(title.text) ?? []), row]);
    }
  }
  return [...byTitle].map(([title, rows]) => {
    const general = rows.find((r) => /^coinsurance$/i.test(r.cells.service ?? "") && r.cells.out);
    return {
      title,
      deductible: leaderAmount(rows, "deductible"),
      outOfPocket: leaderAmount(rows, "outOfPocket"),
      rows: tableRows(rows, kind).filter((r) => r.inNetwork !== null || r.outOfNetwork !== null),
      outOfNetworkGeneral: general
        ? { text: `${general.cells.out} out-of-network`, source: rowProvenance(general) }
        : null,
    };
  });
}

/**
 * A plan's cell by network: an out-of-network row's cell is out of network; "20% after deductible
 * in-network; 40% after deductible out-of-network" gives each part to its network.
 */
function planCell(label: string, cell: string): { in?: string; out?: string } {
  if (isOutOfNetwork(label)) return { out: cell };
  const parts = cell.split(/;\s*/);
  const out = parts.filter((p) => /\b(out[- ]of[- ]network|non[- ]network)\s*\.?$/i.test(p));
  if (parts.length < 2 || out.length !== 1) return { in: cell };
  const inside = parts.filter((p) => !out.includes(p));
  return {
    in: inside.join("; ").replace(/\s+in[- ]network\s*$/i, ""),
    out: out[0]!.replace(/\s+out[- ]of[- ]network\s*\.?$/i, ""),
  };
}

/**
 * A sentence stating what out-of-network care costs without naming a service ("Services from
 * out-of-network providers are covered at 50% after the deductible"): the booklet's general rule.
 */
function outOfNetworkRule(sections: readonly DocumentSection[], kind: PlanKind): ListedService | null {
  for (const section of sections) {
    // "4.2 No Out-of-Network Benefits. Services from providers that are not in the … Network are not
    // covered": the heading or the words "not in the network" say which care the sentence is about.
    const headed = isOutOfNetwork(section.headingPath.at(-1) ?? "");
    for (const sentence of splitSentences(section.text)) {
      if (
        !(
          headed ||
          isOutOfNetwork(sentence) ||
          /\b(not in|outside) (the |our |your |a )?[\w ]{0,40}network\b/i.test(sentence)
        ) ||
        !/%|not covered|(does not|doesn'?t|will not|won'?t) (cover|pay)|full (cost|charge)/i.test(sentence)
      )
        continue;
      if (
        AMOUNT_SENTENCE.deductible.test(sentence.replace(/after (the |your )?deductible/gi, "")) ||
        AMOUNT_SENTENCE.outOfPocket.test(sentence)
      )
        continue;
      if (questionServices(sentence, kind).length > 0) continue;
      return { text: sentence, source: { section: section.section, page: null, quote: sentence } };
    }
  }
  return null;
}

/**
 * Rows printed with a leader between the service and its price ("Specialist visit ........
 * In-network: $60 copay / Out-of-network: 40% after deductible"): the label, and the value split
 * into its network cells by their own labels. The heading above (a line in capitals, a Markdown
 * heading) is the row's event.
 */
const LEADER = /^(.*?[^\s.])\s*(?:\.{4,}|…{2,}|_{4,}|-{4,}|·{4,})\s*(\S.*)$/;

function leaderRows(printed: readonly Line[]): TableRow[] {
  const lines = labelSentences(printed);
  const rows: TableRow[] = [];
  // Column titles over the values ("DENTAL CORE   DENTAL PLUS"): a figure-free line of two or more.
  let titles: Line | null = null;
  // A label alone over indented rows ("Calendar-year deductible" over "  Employee only .... $3,400"):
  // the rows are its parts.
  let group: { label: string; x: number } | null = null;
  // The last row read, where its label starts and on which line: a note indented under it is its.
  let previous: { row: TableRow; x: number; index: number } | null = null;
  for (const [index, line] of lines.entries()) {
    const text = line.chunks.map((c) => c.text).join("  ");
    if (line.chunks.length >= 2 && !/\d/.test(text)) titles = line;
    const x = line.chunks[0]?.x ?? 0;
    if (group && x <= group.x) group = null;
    const m = LEADER.exec(text) ?? labelValue(text);
    // A note indented under a leader row ("Acupuncture ..... 20%" over "    Acupuncture is limited to
    // 10 visits per calendar year") is that row's; so is a sentence right under it in its own
    // section (a card's "IVF and fertility drugs are not covered." under "Diagnosis of infertility: 10%")
    // that limits or excludes.
    const underInSection =
      line.heading !== "" &&
      line.heading === previous?.row.heading &&
      (isRowNote(text) || EXCLUDES.test(text));
    if (
      !m &&
      previous &&
      (x > previous.x + 2 || underInSection) &&
      previous.index === index - 1 &&
      !/\d\s*$/.test(text)
    ) {
      const note = text.trim();
      const cells = previous.row.cells;
      cells.limits = cells.limits ? joinWrapped(cells.limits, note) : note;
      if (previous.row.text !== undefined) previous.row.text = joinWrapped(previous.row.text, note);
      previous.index = index;
      continue;
    }
    if (!m) {
      if (line.chunks.length === 1 && !/\d|[.:;]$/.test(text) && text.split(/\s+/).length <= 6)
        group = { label: text.trim(), x };
      continue;
    }
    // Network columns ("CHOICE NETWORK   OUT-OF-NETWORK" over "Employee only ..... $3,400   $6,800"):
    // each value is its column's network's.
    const networks = titles && sideBySide(titles, line) ? networkColumns(titles, line) : null;
    // Two plans side by side ("Basic ...... 70%      80%" under "DENTAL CORE   DENTAL PLUS"): whose
    // figure is whose is in the columns, not in a row of one plan's costs; the passages answer it.
    if (titles && sideBySide(titles, line) && !networks) continue;
    const value = networks ? [networks.in, networks.out].filter(Boolean).join(" ") : m[2]!.replace(/\.$/, "");
    // Leaders between the values as well ("$1,500 ........ $3,400"): two plans' cells, read as labelled
    // cells in the sections (text-columns.ts), not one row's.
    if (!networks && hasLeader(value)) continue;
    // Under an out-of-network heading ("OUT-OF-NETWORK REIMBURSEMENT") a bare value is that network's.
    const cells = networks
      ? networks
      : isOutOfNetwork(line.heading) && !/network/i.test(value)
        ? { out: value }
        : networkCells(value);
    // A value that prices nothing but states a frequency ("Once every 24 months") is a limit.
    const priced = statesCost(value) || /copay|coinsurance|allowance|deductible/i.test(value);
    const label = m[1]!.replace(/^[-*•]\s*/, "");
    const row: TableRow = {
      cells: {
        service: group && x > group.x ? `${group.label} — ${label}` : label,
        ...(priced ? cells : { limits: value }),
      },
      event: "",
      heading: line.heading,
      page: line.page,
      text: text.replace(/\s{2,}/g, " ").trim(),
    };
    rows.push(row);
    previous = { row, x, index };
  }
  return rows;
}

/**
 * Lines of "Label: price." sentences, one per line: two on one line ("Generic contraceptives: $0.
 * Insulin: $25 copay per 30-day") are two rows, and a lower-case line under such a row, at its left
 * edge ("supply."), is the rest of its price.
 */
function labelSentences(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const chunk = line.chunks.length === 1 ? line.chunks[0]! : null;
    const last = out.at(-1);
    const lastChunk = last?.chunks.length === 1 ? last.chunks[0]! : null;
    if (
      chunk &&
      last &&
      lastChunk &&
      last.page === line.page &&
      Math.abs(lastChunk.x - chunk.x) <= 2 &&
      /^[a-z]/.test(chunk.text) &&
      !/[.;:!?]$/.test(lastChunk.text.trim()) &&
      labelValue(lastChunk.text) !== null
    ) {
      out[out.length - 1] = {
        ...last,
        chunks: [{ ...lastChunk, text: joinWrapped(lastChunk.text, chunk.text) }],
      };
      continue;
    }
    const parts = chunk ? chunk.text.split(/(?<=\.)\s+(?=[A-Z][^:.]{1,48}:\s)/) : [];
    if (chunk && parts.length > 1 && parts.every((p) => labelValue(p) !== null)) {
      for (const part of parts) out.push({ ...line, chunks: [{ ...chunk, text: part }] });
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * A row's values under column titles that name the networks ("CHOICE NETWORK", "OUT-OF-NETWORK"):
 * each value by the title it starts under. Null when the titles name something else (plans).
 */
function networkColumns(titles: Line, line: Line): { in?: string; out?: string } | null {
  const outTitle = titles.chunks.find((t) => isOutOfNetwork(t.text));
  const inTitle = titles.chunks.find((t) => t !== outTitle && /network|participating/i.test(t.text));
  if (!outTitle || !inTitle) return null;
  const under = (t: { x: number }) =>
    line.chunks
      .slice(1)
      .find((v) => Math.abs(t.x - v.x) <= 3)
      ?.text.trim();
  // The label runs into the first value over its dotted leaders ("Employee only ...... $3,400").
  const first = LEADER.exec(line.chunks[0]?.text ?? "")?.[2]?.trim();
  const cells = { in: under(inTitle) ?? first, out: under(outTitle) };
  return cells.in || cells.out ? cells : null;
}

/**
 * Whether the line's values stand in the titles' columns: more than one chunk, each after the first
 * (whose label may run into its first value over dotted leaders) starting under a title.
 */
function sideBySide(titles: Line, line: Line): boolean {
  const values = line.chunks.slice(1);
  return (
    titles.chunks.length >= 2 &&
    values.length >= 1 &&
    values.every((v) => titles.chunks.some((t) => Math.abs(t.x - v.x) <= 3))
  );
}

/**
 * A PDF that prints each service as a label line with its costs on the line below, in the same
 * column ("Specialist visit" / "You pay: $40 copay | Out of network: 40% after deductible"): the
 * label is the nearest chunk above, at the same left edge.
 */
function youPayRows(lines: readonly Line[]): TableRow[] {
  const rows: TableRow[] = [];
  const seen: { x: number; page: number | null; text: string; line: number }[] = [];
  // The row just read, while the lines under its "You pay" line may still add its limits.
  let open: { row: TableRow; x: number; line: number } | null = null;
  lines.forEach((line, index) => {
    for (const chunk of line.chunks) {
      const m = /^(?:you pay|your cost|member pays|you'll pay)\s*:\s*(.+)$/i.exec(chunk.text);
      if (m) {
        open = null;
        const column = [...seen].reverse().filter((c) => c.page === line.page && Math.abs(c.x - chunk.x) < 6);
        const above = column[0];
        if (above && !/\$\s?\d|:/.test(above.text)) {
          // A label wrapped over two lines ("Preventive care (annual physical, screenings," over
          // "immunizations)") is read whole.
          let label = above.text;
          const before = column[1];
          if (
            before &&
            before.line === above.line - 1 &&
            !/\$\s?\d|:/.test(before.text) &&
            (/[,(/-]$/.test(before.text) || /^[a-z]/.test(above.text) || unclosed(before.text))
          )
            label = `${before.text} ${label}`;
          const row: TableRow = {
            cells: { service: label, ...networkCells(m[1]!) },
            event: "",
            heading: line.heading,
            page: line.page,
          };
          rows.push(row);
          open = { row, x: chunk.x, line: index };
        }
      } else if (open && index - open.line <= 2 && Math.abs(open.x - chunk.x) < 6 && isRowNote(chunk.text)) {
        // "Limit: 15 visits per year." under the row's "You pay" line is that row's limit.
        const { cells } = open.row;
        cells.limits = cells.limits ? `${cells.limits} ${chunk.text}` : chunk.text;
        open.line = index;
      }
      seen.push({ x: chunk.x, page: line.page, text: chunk.text, line: index });
    }
  });
  return rows;
}

const unclosed = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

/** A note under a price that limits or conditions it, not the next service's label. */
function isRowNote(text: string): boolean {
  return (
    /^(limits?|maximum|max)\s*:/i.test(text) ||
    limitsIn(text).length > 0 ||
    /\b(prior authori[sz]ation|preauthori[sz]ation|deductible (does not|doesn't) apply|waived)\b/i.test(text)
  );
}

/**
 * "Frame allowance: $130, then 20% off" or "Frame frequency: Once every 24 months": a short label,
 * a colon, and a value that prices something or states a limit. Longer text before a colon is prose.
 */
function labelValue(text: string): RegExpExecArray | null {
  const m = /^(?:[-*•]\s*)?([A-Z][^:]{1,60}):\s+(\S.*)$/.exec(text.replace(/\*\*|__/g, ""));
  if (!m) return null;
  // A label that says where the price holds ("Eye exam with a network doctor") may run longer.
  const where = /\bnetwork\b|\bparticipating\b/i.test(m[1]!);
  if (m[1]!.length > (where ? 60 : 48) || m[1]!.split(/\s+/).length > (where ? 9 : 7)) return null;
  return statesCost(m[2]!) || limitsIn(m[2]!).length > 0 ? m : null;
}

/**
 * A value's network cells: "In-network: $30 copay / Out-of-network: 40%" gives each part to its
 * network with the label dropped; a value that names no network is the in-network cell.
 */
function networkCells(value: string): { in?: string; out?: string } {
  const parts = value.split(/\s+[/|;]\s+|;\s*/);
  const labelled = parts.map((p) => {
    const m =
      /^\s*((?:in|out)[- ]of[- ]network|in[- ]network|non[- ]network|network|participating|non[- ]participating)(?: providers?)?\s*:\s*(.*)$/i.exec(
        p,
      );
    return m ? { out: isOutOfNetwork(m[1]!), text: m[2]!.trim() } : null;
  });
  if (labelled.every((l) => l === null)) return { in: value.trim() };
  const cells: { in?: string; out?: string } = {};
  labelled.forEach((l, i) => {
    const text = l?.text ?? parts[i]!.trim();
    const key = l?.out ? "out" : "in";
    cells[key] = cells[key] ? `${cells[key]}; ${text}` : text;
  });
  return cells;
}

/**
 * The deductible or out-of-pocket maximum from leader rows ("Individual deductible ........
 * In-network: $3,400 / Out-of-network: $6,000", "Family deductible ........ …"): each tier's row
 * gives that tier's amount in each network.
 */
function leaderAmount(rows: readonly TableRow[], kind: keyof typeof AMOUNT_SENTENCE): NetworkAmounts | null {
  const about = rows.filter((r) => {
    const label = r.cells.service ?? "";
    if (!AMOUNT_SENTENCE[kind].test(label) || NOT_THE_PLAN_AMOUNT.test(label)) return false;
    // "The family deductible is aggregate (non-embedded): …" is a sentence with a colon, not a label.
    if (/\b(is|are|must|will|uses?|has|have|means|applies|counts|pays|covers|works)\b/i.test(label))
      return false;
    return kind === "outOfPocket" || !AMOUNT_SENTENCE.outOfPocket.test(label);
  });
  if (about.length === 0) return null;
  const amounts = {
    inNetwork: { individual: null, family: null },
    outOfNetwork: { individual: null, family: null },
  } as {
    inNetwork: TierAmounts;
    outOfNetwork: TierAmounts;
  };
  const used: TableRow[] = [];
  for (const row of about) {
    const label = (row.cells.service ?? "").toLowerCase();
    const tier = tierWord(label);
    for (const [cell, target] of [
      [row.cells.in, amounts.inNetwork],
      [row.cells.out, amounts.outOfNetwork],
    ] as const) {
      if (!cell) continue;
      const stated = tierAmounts(cell);
      const first =
        cell
          .match(/\$\s?\d[\d,]*(?:\.\d{2})?/)?.[0]
          ?.replace(/\s/g, "")
          .replace(/\.00$/, "") ?? null;
      target.individual ??= stated.individual ?? (tier === "individual" ? first : null);
      target.family ??= stated.family ?? (tier === "family" ? first : null);
    }
    used.push(row);
  }
  const has = (t: TierAmounts) => t.individual !== null || t.family !== null;
  if (!has(amounts.inNetwork) && !has(amounts.outOfNetwork)) return null;
  return {
    inNetwork: has(amounts.inNetwork) ? amounts.inNetwork : null,
    outOfNetwork: has(amounts.outOfNetwork) ? amounts.outOfNetwork : null,
    source: {
      section: used[0]!.heading || "Coverage table",
      page: used[0]!.page,
      quote: used.map((r) => rowProvenance(r).quote).join(" "),
    },
  };
}

/**
 * Label lines of one service complete each other ("Frame allowance: $130", "Frame frequency: Once
 * every 24 months", and "Frames: Up to $70" under the out-of-network heading): a row takes the
 * cells an earlier row of its service lacks, instead of standing alone.
 */
function mergeByService(rows: readonly CoverageRow[]): CoverageRow[] {
  const out: CoverageRow[] = [];
  for (const row of rows) {
    // Of the rows it could complete, the one whose label is most like its own ("Frames" → "Frame
    // allowance", not "Materials copay (lenses or frames)").
    const words = labelWords(row.label);
    let into: CoverageRow | undefined;
    let best = 0;
    for (const r of out) {
      if (r.service !== row.service) continue;
      if (r.inNetwork !== null && row.inNetwork !== null) continue;
      if (r.outOfNetwork !== null && row.outOfNetwork !== null) continue;
      const theirs = labelWords(r.label);
      const shared = [...words].filter((w) => theirs.has(w)).length;
      const score = shared / new Set([...words, ...theirs]).size;
      if (score > best) {
        best = score;
        into = r;
      }
    }
    if (!into) {
      out.push({ ...row });
      continue;
    }
    into.inNetwork ??= row.inNetwork;
    if (into.outOfNetwork === null && row.outOfNetwork !== null) {
      into.outOfNetwork = row.outOfNetwork;
      into.outSource = row.source;
    }
    into.limitations = [into.limitations, row.limitations].filter(Boolean).join("; ") || null;
    into.limits = [...new Set([...into.limits, ...row.limits])];
    into.deductibleApplies ??= row.deductibleApplies;
    into.preauthorization ||= row.preauthorization;
    into.source = { ...into.source, quote: `${into.source.quote} ${row.source.quote}` };
  }
  return out;
}

function labelWords(label: string): Set<string> {
  return new Set(
    label
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3)
      .map((w) => w.replace(/s$/, "")),
  );
}

/**
 * Coverage rows from table rows: one per catalogue service each row's label names. `planPays`: the
 * network columns give the plan's share, and a share is said to be the plan's ("plan pays 80%"),
 * since a bare "80%" reads as what the member pays.
 */
function tableRows(rows: readonly TableRow[], kind: PlanKind, planPays = false): CoverageRow[] {
  const share = (cell: string | undefined) =>
    cell !== undefined && planPays && /^\d+(\.\d+)?\s?%/.test(cell.trim())
      ? `plan pays ${cell.trim()}`
      : cell;
  const out: CoverageRow[] = [];
  for (const row of rows) {
    const label = row.cells.service ?? "";
    for (const service of rowServices(label, `${row.event} ${row.heading}`, kind)) {
      // A service printed on several rows ("Lab work", "X-ray") keeps each; the answer picks by label.
      if (
        out.some(
          (r) =>
            r.service === service.key &&
            r.label === label &&
            r.inNetwork === (row.cells.in ?? null) &&
            r.outOfNetwork === (row.cells.out ?? null),
        )
      )
        continue;
      const inNetwork = share(row.cells.in) ?? null;
      const outOfNetwork = share(row.cells.out) ?? null;
      const limitations = row.cells.limits ?? null;
      const all = [inNetwork, outOfNetwork, limitations].filter(Boolean).join(" ");
      out.push({
        service: service.key,
        label,
        event: row.event || row.heading,
        inNetwork,
        outOfNetwork,
        limitations,
        deductibleApplies: deductibleApplies(inNetwork ?? "") ?? deductibleApplies(limitations ?? ""),
        // It may be printed with the label too: "MRI, CT and PET scans (preauthorization required)".
        preauthorization: needsPreauthorization(`${all} ${label}`),
        // A limit may be printed with the label: "Physical therapy (limit 30 visits per year)".
        limits: [...new Set([...limitsIn(limitations ?? all), ...limitsIn(label)])],
        source: rowProvenance(row),
      });
    }
    out.push(...cellRows(row, kind, out));
  }
  return out;
}

/**
 * Services a row's cells price by name ("Allergy injections with no office visit billed: $15
 * copay/visit." among a specialist visit's notes, "Virtual therapy through …: $10 copay/visit."):
 * each is a row of its own, in network, quoting the row it sits in, beside the row itself and any
 * other row of that service: the answer picks by label.
 */
function cellRows(row: TableRow, kind: PlanKind, rows: readonly CoverageRow[]): CoverageRow[] {
  const found: CoverageRow[] = [];
  for (const cell of [row.cells.in, row.cells.limits]) {
    for (const sentence of (cell ?? "").split(/(?<=\.)\s+(?=[A-Z])/)) {
      const m = labelValue(sentence.trim());
      if (!m || !startsCostShare(m[2]!)) continue;
      for (const service of rowServices(m[1]!, `${row.event} ${row.heading}`, kind)) {
        if ([...rows, ...found].some((r) => r.service === service.key && r.label === m[1])) continue;
        const inNetwork = m[2]!.replace(/\.$/, "");
        found.push({
          service: service.key,
          label: m[1]!,
          event: row.event || row.heading,
          inNetwork,
          outOfNetwork: null,
          limitations: null,
          deductibleApplies: deductibleApplies(inNetwork),
          preauthorization: needsPreauthorization(inNetwork),
          limits: limitsIn(inNetwork),
          source: rowProvenance(row),
        });
      }
    }
  }
  return found;
}

function rowProvenance(row: TableRow): Provenance {
  const cells = row.cells;
  const quote =
    row.text ??
    [
      cells.service,
      cells.in && `Network: ${cells.in}`,
      cells.out && `Out-of-network: ${cells.out}`,
      cells.limits,
    ]
      .filter(Boolean)
      .join(" | ");
  const where = row.heading || (row.event ? `Common Medical Event: ${row.event}` : "Coverage table");
  return { section: `${where} > ${cells.service ?? ""}`.trim(), page: row.page, quote };
}

function questionAmount(tables: readonly Table[], pattern: RegExp): NetworkAmounts | null {
  for (const table of tables) {
    for (const row of table.rows) {
      const question = row.cells.question ?? "";
      if (!pattern.test(question) || /not included|specific services|other deductibles/i.test(question))
        continue;
      const answer = row.cells.answer ?? "";
      const amounts = networkAmounts(answer);
      if (!amounts) continue;
      return {
        ...amounts,
        source: {
          section: `Important Questions > ${question}`,
          page: row.page,
          quote: `${question} ${answer}`,
        },
      };
    }
  }
  return null;
}

function networkAmounts(text: string): Omit<NetworkAmounts, "source"> | null {
  const parts = networkParts(text);
  const inNetwork = tierAmounts(parts.inNetwork);
  const outOfNetwork = tierAmounts(parts.outOfNetwork);
  const has = (t: TierAmounts) => t.individual !== null || t.family !== null;
  if (!has(inNetwork) && !has(outOfNetwork)) return null;
  return {
    inNetwork: has(inNetwork) ? inNetwork : null,
    outOfNetwork: has(outOfNetwork) ? outOfNetwork : null,
  };
}

const AMOUNT_SENTENCE = {
  deductible: /deductible/i,
  outOfPocket: /out[- ]of[- ]pocket (limit|maximum|max)/i,
};
const NOT_THE_PLAN_AMOUNT =
  /prescription drug deductible|separate deductible|specific deductible|does not apply|doesn't apply|after (the |your )?deductible|before (the |you meet |your )|hsa|contribut|limit on total|catch-up/i;

/** The one tier and amount a sentence states ("The Family Out-of-Pocket Maximum is $7,000 …"). */
function nextTierAmount(sentence: string): { tier: "individual" | "family"; amount: string } | null {
  const tier = tierWord(sentence.toLowerCase());
  const amounts = sentence.match(/\$\s?\d[\d,]*(?:\.\d{2})?/g) ?? [];
  if (!tier || amounts.length !== 1) return null;
  return { tier, amount: amounts[0]!.replace(/\s/g, "").replace(/\.00$/, "") };
}

/**
 * A table row as the sections read it whose columns are not networks or tiers: "Basic — DENTAL CORE:
 * 70%; DENTAL PLUS: 80%." gives two plans' figures, neither of them the document's own.
 */
function sideBySideCells(sentence: string): boolean {
  const m = /^[^—]+ — ([^:;]+: [^;]+(?:; [^:;]+: [^;]+)+)$/.exec(sentence.trim());
  return (
    m !== null &&
    m[1]!
      .split("; ")
      .every(
        (cell) =>
          !/network|individual|family|single|person|member|employee|tier|you pay/i.test(cell.split(":")[0]!),
      )
  );
}

function proseAmount(
  sections: readonly DocumentSection[],
  kind: keyof typeof AMOUNT_SENTENCE,
): NetworkAmounts | null {
  const other = kind === "deductible" ? AMOUNT_SENTENCE.outOfPocket : AMOUNT_SENTENCE.deductible;
  // First a sentence that names the amount (or follows one that does); only then any priced sentence
  // under a heading that names it: "ARTICLE 5 – DEDUCTIBLE … AND OUT-OF-POCKET MAXIMUM" heads both.
  for (const byHeading of [false, true]) {
    for (const section of sections) {
      const where = `${section.headingPath.join(" ")}`;
      let named = false;
      const sentences = splitSentences(section.text);
      for (const [i, sentence] of sentences.entries()) {
        // "Your out-of-pocket maximum is the most you pay. Once costs add up to $3,000 for an
        // individual…": the amount may follow the sentence that names it.
        const follows = named && /\$\d/.test(sentence);
        named = AMOUNT_SENTENCE[kind].test(sentence);
        const about = byHeading
          ? AMOUNT_SENTENCE[kind].test(where) && /\$\d/.test(sentence) && !other.test(sentence)
          : named || follows;
        if (!about || NOT_THE_PLAN_AMOUNT.test(sentence) || sideBySideCells(sentence)) continue;
        if (kind === "deductible" && AMOUNT_SENTENCE.outOfPocket.test(sentence)) continue;
        const amounts = networkAmounts(sentence);
        if (!amounts?.inNetwork && !amounts?.outOfNetwork) continue;
        // "The Individual Out-of-Pocket Maximum is $3,500. The Family Out-of-Pocket Maximum is
        // $7,000.": the next sentence naming it may state the other tier.
        const next = sentences[i + 1];
        const more = next && AMOUNT_SENTENCE[kind].test(next) ? nextTierAmount(next) : null;
        if (more && amounts.inNetwork && amounts.inNetwork[more.tier] === null)
          amounts.inNetwork = { ...amounts.inNetwork, [more.tier]: more.amount };
        const quote = more ? `${sentence} ${next}` : sentence;
        return { ...amounts, source: { section: section.section, page: null, quote } };
      }
    }
  }
  return null;
}

/**
 * Rows from a prose booklet: a sentence that states a price and names a service ("When you see a
 * specialist, you pay a $60 copay; out of network, 40% after the deductible"). A clause that names
 * no service continues the previous one; a clause about out-of-network providers fills the
 * out-of-network column. A section whose heading names the service wins over a sentence elsewhere
 * that merely mentions it, and a sentence stating a combined maximum for several services
 * ("preventive, basic and major services combined") prices none of them. Only services no table
 * priced are taken.
 */
function proseCoverage(
  sections: readonly DocumentSection[],
  priced: ReadonlySet<string>,
  kind: PlanKind,
): CoverageRow[] {
  const rows = new Map<string, { row: CoverageRow; rank: number }>();
  for (const section of sections) {
    if (/exclu|not covered|does not cover/i.test(section.section)) continue;
    const headingServices = questionServices(section.headingPath.slice(1).join(" "), kind);
    // The rows the previous sentence priced: a next sentence that names no service but states a
    // limit ("Together they're limited to 40 visits per calendar year") is about them.
    let previous: CoverageRow[] = [];
    // A worked example ("Example: a crown at a network dentist. The fee is $1,200. You pay…")
    // prices an illustration, not the service: its paragraph is no row's price.
    const text = section.text
      .split(/\n\s*\n/)
      .filter((p) => !/^(worked )?example\b|^for example\b/i.test(p.trim()))
      .join("\n\n");
    for (const sentence of splitSentences(text)) {
      const named = questionServices(sentence, kind);
      const limits = limitsIn(sentence);
      if (named.length === 0 && limits.length > 0 && !statesCost(sentence)) {
        for (const row of previous) {
          row.limits = [...new Set([...row.limits, ...limits])];
          if (!row.source.quote.includes(sentence))
            row.source = { ...row.source, quote: `${row.source.quote} ${sentence}` };
        }
        continue;
      }
      previous = [];
      // Table rows (Markdown pipes, or cells spaced into columns) are read as tables, not prose.
      if (!statesCost(sentence) || /^\||\S {3,}\S/.test(sentence) || sideBySideCells(sentence)) continue;
      const inHeading = named.filter((s) => headingServices.some((h) => h.key === s.key));
      // Several services in one sentence share its price ("Delivery and the hospital stay cost 20%"),
      // unless the sentence states a combined maximum rather than a price.
      const combined = /combined|maximum|\bup to\b|annual|each (plan |calendar )?year/i.test(sentence);
      let current = inHeading.length > 0 ? inHeading : named.length === 1 || !combined ? named : [];
      if (named.length === 0 && headingServices.length === 1) current = headingServices;
      for (const clause of sentence.split(
        /;|,\s*(?:while|but|and if|whereas)\s+|\s+(?:while|whereas)\s+|\s+and\s+(?=\$\d|\d{1,3}%)/i,
      )) {
        const inClause = questionServices(clause, kind);
        if (inClause.length === 1) current = inClause;
        if (!statesCost(clause)) continue;
        for (const service of current) {
          if (priced.has(service.key)) continue;
          const rank = headingServices.some((h) => h.key === service.key) ? 2 : 1;
          // A section headed by the service ("### X-ray", "### Lab work") is a row of its own, so two
          // headings of one service both stay (the answer tells them apart by the heading).
          const key = rank === 2 ? `${service.key}|${section.section}` : service.key;
          let entry = rows.get(key);
          if (!entry) {
            entry = {
              rank,
              row: {
                service: service.key,
                label: service.label,
                event: section.section,
                inNetwork: null,
                outOfNetwork: null,
                limitations: null,
                deductibleApplies: null,
                preauthorization: false,
                limits: [],
                source: { section: section.section, page: null, quote: sentence },
              },
            };
            rows.set(key, entry);
          } else if (entry.row.source.section !== section.section) {
            // A later section may price the network an earlier one left open (the overview says
            // out-of-network urgent care is not covered; "Urgent care" prices the network visit):
            // the priced section is the one to cite.
            const open = isOutOfNetwork(clause) ? entry.row.outOfNetwork : entry.row.inNetwork;
            if (open !== null) continue;
            entry.row.source = {
              section: section.section,
              page: null,
              quote: `${sentence} ${entry.row.source.quote}`,
            };
            entry.row.event = section.section;
          } else if (!entry.row.source.quote.includes(sentence)) {
            entry.row.source = { ...entry.row.source, quote: `${entry.row.source.quote} ${sentence}` };
          }
          const row = entry.row;
          if (!previous.includes(row)) previous.push(row);
          const text = clause.trim();
          // A second sentence of the section pricing the same row prices another part of it ("Lab work
          // is covered at no charge. X-rays cost a $40 copay."): both are the row's price.
          const add = (before: string | null) =>
            before === null
              ? text
              : before.includes(text) || text.includes(before)
                ? before
                : `${before} ${text}`;
          if (isOutOfNetwork(clause)) row.outOfNetwork = add(row.outOfNetwork);
          else row.inNetwork = add(row.inNetwork);
          row.deductibleApplies ??= deductibleApplies(clause);
          row.preauthorization ||= needsPreauthorization(sentence);
          row.limits = [...new Set([...row.limits, ...limitsIn(sentence)])];
        }
      }
    }
  }
  // A section headed by the service wins over sentences elsewhere that merely mention it.
  const headed = new Set([...rows.values()].filter((e) => e.rank === 2).map((e) => e.row.service));
  return [...rows.values()].filter((e) => e.rank === 2 || !headed.has(e.row.service)).map((e) => e.row);
}

const EXCLUDED_HEADING =
  /services your plan generally does not cover|excluded services|^(?:(?:article|section|part)\s+)?[\d.]*\s*[–—:-]?\s*exclusions\b|what (is|'s) not covered|services (that are )?not covered|limitations and exclusions|does not cover(\s*:|\s*$)|^not covered:?$|^(#+\s*)?not covered (under|by|on|in) (either|any|both|this|the|your)\b[^.]*$/i;
const COVERED_HEADING = /other covered services/i;

/**
 * The excluded and other covered services: bulleted items under the SBC's "Services Your Plan
 * Generally Does NOT Cover" and "Other Covered Services" (in columns, wrapped), or the sentences of
 * a booklet's exclusions section.
 */
function listedServices(
  lines: readonly Line[],
  sections: readonly DocumentSection[],
): { excluded: ListedService[]; otherCovered: ListedService[] } {
  const excluded: ListedService[] = [];
  const otherCovered: ListedService[] = [];
  let target: ListedService[] | null = null;
  let section = "";
  let items: { x: number; item: ListedService }[] = [];
  let budget = 0;
  // One chunk's items: bullets, or semicolons in a run-on list ("Acupuncture; Cosmetic surgery;
  // Dental care (Adult)"); a line that starts in lower case or "(" continues the item above it.
  const addItems = (chunkText: string, x: number, page: number | null) => {
    const bulleted = /[•▪●◦]|^[-*]\s/.test(chunkText);
    const semicolons = !bulleted && chunkText.includes(";");
    // A paragraph of sentences under the heading ("The plan does not cover acupuncture. Cosmetic
    // surgery is excluded.") is an item a sentence; a wrapped line's part of one is not.
    const paragraph = !bulleted && !semicolons && /^[A-Z].*\.$/.test(chunkText.trim());
    const parts = (
      paragraph ? splitSentences(chunkText) : chunkText.split(bulleted ? /\s*[•▪●◦]\s*|^[-*]\s+/ : /;\s*/)
    ).filter((p) => p.trim() !== "");
    parts.forEach((part, k) => {
      const previous = [...items].reverse().find((i) => Math.abs(i.x - x) < 8);
      const marked = /^\(?(?:[a-z]|\d{1,2})[.)]\s/.test(part.trim());
      if (!bulleted && !marked && k === 0 && previous && /^[a-z(]/.test(part)) {
        // A word hyphenated at the line's end ("Long-" over "term care") is one word again.
        previous.item.text = /[a-z]-$/i.test(previous.item.text)
          ? `${previous.item.text}${part.trim()}`
          : `${previous.item.text} ${part.trim()}`;
        previous.item.source.quote = previous.item.text;
        return;
      }
      if (/^\(?(check your|see your|this isn'?t|this is not)/i.test(part)) return;
      // A lettered or numbered list item ("(a) Acupuncture …", "3. Hearing aids …") starts an item
      // and is read without its marker.
      const unmarked = marked ? part.trim().replace(/^\(?(?:[a-z]|\d{1,2})[.)]\s+/, "") : part.trim();
      // The full stop that ends a run-on list belongs to the list, not to its last item.
      const itemText = (semicolons ? unmarked.replace(/(?<=[a-z)])\.$/, "") : unmarked).replace(
        /^and\s+(?=[a-z])/,
        "",
      );
      const item = { text: itemText, source: { section, page, quote: part.trim() } };
      target!.push(item);
      items.push({ x, item });
    });
  };
  // A list run on in a paragraph ("The plan does not cover: acupuncture; cosmetic surgery and" over
  // "procedures; …"): its lines joined, read once its sentence ends, and the list ends with it.
  let runOn: { text: string; x: number; page: number | null } | null = null;
  const endRunOn = () => {
    if (runOn && target) addItems(runOn.text, runOn.x, runOn.page);
    runOn = null;
  };
  for (const [index, line] of lines.entries()) {
    const text = line.chunks.map((c) => c.text).join(" ");
    // A heading may carry the list's first items after its colon, and the other covered services
    // may start mid-box ("Other Covered Services (Limitations may apply…): Bariatric surgery; …").
    const covered =
      COVERED_HEADING.test(text) && (text.length < 200 || /^other covered services/i.test(text));
    // A heading opens its line: cells that join into "deductible does | Not covered" are a row, and a
    // cell's wrapped line in lower case ("this plan does not cover") is the rest of a sentence.
    const excludes =
      !covered &&
      EXCLUDED_HEADING.test(line.chunks[0]?.text ?? "") &&
      /^[\p{Lu}#(\d]/u.test(line.chunks[0]?.text ?? "") &&
      (text.length < 200 || /^services your plan generally does not cover/i.test(text)) &&
      !/•/.test(text);
    if ((covered || excludes) && !isContentsEntry(lines, index)) {
      endRunOn();
      target = covered ? otherCovered : excluded;
      section = listSection(line, text, covered ? "Other Covered Services" : "Excluded Services");
      items = [];
      budget = 30;
      const after = /\)\s*:|:/.test(text) ? text.replace(/^.*?(?:\)\s*:|:)\s*/, "").trim() : "";
      if (line.page !== null && after.includes(";") && !/\.$/.test(after))
        runOn = { text: after, x: line.chunks[0]?.x ?? 0, page: line.page };
      else if (after !== "") addItems(after, line.chunks[0]?.x ?? 0, line.page);
      continue;
    }
    if (!target) continue;
    const isHeading =
      text.startsWith("#") || (line.page !== null && line.heading !== "" && line.heading === text.trim());
    if (
      isHeading ||
      budget-- <= 0 ||
      /^(your rights|coverage examples?|about these|peg is|managing joe|mia's|the total|language access|to see examples)/i.test(
        text,
      )
    ) {
      endRunOn();
      target = null;
      continue;
    }
    if (line.page !== null) {
      // A justified paragraph's line (each word a chunk of its own) is prose, past the list.
      if (line.chunks.length >= 5 && line.chunks.every((c) => !c.text.includes(" "))) {
        target = null;
        continue;
      }
      if (runOn || (items.length === 0 && /:\s*\S[^;]*;/.test(text) && !/[•▪●◦]/.test(text))) {
        runOn = runOn
          ? { ...runOn, text: joinWrapped(runOn.text, text) }
          : { text: text.replace(/^[^:]*:\s*/, ""), x: line.chunks[0]?.x ?? 0, page: line.page };
        if (/\.$/.test(text)) {
          endRunOn();
          target = null;
        }
        continue;
      }
    }
    for (const chunk of line.chunks) addItems(chunk.text, chunk.x, line.page);
  }
  endRunOn();
  // A booklet's exclusions chapter in prose: each sentence is an excluded item.
  if (excluded.length === 0) {
    for (const s of sections) {
      if (!EXCLUDED_HEADING.test(s.section)) continue;
      for (const sentence of splitSentences(s.text)) {
        excluded.push({
          text: sentence.replace(/^[-*•]\s*/, ""),
          source: { section: s.section, page: null, quote: sentence },
        });
      }
    }
  }
  return { excluded, otherCovered };
}

/** A booklet's contents line ("12. What the plan does not cover" over "13. Using …"), not its chapter. */
function isContentsEntry(lines: readonly Line[], index: number): boolean {
  const number = /^(\d{1,2})\.\s/.exec(lines[index]!.chunks[0]?.text ?? "");
  const next = lines[index + 1];
  return (
    number !== null &&
    next !== undefined &&
    next.page === lines[index]!.page &&
    new RegExp(`^${Number(number[1]) + 1}\\.\\s`).test(next.chunks[0]?.text ?? "")
  );
}

/** A list's section: its heading path in Markdown, else the SBC's own name for it. */
function listSection(line: Line, text: string, fallback: string): string {
  return text.startsWith("#") ? line.heading : fallback;
}
