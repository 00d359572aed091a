import { parse as parseToml } from "smol-toml";
import { parseDocument } from "yaml";
import { markdownText } from "./markup-to-markdown";

/**
 * A YAML export (a carrier's FAQ knowledge base, a portal's benefit list) as the Markdown the
 * knowledge base reads: the leading comments a paragraph, each top-level key a section, a list of
 * question-and-answer entries one section per question (under its category when entries have one),
 * and every other field a "Label: value" line, its key in words ("in_network" → "In network").
 * A file that does not parse is refused with the parser's reason.
 */
export function yamlToMarkdown(text: string, title: string): string {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new Error(document.errors[0]!.message.split("\n")[0]);
  // The file's opening comments (what its fields mean) sit before the document or its first key.
  const contents = document.contents as {
    commentBefore?: string | null;
    items?: { key?: { commentBefore?: string | null } }[];
  } | null;
  const comment = (
    document.commentBefore ??
    contents?.commentBefore ??
    contents?.items?.[0]?.key?.commentBefore ??
    ""
  ).trim();
  return dataToMarkdown(document.toJS(), title, comment);
}

/**
 * A TOML export (a carrier system's benefit configuration) read as a YAML export is: tables are
 * sections, keys "Label: value" lines, the opening comment lines a paragraph.
 */
export function tomlToMarkdown(text: string, title: string): string {
  const root = parseToml(text);
  const comment = (/^(?:\s*#[^\n]*\n)+/.exec(text)?.[0] ?? "")
    .split("\n")
    .map((l) => l.replace(/^\s*#\s?/, ""))
    .join("\n")
    .trim();
  return dataToMarkdown(root, title, comment);
}

/** Parsed data (YAML, JSON, TOML) as Markdown: see `yamlToMarkdown`. */
function dataToMarkdown(root: unknown, title: string, comment: string): string {
  const out = [`# ${title}`, ""];
  if (comment !== "") out.push(comment.replace(/^\s*#?\s*/gm, ""), "");
  if (isRecord(root)) {
    const scalars = Object.entries(root).filter(([, v]) => !isRecord(v) && !Array.isArray(v));
    for (const [key, value] of scalars) out.push(`${words(key)}: ${scalar(value)}`);
    if (scalars.length > 0) out.push("");
    for (const [key, value] of Object.entries(root)) {
      if (isRecord(value) || Array.isArray(value)) out.push(...section(key, value, 2));
    }
  } else if (Array.isArray(root)) out.push(...entries(root, 2));
  else if (root !== null && root !== undefined) out.push(scalar(root));
  return markdownText(out);
}

function section(key: string, value: unknown, level: number): string[] {
  const out = [`${"#".repeat(level)} ${words(key)}`, ""];
  if (Array.isArray(value)) out.push(...entries(value, level + 1));
  else if (isRecord(value)) out.push(...fields(value, level + 1), "");
  return out;
}

/** A list: question-and-answer entries as sections (grouped by category), other items as lines. */
function entries(items: readonly unknown[], level: number): string[] {
  const out: string[] = [];
  let category: string | null = null;
  for (const item of items) {
    if (!isRecord(item)) {
      out.push(`- ${scalar(item)}`);
      continue;
    }
    const heading =
      firstOf(item, ["question", "q", "title", "name", "benefit", "service"]) ??
      firstOf(
        item,
        Object.keys(item).filter((k) => /(^|_)(name|title)$|[a-z](Name|Title)$/.test(k)),
      );
    const grouped = typeof item.category === "string" ? item.category : null;
    if (grouped !== null && grouped !== category) {
      category = grouped;
      out.push(`${"#".repeat(level)} ${grouped}`, "");
    }
    const depth = grouped !== null ? level + 1 : level;
    const rest = Object.fromEntries(
      Object.entries(item).filter(([k]) => k !== heading?.key && k !== "category" && k !== "id"),
    );
    if (heading) out.push(`${"#".repeat(Math.min(depth, 6))} ${scalar(heading.value)}`, "");
    out.push(...fields(rest, depth + 1), "");
  }
  return out;
}

/** A mapping's fields: an answer or description as its paragraph, others as "Label: value" lines. */
function fields(record: Record<string, unknown>, level: number): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined || value === "") continue;
    if (
      /^(answer|a|body|text|description|details)$/i.test(key) &&
      !isRecord(value) &&
      !Array.isArray(value)
    ) {
      out.push(scalar(value).trim(), "");
    } else if (isRecord(value)) {
      // A wrapper ("fields:", "details:") holds the entry's own fields; any other map is a group of
      // its own ("employee_only: {you_pay: …, employer_pays: …}"), titled by its key.
      if (/^(fields|details|data|attributes|info|properties|values|meta)$/i.test(key))
        out.push(...fields(value, level));
      else out.push(...section(key, value, Math.min(level, 6)));
    } else if (Array.isArray(value)) {
      if (value.every((v) => !isRecord(v))) out.push(`${words(key)}: ${value.map(scalar).join("; ")}`);
      else out.push(...section(key, value, Math.min(level, 6)));
    } else out.push(`${words(key)}: ${scalar(value)}`);
  }
  return out;
}

function firstOf(
  record: Record<string, unknown>,
  keys: readonly string[],
): { key: string; value: unknown } | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return { key, value };
  }
  return null;
}

/** "in_network" → "In network", "groupNumber" → "Group number". */
function words(key: string): string {
  const spaced = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function scalar(value: unknown): string {
  return String(value).replace(/\s+/g, " ").trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
