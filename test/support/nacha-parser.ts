import { createRequire } from "node:module";

/**
 * An independent NACHA reader for tests: @midlandsbank/node-nacha (a maintained fork of @ach/ach),
 * never the product's own writer. Only the fields the tests read are typed.
 */
export type ParsedEntry = {
  transactionCode: string;
  receivingDFIIdentification: string;
  checkDigit: string;
  dfiAccount: string;
  amount: number;
  identificationNumber: string;
  receivingCompanyName: string;
  traceNumber: string;
};
export type ParsedBatch = {
  serviceClassCode: string;
  companyName: string;
  companyId: string;
  entryClassCode: string;
  effectiveDate: string;
  originatingDFIIdentification: string;
  entries: ParsedEntry[];
  footer: { entryAndAddendaCount: number; entryHash: number; totalDebit: number; totalCredit: number };
};
export type ParsedAchFile = {
  file: {
    destination: string;
    origin: string;
    creationDate: string;
    idModifier: string;
    footer: {
      batchCount: number;
      blockCount: number;
      entryAndAddendaCount: number;
      entryHash: number;
      totalDebit: number;
      totalCredit: number;
    };
  };
  batches: ParsedBatch[];
};

const require = createRequire(import.meta.url);
const nacha = require("@midlandsbank/node-nacha") as { from(source: string): { data: ParsedAchFile } };

export function parseAchFile(text: string): ParsedAchFile {
  return nacha.from(text).data;
}

/** Entry hash recomputed from the parsed entries: 8-digit routing prefixes summed, last 10 digits. */
export function recomputedEntryHash(file: ParsedAchFile): number {
  const sum = file.batches
    .flatMap((b) => b.entries)
    .reduce((acc, e) => acc + BigInt(e.receivingDFIIdentification), 0n);
  return Number(sum % 10_000_000_000n);
}
