import { isoDate } from "../calendar/iso-date";
import { onOrNextBusinessDay } from "../ledger/business-days";
import type { W2 } from "../ledger/form-w2";
import type { W2LocalLine, W2StateLine } from "../ledger/w2-state-wages";
import { Money } from "../money/money";
import type { FilingAddress } from "./efw2";

/** Form W-2 as printed: boxes a–f and 1–20. Money is decimal strings; absent amounts print empty. */
export type W2Form = {
  year: number;
  /** a: the SSN as printed (the product holds none, so a masked placeholder). */
  ssn: string;
  employer: { ein: string; name: string; address?: FilingAddress };
  /** d: the control number (the employee's external id). */
  controlNumber: string;
  employee: { name: string; address?: FilingAddress };
  box1: string;
  box2: string;
  box3: string;
  box4: string;
  box5: string;
  box6: string;
  box7: string;
  box8: string;
  box9: string;
  box10: string;
  box11: string;
  /** 12a–12d: at most four entries per form; more go on a second form (see `w2Copies`). */
  box12: { code: string; amount: string }[];
  box13: { statutoryEmployee: boolean; retirementPlan: boolean; thirdPartySickPay: boolean };
  box14: { label: string; amount: string }[];
  /** 15–17 per state; 18–20 per locality and local tax. */
  states: { state: string; employerStateId: string; wages: string; tax: string }[];
  locals: { wages: string; tax: string; locality: string }[];
};

/** What box 14 may show the employee: state programs withheld, by their short name. */
export type W2OtherAmount = { label: string; amount: string };

/** Placeholder printed in box a: the product never holds SSNs (employee copies may show a truncated one). */
export const W2_SSN_PLACEHOLDER = "XXX-XX-XXXX";

/** When employees must have their W-2s: 31 January of the next year, moved past a weekend or holiday. */
export const W2_FURNISH_DEADLINE = {
  effective: "2017-01-01",
  value: { month: 1, day: 31 },
  source:
    "IRC § 6051(a); General Instructions for Forms W-2 and W-3 (2026), 'When to furnish Forms W-2 to employees': by January 31, or the next business day when it falls on a Saturday, Sunday or legal holiday",
} as const;

/** The day employees must have their `year` W-2s by. */
export function w2FurnishDate(year: number): string {
  const { month, day } = W2_FURNISH_DEADLINE.value;
  return onOrNextBusinessDay(isoDate(year + 1, month, day));
}

/** Box 12 has four entries (12a–12d) per form. */
export const W2_BOX12_PER_FORM = {
  effective: "2011-01-01",
  value: 4,
  source:
    "General Instructions for Forms W-2 and W-3 (2026), box 12: no more than four items per Form W-2; use a second Form W-2 for more",
} as const;

/**
 * The printed W-2 of one employee from the year's W-2 figures and state lines. Boxes 7–11 are zero
 * (the product pays no tips, dependent care benefits or nonqualified plans); box 13's retirement plan
 * box is checked when the employee deferred into the 401(k) (codes D or AA).
 * @see General Instructions for Forms W-2 and W-3 (2026), boxes a–20
 */
export function buildW2Form(input: {
  w2: W2;
  employer: {
    ein: string;
    name: string;
    address?: FilingAddress;
    stateAccounts?: Readonly<Record<string, string>>;
  };
  employee: { name: string; externalId: string; address?: FilingAddress };
  states: readonly W2StateLine[];
  /** Boxes 18–20; absent or empty when no local tax was withheld. */
  locals?: readonly W2LocalLine[];
  other?: readonly W2OtherAmount[];
}): W2Form {
  const { w2, employer } = input;
  const zero = Money.zero().toFixed();
  return {
    year: w2.year,
    ssn: W2_SSN_PLACEHOLDER,
    employer: {
      ein: employer.ein,
      name: employer.name,
      ...(employer.address ? { address: employer.address } : {}),
    },
    controlNumber: input.employee.externalId,
    employee: {
      name: input.employee.name,
      ...(input.employee.address ? { address: input.employee.address } : {}),
    },
    box1: w2.box1,
    box2: w2.box2,
    box3: w2.box3,
    box4: w2.box4,
    box5: w2.box5,
    box6: w2.box6,
    box7: zero,
    box8: zero,
    box9: "",
    box10: zero,
    box11: zero,
    box12: w2.box12.map((c) => ({ ...c })),
    box13: {
      statutoryEmployee: false,
      retirementPlan: w2.box12.some((c) => c.code === "D" || c.code === "AA"),
      thirdPartySickPay: false,
    },
    box14: (input.other ?? []).filter((o) => !Money.of(o.amount).isZero()).map((o) => ({ ...o })),
    states: input.states.map((s) => ({
      state: s.state,
      employerStateId: employer.stateAccounts?.[s.state] ?? "",
      wages: s.wages,
      tax: s.tax,
    })),
    locals: (input.locals ?? []).map((l) => ({ wages: l.wages, tax: l.tax, locality: l.locality })),
  };
}

/**
 * The printed forms of one employee: one W-2, or more when box 12 has over four entries or the
 * employee has over two states or localities (the form has two lines of each); each extra form repeats boxes a–f and
 * carries only the overflow.
 */
export function w2Copies(form: W2Form): W2Form[] {
  const per = W2_BOX12_PER_FORM.value;
  const statesPer = 2;
  const pages = Math.max(
    1,
    Math.ceil(form.box12.length / per),
    Math.ceil(form.states.length / statesPer),
    Math.ceil(form.locals.length / statesPer),
  );
  return Array.from({ length: pages }, (_, i) =>
    i === 0
      ? {
          ...form,
          box12: form.box12.slice(0, per),
          states: form.states.slice(0, statesPer),
          locals: form.locals.slice(0, statesPer),
        }
      : {
          ...form,
          box1: "",
          box2: "",
          box3: "",
          box4: "",
          box5: "",
          box6: "",
          box7: "",
          box8: "",
          box10: "",
          box11: "",
          box12: form.box12.slice(i * per, (i + 1) * per),
          box13: { statutoryEmployee: false, retirementPlan: false, thirdPartySickPay: false },
          box14: [],
          states: form.states.slice(i * statesPer, (i + 1) * statesPer),
          locals: form.locals.slice(i * statesPer, (i + 1) * statesPer),
        },
  );
}

/** Form W-3: the transmittal, totals of the W-2s filed with it. */
export type W3 = {
  year: number;
  kindOfPayer: "941";
  kindOfEmployer: "None apply";
  /** c: total number of Forms W-2 (employees, not continuation copies). */
  formsCount: number;
  employer: { ein: string; name: string; address?: FilingAddress };
  box1: string;
  box2: string;
  box3: string;
  box4: string;
  box5: string;
  box6: string;
  box7: string;
  box8: string;
  box10: string;
  box11: string;
  /** 12a: deferred compensation, the total of the deferral codes of box 12. */
  box12a: string;
  /** Box 12 by code across all W-2s: what 12a totals and what the EFW2 RT record totals by field. */
  box12ByCode: { code: string; amount: string }[];
  box13ThirdPartySickPay: boolean;
  box14: string;
  /** 15: the state and ID when one state; "X" and no ID when several. */
  box15: { state: string; employerStateId: string };
  box16: string;
  box17: string;
  box18: string;
  box19: string;
};

/** Box 12 codes that W-3 box 12a totals (elective deferrals and designated Roth contributions). */
export const W3_DEFERRED_COMPENSATION_CODES = {
  effective: "2011-01-01",
  value: ["D", "E", "F", "G", "H", "S", "Y", "AA", "BB", "EE"] as readonly string[],
  source:
    "General Instructions for Forms W-2 and W-3 (2026), Form W-3 box 12a: codes D through H, S, Y, AA, BB and EE",
} as const;

/**
 * Form W-3 from the W-2s of one employer and year: every money box is the sum of the same box over
 * the W-2s; 12a totals the deferral codes; 16 and 17 total every state line.
 * @see General Instructions for Forms W-2 and W-3 (2026), Form W-3
 */
export function buildW3(
  year: number,
  employer: {
    ein: string;
    name: string;
    address?: FilingAddress;
    stateAccounts?: Readonly<Record<string, string>>;
  },
  forms: readonly W2Form[],
): W3 {
  const sum = (pick: (f: W2Form) => string) =>
    forms.reduce((acc, f) => acc.plus(Money.of(pick(f) || "0")), Money.zero()).toFixed();
  const byCode = new Map<string, Money>();
  for (const f of forms)
    for (const c of f.box12)
      byCode.set(c.code, (byCode.get(c.code) ?? Money.zero()).plus(Money.of(c.amount)));
  const deferral = new Set(W3_DEFERRED_COMPENSATION_CODES.value);
  const states = [...new Set(forms.flatMap((f) => f.states.map((s) => s.state)))].sort();
  const only = states.length === 1 ? states[0]! : undefined;
  return {
    year,
    kindOfPayer: "941",
    kindOfEmployer: "None apply",
    formsCount: forms.length,
    employer: {
      ein: employer.ein,
      name: employer.name,
      ...(employer.address ? { address: employer.address } : {}),
    },
    box1: sum((f) => f.box1),
    box2: sum((f) => f.box2),
    box3: sum((f) => f.box3),
    box4: sum((f) => f.box4),
    box5: sum((f) => f.box5),
    box6: sum((f) => f.box6),
    box7: sum((f) => f.box7),
    box8: sum((f) => f.box8),
    box10: sum((f) => f.box10),
    box11: sum((f) => f.box11),
    box12a: [...byCode.entries()]
      .filter(([code]) => deferral.has(code))
      .reduce((acc, [, v]) => acc.plus(v), Money.zero())
      .toFixed(),
    box12ByCode: [...byCode.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, amount]) => ({ code, amount: amount.toFixed() })),
    box13ThirdPartySickPay: false,
    box14: Money.zero().toFixed(),
    box15: only
      ? { state: only, employerStateId: employer.stateAccounts?.[only] ?? "" }
      : { state: states.length ? "X" : "", employerStateId: "" },
    box16: forms
      .reduce((acc, f) => f.states.reduce((a, s) => a.plus(Money.of(s.wages)), acc), Money.zero())
      .toFixed(),
    box17: forms
      .reduce((acc, f) => f.states.reduce((a, s) => a.plus(Money.of(s.tax)), acc), Money.zero())
      .toFixed(),
    box18: Money.zero().toFixed(),
    box19: Money.zero().toFixed(),
  };
}
