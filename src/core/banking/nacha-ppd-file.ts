import { Decimal } from "../money/decimal";
import type { AccountType } from "./bank-account";

/**
 * A NACHA file of one PPD batch: an employer's payroll credits to its employees' accounts, prenotes
 * for accounts not yet proven, and the balancing debit from the employer's funding account. Pure and
 * deterministic: every date, time and the file id modifier come from the request, so one request
 * always gives the same bytes.
 *
 * @see docs/decisions/0009-direct-deposit-and-nacha-files.md for the field choices (company
 *   identification, immediate origin, service class 200).
 */

/** The originating bank (the ASO's ODFI), from configuration. */
export type OdfiProfile = {
  /** Routing number of the ODFI: the file's immediate destination and the batch's ODFI id. */
  routingNumber: string;
  name: string;
  /** The file header's immediate origin, 10 characters (e.g. "1" + the ASO's EIN, or " " + a routing number). */
  immediateOrigin: string;
  immediateOriginName: string;
  /** Prefix of the company identification: "1" + the client's EIN digits unless the bank says otherwise. */
  companyIdPrefix: string;
};

export type PpdCredit = {
  /** Shown on the employee's statement: the employee's id with the employer (up to 15 characters). */
  individualId: string;
  name: string;
  routingNumber: string;
  accountNumber: string;
  accountType: AccountType;
  /** Dollars; 0 with `prenote`. */
  amount: Decimal;
  prenote: boolean;
};

export type PpdFileRequest = {
  odfi: OdfiProfile;
  employer: { name: string; ein: string };
  /** The employer's funding account, debited for the total of the credits. */
  funding: { routingNumber: string; accountNumber: string; accountType: AccountType };
  credits: readonly PpdCredit[];
  /** YYYY-MM-DD: when the receiving banks post the entries. */
  effectiveEntryDate: string;
  /** YYYY-MM-DD and HH:MM, as the file header states them. */
  fileCreationDate: string;
  fileCreationTime: string;
  /** A–Z or 0–9: tells apart files created on the same day. */
  fileIdModifier: string;
  /** Up to 10 characters on the employee's statement. */
  entryDescription?: string;
};

export type PpdFile = {
  text: string;
  entryCount: number;
  entryHash: string;
  totalDebit: Decimal;
  totalCredit: Decimal;
  blockCount: number;
};

const RECORD_SIZE = 94;
const BLOCKING_FACTOR = 10;

/** Letters, digits and the punctuation banks accept; everything else becomes a space. */
function alpha(value: string, width: number): string {
  const clean = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9 .,&'/-]/g, " ");
  return clean.slice(0, width).padEnd(width, " ");
}

function numeric(value: string | number, width: number): string {
  const s = String(value);
  if (!/^\d+$/.test(s) || s.length > width) throw new Error(`NACHA numeric field overflow: width ${width}`);
  return s.padStart(width, "0");
}

function cents(amount: Decimal, width: number): string {
  if (amount.isNegative() || amount.decimalPlaces() > 2)
    throw new Error("NACHA amount must be whole cents ≥ 0");
  return numeric(amount.times(100).toFixed(0), width);
}

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

/** Transaction codes (NACHA Operating Rules, Appendix Three): credit, prenote credit, debit. */
function transactionCode(type: AccountType, kind: "credit" | "prenote" | "debit"): string {
  const checking = { credit: "22", prenote: "23", debit: "27" } as const;
  const savings = { credit: "32", prenote: "33", debit: "37" } as const;
  return (type === "checking" ? checking : savings)[kind];
}

function record(fields: string[]): string {
  const line = fields.join("");
  if (line.length !== RECORD_SIZE) throw new Error(`NACHA record is ${line.length} characters, not 94`);
  return line;
}

/**
 * Builds the file. Throws when a request field cannot be written (a routing number that is not
 * 9 digits, an amount with fractions of a cent): the use case validates first, so this is a bug.
 */
export function buildPpdFile(request: PpdFileRequest): PpdFile {
  const { odfi } = request;
  const odfiId = odfi.routingNumber.slice(0, 8);
  const companyId = `${odfi.companyIdPrefix}${request.employer.ein.replace(/\D/g, "")}`.slice(0, 10);
  const batchNumber = numeric(1, 7);
  const serviceClass = "200";

  const lines: string[] = [];
  lines.push(
    record([
      "1",
      "01",
      ` ${numeric(odfi.routingNumber, 9)}`,
      odfi.immediateOrigin.padStart(10, " ").slice(0, 10),
      yymmdd(request.fileCreationDate),
      request.fileCreationTime.replace(":", ""),
      alpha(request.fileIdModifier, 1),
      "094",
      "10",
      "1",
      alpha(odfi.name, 23),
      alpha(odfi.immediateOriginName, 23),
      " ".repeat(8),
    ]),
  );
  lines.push(
    record([
      "5",
      serviceClass,
      alpha(request.employer.name, 16),
      " ".repeat(20),
      alpha(companyId, 10),
      "PPD",
      alpha(request.entryDescription ?? "PAYROLL", 10),
      " ".repeat(6),
      yymmdd(request.effectiveEntryDate),
      "   ",
      "1",
      numeric(odfiId, 8),
      batchNumber,
    ]),
  );

  let sequence = 0;
  let hash = new Decimal(0);
  let totalCredit = new Decimal(0);
  const entry = (
    code: string,
    routing: string,
    account: string,
    amount: Decimal,
    individualId: string,
    name: string,
  ) => {
    sequence += 1;
    hash = hash.plus(routing.slice(0, 8));
    lines.push(
      record([
        "6",
        code,
        numeric(routing, 9),
        account.slice(0, 17).padEnd(17, " "),
        cents(amount, 10),
        alpha(individualId, 15),
        alpha(name, 22),
        "  ",
        "0",
        numeric(odfiId, 8),
        numeric(sequence, 7),
      ]),
    );
  };

  for (const credit of request.credits) {
    const amount = credit.prenote ? new Decimal(0) : credit.amount;
    totalCredit = totalCredit.plus(amount);
    entry(
      transactionCode(credit.accountType, credit.prenote ? "prenote" : "credit"),
      credit.routingNumber,
      credit.accountNumber,
      amount,
      credit.individualId,
      credit.name,
    );
  }
  // The balancing debit: the employer funds exactly what its employees are credited.
  const totalDebit = totalCredit;
  if (totalDebit.greaterThan(0)) {
    entry(
      transactionCode(request.funding.accountType, "debit"),
      request.funding.routingNumber,
      request.funding.accountNumber,
      totalDebit,
      request.employer.ein.replace(/\D/g, ""),
      request.employer.name,
    );
  }

  // Entry hash: the sum of the receiving banks' 8-digit routing prefixes, its last 10 digits.
  const entryHash = hash.toFixed(0).slice(-10).padStart(10, "0");
  lines.push(
    record([
      "8",
      serviceClass,
      numeric(sequence, 6),
      entryHash,
      cents(totalDebit, 12),
      cents(totalCredit, 12),
      alpha(companyId, 10),
      " ".repeat(19),
      " ".repeat(6),
      numeric(odfiId, 8),
      batchNumber,
    ]),
  );
  const recordCount = lines.length + 1;
  const blockCount = Math.ceil(recordCount / BLOCKING_FACTOR);
  lines.push(
    record([
      "9",
      numeric(1, 6),
      numeric(blockCount, 6),
      numeric(sequence, 8),
      entryHash,
      cents(totalDebit, 12),
      cents(totalCredit, 12),
      " ".repeat(39),
    ]),
  );
  // Blocking factor 10: the file is padded to whole blocks with records of nines.
  while (lines.length % BLOCKING_FACTOR !== 0) lines.push("9".repeat(RECORD_SIZE));
  return {
    text: `${lines.join("\n")}\n`,
    entryCount: sequence,
    entryHash,
    totalDebit,
    totalCredit,
    blockCount,
  };
}
