/**
 * Lightweight markup a wiki or a docs site exports (AsciiDoc, reStructuredText) as the Markdown the
 * knowledge base reads: section titles become headings, tables pipe tables, field and labelled lists
 * "Label: value" lines, admonitions and list items lines of text; markup characters go. What neither
 * converter knows stays as the text it is.
 */

/** AsciiDoc: "== Title" headings, "|===" tables, "Term:: text" lists, "NOTE:" admonitions. */
export function asciidocToMarkdown(text: string): string {
  const out: string[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let table: string[] | null = null;
  let columns = 0;
  let declared = 0;
  let header = true;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (table !== null) {
      if (/^\|===\s*$/.test(line)) {
        out.push(...pipeRows(table, columns || table.length, header), "");
        table = null;
        continue;
      }
      if (line.trim() === "") {
        // A blank line after the first row (its cells one per line) closes it: that many columns.
        if (columns === 0 && table.length > 0) columns = table.length;
        continue;
      }
      const cells = line
        .split(/(?:^|\s)\|/)
        .slice(line.trim().startsWith("|") ? 1 : 0)
        .map((c) => inline(c.trim()));
      // Without a cols attribute, the first row's line gives the number of columns.
      if (columns === 0 && table.length === 0 && cells.length > 1) columns = cells.length;
      if (line.trim().startsWith("|")) table.push(...cells);
      else if (table.length > 0)
        table[table.length - 1] = `${table[table.length - 1]} ${inline(line.trim())}`;
      continue;
    }
    if (/^\|===\s*$/.test(line)) {
      table = [];
      columns = declared;
      declared = 0;
      continue;
    }
    const cols = /^\[(?:.*,\s*)?cols="?([^"\]]+)"?.*\]$/.exec(line.trim());
    if (cols) {
      header = /options="?[^"\]]*header/.test(line) || /%header/.test(line);
      // "2,1,1" is three columns; "3*" is three.
      const spec = cols[1]!.trim();
      declared = /^\d+\*/.test(spec) ? Number(/^(\d+)/.exec(spec)![1]) : spec.split(",").length;
      continue;
    }
    if (/^\/\/(?!\/)/.test(line) || /^:[\w-]+:/.test(line) || /^\[[^\]]*\]$/.test(line.trim())) continue;
    if (/^(-{4,}|\.{4,}|={4,}|\*{4,}|\+{4,}|_{4,})$/.test(line.trim())) continue;
    const heading = /^(={1,6})\s+(.+)$/.exec(line);
    if (heading) {
      out.push("", `${"#".repeat(heading[1]!.length)} ${inline(heading[2]!)}`, "");
      continue;
    }
    const labelled = /^(.+?)::\s*(.*)$/.exec(line);
    if (labelled && !/^https?$/.test(labelled[1]!)) {
      out.push(`${inline(labelled[1]!)}: ${inline(labelled[2]!)}`.replace(/:\s*$/, ":"));
      continue;
    }
    const item = /^\s*([*-]+|\.+)\s+(.+)$/.exec(line);
    if (item) {
      out.push(`- ${inline(item[2]!)}`);
      continue;
    }
    out.push(inline(line));
  }
  return markdownText(out);
}

/** reStructuredText: underlined titles, "list-table" directives, field lists, admonitions. */
export function rstToMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  // Title levels in the order the document first uses each underline (and overline) style.
  const levels: string[] = [];
  const level = (style: string) => {
    if (!levels.includes(style)) levels.push(style);
    return Math.min(6, levels.indexOf(style) + 1);
  };
  const ADORNMENT = /^([=\-~^"'`#*+_:.])\1{2,}\s*$/;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    const next = lines[i + 1]?.trimEnd() ?? "";
    // An overlined title: the adornment, the title, the adornment again.
    if (ADORNMENT.test(line) && lines[i + 2] !== undefined && ADORNMENT.test(lines[i + 2]!.trimEnd())) {
      const title = next.trim();
      if (title !== "" && !ADORNMENT.test(next)) {
        out.push("", `${"#".repeat(level(`over${line[0]}`))} ${inline(title)}`, "");
        i += 2;
        continue;
      }
    }
    if (
      line.trim() !== "" &&
      !ADORNMENT.test(line) &&
      ADORNMENT.test(next) &&
      next.length >= line.trim().length
    ) {
      out.push("", `${"#".repeat(level(next[0]!))} ${inline(line.trim())}`, "");
      i += 1;
      continue;
    }
    if (ADORNMENT.test(line)) continue;
    const directive = /^\.\.\s+([\w-]+)::\s*(.*)$/.exec(line);
    if (directive) {
      const [name, argument] = [directive[1]!.toLowerCase(), directive[2]!.trim()];
      // The directive's body: its options and its indented lines.
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && (lines[j]!.trim() === "" || /^\s/.test(lines[j]!))) body.push(lines[j++]!);
      i = j - 1;
      if (name === "list-table") {
        const headerRows = Number(/:header-rows:\s*(\d+)/.exec(body.join("\n"))?.[1] ?? 0);
        if (argument) out.push(inline(argument), "");
        out.push(...listTable(body, headerRows), "");
      } else if (name !== "image" && name !== "figure" && name !== "contents") {
        const said = body
          .filter((b) => !/^\s*:[\w-]+:/.test(b))
          .map((b) => inline(b.trim()))
          .join("\n")
          .trim();
        const label = /^(note|important|warning|tip|caution|attention|hint|danger|admonition)$/.test(name)
          ? `${name[0]!.toUpperCase()}${name.slice(1)}: `
          : "";
        if (argument) out.push(label ? `${label}${inline(argument)}` : inline(argument));
        if (said) out.push(`${argument ? "" : label}${said}`, "");
      }
      continue;
    }
    // A comment.
    if (/^\.\.(\s|$)/.test(line)) continue;
    const field = /^\s*:([^:]+):\s*(.*)$/.exec(line);
    if (field) {
      out.push(`${inline(field[1]!)}: ${inline(field[2]!)}`);
      continue;
    }
    const item = /^(\s*)([-*+•]|\d+[.)]|#\.)\s+(.+)$/.exec(line);
    if (item) {
      out.push(`- ${inline(item[3]!)}`);
      continue;
    }
    out.push(inline(line.trim()));
  }
  return markdownText(out);
}

/** A "list-table" body ("* - a" / "  - b" rows) as a pipe table. */
function listTable(body: readonly string[], headerRows: number): string[] {
  const rows: string[][] = [];
  for (const raw of body) {
    if (/^\s*:[\w-]+:/.test(raw) || raw.trim() === "") continue;
    const row = /^\s*\*\s+-\s*(.*)$/.exec(raw);
    const cell = /^\s*-\s*(.*)$/.exec(raw);
    if (row) rows.push([inline(row[1]!)]);
    else if (cell && rows.length > 0) rows[rows.length - 1]!.push(inline(cell[1]!));
    else if (rows.length > 0) {
      const last = rows[rows.length - 1]!;
      last[last.length - 1] = `${last[last.length - 1]} ${inline(raw.trim())}`.trim();
    }
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return pipeRows(rows.flat(), width, headerRows > 0, rows);
}

/** Cells in reading order as a pipe table of `columns`; the first row a header when there is one. */
function pipeRows(cells: readonly string[], columns: number, header: boolean, given?: string[][]): string[] {
  const rows = given ?? [];
  if (!given) for (let k = 0; k < cells.length; k += columns) rows.push(cells.slice(k, k + columns));
  if (rows.length === 0 || columns === 0) return [];
  const line = (r: readonly string[]) =>
    `| ${Array.from({ length: columns }, (_, k) => (r[k] ?? "").replace(/\|/g, "/")).join(" | ")} |`;
  const [first, ...rest] = rows;
  const head = header ? first! : Array.from({ length: columns }, () => "");
  return [
    line(head),
    `| ${Array.from({ length: columns }, () => "---").join(" | ")} |`,
    ...(header ? rest : rows).map(line),
  ];
}

/** Inline markup as plain text: emphasis, literals, links, footnote references and footnotes. */
function inline(text: string): string {
  return text
    .replace(/`([^`<]+?)\s*<[^>]+>`_{1,2}/g, "$1")
    .replace(/\b(?:link:|https?:\/\/)[^\s[]*\[([^\]]*)\]/g, "$1")
    .replace(/\s*footnote:\[([^\]]*)\]/g, " ($1)")
    .replace(/``([^`]+)``/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/\s*\[#?\d+\]_/g, "");
}

/** Converted lines as one Markdown text: at most one blank line in a row, ending in a newline. */
export function markdownText(out: readonly string[]): string {
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
