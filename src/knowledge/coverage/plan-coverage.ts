/**
 * What a plan document says about costs and coverage, extracted once at ingest and stored with the
 * document (KbDocument.coverage). Every fact keeps where it came from, so an answer can quote and
 * cite it and a specialist can check it (`aso kb show`).
 */

/** Where a fact was read: the section (heading path or table), the page for PDFs, the quoted text. */
export type Provenance = { section: string; page: number | null; quote: string };

/** One priced service: a table row, or a sentence of a prose booklet. */
export type CoverageRow = {
  /** Catalogue key (services.ts), e.g. "specialist". */
  service: string;
  /** The row's label as the document prints it. */
  label: string;
  /** The common medical event or heading the row sits under. */
  event: string;
  /** What the member pays in network, as printed ("$40 copay/visit"); null when not stated. */
  inNetwork: string | null;
  /** What the member pays out of network, as printed; null when not stated. */
  outOfNetwork: string | null;
  /** The limitations column or the sentence's remaining conditions. */
  limitations: string | null;
  /** True when the deductible applies, false when the document says it does not, null unknown. */
  deductibleApplies: boolean | null;
  preauthorization: boolean;
  /** Visit, day or fill limits as printed ("30 visits per year"). */
  limits: string[];
  source: Provenance;
  /** Where the out-of-network figure was printed, when elsewhere (a separate reimbursement list). */
  outSource?: Provenance;
};

/** Individual and family amounts ("$1,500"), each as printed; either may be missing. */
export type TierAmounts = { individual: string | null; family: string | null };

/** A plan-level amount (deductible, out-of-pocket limit) by network. */
export type NetworkAmounts = {
  inNetwork: TierAmounts | null;
  outOfNetwork: TierAmounts | null;
  source: Provenance;
};

/** A listed service with where it was listed. */
export type ListedService = { text: string; source: Provenance };

export type DocumentCoverage = {
  /** "sbc-table", "table", "prose": how the rows were read (for `aso kb show`). */
  layout: string;
  /** What the document prices: medical, dental or vision services. */
  kind: "medical" | "dental" | "vision";
  deductible: NetworkAmounts | null;
  outOfPocket: NetworkAmounts | null;
  rows: CoverageRow[];
  excluded: ListedService[];
  otherCovered: ListedService[];
  /**
   * Sentences anywhere in the document that set something outside the plan ("Prescription safety
   * glasses aren't covered under the plan."): a "yes" to that thing would contradict them.
   */
  exclusions?: ListedService[];
  /** A booklet's general rule for out-of-network care ("Out-of-network services cost 50%…"), used for services priced in network only. */
  outOfNetworkGeneral?: ListedService | null;
  /**
   * Plans side by side in one table ("| | EPO 750 | HSA 3500 |"): each plan column's own coverage,
   * by the column's title. A document several plans share answers for a plan only through its column.
   */
  plans?: PlanColumn[];
};

/** One plan column of a side-by-side table, read as that plan's coverage. */
export type PlanColumn = {
  title: string;
  deductible: NetworkAmounts | null;
  outOfPocket: NetworkAmounts | null;
  rows: CoverageRow[];
  /** The column's rule for out-of-network care ("Coinsurance | … 40% after deductible out-of-network"). */
  outOfNetworkGeneral?: ListedService | null;
};

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== "" && w !== "plan"),
  );

/**
 * The column of `coverage` that is `plan`'s: every word of its title is in the plan's name or code
 * ("EPO 750" is Bluestem EPO 750's), and no other column's title fits as well. Null when none or
 * several fit: a column is never guessed.
 */
export function planColumnOf(
  coverage: DocumentCoverage,
  plan: { name: string; code: string },
): PlanColumn | null {
  const own = words(`${plan.name} ${plan.code}`);
  const fitting = (coverage.plans ?? []).filter((c) => {
    const title = words(c.title);
    return title.size > 0 && [...title].every((w) => own.has(w));
  });
  return fitting.length === 1 ? fitting[0]! : null;
}

/** A plan column as the coverage of a document of its own, for the answer to read like any other. */
function columnCoverage(coverage: DocumentCoverage, column: PlanColumn): DocumentCoverage {
  return {
    layout: "plan columns",
    kind: coverage.kind,
    deductible: column.deductible,
    outOfPocket: column.outOfPocket,
    rows: column.rows,
    excluded: [],
    otherCovered: [],
    outOfNetworkGeneral: column.outOfNetworkGeneral ?? null,
  };
}

/** True when the extraction found anything a coverage answer can use. */
export function hasCoverage(coverage: DocumentCoverage): boolean {
  return (
    coverage.rows.length > 0 ||
    coverage.deductible !== null ||
    coverage.outOfPocket !== null ||
    coverage.excluded.length > 0 ||
    (coverage.plans?.length ?? 0) > 0
  );
}

type PlanDocuments = { code: string; name: string; documents: readonly string[] };

/**
 * The coverage a plan's answers read, its documents in the plan's order: the documents no other
 * plan lists; failing those, the plan's own column of its summary (the document listed first) when
 * that is a side-by-side comparison. A shared document's other figures could be any plan's.
 */
export function coverageOfPlan(
  plan: PlanDocuments,
  plans: readonly PlanDocuments[],
  coverage: ReadonlyMap<string, DocumentCoverage>,
): { document: string; coverage: DocumentCoverage }[] {
  const shared = new Set(plans.filter((p) => p.code !== plan.code).flatMap((p) => p.documents));
  const own = plan.documents.flatMap((d) => {
    const c = coverage.get(d);
    return c && !shared.has(d) ? [{ document: d, coverage: c }] : [];
  });
  if (own.length > 0) return own;
  return columnOfDocument(plan.documents[0], plan, coverage);
}

/**
 * The plan's own column of one document, as coverage an answer reads ([] when the document is not a
 * side-by-side comparison of medical plans with a column that is the plan's).
 */
function columnOfDocument(
  document: string | undefined,
  plan: { name: string; code: string },
  coverage: ReadonlyMap<string, DocumentCoverage>,
): { document: string; coverage: DocumentCoverage }[] {
  const c = document ? coverage.get(document) : undefined;
  const own = c ? ownColumnCoverage(c, plan) : null;
  return document && own ? [{ document, coverage: own }] : [];
}

/** A medical comparison's column that is `plan`'s, as coverage of its own; null when there is none. */
export function ownColumnCoverage(
  coverage: DocumentCoverage,
  plan: { name: string; code: string },
): DocumentCoverage | null {
  const column = coverage.kind === "medical" ? planColumnOf(coverage, plan) : null;
  return column ? columnCoverage(coverage, column) : null;
}

/**
 * Another plan's coverage as the employee's own documents show it: its column of the first
 * document it lists that one of the employee's plans lists too, when that is a side-by-side
 * comparison. Never that plan's own documents.
 */
export function sharedColumns(
  plan: { name: string; code: string; documents: readonly string[] },
  ownDocuments: readonly string[],
  coverage: ReadonlyMap<string, DocumentCoverage>,
): { document: string; coverage: DocumentCoverage }[] {
  return columnOfDocument(
    plan.documents.find((d) => ownDocuments.includes(d)),
    plan,
    coverage,
  );
}
