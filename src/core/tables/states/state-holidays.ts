/**
 * States' own legal holidays, for the states whose withholding deposit rule moves a due date past a
 * state holiday and whose holidays include days that are not federal legal holidays. Each year lists
 * the days as the state observes them (a weekend holiday on the weekday the state's law names); a
 * holiday falling on a weekend with no weekday observance is left out, as a weekend already moves a
 * date. Federal legal holidays move every date anyway (`legalHolidays` in core/ledger/business-days),
 * so a state list may repeat them or not: the state's calendar is the union of both.
 *
 * A year missing from a state's list is not guessed: its dates roll past weekends and federal
 * holidays only, and the deposit says the state's holidays for that year are not in the table. A day
 * whose status was unclear is left out, so the date shown is the earlier one.
 *
 * Not listed, with the reason in decision 0043: Idaho (its statutory list has no day that is not
 * also a federal legal holiday), and the states whose texts say only "legal holiday" (CT, KS, MS, NM
 * and others), read as the federal holidays until each state's own list is read.
 */

export type StateHoliday = { readonly date: string; readonly name: string };

export type StateHolidayCalendar = {
  /** The law and the pages read, and which years were read in an official list. */
  readonly source: string;
  /** True when no official list for these years was read here (the dates follow the statute's rules). */
  readonly unverified?: boolean;
  /** Observed holidays by calendar year. */
  readonly years: Readonly<Record<number, readonly StateHoliday[]>>;
};

export const STATE_LEGAL_HOLIDAYS: Readonly<Record<string, StateHolidayCalendar>> = {
  DE: {
    source:
      "1 Del. C. § 501(a)–(b): New Year's Day, Martin Luther King, Jr. Day, Good Friday, Memorial Day, Independence Day, Labor Day, Veterans' Day, Thanksgiving, the Friday after Thanksgiving, Christmas, Saturdays, and the day of the biennial General Election; a Sunday holiday is kept the Monday after, a Saturday one the Friday before. Return Day (Sussex County only, after noon, two days after the General Election) is not listed: it closes neither the Division of Revenue nor the whole day. Juneteenth as listed on the Department of Human Resources' 2024 holiday page (dhr.delaware.gov/labor/holidays/2024.shtml), which also lists the days above; the statute read only in third-party copies, and no official list for 2025–2027 was read (the dates follow the statute's rules); hence unverified",
    unverified: true,
    years: {
      2025: [
        { date: "2025-01-01", name: "New Year's Day" },
        { date: "2025-01-20", name: "Martin Luther King, Jr. Day" },
        { date: "2025-04-18", name: "Good Friday" },
        { date: "2025-05-26", name: "Memorial Day" },
        { date: "2025-06-19", name: "Juneteenth" },
        { date: "2025-07-04", name: "Independence Day" },
        { date: "2025-09-01", name: "Labor Day" },
        { date: "2025-11-11", name: "Veterans' Day" },
        { date: "2025-11-27", name: "Thanksgiving Day" },
        { date: "2025-11-28", name: "Day after Thanksgiving" },
        { date: "2025-12-25", name: "Christmas" },
      ],
      2026: [
        { date: "2026-01-01", name: "New Year's Day" },
        { date: "2026-01-19", name: "Martin Luther King, Jr. Day" },
        { date: "2026-04-03", name: "Good Friday" },
        { date: "2026-05-25", name: "Memorial Day" },
        { date: "2026-06-19", name: "Juneteenth" },
        { date: "2026-07-03", name: "Independence Day (Saturday, kept the Friday before)" },
        { date: "2026-09-07", name: "Labor Day" },
        { date: "2026-11-03", name: "General Election Day" },
        { date: "2026-11-11", name: "Veterans' Day" },
        { date: "2026-11-26", name: "Thanksgiving Day" },
        { date: "2026-11-27", name: "Day after Thanksgiving" },
        { date: "2026-12-25", name: "Christmas" },
      ],
      2027: [
        { date: "2027-01-01", name: "New Year's Day" },
        { date: "2027-01-18", name: "Martin Luther King, Jr. Day" },
        { date: "2027-03-26", name: "Good Friday" },
        { date: "2027-05-31", name: "Memorial Day" },
        { date: "2027-06-18", name: "Juneteenth (Saturday, kept the Friday before)" },
        { date: "2027-07-05", name: "Independence Day (Sunday, kept the Monday after)" },
        { date: "2027-09-06", name: "Labor Day" },
        { date: "2027-11-11", name: "Veterans' Day" },
        { date: "2027-11-25", name: "Thanksgiving Day" },
        { date: "2027-11-26", name: "Day after Thanksgiving" },
        { date: "2027-12-24", name: "Christmas (Saturday, kept the Friday before)" },
      ],
    },
  },
  IA: {
    source:
      "Iowa Code § 421.9A (Department of Revenue due dates): a holiday is a legal public holiday of § 1C.1, a paid holiday of § 1C.2, a federal holiday observed by the Postal Service or a Federal Reserve banking holiday. § 1C.1 (legis.iowa.gov, a 2001 version): New Year's Day, Martin Luther King, Jr.'s Birthday, Lincoln's Birthday (February 12), Washington's Birthday, Memorial Day, Independence Day, Labor Day, Veterans Day, Thanksgiving Day, Christmas Day, with no weekend rule. § 1C.2 (read only in third-party copies): the same days without Lincoln's and Washington's Birthdays, plus the Friday after Thanksgiving; a Saturday holiday is granted the Friday before, a Sunday one the Monday after. § 421.9A read only in a third-party copy and no current § 1C.1 or official list for 2025–2027 read; hence unverified",
    unverified: true,
    years: {
      2025: [
        { date: "2025-01-01", name: "New Year's Day" },
        { date: "2025-01-20", name: "Martin Luther King, Jr.'s Birthday" },
        { date: "2025-02-12", name: "Lincoln's Birthday" },
        { date: "2025-02-17", name: "Washington's Birthday" },
        { date: "2025-05-26", name: "Memorial Day" },
        { date: "2025-07-04", name: "Independence Day" },
        { date: "2025-09-01", name: "Labor Day" },
        { date: "2025-11-11", name: "Veterans Day" },
        { date: "2025-11-27", name: "Thanksgiving Day" },
        { date: "2025-11-28", name: "Friday after Thanksgiving" },
        { date: "2025-12-25", name: "Christmas Day" },
      ],
      2026: [
        { date: "2026-01-01", name: "New Year's Day" },
        { date: "2026-01-19", name: "Martin Luther King, Jr.'s Birthday" },
        { date: "2026-02-12", name: "Lincoln's Birthday" },
        { date: "2026-02-16", name: "Washington's Birthday" },
        { date: "2026-05-25", name: "Memorial Day" },
        { date: "2026-07-03", name: "Independence Day (Saturday, granted the Friday before)" },
        { date: "2026-09-07", name: "Labor Day" },
        { date: "2026-11-11", name: "Veterans Day" },
        { date: "2026-11-26", name: "Thanksgiving Day" },
        { date: "2026-11-27", name: "Friday after Thanksgiving" },
        { date: "2026-12-25", name: "Christmas Day" },
      ],
      2027: [
        { date: "2027-01-01", name: "New Year's Day" },
        { date: "2027-01-18", name: "Martin Luther King, Jr.'s Birthday" },
        { date: "2027-02-12", name: "Lincoln's Birthday" },
        { date: "2027-02-15", name: "Washington's Birthday" },
        { date: "2027-05-31", name: "Memorial Day" },
        { date: "2027-07-05", name: "Independence Day (Sunday, granted the Monday after)" },
        { date: "2027-09-06", name: "Labor Day" },
        { date: "2027-11-11", name: "Veterans Day" },
        { date: "2027-11-25", name: "Thanksgiving Day" },
        { date: "2027-11-26", name: "Friday after Thanksgiving" },
        { date: "2027-12-24", name: "Christmas Day (Saturday, granted the Friday before)" },
      ],
    },
  },
  RI: {
    source:
      "R.I. Gen. Laws § 25-1-1 (read only in third-party copies): New Year's Day, Dr. Martin Luther King, Jr.'s Birthday, Washington's Birthday, Memorial Day, Independence Day, Victory Day (second Monday of August), Labor Day, Columbus Day, Veterans' Day, Christmas, the general election day (Tuesday after the first Monday of November, even years), and days the President or Congress appoint (Juneteenth, Thanksgiving); New Year's Day, Independence Day, Veterans' Day and Christmas falling on a Saturday or Sunday are kept the Monday after. The statute also names May 4 (Rhode Island Independence Day), which the Secretary of State's list of state holidays (sos.ri.gov, 2019–2021) does not: left out, so the date shown is the earlier one. No official list for 2025–2027 read (the dates follow the statute's rules); hence unverified",
    unverified: true,
    years: {
      2025: [
        { date: "2025-01-01", name: "New Year's Day" },
        { date: "2025-01-20", name: "Dr. Martin Luther King, Jr.'s Birthday" },
        { date: "2025-02-17", name: "Washington's Birthday" },
        { date: "2025-05-26", name: "Memorial Day" },
        { date: "2025-06-19", name: "Juneteenth" },
        { date: "2025-07-04", name: "Independence Day" },
        { date: "2025-08-11", name: "Victory Day" },
        { date: "2025-09-01", name: "Labor Day" },
        { date: "2025-10-13", name: "Columbus Day" },
        { date: "2025-11-11", name: "Veterans' Day" },
        { date: "2025-11-27", name: "Thanksgiving Day" },
        { date: "2025-12-25", name: "Christmas Day" },
      ],
      2026: [
        { date: "2026-01-01", name: "New Year's Day" },
        { date: "2026-01-19", name: "Dr. Martin Luther King, Jr.'s Birthday" },
        { date: "2026-02-16", name: "Washington's Birthday" },
        { date: "2026-05-25", name: "Memorial Day" },
        { date: "2026-06-19", name: "Juneteenth" },
        { date: "2026-07-06", name: "Independence Day (Saturday, kept the Monday after)" },
        { date: "2026-08-10", name: "Victory Day" },
        { date: "2026-09-07", name: "Labor Day" },
        { date: "2026-10-12", name: "Columbus Day" },
        { date: "2026-11-03", name: "Election Day" },
        { date: "2026-11-11", name: "Veterans' Day" },
        { date: "2026-11-26", name: "Thanksgiving Day" },
        { date: "2026-12-25", name: "Christmas Day" },
      ],
      2027: [
        { date: "2027-01-01", name: "New Year's Day" },
        { date: "2027-01-18", name: "Dr. Martin Luther King, Jr.'s Birthday" },
        { date: "2027-02-15", name: "Washington's Birthday" },
        { date: "2027-05-31", name: "Memorial Day" },
        { date: "2027-07-05", name: "Independence Day (Sunday, kept the Monday after)" },
        { date: "2027-08-09", name: "Victory Day" },
        { date: "2027-09-06", name: "Labor Day" },
        { date: "2027-10-11", name: "Columbus Day" },
        { date: "2027-11-11", name: "Veterans' Day" },
        { date: "2027-11-25", name: "Thanksgiving Day" },
        { date: "2027-12-27", name: "Christmas Day (Saturday, kept the Monday after)" },
      ],
    },
  },
};
