/**
 * The one redaction of personal data in the product. Chat transcripts, case transcripts and relays,
 * log lines, audit rows and every prompt sent to a language model pass through it
 * (docs/architecture.md, "Errors and privacy").
 *
 * Three profiles:
 * - `identifiers` (the product's own text sent to a model: instructions, plan passages, facts):
 *   SSNs/ITINs, payment card numbers, bank routing and account numbers only.
 * - `record` (what people read: transcripts, specialists' case view, audit and logs): SSNs/ITINs,
 *   payment card numbers, bank routing and account numbers, and other people's pay. The employee's
 *   own figures stay readable.
 * - `strict` (what leaves the process for a model provider, and the engine's stored transcript):
 *   everything `record` removes, plus every money amount, any unlabelled run of 9–19 digits,
 *   email addresses and phone numbers. The deterministic slot extractor reads amounts locally,
 *   so a model never needs them.
 *
 * Deterministic and conservative: a digit run next to bank words, or a 9-digit run next to SSN
 * words, is removed even without a checksum. Never log the input.
 */

export type RedactionProfile = "identifiers" | "record" | "strict";

export type RedactionKind =
  | "ssn"
  | "card_number"
  | "bank_number"
  | "others_salary"
  | "amount"
  | "email"
  | "phone";

export type RedactionResult = { text: string; redactions: Partial<Record<RedactionKind, number>> };

/** The label each kind is replaced by; a model prompt says these are to be left alone. */
export const REDACTION_LABELS: Record<RedactionKind, string> = {
  ssn: "[SSN redacted]",
  card_number: "[card number redacted]",
  bank_number: "[bank number redacted]",
  others_salary: "[pay figure redacted]",
  amount: "[amount redacted]",
  email: "[email redacted]",
  phone: "[phone redacted]",
};

/** Luhn checksum, used to tell a payment card number from any long digit run. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ABA routing number checksum (weights 3-7-1). */
export function isAbaRouting(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (w[i] ?? 0), 0);
  return sum % 10 === 0 && digits !== "000000000";
}

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const SSN_GROUPED = /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g;
const SSN_CONTEXT = /\b(ssn|social security|social|ss#|ss ?no|itin|tin|taxpayer)\b/i;
const BANK_CONTEXT = /\b(account|acct|routing|aba|iban|bank|checking|savings|direct deposit)\b/i;
/** Digit runs with optional single spaces or dashes between groups. */
const DIGIT_RUN = /\b\d(?:[ -]?\d){5,22}\b/g;
/** An account word followed by a (possibly masked) number: "acct # XXXX1234". */
const LABELLED_ACCOUNT =
  /(\b(?:account|acct|routing|aba|iban|checking|savings)\b(?:\s*(?:number|no\.?|num|#))?[\s:#]*(?:is\s+)?)([\dX*-]{4,20})\b/gi;
const PHONE = /(?<!\d)(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/g;

const PAY_WORDS =
  /\b(salary|salaries|makes|made|earns?|earning|earned|paid|pay rate|pay|wage|wages|hourly|raise|bonus|compensation|comp)\b/i;
const THIRD_PARTY_WORDS =
  /\b(he|she|his|her|him|they|their|them|coworkers?|co-workers?|colleagues?|manager|boss|supervisor|team ?mates?|someone|somebody|everyone|everybody|others?)\b/i;
/** A capitalised name right before a pay verb: "Dana makes", "Lee earns". */
const NAMED_PAY =
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: (?:makes|made|earns|earned|gets|got|is paid|was paid)|'s (?:salary|pay|wage))/;
const FIRST_PERSON = /\b(i|me|my|mine|i'm|i am)\b/i;
/** Pay amounts in a sentence about pay: "$95,000", "60k", "30 an hour". */
const PAY_AMOUNT =
  /(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK])?|\b\d[\d,]*(?:\.\d+)?\s?(?:k|K|dollars|usd|\/h(?:ou)?r|an hour|per hour|a year|per year)\b)/g;
/** Any money amount: "$1,234.56", "1234.56 USD", "85k", "120 thousand dollars". */
const ANY_AMOUNT =
  /(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|thousand|million)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:k|m|grand)\b|\b\d[\d,]*(?:\.\d+)?\s?(?:thousand |million )?(?:dollars|bucks|usd)\b)/gi;
/** A salary written without a currency sign: "salary is 85000", "makes 92,000 a year". */
const BARE_SALARY =
  /\b(salary|salaries|paid|pay|makes?|making|earns?|earning|wage|raise|bonus)\b([^.\d\n]{0,20})(\d{1,3}(?:,?\d{3})+(?:\.\d+)?)\b/gi;

const mentionsOthers = (s: string) => THIRD_PARTY_WORDS.test(s) || NAMED_PAY.test(s);

/** Split into sentences, keeping the separators, so context rules apply one sentence at a time. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])(?=\s)|(?<=\n)/);
}

/**
 * Replaces personal data in `text` by labels such as `[SSN redacted]` ({@link REDACTION_LABELS})
 * and counts what it replaced (kinds and counts only, never values).
 */
export function redactPersonalData(text: string, profile: RedactionProfile = "record"): RedactionResult {
  const redactions: Partial<Record<RedactionKind, number>> = {};
  const strict = profile === "strict";
  const replace = (kind: RedactionKind) => {
    redactions[kind] = (redactions[kind] ?? 0) + 1;
    return REDACTION_LABELS[kind];
  };
  const out = sentences(text).map((sentence) => {
    let s = strict ? sentence.replace(EMAIL, () => replace("email")) : sentence;
    s = s.replace(SSN_GROUPED, () => replace("ssn"));
    s = s.replace(DIGIT_RUN, (match) => {
      const digits = match.replace(/[ -]/g, "");
      if (/^\d{4}-\d{2}-\d{2}$/.test(match)) return match; // an ISO date
      if (digits.length === 9 && SSN_CONTEXT.test(sentence)) return replace("ssn");
      if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return replace("card_number");
      if (isAbaRouting(digits) || (digits.length >= 6 && digits.length <= 17 && BANK_CONTEXT.test(sentence)))
        return replace("bank_number");
      // Unlabelled: an account or an SSN without its dashes as far as a model is concerned.
      if (strict && digits.length >= 9 && digits.length <= 19 && !/[ -]/.test(match))
        return replace("bank_number");
      return match;
    });
    if (strict) {
      s = s.replace(LABELLED_ACCOUNT, (match, label: string, number: string) =>
        (number.match(/\d/g) ?? []).length >= 4 ? `${label}${replace("bank_number")}` : match,
      );
      s = s.replace(PHONE, () => replace("phone"));
      s = s.replace(ANY_AMOUNT, () => replace("amount"));
      s = s.replace(
        BARE_SALARY,
        (_m, word: string, between: string) => `${word}${between}${replace("amount")}`,
      );
      return s;
    }
    if (profile === "identifiers") return s;
    if (PAY_WORDS.test(s)) {
      // A pay figure stays only in a sentence about the speaker alone ("My manager said my pay is
      // $25 an hour"); a third party, or no first person at all ("Jordan in payroll makes $95,000"),
      // hides every amount in the sentence.
      const aboutOthers = mentionsOthers(s.replace(/\bmy\s+(manager|boss|supervisor)\b/gi, ""));
      if (aboutOthers || !FIRST_PERSON.test(s)) s = s.replace(PAY_AMOUNT, () => replace("others_salary"));
    }
    return s;
  });
  return { text: out.join(""), redactions };
}

/** Shorthand: the redacted text only. */
export function redact(text: string, profile: RedactionProfile = "record"): string {
  return redactPersonalData(text, profile).text;
}

/**
 * The identity and account numbers in `text` that no model prompt, log line or audit row may carry
 * (SSNs, card, bank and routing numbers): the kinds found, for checks and tests (never the values).
 */
export function findPersonalNumbers(text: string): RedactionKind[] {
  const { redactions } = redactPersonalData(text, "record");
  return (["ssn", "card_number", "bank_number"] as const).filter((k) => (redactions[k] ?? 0) > 0);
}
