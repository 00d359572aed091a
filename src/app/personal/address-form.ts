import { z } from "zod";
import type { CommandRef, FormField, ReplyBlock } from "../../conversation/reply";
import { DomainError } from "../../errors/domain-error";
import { US_STATES } from "../census/census.schema";

/** Form fields left empty arrive as "": treat them as absent. */
const blank = (v: unknown) => (v === "" || v === null ? undefined : typeof v === "string" ? v.trim() : v);

/** The address form's values as a submission or button carries them (strings; checked by `readAddressForm`). */
export const AddressFormArgsSchema = z.object({
  street: z.preprocess(blank, z.string().max(200).optional()),
  unit: z.preprocess(blank, z.string().max(60).optional()),
  city: z.preprocess(blank, z.string().max(100).optional()),
  state: z.preprocess(blank, z.string().max(10).optional()),
  zip: z.preprocess(blank, z.string().max(20).optional()),
  preferredName: z.preprocess(blank, z.string().max(100).optional()),
  personalPhone: z.preprocess(blank, z.string().max(40).optional()),
  personalEmail: z.preprocess(blank, z.string().max(200).optional()),
});
export type AddressFormArgs = z.infer<typeof AddressFormArgsSchema>;

/** A home address as stored: USPS state code and a five- or nine-digit ZIP. */
export type HomeAddress = { street: string; unit?: string; city: string; state: string; zip: string };

/** What a valid form changes: the home address, and the optional personal details given. */
export type PersonalDetailsChange = {
  address: HomeAddress;
  preferredName?: string;
  personalPhone?: string;
  personalEmail?: string;
};

/** Field names a person reads in an error message. */
const FIELD_LABELS: Record<keyof AddressFormArgs, string> = {
  street: "Street address",
  unit: "Apartment or unit",
  city: "City",
  state: "State",
  zip: "ZIP code",
  preferredName: "Preferred name",
  personalPhone: "Personal phone",
  personalEmail: "Personal email",
};

function invalid(field: keyof AddressFormArgs, problem: string): DomainError {
  return new DomainError("input.invalid", `${field}: ${problem}`, {
    userMessage: `${FIELD_LABELS[field]}: ${problem}. Nothing was saved.`,
  });
}

const STATES: ReadonlySet<string> = new Set(US_STATES);
const ZIP = /^\d{5}(-\d{4})?$/;
/** A US number: ten digits once punctuation and a leading +1 are removed. */
const PHONE = /^(\+?1)?\d{10}$/;

/**
 * The form checked field by field: the first bad value is refused naming its field, nothing saved.
 * Values longer than a field allows are refused by the schema the same way.
 */
export function readAddressForm(raw: unknown): PersonalDetailsChange {
  const parsed = AddressFormArgsSchema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] as keyof AddressFormArgs | undefined;
    throw field && field in FIELD_LABELS
      ? invalid(field, "is too long")
      : new DomainError("input.invalid", "address form: not a form submission");
  }
  const args = parsed.data;
  if (!args.street) throw invalid("street", "is required");
  if (!args.city) throw invalid("city", "is required");
  const state = args.state?.toUpperCase();
  if (!state) throw invalid("state", "is required");
  if (!STATES.has(state)) throw invalid("state", "must be a US state code such as PA");
  if (!args.zip) throw invalid("zip", "is required");
  if (!ZIP.test(args.zip)) throw invalid("zip", "must be 5 digits, or 5+4 like 19103-1234");
  const change: PersonalDetailsChange = {
    address: {
      street: args.street,
      ...(args.unit ? { unit: args.unit } : {}),
      city: args.city,
      state,
      zip: args.zip,
    },
  };
  if (args.preferredName) change.preferredName = args.preferredName;
  if (args.personalPhone) {
    const digits = args.personalPhone.replace(/[\s().-]/g, "");
    if (!PHONE.test(digits)) throw invalid("personalPhone", "must be a US phone number with area code");
    change.personalPhone = digits.slice(-10);
  }
  if (args.personalEmail) {
    if (!z.email().safeParse(args.personalEmail).success)
      throw invalid("personalEmail", "must be an email address like name@example.com");
    change.personalEmail = args.personalEmail;
  }
  return change;
}

/**
 * Whether moving from `before` to `after` changes where the employee is a resident for tax: another
 * state or another home locality. The employee is shown the withholding preview before confirming one.
 */
export function changesResidence(
  before: { state?: string | null; homeLocality?: string | null },
  after: { state: string; homeLocality?: string | null },
): boolean {
  return (
    (before.state ?? null) !== after.state || (before.homeLocality ?? null) !== (after.homeLocality ?? null)
  );
}

/** The home-address form as the reply model carries it, prefilled with the address on file. */
export function addressFormBlock(
  current: HomeAddress | null,
  submit: CommandRef,
): Extract<ReplyBlock, { kind: "form" }> {
  const initial = (v: string | undefined) => (v === undefined ? {} : { initial: v });
  const fields: FormField[] = [
    { name: "street", label: FIELD_LABELS.street, type: "text", required: true, ...initial(current?.street) },
    { name: "unit", label: `${FIELD_LABELS.unit} (optional)`, type: "text", ...initial(current?.unit) },
    { name: "city", label: FIELD_LABELS.city, type: "text", required: true, ...initial(current?.city) },
    {
      name: "state",
      label: `${FIELD_LABELS.state} (two letters)`,
      type: "text",
      required: true,
      placeholder: "PA",
      ...initial(current?.state),
    },
    {
      name: "zip",
      label: FIELD_LABELS.zip,
      type: "text",
      required: true,
      placeholder: "19103",
      ...initial(current?.zip),
    },
  ];
  return {
    kind: "form",
    id: "personal-address",
    title: "Change your address",
    submitLabel: "Review",
    fields,
    command: submit,
  };
}
