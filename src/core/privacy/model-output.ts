/**
 * What a model's text may not add to its sources before a person reads it: links, email addresses,
 * phone numbers, and instructions to act on an account or identity ("click", "verify your",
 * "send your password", "identity verified", "process immediately"). A phrased answer or a case
 * summary that adds any of them is replaced by the deterministic text. Pure: the caller passes the
 * sources the model was given.
 */

export type ModelTextCheck =
  | { ok: true }
  | { ok: false; kind: "link" | "contact" | "instruction"; reason: string };

const LINK =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|net|org|io|co|info|biz|xyz|ru|link|app)\b(?:\/\S*)?/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;
const PHONE = /(?:\+?1[-.\s]?)?\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b/g;
const INSTRUCTIONS: readonly RegExp[] = [
  /\bclick (?:here|the link|this link|below)\b/i,
  /\b(?:verify|confirm|update|re-?enter|validate) (?:your|the) (?:identity|account|password|login|credentials|ssn|social security|bank|direct deposit|routing|card)\b/i,
  /\b(?:send|reply with|provide|share|text|email) (?:us |me )?(?:your )?(?:password|ssn|social security number|bank account|account number|routing number|card number|pin|login)\b/i,
  /\bidentity (?:has been |is )?verified\b/i,
  /\b(?:process|approve|pay|transfer|wire) (?:this |it |the payment |the request )?(?:immediately|right away|urgently|now)\b/i,
  /\bignore (?:all |any )?(?:previous|prior|above) instructions\b/i,
  /\b(?:gift cards?|wire transfer|bitcoin|crypto)\b/i,
];

const normal = (s: string) => s.toLowerCase().replace(/[\s().-]/g, "");

/** Whether `text` adds a link, contact or account instruction that none of `sources` contains. */
export function checkModelText(text: string, sources: readonly string[]): ModelTextCheck {
  const known = normal(sources.join(" "));
  for (const match of [...(text.match(EMAIL) ?? []), ...(text.match(PHONE) ?? [])]) {
    if (!known.includes(normal(match)))
      return { ok: false, kind: "contact", reason: `contact ${match} is not in the sources` };
  }
  for (const match of text.match(LINK) ?? []) {
    if (!known.includes(normal(match.replace(/[.,;:!?)]+$/, ""))))
      return { ok: false, kind: "link", reason: `link ${match} is not in the sources` };
  }
  const plainSources = sources.join(" ");
  for (const pattern of INSTRUCTIONS) {
    const found = text.match(pattern);
    if (found && !pattern.test(plainSources)) {
      return { ok: false, kind: "instruction", reason: `instruction "${found[0]}" is not in the sources` };
    }
  }
  return { ok: true };
}
