import { parts } from "../calendar/iso-date";
import { Money } from "../money/money";
import { Accounts, FORM_941_ACCOUNTS } from "./accounts";
import { nextBusinessDay, quarterRange } from "./business-days";
import {
  addTo,
  DEPOSIT_AGENCIES,
  type Draft,
  newDraft,
  type Posting,
  semiweeklyKey,
  total,
} from "./deposit-drafts";
import { DEPOSIT_FIGURES, type Form941Schedule, form941DueDate, quarterlyDueDate } from "./deposit-schedule";

/**
 * Form 941 deposits. Pay dates are walked in order within each deposit period (a month, or a
 * semiweekly period split at a quarter's end). When the period's undeposited taxes reach $100,000 on a
 * pay date, everything undeposited is due the next business day, accumulation starts again at zero,
 * and a monthly depositor becomes semiweekly for the rest of the year and the next one.
 * @see IRS Pub 15 (2026) §11 "Semiweekly deposit schedule", "Deposit period spanning two quarters",
 *   "$100,000 Next-Day Deposit Rule"
 */
export function form941Deposits(
  postings: readonly Posting[],
  scheduleByYear: Readonly<Record<number, Form941Schedule>>,
) {
  const drafts: Draft[] = [];
  const threshold = Money.of(DEPOSIT_FIGURES.nextDayThreshold.value);
  const byYear = new Map<number, Posting[]>();
  for (const p of postings) {
    if (!FORM_941_ACCOUNTS.has(p.account)) continue;
    const year = parts(p.payDate).year;
    byYear.set(year, [...(byYear.get(year) ?? []), p]);
  }
  let semiweeklyFromLastYear = false;
  let lastYear: number | undefined;
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    if (lastYear !== undefined && year !== lastYear + 1) semiweeklyFromLastYear = false;
    let schedule: Form941Schedule = semiweeklyFromLastYear
      ? "semiweekly"
      : (scheduleByYear[year] ?? "monthly");
    let switchedThisYear = false;
    let open: { key: string; schedule: Form941Schedule; draft: Draft } | undefined;
    const close = () => {
      if (!open) return;
      open.draft.dueDate = form941DueDate(open.draft.to, open.schedule);
      drafts.push(open.draft);
      open = undefined;
    };
    const days = new Map<string, Posting[]>();
    for (const p of byYear.get(year)!) days.set(p.payDate, [...(days.get(p.payDate) ?? []), p]);
    for (const [day, dayPostings] of [...days.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const key = schedule === "monthly" ? `M-${day.slice(0, 7)}` : `SW-${semiweeklyKey(day)}`;
      if (open && open.key !== key) close();
      if (!open) {
        open = {
          key,
          schedule,
          draft: newDraft({
            id: `941-${key}`,
            payee: "irs_941",
            agency: DEPOSIT_AGENCIES.irs_941,
            state: null,
            dueDate: "",
            rule:
              schedule === "monthly"
                ? "941 monthly schedule: by the 15th of the next month"
                : "941 semiweekly schedule: Wed–Fri paydays by the next Wednesday, Sat–Tue paydays by the next Friday (3 business days)",
          }),
        };
      }
      for (const p of dayPostings) addTo(open.draft, p);
      if (!total(open.draft).lessThan(threshold)) {
        const draft = open.draft;
        draft.id = `941-ND-${day}`;
        draft.rule = "$100,000 next-day rule: $100,000 or more accumulated, due the next business day";
        draft.dueDate = nextBusinessDay(day);
        drafts.push(draft);
        open = undefined;
        if (schedule === "monthly") {
          schedule = "semiweekly";
          switchedThisYear = true;
        }
      }
    }
    close();
    semiweeklyFromLastYear = switchedThisYear;
    lastYear = year;
  }
  return drafts;
}

/**
 * FUTA deposits: each quarter's liability is deposited by the last day of the month after the quarter
 * once the undeposited total is over $500, otherwise carried into the next quarter; what is left after
 * the fourth quarter (or after the last quarter posted so far) is due by 31 January.
 * @see IRS Pub 15 (2025) pp. 42–43 "When To Deposit" (FUTA)
 */
export function futaDeposits(postings: readonly Posting[]): Draft[] {
  const drafts: Draft[] = [];
  const threshold = Money.of(DEPOSIT_FIGURES.futaDepositThreshold.value);
  const futa = postings.filter((p) => p.account === Accounts.futaPayable);
  const years = [...new Set(futa.map((p) => parts(p.payDate).year))].sort((a, b) => a - b);
  for (const year of years) {
    let draft: Draft | undefined;
    for (const quarter of [1, 2, 3, 4] as const) {
      const { start, end } = quarterRange(year, quarter);
      const inQuarter = futa.filter((p) => p.payDate >= start && p.payDate <= end);
      if (inQuarter.length === 0 && !draft) continue;
      draft ??= newDraft({
        id: "",
        payee: "irs_futa",
        agency: DEPOSIT_AGENCIES.irs_futa,
        state: null,
        dueDate: "",
        rule: "",
      });
      for (const p of inQuarter) addTo(draft, p);
      const later = futa.some((p) => p.payDate > end && parts(p.payDate).year === year);
      if (total(draft).greaterThan(threshold) || quarter === 4 || !later) {
        const over = total(draft).greaterThan(threshold);
        const depositQuarter = over ? quarter : 4;
        draft.id = `940-${year}Q${depositQuarter}`;
        draft.dueDate = quarterlyDueDate(quarterRange(year, depositQuarter).end);
        draft.rule = over
          ? "FUTA over $500: by the last day of the month after the quarter"
          : "FUTA of $500 or less so far: carried forward, due by 31 January with Form 940";
        drafts.push(draft);
        draft = undefined;
        if (!later) break;
      }
    }
  }
  return drafts;
}
