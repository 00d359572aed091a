import { normalizeWords } from "../vocabulary/lay-terms";

/**
 * The services plan documents price, keyed as the federal Summary of Benefits and Coverage (SBC)
 * template names its rows, plus the usual dental and vision services. One catalogue serves both
 * sides: a document's row label ("Specialist visit", "Diagnostic test (x-ray, blood work)") and an
 * employee's question after the lay vocabulary has added the document words ("allergist" →
 * "specialist visit") resolve to the same key.
 *
 * `label` is how answers name the service. `matches` is tried on lower-case, accent-free text;
 * `event` (optional) must match the row's event or heading too, for labels the template repeats
 * under several events ("Physician/surgeon fees", "Inpatient services"). Order matters: the first
 * entry that matches wins, so specific entries come before general ones.
 */
export type ServiceEntry = {
  key: string;
  label: string;
  matches: RegExp;
  /** When set, the row's event or heading must match too (or, for a question, the question). */
  event?: RegExp;
  /** Which plans price it: medical (the SBC's rows), dental or vision. */
  kind: "medical" | "dental" | "vision";
  /** A text matching this is not the service, though `matches` matches it. */
  unless?: RegExp;
};

const SURGERY_OUTPATIENT = /outpatient|ambulatory|surgery center/;
const HOSPITAL = /hospital|inpatient|admit/;

export const SERVICES: readonly ServiceEntry[] = [
  {
    key: "preventive_drugs",
    label: "Preventive drugs",
    matches: /preventive (drug|medication|list)/,
    kind: "medical",
  },
  // A sentence may name the child and the glasses apart ("Children under 19 get one pair of glasses").
  {
    key: "child_eye_exam",
    label: "Children's eye exam",
    matches: /child\w*'?s? eye exam|\b(child|children|kids?)\b[^.;]{0,100}\beye exams?/,
    kind: "medical",
  },
  {
    key: "child_glasses",
    label: "Children's glasses",
    matches: /child\w*'?s? (eye)?glasses|\b(child|children|kids?)\b[^.;]{0,100}\b(eye)?glasses/,
    kind: "medical",
  },
  {
    key: "child_dental",
    label: "Children's dental check-up",
    matches: /child\w*'?s? dental/,
    kind: "medical",
  },
  {
    key: "telehealth",
    label: "Telehealth visit",
    matches: /telehealth|telemedicine|virtual (visit|care|therapy|counsel)|video (visit|therapy|counsel)/,
    kind: "medical",
  },
  // Services the SBC lists as excluded or other covered, which carrier summaries often price too.
  {
    key: "chiropractic",
    label: "Chiropractic care",
    matches: /chiropract|spinal manipulation/,
    kind: "medical",
  },
  { key: "acupuncture", label: "Acupuncture", matches: /acupunct/, kind: "medical" },
  {
    key: "allergy_injections",
    label: "Allergy injections",
    matches: /allerg(y|ies)\W+(injections?|shots?|serum|immunotherapy)|allergen immunotherapy/,
    kind: "medical",
  },
  { key: "hearing_aids", label: "Hearing aids", matches: /hearing aids?/, kind: "medical" },
  {
    key: "bariatric_surgery",
    label: "Bariatric surgery",
    matches: /bariatric|weight[- ]loss surgery|gastric (bypass|sleeve)/,
    kind: "medical",
  },
  {
    key: "infertility",
    label: "Infertility treatment",
    matches: /infertility|fertility treatment|\bivf\b|in vitro/,
    kind: "medical",
  },
  { key: "cosmetic_surgery", label: "Cosmetic surgery", matches: /cosmetic/, kind: "medical" },
  {
    key: "care_abroad",
    label: "Care when traveling outside the U.S.",
    matches: /outside (of )?the (u\.? ?s\b|united states)|\babroad\b|\boverseas\b|foreign country/,
    kind: "medical",
  },
  {
    key: "pregnancy_visits",
    label: "Office visits for pregnancy",
    matches: /prenatal|postnatal|office visits? (for )?pregnan|pregnancy office visits?/,
    kind: "medical",
  },
  {
    key: "pregnancy_visits",
    label: "Office visits for pregnancy",
    matches: /office visits?/,
    event: /pregnan/,
    kind: "medical",
  },
  {
    key: "childbirth_professional",
    label: "Childbirth/delivery professional services",
    matches: /(childbirth|delivery)\W*(\w+\W+){0,2}professional/,
    kind: "medical",
  },
  {
    key: "childbirth_facility",
    label: "Childbirth/delivery facility services",
    // A childbirth row or sentence that does not say "professional" is the facility's (the larger cost).
    // A drug's "delivery" by mail is not a birth.
    unless: /^(?!.*(hospital|facility)).*professional|mail|pharmac|home delivery/,
    matches:
      /(childbirth|delivery)\W*(\w+\W+){0,2}facility|childbirth delivery facility|childbirth|labor and delivery|maternity (care|delivery|services)|\bthe delivery\b/,
    kind: "medical",
  },

  {
    key: "mental_outpatient",
    label: "Outpatient mental health services",
    matches:
      /outpatient (mental|behavioral)|(mental|behavioral) health outpatient|therapy and counseling|outpatient therapy/,
    kind: "medical",
  },
  {
    key: "mental_outpatient",
    label: "Outpatient mental health services",
    matches: /outpatient|office visits?/,
    event: /mental|behavioral|substance/,
    kind: "medical",
  },
  {
    key: "mental_inpatient",
    label: "Inpatient mental health services",
    matches: /inpatient (mental|behavioral|services)|(mental|behavioral) health inpatient/,
    event: /mental|behavioral|substance/,
    kind: "medical",
  },
  {
    key: "surgery_facility",
    label: "Outpatient surgery facility fee",
    matches: /facility fee|surgery center|outpatient surgery/,
    event: SURGERY_OUTPATIENT,
    kind: "medical",
  },
  {
    key: "surgery_physician",
    label: "Outpatient surgery physician/surgeon fees",
    matches: /physician|surgeon/,
    event: SURGERY_OUTPATIENT,
    kind: "medical",
  },
  {
    key: "hospital_facility",
    label: "Hospital stay facility fee",
    matches: /facility fee|hospital room|hospital stay|inpatient hospital/,
    event: HOSPITAL,
    kind: "medical",
  },
  {
    key: "hospital_physician",
    label: "Hospital stay physician/surgeon fees",
    matches: /physician|surgeon/,
    event: HOSPITAL,
    kind: "medical",
  },
  { key: "specialist", label: "Specialist visit", matches: /specialist/, kind: "medical" },
  {
    key: "primary_care",
    label: "Primary care visit",
    matches: /primary care|pcp|office visit to treat|doctor'?s? office visit|sick visit/,
    kind: "medical",
  },
  {
    key: "preventive",
    label: "Preventive care, screening and immunizations",
    matches:
      /preventive|screening|immuni[sz]ation|annual (physical|exam|check)|well(ness)? (visit|exam)|physical exam/,
    kind: "medical",
  },
  {
    key: "diagnostic_test",
    label: "Diagnostic test (x-ray, blood work)",
    matches: /diagnostic test|x-?rays?|blood (work|test)|lab (work|test)|laboratory/,
    kind: "medical",
  },
  {
    key: "imaging",
    label: "Imaging (CT/PET scans, MRIs)",
    matches: /imaging|\bct\b|pet scans?|\/pet\b|\bpet\/|\bmri|cat scan/,
    kind: "medical",
  },
  {
    key: "specialty_drugs",
    label: "Specialty drugs",
    matches: /specialty (drug|medication|pharmacy)/,
    kind: "medical",
  },
  {
    key: "non_preferred_brand",
    label: "Non-preferred brand drugs",
    matches: /non-?\s?preferred brand|non-?\s?formulary/,
    kind: "medical",
  },
  {
    key: "preferred_brand",
    label: "Preferred brand drugs",
    matches: /(?<!non[- ]?)preferred brand|brand[- ]name/,
    kind: "medical",
  },
  // Insulin is often priced on its own (a monthly cap), apart from the drug tiers.
  { key: "insulin", label: "Insulin", matches: /\binsulin/, kind: "medical" },
  { key: "generic_drugs", label: "Generic drugs", matches: /generic/, kind: "medical" },
  {
    key: "ambulance",
    label: "Emergency medical transportation",
    matches: /emergency (medical )?transport|ambulance/,
    kind: "medical",
  },
  {
    key: "emergency_room",
    label: "Emergency room care",
    matches: /emergency room|emergency department|\ber\b/,
    kind: "medical",
  },
  { key: "urgent_care", label: "Urgent care", matches: /urgent care|walk-?in clinic/, kind: "medical" },
  { key: "home_health", label: "Home health care", matches: /home health/, kind: "medical" },
  { key: "habilitation", label: "Habilitation services", matches: /\bhabilitation/, kind: "medical" },
  {
    key: "rehabilitation",
    label: "Rehabilitation services",
    matches:
      /rehabilitation|(physical|occupational|speech)(,? (and |or )?(physical|occupational|speech))* therapy/,
    kind: "medical",
  },
  { key: "skilled_nursing", label: "Skilled nursing care", matches: /skilled nursing/, kind: "medical" },
  {
    key: "dme",
    label: "Durable medical equipment",
    matches: /durable medical equipment|medical equipment|\bdme\b/,
    kind: "medical",
  },
  { key: "hospice", label: "Hospice services", matches: /hospice/, kind: "medical" },
  {
    key: "sterilization",
    label: "Sterilization",
    matches: /vasectom|tubal ligation|tubes tied|sterilization/,
    kind: "medical",
  },
  { key: "breast_pump", label: "Breast pump", matches: /breast ?pump/, kind: "medical" },
  // Dental and vision documents name their rows by class; these are tried first for such a plan.
  // A root canal is basic work in one plan and major in another: a row that names it alone (a fee
  // schedule's "Root canal, molar") is its own; a class row that lists it stays the class's.
  {
    key: "root_canal",
    label: "Root canal",
    matches: /root canals?|endodont/,
    kind: "dental",
    unless: /\b(basic|major|class|fillings?|crowns?|extractions?|bridges?)\b/,
  },
  {
    key: "preventive_dental",
    label: "Preventive and diagnostic dental care",
    matches: /preventive|diagnostic|cleanings?|\bexams?\b|check-?ups?|x-?rays?|fluoride|sealants?/,
    kind: "dental",
  },
  {
    key: "basic_dental",
    label: "Basic dental services",
    matches: /basic|fillings?|extractions?|cavit/,
    kind: "dental",
  },
  {
    key: "major_dental",
    label: "Major dental services",
    matches: /major|crowns?|bridges?|dentures?|implants?|inlays?|onlays?/,
    kind: "dental",
  },
  { key: "orthodontia", label: "Orthodontia", matches: /orthodon|braces/, kind: "dental" },
  { key: "eye_exam", label: "Eye exam", matches: /eye exam|vision exam|\bexams?\b/, kind: "vision" },
  { key: "contact_lenses", label: "Contact lenses", matches: /contact lens/, kind: "vision" },
  { key: "frames", label: "Frames", matches: /\bframes?\b/, kind: "vision" },
  {
    key: "lens_coatings",
    label: "Lens coatings",
    matches: /coatings?\b|anti[- ]?reflective|scratch[- ]resistan/,
    kind: "vision",
  },
  {
    key: "eyeglass_lenses",
    label: "Eyeglass lenses",
    matches: /eyeglass|lenses|glasses/,
    unless: /contact|coatings?\b|anti[- ]?reflective|scratch[- ]resistan/,
    kind: "vision",
  },
];

/**
 * The services a document row prints, from its label and the event or heading it sits under: one
 * for most rows, several for a combined row ("Generic, preferred brand and non-preferred brand
 * drugs"); empty when the label names no service in the catalogue.
 */
export function rowServices(label: string, event: string, kind: PlanKind = "medical"): ServiceEntry[] {
  const text = normalizeWords(label);
  const context = normalizeWords(`${event} ${label}`);
  return ofKind(kind).filter(
    (s) => s.matches.test(text) && !s.unless?.test(text) && (!s.event || s.event.test(context)),
  );
}

export type PlanKind = ServiceEntry["kind"];

/** The entries to try for a plan of this kind: its own first; a medical plan's never include dental or vision classes. */
function ofKind(kind: PlanKind): readonly ServiceEntry[] {
  return kind === "medical"
    ? SERVICES.filter((s) => s.kind === "medical")
    : SERVICES.filter((s) => s.kind === kind);
}

/** What a document is about, from its opening: a dental or vision summary, else medical. */
export function documentKind(opening: string): PlanKind {
  const t = normalizeWords(opening.slice(0, 600));
  const dental = (t.match(/dental|dentist|\bdhmo\b|\bdppo\b/g) ?? []).length;
  const vision = (t.match(/vision|eye ?care|eyewear|optical/g) ?? []).length;
  // Whole words: a dental HMO ("DHMO") is not a medical HMO. A deductible and a PPO network belong
  // to dental plans as much as medical ones ("Lagniappe Dental PPO", "In-Network (PPO)").
  // "Medically necessary contact lenses" is a vision benefit: "medically" does not count.
  const medical = (t.match(/\bmedical\b|health plan|\bhmo\b|\bhdhp\b|hospital/g) ?? []).length;
  if (dental > 0 && dental >= vision && dental >= medical) return "dental";
  if (vision > 0 && vision > medical) return "vision";
  return "medical";
}

/**
 * Every service a question names (after its lay words were expanded into document words), most
 * specific first. An entry whose label needs an event ("physician fees") is chosen only when the
 * question also says where (a hospital stay or outpatient surgery).
 */
export function questionServices(text: string, kind: PlanKind = "medical"): ServiceEntry[] {
  const normal = normalizeWords(text);
  const found: ServiceEntry[] = [];
  for (const s of ofKind(kind)) {
    if (!s.matches.test(normal) || s.unless?.test(normal)) continue;
    if (s.event && !s.event.test(normal)) continue;
    found.push(s);
  }
  return found;
}
