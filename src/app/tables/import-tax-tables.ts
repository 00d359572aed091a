import { createHash } from "node:crypto";
import { type Actor, auditEntry } from "../../core/policy/actor";
import { canManageTaxTables } from "../../core/policy/payroll";
import type { TaxTableRepository } from "../../db/tax-table-repository";
import { DomainError } from "../../errors/domain-error";
import { parseTaxTableFile } from "./tax-table-file";

/**
 * `aso tables import FILE`: validates a table file and stores its entries (same entry again → unchanged),
 * audited. Pay runs calculated afterwards use them; nothing already calculated changes.
 */
export async function importTaxTables(
  deps: { taxTables: TaxTableRepository },
  actor: Actor,
  text: string,
): Promise<{ imported: string[]; unchanged: string[] }> {
  if (!canManageTaxTables(actor))
    throw new DomainError("auth.forbidden", "only ASO admins (or the system) load tax tables", {
      userMessage: "Only an ASO admin can load tax tables.",
    });
  const entries = parseTaxTableFile(text).map((e) => ({
    ...e,
    checksum: createHash("sha256")
      .update(
        JSON.stringify([e.table, e.effective, e.through ?? null, e.source, e.unverified ?? false, e.value]),
      )
      .digest("hex"),
  }));
  return deps.taxTables.importEntries(entries, auditEntry(actor, "tax_table.imported"));
}
