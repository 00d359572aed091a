import { Money } from "../money/money";

/**
 * How a field of a fixed-width record is written:
 * - `constant`: the record identifier, always the given text;
 * - `name`: uppercase letters, space, hyphen and apostrophe, left-justified, blank-filled (person names);
 * - `text`: uppercase letters, digits and the punctuation the specifications allow, left-justified;
 * - `numeric`: digits only, right-justified, zero-filled (counts, EINs, SSNs, dates);
 * - `money`: dollars and cents without a decimal point, right-justified, zero-filled (never negative);
 * - `blank`: reserved, all spaces.
 */
export type FieldKind = "constant" | "name" | "text" | "numeric" | "money" | "blank";

/** One field of a record layout: 1-based start position and length, as the specifications print them. */
export type FieldSpec = {
  readonly name: string;
  readonly start: number;
  readonly length: number;
  readonly kind: FieldKind;
  /** For `constant` fields: the text. */
  readonly value?: string;
};

/** A record layout: its identifier, total length, the fields in order and where the layout comes from. */
export type RecordLayout = {
  readonly id: string;
  readonly length: number;
  readonly fields: readonly FieldSpec[];
  readonly source: string;
};

const NAME_CHARS = /[^A-Z '-]/g;
const TEXT_CHARS = /[^A-Z0-9 &,.\-#/']/g;

/** Uppercase, accents folded to their base letter, anything the kind does not allow turned into a space. */
function cleanText(value: string, kind: "name" | "text"): string {
  const folded = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
  return folded
    .replace(kind === "name" ? NAME_CHARS : TEXT_CHARS, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A decimal amount as whole cents, e.g. "1234.5" → "123450". Throws on a negative or sub-cent amount. */
export function cents(amount: string, field: string): string {
  const m = Money.of(amount);
  if (m.isNegative()) throw new Error(`${field}: a negative amount cannot be written (${amount})`);
  const fixed = m.toFixed();
  if (!m.equals(Money.of(fixed))) throw new Error(`${field}: not whole cents (${amount})`);
  return fixed.replace(".", "").replace(/^0+(?=\d)/, "");
}

/** Writes one field's value at its width; an over-long number is an error (never silently cut). */
export function formatField(spec: FieldSpec, value: string | undefined): string {
  switch (spec.kind) {
    case "constant":
      return (spec.value ?? "").padEnd(spec.length, " ");
    case "blank":
      return " ".repeat(spec.length);
    case "name":
    case "text":
      return cleanText(value ?? "", spec.kind)
        .slice(0, spec.length)
        .padEnd(spec.length, " ");
    case "numeric": {
      const digits = (value ?? "").replace(/\D/g, "");
      if (digits.length > spec.length)
        throw new Error(`${spec.name}: ${digits.length} digits do not fit in ${spec.length}`);
      return digits.padStart(spec.length, "0");
    }
    case "money": {
      const c = cents(value ?? "0", spec.name);
      if (c.length > spec.length)
        throw new Error(`${spec.name}: ${value} does not fit in ${spec.length} positions`);
      return c.padStart(spec.length, "0");
    }
  }
}

/**
 * Builds one record from a layout and named values. Positions come from the layout only, so a record
 * is always exactly `layout.length` characters and each field sits where the specification puts it.
 */
export function buildRecord(
  layout: RecordLayout,
  values: Readonly<Record<string, string | undefined>>,
): string {
  let out = "";
  for (const f of layout.fields) {
    if (out.length !== f.start - 1)
      throw new Error(`${layout.id}.${f.name}: starts at ${f.start} but the record is ${out.length} long`);
    out += formatField(f, values[f.name]);
  }
  if (out.length !== layout.length)
    throw new Error(`${layout.id}: ${out.length} characters, the layout says ${layout.length}`);
  return out;
}

/** Reads a field back from a record (for validators and tests): the raw characters at its positions. */
export function readField(layout: RecordLayout, record: string, name: string): string {
  const f = layout.fields.find((x) => x.name === name);
  if (!f) throw new Error(`${layout.id}: no field ${name}`);
  return record.slice(f.start - 1, f.start - 1 + f.length);
}

/** A money field read back as a decimal string ("000000123450" → "1234.50"). */
export function readMoney(layout: RecordLayout, record: string, name: string): string {
  const raw = readField(layout, record, name);
  if (!/^\d+$/.test(raw)) throw new Error(`${layout.id}.${name}: not digits: ${JSON.stringify(raw)}`);
  return Money.of(raw).dividedBy(100).toFixed();
}

/**
 * Fields from contiguous (start, length) pairs: lets a layout table be written as the specification
 * prints it while `buildRecord` still checks every position.
 */
export function field(
  name: string,
  start: number,
  length: number,
  kind: FieldKind,
  value?: string,
): FieldSpec {
  return value === undefined ? { name, start, length, kind } : { name, start, length, kind, value };
}
