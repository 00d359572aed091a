import { DomainError } from "../../errors/domain-error";
import { type Dated, pickDated } from "./dated";

/**
 * Where the engine's tables come from for one computation: the built-in tables, tables an ASO loaded
 * at run time (`aso tables import`) for a year the release does not carry, and, when a client chose
 * it, the latest tables carried forward into dates no table covers, marked unverified.
 */
export type TableSources = {
  /** Loaded tables by table name (e.g. `federal.income_tax`); an entry wins over a built-in one with the same `effective`. */
  imported?: ReadonlyMap<string, readonly Dated<unknown>[]>;
  /** The client's explicit, audited choice to carry the latest tables forward, each use marked unverified. */
  carryForward?: boolean;
};

/** A table the computation read: enough to list what was used and what is unverified. */
export type TableUse = {
  table: string;
  effective: string;
  source: string;
  unverified: boolean;
  carriedForward: boolean;
};

/** Merges loaded entries over built-in ones: same `effective` → the loaded entry replaces it. */
export function mergeTables<T>(
  builtIn: readonly Dated<T>[],
  imported: readonly Dated<T>[] | undefined,
): readonly Dated<T>[] {
  if (!imported?.length) return builtIn;
  const replaced = new Set(imported.map((e) => e.effective));
  return [...builtIn.filter((e) => !replaced.has(e.effective)), ...imported];
}

/**
 * Picks tables by pay date under one computation's `TableSources` and remembers what it used.
 * A pay date no table covers is an explicit error naming the table and how to load it, never a
 * silent zero; with carry-forward on, the latest earlier entry is used and marked unverified.
 */
export class TableLookup {
  readonly #sources: TableSources;
  readonly #uses = new Map<string, TableUse>();

  constructor(sources: TableSources = {}) {
    this.#sources = sources;
  }

  /**
   * @param name stable table name (`federal.income_tax`, `state.CA.withholding`, …)
   * @param label what a person calls it ("federal income tax")
   */
  pick<T>(name: string, builtIn: readonly Dated<T>[], payDate: string, label: string): T {
    const entries = mergeTables(
      builtIn,
      this.#sources.imported?.get(name) as readonly Dated<T>[] | undefined,
    );
    const found = pickDated(entries, payDate);
    if (found) return this.#use(name, found, false);
    const latest = this.#sources.carryForward ? latestBefore(entries, payDate) : undefined;
    if (latest) return this.#use(name, latest, true);
    throw new DomainError(
      "payroll.no_table_for_date",
      `no ${label} table (${name}) for pay date ${payDate}: load it with \`aso tables import FILE\`, or turn on carry-forward for the client with \`aso payroll carry-forward --client EIN --on\``,
      {
        userMessage: `Payroll has no ${label} figures for a pay date of ${payDate} yet: an ASO admin loads them (aso tables import), or the client chooses to carry the latest ones forward.`,
        details: { table: name, payDate },
      },
    );
  }

  /** Every table read, in the order first read. */
  uses(): TableUse[] {
    return [...this.#uses.values()];
  }

  /** The tables read whose figures are unverified or carried forward, as people read them. */
  unverifiedTables(): string[] {
    return this.uses()
      .filter((u) => u.unverified)
      .map((u) =>
        u.carriedForward
          ? `${u.table} (${u.effective.slice(0, 4)} figures carried forward, unverified)`
          : `${u.table} (from ${u.effective}, unverified)`,
      );
  }

  #use<T>(name: string, entry: Dated<T>, carriedForward: boolean): T {
    const key = `${name}@${entry.effective}`;
    if (!this.#uses.has(key))
      this.#uses.set(key, {
        table: name,
        effective: entry.effective,
        source: entry.source,
        unverified: carriedForward || entry.unverified === true,
        carriedForward,
      });
    return entry.value;
  }
}

/** The entry with the latest `effective` not after `payDate`, whatever its `through`. */
function latestBefore<T>(entries: readonly Dated<T>[], payDate: string): Dated<T> | undefined {
  let best: Dated<T> | undefined;
  for (const e of entries) if (e.effective <= payDate && (!best || e.effective > best.effective)) best = e;
  return best;
}
