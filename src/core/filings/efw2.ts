import type { W2 } from "../ledger/form-w2";
import type { W2LocalLine, W2StateLine } from "../ledger/w2-state-wages";
import { Money } from "../money/money";
import {
  EFW2_STATE_CODES,
  RA,
  RE,
  RF,
  RO,
  RO_TOTALLED_FIELDS,
  RS,
  RT,
  RU,
  RV,
  RW,
  RW_TOTALLED_FIELDS,
} from "./efw2-layout";
import { buildRecord } from "./fixed-width";

/** A postal address as the records hold it (street in the delivery address field). */
export type FilingAddress = { street: string; city: string; state: string; zip: string };

/** The ASO, which submits the file for its client (RA). */
export type Efw2Submitter = {
  ein: string;
  /** The SSA Business Services Online user ID. */
  userId: string;
  name: string;
  address?: FilingAddress;
  contact: { name: string; phone: string; email: string };
};

/** The client, the employer of record, filing under its own EIN (RE). */
export type Efw2Employer = {
  ein: string;
  name: string;
  address?: FilingAddress;
  /** State employer account numbers by state (RS positions 248–267). */
  stateAccounts?: Readonly<Record<string, string>>;
};

/** RO amounts by RO field name (decimal strings); the product's paychecks carry none of them today. */
export type Efw2OptionalAmounts = Partial<Record<(typeof RO_TOTALLED_FIELDS)[number], string>>;

export type Efw2Employee = {
  w2: W2;
  name: string;
  /** Nine digits; absent → zero-filled, which the specification asks for when the SSN is not known. */
  ssn?: string;
  address?: FilingAddress;
  states: readonly W2StateLine[];
  /**
   * W-2 boxes 18–20. Each RS carries the sum of its state's local income taxes (RS 309–330 hold one
   * local figure per state record); the Pennsylvania LST, a head tax, is left out.
   */
  locals?: readonly W2LocalLine[];
  optional?: Efw2OptionalAmounts;
};

export type Efw2Input = {
  year: number;
  submitter: Efw2Submitter;
  employer: Efw2Employer;
  employees: readonly Efw2Employee[];
};

export type Efw2File = {
  /** The file: 512-character records, each followed by CR LF. */
  text: string;
  counts: { RW: number; RO: number; RS: number };
  /** What the file could not carry, in plain words for the operator (never personal data). */
  notes: string[];
};

/** Record delimiter. */
export const EFW2_RECORD_DELIMITER = {
  effective: "2011-01-01",
  value: "\r\n",
  source:
    "SSA Publication 42-007 (EFW2), Tax Year 2025, file requirements: each 512-byte record followed by a carriage return/line feed",
} as const;

/** Box 12 codes and the RW field that carries each; TT has no RW or RO field in the Tax Year 2025 layout. */
const BOX12_FIELD: Readonly<Record<string, string | undefined>> = {
  D: "code_D",
  W: "code_W",
  AA: "code_AA",
  DD: "code_DD",
};

const SUFFIXES = new Set(["JR", "SR", "II", "III", "IV", "V"]);

/** "Ana María de la Cruz Jr." → first ANA, middle MARÍA DE LA, last CRUZ, suffix JR. */
export function splitName(full: string): { first: string; middle: string; last: string; suffix: string } {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  let suffix = "";
  const tail = parts.at(-1)?.toUpperCase().replace(/\./g, "");
  if (parts.length > 2 && tail && SUFFIXES.has(tail)) {
    suffix = tail;
    parts.pop();
  }
  if (parts.length === 1) return { first: "", middle: "", last: parts[0]!, suffix };
  return { first: parts[0] ?? "", middle: parts.slice(1, -1).join(" "), last: parts.at(-1) ?? "", suffix };
}

function zipParts(zip: string | undefined): { zip: string; zipExtension: string } {
  const digits = (zip ?? "").replace(/\D/g, "");
  return { zip: digits.slice(0, 5), zipExtension: digits.slice(5, 9) };
}

function addressFields(a: FilingAddress | undefined) {
  return {
    locationAddress: "",
    deliveryAddress: a?.street,
    city: a?.city,
    state: a?.state,
    ...zipParts(a?.zip),
  };
}

function sumInto(
  totals: Map<string, Money>,
  fields: readonly string[],
  values: Record<string, string | undefined>,
) {
  for (const name of fields)
    totals.set(name, (totals.get(name) ?? Money.zero()).plus(Money.of(values[name] ?? "0")));
}

function totalsRecord(totals: Map<string, Money>): Record<string, string> {
  return Object.fromEntries([...totals.entries()].map(([k, v]) => [k, v.toFixed()]));
}

/**
 * The EFW2 file for one client and year: RA (the ASO as submitter), RE (the client under its EIN),
 * per employee RW, RO when it has any RO amount, and one RS per state line, then RT (totals of the
 * RW fields), RU (totals of the RO fields, when any RO), RV (totals of the RS records, when any)
 * and RF. Employees are written in the order given; the same input gives the same bytes.
 * @see SSA Publication 42-007 (EFW2), Tax Year 2025
 */
export function buildEfw2(input: Efw2Input): Efw2File {
  const { submitter, employer } = input;
  const records: string[] = [];
  const notes: string[] = [];
  records.push(
    buildRecord(RA, {
      submitterEin: submitter.ein,
      userId: submitter.userId,
      resubIndicator: "0",
      // 98: software written by the submitter itself.
      softwareCode: "98",
      companyName: submitter.name,
      companyLocationAddress: "",
      companyDeliveryAddress: submitter.address?.street,
      companyCity: submitter.address?.city,
      companyState: submitter.address?.state,
      companyZip: zipParts(submitter.address?.zip).zip,
      companyZipExtension: zipParts(submitter.address?.zip).zipExtension,
      submitterName: submitter.name,
      submitterDeliveryAddress: submitter.address?.street,
      submitterCity: submitter.address?.city,
      submitterState: submitter.address?.state,
      submitterZip: zipParts(submitter.address?.zip).zip,
      submitterZipExtension: zipParts(submitter.address?.zip).zipExtension,
      contactName: submitter.contact.name,
      contactPhone: submitter.contact.phone.replace(/\D/g, ""),
      contactEmail: submitter.contact.email,
      // S: a service bureau prepares the file (the ASO for its client employer).
      preparerCode: "S",
    }),
  );
  records.push(
    buildRecord(RE, {
      taxYear: String(input.year),
      employerEin: employer.ein,
      terminatingBusiness: "0",
      employerName: employer.name,
      ...addressFields(employer.address),
      // N: none of the government or tax-exempt kinds apply; R: regular (Form 941) employment.
      kindOfEmployer: "N",
      employmentCode: "R",
      thirdPartySickPay: "0",
    }),
  );
  const rwTotals = new Map<string, Money>();
  const roTotals = new Map<string, Money>();
  const rsTotals = { wages: Money.zero(), tax: Money.zero() };
  let rw = 0;
  let ro = 0;
  let rs = 0;
  let missingSsn = 0;
  let ttOmitted = 0;
  for (const e of input.employees) {
    const name = splitName(e.name);
    const ssn = e.ssn ?? "000000000";
    if (!e.ssn) missingSsn++;
    const codes: Record<string, string> = {};
    for (const c of e.w2.box12) {
      const fieldName = BOX12_FIELD[c.code];
      if (fieldName) codes[fieldName] = c.amount;
      else ttOmitted++;
    }
    const retirement = e.w2.box12.some((c) => c.code === "D" || c.code === "AA");
    const rwValues: Record<string, string | undefined> = {
      ssn,
      firstName: name.first,
      middleName: name.middle,
      lastName: name.last,
      suffix: name.suffix,
      ...addressFields(e.address),
      wages: e.w2.box1,
      federalIncomeTax: e.w2.box2,
      socialSecurityWages: e.w2.box3,
      socialSecurityTax: e.w2.box4,
      medicareWages: e.w2.box5,
      medicareTax: e.w2.box6,
      ...codes,
      statutoryEmployee: "0",
      retirementPlan: retirement ? "1" : "0",
      thirdPartySickPay: "0",
    };
    records.push(buildRecord(RW, rwValues));
    sumInto(rwTotals, RW_TOTALLED_FIELDS, rwValues);
    rw++;
    const optional = e.optional ?? {};
    if (Object.values(optional).some((v) => v !== undefined && !Money.of(v).isZero())) {
      records.push(buildRecord(RO, optional));
      sumInto(roTotals, RO_TOTALLED_FIELDS, optional);
      ro++;
    }
    for (const line of e.states) {
      const stateCode = EFW2_STATE_CODES.value[line.state];
      if (!stateCode) throw new Error(`RS: no EFW2 numeric code for state ${line.state}`);
      records.push(
        buildRecord(RS, {
          stateCode,
          ssn,
          firstName: name.first,
          middleName: name.middle,
          lastName: name.last,
          suffix: name.suffix,
          ...addressFields(e.address),
          stateEmployerAccount: employer.stateAccounts?.[line.state],
          stateCode2: stateCode,
          stateTaxableWages: line.wages,
          stateIncomeTax: line.tax,
          ...localTotals(e.locals ?? [], line.state),
        }),
      );
      rsTotals.wages = rsTotals.wages.plus(Money.of(line.wages));
      rsTotals.tax = rsTotals.tax.plus(Money.of(line.tax));
      rs++;
    }
  }
  records.push(buildRecord(RT, { rwCount: String(rw), ...totalsRecord(rwTotals) }));
  if (ro > 0) records.push(buildRecord(RU, { roCount: String(ro), ...totalsRecord(roTotals) }));
  if (rs > 0)
    records.push(
      buildRecord(RV, {
        rsCount: String(rs),
        stateTaxableWages: rsTotals.wages.toFixed(),
        stateIncomeTax: rsTotals.tax.toFixed(),
      }),
    );
  records.push(buildRecord(RF, { rwCount: String(rw) }));
  if (missingSsn > 0)
    notes.push(
      `${missingSsn} employee record(s) have a zero-filled SSN: the product holds no SSNs, so they must be entered before the file is submitted`,
    );
  if (ttOmitted > 0)
    notes.push(
      `${ttOmitted} box 12 code TT amount(s) are on the W-2s but have no field in the Tax Year 2025 EFW2 layout`,
    );
  const delimiter = EFW2_RECORD_DELIMITER.value;
  return { text: records.map((r) => r + delimiter).join(""), counts: { RW: rw, RO: ro, RS: rs }, notes };
}

/** The local income-tax wages and tax of one state's W-2 local lines, for its RS record. */
function localTotals(
  locals: readonly W2LocalLine[],
  state: string,
): { localTaxableWages: string; localIncomeTax: string } {
  let wages = Money.zero();
  let tax = Money.zero();
  for (const l of locals) {
    if (l.state !== state || l.locality.endsWith(" LST")) continue;
    wages = wages.plus(Money.of(l.wages));
    tax = tax.plus(Money.of(l.tax));
  }
  return { localTaxableWages: wages.toFixed(), localIncomeTax: tax.toFixed() };
}
