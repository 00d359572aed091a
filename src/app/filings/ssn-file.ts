import { DomainError } from "../../errors/domain-error";

/**
 * Reads the SSNs an EFW2 file needs from a CSV the operator supplies at filing time
 * (`external_id,ssn` per line, an optional header): the product never stores SSNs, so they pass
 * from this file into the EFW2 file only. An error names the line and never repeats its value.
 * Valid: nine digits (dashes allowed), area not 000, 666 or 900–999, group not 00, serial not 0000.
 */
export function parseSsnFile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || (i === 0 && /^external_?id\s*,\s*ssn$/i.test(line))) return;
    const [externalId, value, ...rest] = line.split(",").map((s) => s.trim());
    if (!externalId || value === undefined || rest.length > 0)
      throw new DomainError("input.invalid", `--ssns line ${i + 1}: must be external_id,ssn`);
    const ssn = value.replace(/-/g, "");
    const valid =
      /^\d{9}$/.test(ssn) &&
      !/^(000|666|9\d\d)/.test(ssn) &&
      ssn.slice(3, 5) !== "00" &&
      ssn.slice(5) !== "0000";
    if (!valid)
      throw new DomainError("input.invalid", `--ssns line ${i + 1}: not a valid SSN for ${externalId}`);
    if (out.has(externalId))
      throw new DomainError("input.invalid", `--ssns line ${i + 1}: ${externalId} appears twice`);
    out.set(externalId, ssn);
  });
  return out;
}
