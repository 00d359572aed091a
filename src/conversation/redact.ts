/**
 * Removes personal data from text before it reaches a language model or a stored transcript:
 * SSNs/ITINs, card numbers, bank account and routing numbers, money amounts (salaries, pay, other
 * people's figures — the deterministic slot extractor reads amounts locally, so the model never
 * needs them), email addresses and phone numbers. Never log the input.
 */
export type RedactionKind = "ssn" | "card" | "bank" | "money" | "email" | "phone";

const PLACEHOLDER: Record<RedactionKind, string> = {
  ssn: "[SSN]",
  card: "[CARD]",
  bank: "[ACCOUNT]",
  money: "[AMOUNT]",
  email: "[EMAIL]",
  phone: "[PHONE]",
};

/** Luhn checksum, so ordinary long numbers are not mistaken for card numbers (they are still redacted as numbers). */
function luhnValid(digits: string): boolean {
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

type Rule = { kind: RedactionKind; pattern: RegExp; accept?: (match: string) => boolean };

const RULES: Rule[] = [
  { kind: "email", pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  // SSN / ITIN written 123-45-6789, 123 45 6789, or after the word SSN.
  { kind: "ssn", pattern: /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g },
  {
    kind: "ssn",
    pattern: /\b(?:ssn|social security(?: number| no\.?| #)?|itin|tin)\b[\s:#is]*\d{9}\b/gi,
  },
  // Card numbers: 13–19 digits, optionally grouped by spaces or dashes.
  {
    kind: "card",
    pattern: /\b(?:\d[ -]?){12,18}\d\b/g,
    accept: (m) => luhnValid(m.replace(/\D/g, "")),
  },
  // Bank account / routing numbers: digits after an account word.
  {
    kind: "bank",
    pattern:
      /\b(?:account|acct|routing|aba|iban|checking|savings|bank)\b(?:\s*(?:number|no\.?|num|#))?[\s:#is]*[\dX*-]{4,20}\b/gi,
  },
  // Any remaining run of 9–19 digits (unlabelled account or SSN).
  { kind: "bank", pattern: /\b\d{9,19}\b/g },
  { kind: "phone", pattern: /(?<!\d)(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/g },
  // Money: $1,234.56, 1234.56 USD, 85k, 120 thousand dollars, "$95k".
  {
    kind: "money",
    pattern:
      /(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|thousand|million)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:k|m|grand)\b|\b\d[\d,]*(?:\.\d+)?\s?(?:thousand |million )?(?:dollars|bucks|usd)\b)/gi,
  },
  // Salary figures written without a currency sign: "salary is 85000", "makes 92,000 a year".
  {
    kind: "money",
    pattern:
      /\b(?:salary|salaries|paid|pay|makes?|making|earns?|earning|wage|raise|bonus)\b([^.\d\n]{0,20})\d{1,3}(?:,?\d{3})+(?:\.\d+)?\b/gi,
  },
];

export type Redaction = { text: string; found: RedactionKind[] };

/** Redacts personal data; `found` lists the kinds removed (for tests and metrics, never values). */
export function redactPersonalData(text: string): Redaction {
  const found = new Set<RedactionKind>();
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (match, ...groups) => {
      if (rule.accept && !rule.accept(match)) return match;
      found.add(rule.kind);
      const lead =
        typeof groups[0] === "string" && rule.kind === "money" && /^[a-z]/i.test(match) ? match : "";
      if (lead) {
        // keep the word ("salary is "), replace only the figure
        return match.replace(/\d[\d,]*(?:\.\d+)?$/, PLACEHOLDER.money);
      }
      return PLACEHOLDER[rule.kind];
    });
  }
  return { text: out, found: [...found] };
}

/** Shorthand: the redacted text only. */
export function redact(text: string): string {
  return redactPersonalData(text).text;
}
