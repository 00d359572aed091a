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
  /** A booklet's general rule for out-of-network care ("Out-of-network services cost 50%…"), used for services priced in network only. */
  outOfNetworkGeneral?: ListedService | null;
};

/** True when the extraction found anything a coverage answer can use. */
export function hasCoverage(coverage: DocumentCoverage): boolean {
  return (
    coverage.rows.length > 0 ||
    coverage.deductible !== null ||
    coverage.outOfPocket !== null ||
    coverage.excluded.length > 0
  );
}
