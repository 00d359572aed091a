/**
 * What a plan's documents say it covers, as extracted at ingest: one record per plan, each fact with
 * the words it came from. Answers about costs and coverage are composed from these records only, so a
 * figure an employee reads is always one a document printed for the employee's own plan.
 *
 * The services are the rows of the federal Summary of Benefits and Coverage template (plus the usual
 * dental and vision rows, which carrier booklets print in their own words); employees' words are mapped
 * onto them by the vocabulary, not by the documents.
 */

/** Canonical services: the SBC template's rows, then common dental and vision benefits. */
export const COVERED_SERVICES = [
  "primary_care_visit",
  "specialist_visit",
  "preventive_care",
  "diagnostic_test",
  "imaging",
  "generic_drugs",
  "preferred_brand_drugs",
  "non_preferred_brand_drugs",
  "specialty_drugs",
  "outpatient_facility_fee",
  "outpatient_surgeon_fee",
  "emergency_room",
  "emergency_transportation",
  "urgent_care",
  "hospital_facility_fee",
  "hospital_surgeon_fee",
  "mental_health_outpatient",
  "mental_health_inpatient",
  "pregnancy_office_visits",
  "childbirth_professional",
  "childbirth_facility",
  "home_health_care",
  "rehabilitation_services",
  "habilitation_services",
  "skilled_nursing",
  "durable_medical_equipment",
  "hospice",
  "child_eye_exam",
  "child_glasses",
  "child_dental_checkup",
  "telehealth",
  "dental_preventive",
  "dental_basic",
  "dental_major",
  "orthodontia",
  "eye_exam",
  "eyeglass_lenses",
  "eyeglass_frames",
  "contact_lenses",
] as const;
export type CoveredService = (typeof COVERED_SERVICES)[number];

export type Network = "in_network" | "out_of_network";

/** Where a fact was read: enough for a citation a person can check. */
export type Provenance = {
  document: string;
  /** 1-based page, for PDFs. */
  page?: number;
  /** The section heading (or table caption) the fact sits under. */
  section: string;
  /** The table row as printed (e.g. "Specialist visit"), when the fact is a row. */
  row?: string;
  /** The printed words the fact was read from, verbatim. */
  quote: string;
};

/** One network's cost share for a service, as printed and as parsed. */
export type CostShare = {
  /** As printed, e.g. "$40 copay/visit", "30% coinsurance", "No charge", "Not covered". */
  text: string;
  kind: "copay" | "coinsurance" | "no_charge" | "not_covered" | "other";
  /** Copay amount as a decimal string ("40.00"), when kind is copay. */
  amount?: string;
  /** Coinsurance percent as a decimal string ("30"), when kind is coinsurance. */
  percent?: string;
  /** What the amount is per: "visit", "stay", "fill", "scan", "day", … as printed. */
  per?: string;
  /** Whether the deductible applies first; undefined when the document does not say. */
  deductibleApplies?: boolean;
};

export type ServiceCoverage = {
  service: CoveredService;
  /** The row or heading as the document prints it. */
  label: string;
  /** The SBC "Common Medical Event" the row sits under, when there is one. */
  event?: string;
  inNetwork?: CostShare;
  outOfNetwork?: CostShare;
  /** Limitations, exceptions and other important information, verbatim. */
  limits?: string;
  /** Visit, day or fill limits parsed from `limits` (e.g. "20 visits per year"). */
  limitText?: string;
  preauthorizationRequired?: boolean;
  provenance: Provenance;
};

/** A plan-level amount (deductible, out-of-pocket limit) by network and tier, as decimal strings. */
export type PlanAmount = {
  network: Network;
  individual?: string;
  family?: string;
  provenance: Provenance;
};

/** A service the plan lists as excluded or as otherwise covered, with the printed words. */
export type ListedService = {
  /** The canonical service when the printed item maps to one; otherwise only the label. */
  service?: CoveredService;
  label: string;
  provenance: Provenance;
};

/** An SBC coverage example ("Peg is having a baby"): what the person would pay in total. */
export type CoverageExample = {
  title: string;
  totalCost?: string;
  youPay?: string;
  provenance: Provenance;
};

/** Everything extracted about one plan, across its documents. */
export type PlanCoverage = {
  planCode: string;
  deductibles: PlanAmount[];
  outOfPocketLimits: PlanAmount[];
  services: ServiceCoverage[];
  excluded: ListedService[];
  otherCovered: ListedService[];
  examples: CoverageExample[];
};
