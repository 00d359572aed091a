import { z } from "zod";
import type { CommandRef, FormField, ReplyBlock } from "../../conversation/reply";
import { Money } from "../../core/money/money";
import type { FederalW4From2020, FederalW4Input, StateW4Input } from "../../core/payroll/paycheck-input";
import { exemptClaimExpires } from "../../core/payroll/withholding/exempt-claim";
import { DomainError } from "../../errors/domain-error";

/** Form fields left empty arrive as "": treat them as absent. */
const blank = (v: unknown) =>
  v === "" || v === null ? undefined : typeof v === "number" || typeof v === "boolean" ? String(v) : v;
const text = z.preprocess(blank, z.string().max(40).optional());

/** The W-4 form's values as a submission or button carries them (strings; checked by `readW4Form`). */
export const W4FormArgsSchema = z.object({
  filingStatus: text,
  multipleJobs: text,
  dependentsAmount: text,
  otherIncome: text,
  deductions: text,
  extraWithholding: text,
  exempt: text,
  exemptYear: text,
  stateAllowances: text,
  stateAdditionalAllowances: text,
  stateExtraWithholding: text,
});
export type W4FormArgs = z.infer<typeof W4FormArgsSchema>;

const FILING_STATUSES = ["single", "married_jointly", "married_separately", "head_of_household"] as const;
const FILING_LABELS: Record<(typeof FILING_STATUSES)[number], string> = {
  single: "Single",
  married_jointly: "Married filing jointly (or qualifying surviving spouse)",
  married_separately: "Married filing separately",
  head_of_household: "Head of household",
};

/** Field names a person reads in an error message. */
const FIELD_LABELS: Record<keyof W4FormArgs, string> = {
  filingStatus: "Filing status (Step 1c)",
  multipleJobs: "Multiple jobs or spouse works (Step 2)",
  dependentsAmount: "Dependents amount (Step 3)",
  otherIncome: "Other income (Step 4a)",
  deductions: "Deductions (Step 4b)",
  extraWithholding: "Extra withholding per paycheck (Step 4c)",
  exempt: "Exempt from withholding",
  exemptYear: "Tax year claimed exempt",
  stateAllowances: "State allowances",
  stateAdditionalAllowances: "State allowances for deductions",
  stateExtraWithholding: "State extra withholding per paycheck",
};

/** The certificate a valid form makes, and when an exempt claim lapses. */
export type W4Certificate = { federalW4: FederalW4Input; stateW4?: StateW4Input; exemptExpires?: string };

function invalid(field: keyof W4FormArgs, problem: string): DomainError {
  return new DomainError("input.invalid", `${field}: ${problem}`, {
    userMessage: `${FIELD_LABELS[field]}: ${problem}. Nothing was saved.`,
  });
}

/** A dollar amount typed on the form ("2,000", "$25.50"): 0 or more, at most cents. */
function money(args: W4FormArgs, field: keyof W4FormArgs, max: string): string | undefined {
  const raw = args[field];
  if (raw === undefined) return undefined;
  const cleaned = raw.trim().replace(/^\$/, "").replaceAll(",", "");
  if (/^-/.test(cleaned)) throw invalid(field, "can't be negative");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned))
    throw invalid(field, "must be an amount in dollars, like 2000 or 25.50");
  const amount = Money.of(cleaned);
  if (amount.greaterThan(Money.of(max))) throw invalid(field, `can't be more than ${Money.of(max).format()}`);
  return amount.toFixed();
}

function yesNo(args: W4FormArgs, field: "multipleJobs" | "exempt"): boolean {
  const raw = args[field];
  if (raw === undefined || raw === "no") return false;
  if (raw === "yes") return true;
  throw invalid(field, 'must be "yes" or "no"');
}

/**
 * The certificate a submitted W-4 form states, checked field by field: each impossible value (a
 * negative or non-numeric amount, an unknown status, an exempt claim for a year already lapsed) is
 * refused with a message naming the field, and nothing is kept. An exempt claim keeps only the filing
 * status, as the form says (the other steps are left blank when claiming exemption).
 */
export function readW4Form(args: W4FormArgs, today: string): W4Certificate {
  const status = args.filingStatus;
  if (!status || !(FILING_STATUSES as readonly string[]).includes(status))
    throw invalid(
      "filingStatus",
      "choose single, married filing jointly, married filing separately or head of household",
    );
  const filingStatus = status as FederalW4From2020["filingStatus"];
  const exempt = yesNo(args, "exempt");
  const stateW4 = readStateW4(args);
  if (exempt) {
    const year = args.exemptYear === undefined ? Number(today.slice(0, 4)) : Number(args.exemptYear);
    if (!Number.isInteger(year) || String(year) !== (args.exemptYear ?? String(year)).trim())
      throw invalid("exemptYear", "must be a year, like 2026");
    const expires = exemptClaimExpires(year);
    if (expires < today)
      throw invalid(
        "exemptYear",
        `an exempt claim for ${year} lapsed on ${expires}; claim exemption for ${today.slice(0, 4)} instead`,
      );
    if (year > Number(today.slice(0, 4)) + 1)
      throw invalid("exemptYear", "claim exemption for this year or next");
    return {
      federalW4: { version: 2020, filingStatus, exempt: true, exemptExpires: expires },
      ...(stateW4 ? { stateW4 } : {}),
      exemptExpires: expires,
    };
  }
  const federalW4: FederalW4From2020 = { version: 2020, filingStatus };
  if (yesNo(args, "multipleJobs")) federalW4.step2Checkbox = true;
  const credits = money(args, "dependentsAmount", "100000");
  if (credits && !Money.of(credits).isZero()) federalW4.step3Credits = credits;
  const other = money(args, "otherIncome", "10000000");
  if (other && !Money.of(other).isZero()) federalW4.step4aOtherIncome = other;
  const deductions = money(args, "deductions", "10000000");
  if (deductions && !Money.of(deductions).isZero()) federalW4.step4bDeductions = deductions;
  const extra = money(args, "extraWithholding", "100000");
  if (extra && !Money.of(extra).isZero()) federalW4.step4cExtraWithholding = extra;
  return { federalW4, ...(stateW4 ? { stateW4 } : {}) };
}

/** A count typed on the form: a whole number from 0 to 99. */
function count(args: W4FormArgs, field: "stateAllowances" | "stateAdditionalAllowances"): number | undefined {
  const raw = args[field]?.trim();
  if (raw === undefined) return undefined;
  if (/^-/.test(raw)) throw invalid(field, "can't be negative");
  if (!/^\d{1,2}$/.test(raw)) throw invalid(field, "must be a whole number, like 0 or 2");
  return Number(raw);
}

/**
 * The state certificate's lines the form carries: allowances (e.g. CA DE 4 line 1a), additional allowances for estimated deductions (DE 4 line 1b) and extra withholding.
 * Lines left empty keep what is on file (signing merges them over the certificate on file).
 */
function readStateW4(args: W4FormArgs): StateW4Input | undefined {
  const allowances = count(args, "stateAllowances");
  const additionalAllowances = count(args, "stateAdditionalAllowances");
  const extra = money(args, "stateExtraWithholding", "100000");
  if (allowances === undefined && additionalAllowances === undefined && extra === undefined) return undefined;
  return {
    ...(allowances === undefined ? {} : { allowances }),
    ...(additionalAllowances === undefined ? {} : { additionalAllowances }),
    ...(extra === undefined || Money.of(extra).isZero() ? {} : { extraWithholding: extra }),
  };
}

/** The W-4 form as the reply model carries it, prefilled with the certificate on file. */
export function w4FormBlock(
  current: FederalW4Input | undefined,
  submit: CommandRef,
  currentState?: StateW4Input | null,
): ReplyBlock {
  const w4 = current?.version === 2020 ? current : undefined;
  const initial = (v: string | undefined) => (v === undefined ? {} : { initial: v });
  const yesNoOptions = [
    { value: "no", label: "No" },
    { value: "yes", label: "Yes" },
  ];
  const fields: FormField[] = [
    {
      name: "filingStatus",
      label: FIELD_LABELS.filingStatus,
      type: "select",
      required: true,
      options: FILING_STATUSES.map((s) => ({ value: s, label: FILING_LABELS[s] })),
      ...initial(w4?.filingStatus ?? (current?.filingStatus === "married" ? "married_jointly" : "single")),
    },
    {
      name: "multipleJobs",
      label: FIELD_LABELS.multipleJobs,
      type: "select",
      options: yesNoOptions,
      initial: w4?.step2Checkbox ? "yes" : "no",
    },
    {
      name: "dependentsAmount",
      label: `${FIELD_LABELS.dependentsAmount}, per year`,
      type: "text",
      placeholder: "0",
      ...initial(w4?.step3Credits),
    },
    {
      name: "otherIncome",
      label: `${FIELD_LABELS.otherIncome}, per year`,
      type: "text",
      placeholder: "0",
      ...initial(w4?.step4aOtherIncome),
    },
    {
      name: "deductions",
      label: `${FIELD_LABELS.deductions}, per year`,
      type: "text",
      placeholder: "0",
      ...initial(w4?.step4bDeductions),
    },
    {
      name: "extraWithholding",
      label: FIELD_LABELS.extraWithholding,
      type: "text",
      placeholder: "0",
      ...initial(w4?.step4cExtraWithholding),
    },
    {
      name: "exempt",
      label: FIELD_LABELS.exempt,
      type: "select",
      options: yesNoOptions,
      initial: current?.exempt ? "yes" : "no",
    },
    {
      name: "exemptYear",
      label: `${FIELD_LABELS.exemptYear} (only when exempt)`,
      type: "text",
      placeholder: "this year",
    },
    {
      name: "stateAllowances",
      label: `${FIELD_LABELS.stateAllowances} (e.g. CA DE 4 line 1a)`,
      type: "number",
      ...initial(currentState?.allowances === undefined ? undefined : String(currentState.allowances)),
    },
    {
      name: "stateAdditionalAllowances",
      label: `${FIELD_LABELS.stateAdditionalAllowances} (e.g. DE 4 line 1b)`,
      type: "number",
      ...initial(
        currentState?.additionalAllowances === undefined
          ? undefined
          : String(currentState.additionalAllowances),
      ),
    },
    {
      name: "stateExtraWithholding",
      label: FIELD_LABELS.stateExtraWithholding,
      type: "text",
      ...initial(currentState?.extraWithholding),
    },
  ];
  return {
    kind: "form",
    id: "payroll-w4",
    title: "Change your W-4",
    submitLabel: "Preview",
    fields,
    command: submit,
  };
}

/** The certificate in a few plain lines (no pay figures). */
export function certificateFacts(c: W4Certificate): { label: string; value: string }[] {
  const w4 = c.federalW4;
  const facts = [
    {
      label: "Filing status",
      value: FILING_LABELS[w4.filingStatus as (typeof FILING_STATUSES)[number]] ?? w4.filingStatus,
    },
  ];
  if (w4.exempt) facts.push({ label: "Exempt from withholding", value: `yes, until ${c.exemptExpires}` });
  if (w4.version === 2020) {
    if (w4.step2Checkbox) facts.push({ label: "Multiple jobs (Step 2)", value: "yes" });
    if (w4.step3Credits)
      facts.push({ label: "Dependents (Step 3)", value: Money.of(w4.step3Credits).format() });
    if (w4.step4aOtherIncome)
      facts.push({ label: "Other income (Step 4a)", value: Money.of(w4.step4aOtherIncome).format() });
    if (w4.step4bDeductions)
      facts.push({ label: "Deductions (Step 4b)", value: Money.of(w4.step4bDeductions).format() });
    if (w4.step4cExtraWithholding)
      facts.push({
        label: "Extra withholding (Step 4c)",
        value: `${Money.of(w4.step4cExtraWithholding).format()} a paycheck`,
      });
  }
  if (c.stateW4?.allowances !== undefined)
    facts.push({ label: "State allowances", value: String(c.stateW4.allowances) });
  if (c.stateW4?.additionalAllowances !== undefined)
    facts.push({ label: "State additional allowances", value: String(c.stateW4.additionalAllowances) });
  if (c.stateW4?.extraWithholding)
    facts.push({
      label: "State extra withholding",
      value: `${Money.of(c.stateW4.extraWithholding).format()} a paycheck`,
    });
  return facts;
}
