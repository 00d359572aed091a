import { SERVICES } from "../coverage/services";
import { LAY_TERMS, normalizeWords } from "./lay-terms";

/**
 * Typo tolerance for benefits questions ("specailist", "deductable", "perscription"): a word of five
 * letters or more that is not in the benefits vocabulary is replaced by the vocabulary word one edit
 * away (two for words of eight letters or more), when exactly one such word exists and both start
 * with the same letter. Ordinary English words outside the vocabulary are left alone unless they
 * sit that close to a benefits word, which is the point.
 */
const BENEFITS_WORDS = [
  "deductible",
  "deductibles",
  "coinsurance",
  "copay",
  "copays",
  "copayment",
  "prescription",
  "prescriptions",
  "network",
  "covered",
  "coverage",
  "cover",
  "covers",
  "emergency",
  "specialist",
  "specialists",
  "preventive",
  "pregnancy",
  "pregnant",
  "ambulance",
  "hospital",
  "insurance",
  "medical",
  "dental",
  "vision",
  "therapy",
  "therapist",
  "physical",
  "mental",
  "behavioral",
  "counseling",
  "counselor",
  "chiropractor",
  // Dental and vision words people misspell ("flouride", "orthodonist", "polycarbinate").
  "fluoride",
  "sealants",
  "orthodontia",
  "orthodontist",
  "periodontal",
  "prophylaxis",
  "extraction",
  "dentures",
  "polycarbonate",
  "progressive",
  "bifocals",
  "optometrist",
  "ophthalmologist",
  "preauthorization",
  "authorization",
  "maximum",
  "out-of-pocket",
  "family",
  "individual",
  "premium",
  "paycheck",
  "enrollment",
  "newborn",
  "urgent",
  "imaging",
  "generic",
  "medication",
  "medications",
  "surgery",
  "outpatient",
  "inpatient",
  "dermatologist",
  "orthopedist",
  "allergist",
  "cardiologist",
  "pediatrician",
  "psychiatrist",
  "psychologist",
  "visits",
  "limit",
  "excluded",
  "acupuncture",
  "orthodontia",
  "eyeglasses",
  "contacts",
  "skilled",
  "nursing",
  "hospice",
  "equipment",
  "rehabilitation",
  "diagnostic",
  "screening",
  "immunization",
  "vaccine",
  "checkup",
  "mammogram",
  "colonoscopy",
];

const VOCABULARY = new Set(
  [...BENEFITS_WORDS, ...LAY_TERMS.flatMap((row) => row.says), ...SERVICES.map((s) => s.label)]
    .flatMap((phrase) => normalizeWords(phrase).split(/[^a-z-]+/))
    .filter((w) => w.length >= 4),
);

/** Damerau-Levenshtein distance (adjacent transpositions count as one edit), capped at `max + 1`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const corrections = new Map<string, string | null>();

/** The vocabulary word a misspelt word stands for, or null when it is not a near miss of exactly one. */
export function correctWord(word: string): string | null {
  const w = normalizeWords(word);
  if (w.length < 5 || VOCABULARY.has(w) || !/^[a-z]+$/.test(w)) return null;
  const cached = corrections.get(w);
  if (cached !== undefined) return cached;
  const max = w.length >= 8 ? 2 : 1;
  // An English verb's "-ing" stays one: "starting" is not "statin".
  const near = [...VOCABULARY].filter(
    (v) => v[0] === w[0] && !(w.endsWith("ing") && !v.endsWith("ing")) && distance(w, v, max) <= max,
  );
  const best = near.length > 0 ? Math.min(...near.map((v) => distance(w, v, max))) : Number.POSITIVE_INFINITY;
  const closest = near.filter((v) => distance(w, v, max) === best);
  const result = closest.length === 1 ? closest[0]! : null;
  corrections.set(w, result);
  return result;
}

/** The text with its misspelt benefits words corrected; other words as written. */
export function correctSpelling(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => correctWord(word) ?? word);
}
