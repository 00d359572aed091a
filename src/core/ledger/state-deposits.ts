import { addDays, dayOfWeek, isoDate, monthEnd, parts } from "../calendar/iso-date";
import { pickDated } from "../tables/dated";
import {
  STATE_DEPOSIT_RULES,
  STATE_PROGRAM_DEPOSITS,
  type StateDepositRule,
  type StateWithholdingFrequency,
} from "../tables/states/deposit-frequencies";
import { STATE_LEGAL_HOLIDAYS } from "../tables/states/state-holidays";
import { Accounts } from "./accounts";
import { addBusinessDays, nextBusinessDay, onOrNextBusinessDay, quarterOf } from "./business-days";
import {
  addTo,
  type Draft,
  dayOfMonthAfter,
  newDraft,
  ordinal,
  type Posting,
  semiweeklyKey,
} from "./deposit-drafts";
import { type Form941Schedule, form941DueDate } from "./deposit-schedule";

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/**
 * The period key and due date of a state (or local) deposit rule for one pay date. `holidays` are the
 * state's own holidays, which are not business days either (weekends and federal legal holidays never
 * are).
 */
export function stateDue(
  rule: StateDepositRule,
  payDate: string,
  schedule941: Form941Schedule,
  holidays: ReadonlySet<string> = NO_HOLIDAYS,
): { key: string; dueDate: string; words: string } {
  const { year, month, day } = parts(payDate);
  const q = quarterOf(payDate);
  switch (rule.kind) {
    case "federal_schedule":
      return schedule941 === "monthly"
        ? stateDue({ kind: "monthly", dayOfNextMonth: 15 }, payDate, schedule941, holidays)
        : stateDue({ kind: "semiweekly" }, payDate, schedule941, holidays);
    case "semiweekly":
      return {
        key: `SW-${semiweeklyKey(payDate)}`,
        dueDate: onOrNextBusinessDay(form941DueDate(payDate, "semiweekly"), holidays),
        words: "semiweekly: Wed–Fri paydays by the next Wednesday, Sat–Tue by the next Friday",
      };
    case "semimonthly": {
      const periodEnd = day <= 15 ? isoDate(year, month, 15) : monthEnd(year, month);
      return {
        key: `SM-${periodEnd}`,
        dueDate: addBusinessDays(periodEnd, rule.businessDaysAfter, holidays),
        words: `semimonthly: ${rule.businessDaysAfter} business days after the 15th and the month's end`,
      };
    }
    case "semimonthly_fixed": {
      const firstHalf = day <= 15;
      const periodEnd = firstHalf ? isoDate(year, month, 15) : monthEnd(year, month);
      return {
        key: `SM-${periodEnd}`,
        dueDate: firstHalf
          ? dayOfSameMonth(year, month, rule.firstHalfDay, holidays)
          : dayOfMonthAfter(year, month, rule.secondHalfDayOfNextMonth, holidays),
        words: `semimonthly: the 1st–15th by ${dayWords(rule.firstHalfDay)} of the month, the 16th–end by ${dayWords(rule.secondHalfDayOfNextMonth)} of the next`,
      };
    }
    case "monthly": {
      const quarterEnd = month % 3 === 0 && rule.quarterEndDay !== undefined;
      const dueDay = quarterEnd
        ? rule.quarterEndDay!
        : month === 1 && rule.februaryDay !== undefined
          ? rule.februaryDay
          : rule.dayOfNextMonth;
      return {
        key: `M-${payDate.slice(0, 7)}`,
        dueDate: dayOfMonthAfter(year, month, dueDay, holidays),
        words: quarterEnd
          ? "monthly: a quarter's last month is due with the quarterly return"
          : `monthly: by ${dayWords(rule.dayOfNextMonth)} of the next month`,
      };
    }
    case "quarterly":
      return {
        key: `${year}Q${q}`,
        dueDate: dayOfMonthAfter(year, q * 3, rule.dayOfMonthAfterQuarter, holidays),
        words:
          rule.dayOfMonthAfterQuarter >= 31
            ? "quarterly: by the last day of the month after the quarter"
            : `quarterly: by the ${ordinal(rule.dayOfMonthAfterQuarter)} of the month after the quarter`,
      };
    case "weekly_wednesday": {
      const weekEnd = addDays(payDate, (5 - dayOfWeek(payDate) + 7) % 7);
      return {
        key: `W-${weekEnd}`,
        dueDate: onOrNextBusinessDay(addDays(weekEnd, 5), holidays),
        words: "weekly: Saturday–Friday weeks by the next Wednesday",
      };
    }
    case "weekly_next_business_day": {
      const weekEnd = addDays(payDate, 6 - dayOfWeek(payDate));
      return {
        key: `W-${weekEnd}`,
        dueDate: nextBusinessDay(weekEnd, holidays),
        words: "weekly: Sunday–Saturday weeks by the next business day",
      };
    }
    case "every_payroll":
      return {
        key: payDate,
        dueDate: addBusinessDays(payDate, rule.businessDaysAfter, holidays),
        words: `every payroll: ${rule.businessDaysAfter} business days after the pay date`,
      };
    case "periods_in_month": {
      const last = Number(monthEnd(year, month).slice(8));
      // The first period end on or after the pay date; 31 (or any day past the month) is its last day.
      const endDay = Math.min(rule.endDays.find((d) => d >= day) ?? last, last);
      const periodEnd = isoDate(year, month, endDay);
      const ends = rule.endDays.map((d) => (d >= 31 ? "last day" : ordinal(d)));
      return {
        key: `P-${periodEnd}`,
        dueDate: addBusinessDays(periodEnd, rule.businessDaysAfter, holidays),
        words: `${rule.label}: periods ending the ${ends.slice(0, -1).join(", ")} and ${ends.at(-1)} of the month, due ${rule.businessDaysAfter} business days after`,
      };
    }
  }
}

/** "the 25th", or "the last day" for 31. */
function dayWords(day: number): string {
  return day >= 31 ? "the last day" : `the ${ordinal(day)}`;
}

/** That day of the pay date's own month (31 means its last day), moved off a weekend or holiday. */
function dayOfSameMonth(year: number, month: number, day: number, holidays: ReadonlySet<string>): string {
  const last = Number(monthEnd(year, month).slice(8));
  return onOrNextBusinessDay(isoDate(year, month, Math.min(day, last)), holidays);
}

const holidaySets = new Map<string, ReadonlySet<string>>();

/** Every listed holiday of a state, all years together (empty for a state with no list). */
function stateHolidaySet(state: string): ReadonlySet<string> {
  let set = holidaySets.get(state);
  if (!set) {
    const years = STATE_LEGAL_HOLIDAYS[state]?.years ?? {};
    set = new Set(
      Object.values(years)
        .flat()
        .map((h) => h.date),
    );
    holidaySets.set(state, set);
  }
  return set;
}

type StateDepositOf =
  | {
      kind: "withholding" | "unemployment";
      state: string;
      agency: string;
      words: string;
      due: ReturnType<typeof stateDue>;
      unverified: boolean;
    }
  | { refused: string };

const refused = (reason: string): StateDepositOf => ({ refused: reason });

/**
 * The state deposit one posting belongs to, by the state's table and the client's frequency; null for
 * a posting that is not a state liability, `refused` when the tables cannot date it. The deposit
 * calendar and the liabilities report both date state liabilities with this, so they agree.
 */
export function stateDepositOf(
  p: Pick<Posting, "account" | "memo" | "payDate">,
  input: {
    clientState: string;
    stateFrequencies: Readonly<Record<string, StateWithholdingFrequency>>;
    form941ScheduleByYear: Readonly<Record<number, Form941Schedule>>;
  },
): StateDepositOf | null {
  let kind: "withholding" | "unemployment";
  let state: string;
  if (p.account === Accounts.stateWithholdingPayable) {
    kind = "withholding";
    state = (p.memo ?? "").toUpperCase();
  } else if (p.account === Accounts.sutaPayable) {
    kind = "unemployment";
    state = input.clientState.toUpperCase();
  } else if (p.account === Accounts.stateProgramsPayable) {
    const code = (p.memo ?? "").toUpperCase();
    state = code.slice(0, 2);
    const travelsWith = STATE_PROGRAM_DEPOSITS[code];
    if (!travelsWith) {
      return refused(`deposit frequency not known for the state program ${code || "(unnamed)"}`);
    }
    kind = travelsWith;
  } else return null;
  const entry = pickDated(STATE_DEPOSIT_RULES[state] ?? [], p.payDate);
  if (!entry) {
    return refused(`deposit frequency not known for ${state || "(no state)"}`);
  }
  let rule: StateDepositRule;
  let agency: string;
  let words: string;
  if (kind === "withholding") {
    const withholding = entry.value.withholding;
    if (!withholding) {
      return refused(`${state} has no state withholding deposit in the table, yet withholding was posted`);
    }
    const frequency = input.stateFrequencies[state] ?? withholding.default;
    const chosen = withholding.frequencies[frequency];
    if (!chosen) {
      return refused(`deposit frequency ${frequency} not known for ${state}`);
    }
    rule = chosen;
    agency = withholding.agency;
    words =
      input.stateFrequencies[state] !== undefined
        ? `${state} withholding, frequency the state assigned (client setting)`
        : `${state} withholding, the table's default frequency (${frequency}); no client setting`;
  } else {
    rule = entry.value.unemployment.rule;
    agency = entry.value.unemployment.agency;
    words = `${state} unemployment`;
  }
  const year = parts(p.payDate).year;
  const schedule941 = input.form941ScheduleByYear[year] ?? "monthly";
  let due = stateDue(rule, p.payDate, schedule941);
  let unverified = entry.unverified === true;
  // The withholding rules that name the state's own holidays move past them as well (decision 0043).
  const calendar = kind === "withholding" ? STATE_LEGAL_HOLIDAYS[state] : undefined;
  if (calendar) {
    const withHolidays = stateDue(rule, p.payDate, schedule941, stateHolidaySet(state));
    const dueYear = parts(withHolidays.dueDate).year;
    if (withHolidays.dueDate !== due.dueDate) {
      due = { ...withHolidays, words: `${withHolidays.words}; moved past a ${state} holiday` };
      if (calendar.unverified) unverified = true;
    } else if (!calendar.years[dueYear]) {
      due = { ...due, words: `${due.words}; ${state}'s own holidays for ${dueYear} are not in the table` };
    }
  }
  return { kind, state, agency, words, due, unverified };
}

/** State withholding and unemployment deposits, by each state's table and the client's frequency. */
export function stateDeposits(
  postings: readonly Posting[],
  input: {
    clientState: string;
    stateFrequencies: Readonly<Record<string, StateWithholdingFrequency>>;
    form941ScheduleByYear: Readonly<Record<number, Form941Schedule>>;
  },
): { drafts: Draft[]; unscheduled: Posting[]; reasons: Map<Posting, string> } {
  const drafts = new Map<string, Draft>();
  const unscheduled: Posting[] = [];
  const reasons = new Map<Posting, string>();
  const refuse = (p: Posting, reason: string) => {
    unscheduled.push(p);
    reasons.set(p, reason);
  };
  for (const p of postings) {
    const of = stateDepositOf(p, input);
    if (of === null) continue;
    if ("refused" in of) {
      refuse(p, of.refused);
      continue;
    }
    const { kind, state, agency, words, due } = of;
    const id = `${kind === "withholding" ? "SIT" : "SUI"}-${state}-${due.key}`;
    let draft = drafts.get(id);
    if (!draft) {
      draft = newDraft({
        id,
        payee: kind === "withholding" ? "state_withholding" : "state_unemployment",
        agency,
        state,
        dueDate: due.dueDate,
        rule: `${words}; ${due.words}`,
        ...(of.unverified ? { unverified: true as const } : {}),
      });
      drafts.set(id, draft);
    }
    // The ledger's stored date is the one the frequency in force at posting gave; within a period the
    // due date is the latest any pay date gives (they agree for every rule here).
    const dueDate = p.storedDueDate ?? due.dueDate;
    if (draft.lines.size === 0 || dueDate > draft.dueDate) draft.dueDate = dueDate;
    addTo(draft, p);
  }
  return { drafts: [...drafts.values()], unscheduled, reasons };
}
