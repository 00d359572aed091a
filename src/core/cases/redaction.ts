/**
 * Redaction of personal data a specialist does not need from a transcript: Social Security numbers,
 * bank routing and account numbers, payment card numbers, and other people's pay. The employee's
 * own question stays readable; only the sensitive figures are replaced by a bracketed label.
 */

export type RedactionKind = "ssn" | "card_number" | "bank_number" | "others_salary";

export type RedactionResult = { text: string; redactions: Partial<Record<RedactionKind, number>> };

/** Luhn checksum, used to tell a card number from any long digit run. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ABA routing number checksum (3-7-1 weights). */
function isAbaRouting(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (w[i] ?? 0), 0);
  return sum % 10 === 0;
}

const SSN_DASHED = /\b(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}\b/g;
const SSN_CONTEXT = /\b(ssn|social security|social|ss#|ss ?no)\b/i;
const BANK_CONTEXT = /\b(account|acct|routing|aba|iban|bank|checking|savings|direct deposit)\b/i;
/** Digit runs with optional spaces or dashes between groups. */
const DIGIT_RUN = /\b\d(?:[ -]?\d){5,22}\b/g;

const PAY_WORDS =
  /\b(salary|salaries|makes|made|earns?|earning|earned|paid|pay rate|pay|wage|wages|hourly|raise|bonus|compensation|comp)\b/i;
const THIRD_PARTY_WORDS =
  /\b(he|she|his|her|him|they|their|them|coworkers?|co-workers?|colleagues?|manager|boss|supervisor|team ?mates?|someone|somebody|everyone|everybody|others?)\b/i;
/** A capitalised name right before a pay verb: "Dana makes", "Lee earns". */
const NAMED_PAY =
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: (?:makes|made|earns|earned|gets|got|is paid|was paid)|'s (?:salary|pay|wage))/;
const mentionsOthers = (s: string) => THIRD_PARTY_WORDS.test(s) || NAMED_PAY.test(s);
const FIRST_PERSON_ONLY = /\b(i|me|my|mine|i'm|i am)\b/i;
const MONEY =
  /(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK])?|\b\d[\d,]*(?:\.\d+)?\s?(?:k|K|dollars|usd|\/h(?:ou)?r|an hour|per hour|a year|per year)\b)/g;

function bump(result: Partial<Record<RedactionKind, number>>, kind: RedactionKind, by = 1): void {
  result[kind] = (result[kind] ?? 0) + by;
}

/** Split into sentences, keeping the separators, so context rules apply one sentence at a time. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?\n])/);
}

/**
 * Replaces SSNs, card numbers, bank numbers and other people's pay in `text` with labels such as
 * `[SSN redacted]`, and counts what it replaced. Deterministic and conservative: a digit run next to
 * bank words, or any 9-digit run next to SSN words, is redacted even without a checksum.
 */
export function redactPersonalData(text: string): RedactionResult {
  const redactions: Partial<Record<RedactionKind, number>> = {};
  const out = sentences(text).map((sentence) => {
    let s = sentence.replace(SSN_DASHED, () => {
      bump(redactions, "ssn");
      return "[SSN redacted]";
    });
    s = s.replace(DIGIT_RUN, (match) => {
      const digits = match.replace(/[ -]/g, "");
      if (digits.length === 9 && SSN_CONTEXT.test(sentence)) {
        bump(redactions, "ssn");
        return "[SSN redacted]";
      }
      if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) {
        bump(redactions, "card_number");
        return "[card number redacted]";
      }
      if (
        isAbaRouting(digits) ||
        (digits.length >= 6 && digits.length <= 17 && BANK_CONTEXT.test(sentence))
      ) {
        bump(redactions, "bank_number");
        return "[bank number redacted]";
      }
      return match;
    });
    if (PAY_WORDS.test(s)) {
      // A pay figure stays only in a sentence about the speaker alone ("My manager said my pay is
      // $25 an hour"); a third party, or no first person at all ("Jordan in payroll makes $95,000"),
      // hides every amount in the sentence.
      const aboutOthers = mentionsOthers(s.replace(/\bmy\s+(manager|boss|supervisor)\b/gi, ""));
      if (aboutOthers || !FIRST_PERSON_ONLY.test(s)) {
        s = s.replace(MONEY, () => {
          bump(redactions, "others_salary");
          return "[pay figure redacted]";
        });
      }
    }
    return s;
  });
  return { text: out.join(""), redactions };
}
