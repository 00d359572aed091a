import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { PtoType } from "../core/pto/pto-types";
import type {
  DateRange,
  DependentRelation,
  DocumentWord,
  LifeEventType,
  PlanWord,
  PtoAction,
  SlotName,
  Slots,
} from "./slots";

/**
 * Where and when the person is: relative dates ("yesterday", "next Friday") resolve here. `prefer`
 * settles a bare weekday: "Friday" is the coming one for time off, the past one for hours worked.
 */
export type SlotContext = { timezone: string; now: Date; prefer?: "past" | "future" };

/** Which way a bare weekday leans for each intent (others: the nearest). */
export function datePreferenceFor(intent: string | undefined): SlotContext["prefer"] {
  if (intent === "pto_request") return "future";
  if (intent === "timesheet_submit" || intent === "timesheet_status" || intent === "life_event")
    return "past";
  return undefined;
}

const NUMBER_WORDS: Record<string, string> = {
  a: "1",
  an: "1",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
};

const HOURS_PATTERN =
  /\b(\d{1,2}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+and\s+(?:a\s+)?half|\.5)?\s*(?:hours?|hrs?|h)\b/i;

function extractHours(text: string): string | undefined {
  const m = HOURS_PATTERN.exec(text);
  if (!m?.[1]) return undefined;
  const base = NUMBER_WORDS[m[1].toLowerCase()] ?? m[1];
  if (m[2] && /half/i.test(m[2])) return base.includes(".") ? base : `${base}.5`;
  return base;
}

const AMOUNT_PATTERN =
  /\$\s?(\d[\d,]*(?:\.\d{1,2})?)\s?(k\b)?|\b(\d[\d,]*(?:\.\d{1,2})?)\s?(k\b)?\s?(?:dollars|bucks|usd)\b/i;

/** The first money amount, as a decimal string without separators ("1500", "12.50"). */
function extractAmount(text: string): string | undefined {
  const m = AMOUNT_PATTERN.exec(text);
  if (!m) return undefined;
  const digits = (m[1] ?? m[3] ?? "").replace(/,/g, "");
  if (!digits) return undefined;
  if (m[2] || m[4]) {
    // "1.5k": exact decimal arithmetic on the string, never a float.
    const [whole = "0", frac = ""] = digits.split(".");
    const padded = `${frac}000`.slice(0, 3);
    const rest = frac.length > 3 ? `.${frac.slice(3)}` : "";
    return `${BigInt(whole) * 1000n + BigInt(padded)}${rest}`;
  }
  return digits;
}

const PLAN_RULES: [PlanWord, RegExp][] = [
  ["401k", /\b(?:401\s?\(?k\)?|roth|retirement|403b|pension)\b/i],
  ["hsa", /\b(?:hsa|health savings)\b/i],
  ["fsa", /\b(?:fsa|flexible spending|dependent care account|dcap)\b/i],
  ["dental", /\b(?:dental|dentist|teeth|tooth|orthodont\w*|braces|cleanings?)\b/i],
  ["vision", /\b(?:vision|eye ?(?:exam|care|doctor)|glasses|contacts|contact lens\w*|optometrist|lasik)\b/i],
  ["life", /\b(?:life (?:insurance|policy|plan|coverage)|ad&d|accidental death)\b/i],
  [
    "medical",
    /\b(?:medical|health (?:insurance|plan|coverage)|ppo|hmo|hdhp|epo|doctor visits?|urgent care|er visit|prescriptions?|rx)\b/i,
  ],
];

function extractPlanType(text: string): PlanWord | undefined {
  for (const [type, pattern] of PLAN_RULES) if (pattern.test(text)) return type;
  return undefined;
}

function extractPtoType(text: string): PtoType | undefined {
  if (/\b(?:sick|ill|flu|covid|fever|migraine|doctor'?s? (?:appt|appointment)|unwell)\b/i.test(text))
    return "sick";
  if (/\b(?:vacation|vacay|holiday|trip|getaway|personal days?|time off|pto|days? off)\b/i.test(text))
    return /\b(?:vacation|vacay|holiday|trip|getaway)\b/i.test(text) ? "vacation" : undefined;
  return undefined;
}

function extractDependentRelation(text: string): DependentRelation | undefined {
  if (/\b(?:domestic partner|partner|girlfriend|boyfriend|fianc[eé]e?)\b/i.test(text))
    return "domestic_partner";
  if (/\b(?:wife|husband|spouse|married|marry|marrying)\b/i.test(text)) return "spouse";
  if (
    /\b(?:son|daughter|child|children|kids?|baby|newborn|stepson|stepdaughter|stepchild|twins|adopt\w*)\b/i.test(
      text,
    )
  )
    return "child";
  return undefined;
}

const LIFE_EVENT_RULES: [LifeEventType, RegExp][] = [
  ["divorce", /\b(?:divorc\w*|legally separated|separation)\b/i],
  ["marriage", /\b(?:married|marriage|wedding|marry|marrying|got hitched|tied the knot)\b/i],
  ["adoption", /\b(?:adopt\w*|foster placement)\b/i],
  [
    "birth",
    /\b(?:baby|born|birth|newborn|gave birth|had a (?:son|daughter|kid|child)|new (?:son|daughter)|twins)\b/i,
  ],
  ["death", /\b(?:passed away|died|death|deceased|lost my (?:wife|husband|spouse|son|daughter|child))\b/i],
  [
    "loss_of_coverage",
    /\b(?:lost (?:his|her|my|their)? ?(?:coverage|insurance|health (?:insurance|coverage))|losing (?:his|her|my|their)? ?(?:coverage|insurance)|coverage (?:ended|ends|is ending)|aged out)\b/i,
  ],
  [
    "gain_of_coverage",
    /\b(?:got (?:coverage|insurance) (?:through|at|from)|gained coverage|on (?:his|her) (?:plan|insurance) now)\b/i,
  ],
  ["move", /\b(?:moved|moving|relocat\w*|new address|new state)\b/i],
];

function extractLifeEventType(text: string): LifeEventType | undefined {
  for (const [type, pattern] of LIFE_EVENT_RULES) if (pattern.test(text)) return type;
  return undefined;
}

const TOPICS: [string, RegExp][] = [
  ["deductible", /\bdeduct[a-z]*ble\b|\bdeductable\b/i],
  ["out_of_pocket_max", /\bout[- ]of[- ]pocket\b|\boop\b|\bmax(?:imum)?\b/i],
  ["copay", /\bco-?pays?\b/i],
  ["coinsurance", /\bco-?insurance\b/i],
  ["premium", /\bpremiums?\b|\bhow much (?:does|do|is) (?:it|my|the)\b.*\bcost\b/i],
  ["coverage", /\bcover(?:ed|s|age)?\b/i],
  ["network", /\bin[- ]network\b|\bout[- ]of[- ]network\b|\bnetwork\b/i],
  ["contribution", /\bcontribut\w*\b|\bmatch\w*\b/i],
  ["overtime", /\bover ?time\b|\bot\b/i],
  ["net_pay", /\bnet\b|\btake[- ]home\b/i],
  ["deductions", /\bdeductions?\b/i],
  ["payday", /\bpay ?day\b|\bwhen (?:do|will) (?:i|we) get paid\b/i],
];

const PTO_WORDS = "(?:pto|time off|vacation|holiday|sick (?:day|leave|time)|leave|days? off|request|trip)";

/** "cancel my vacation", "I no longer need Friday off", "move my PTO to next week". */
function extractPtoAction(text: string): PtoAction | undefined {
  if (
    new RegExp(
      String.raw`\b(?:cancel\w*|withdraw\w*|call off|take back|delete|remove)\b.*\b${PTO_WORDS}`,
      "i",
    ).test(text) ||
    /\b(?:no longer|don'?t|do not) need\b.*\boff\b/i.test(text)
  )
    return "cancel";
  if (
    new RegExp(
      String.raw`\b(?:reschedul\w*|move|moving|change|edit|shift|push|switch)\b.*\b${PTO_WORDS}|\b${PTO_WORDS}\b.*\b(?:reschedul\w*|moved|changed|to a different|instead)\b`,
      "i",
    ).test(text)
  )
    return "change";
  return undefined;
}

const DOCUMENT_RULES: [DocumentWord, RegExp][] = [
  [
    "employment_verification",
    /\b(?:employment verification|verification of employment|verify (?:my )?employment|employment (?:letter|confirmation)|proof of (?:employment|income)|voe)\b/i,
  ],
  ["pay_stub", /\b(?:pay ?stubs?|pay ?slips?|check stubs?|earnings statements?|pay statements?|stubs?)\b/i],
  // A copy asked for, or one's own W-2 to look at ("can I see my W-2", "my W-2 for 2026"), not a
  // question about W-2s in general ("when do W-2s come out?").
  [
    "w2",
    /\b(?:send|copy|download|email|reprint|print|need|want|get me)\b.*\bw-?2\b|\bw-?2\b.*\b(?:copy|pdf)\b|\b(?:see|show|view|look at|check)\b[^.?!]*\bmy\b[^.?!]*\bw-?2\b|\bmy\s+(?:20\d{2}\s+)?w-?2\s+(?:for\s+)?20\d{2}\b|\bmy\s+20\d{2}\s+w-?2\b|\bwhat(?:'s| is| does)\b[^.?!]*\bon my w-?2\b/i,
  ],
];

/** A W-2 that is wrong is a correction for a person, never a copy of the wrong form. */
const W2_CORRECTION = /\b(?:fix|wrong|incorrect|mistake|error|correct(?:ed|ion)?|amend\w*|w-?2c)\b/i;

function extractDocument(text: string): DocumentWord | undefined {
  for (const [word, pattern] of DOCUMENT_RULES)
    if (pattern.test(text)) return word === "w2" && W2_CORRECTION.test(text) ? undefined : word;
  return undefined;
}

function extractTopic(text: string): string | undefined {
  for (const [topic, pattern] of TOPICS) if (pattern.test(text)) return topic;
  return undefined;
}

/** A reference Date whose local wall clock equals the person's wall clock in `timezone`. */
function wallClockReference(context: SlotContext): Date {
  const local = DateTime.fromJSDate(context.now).setZone(context.timezone);
  const zoned = local.isValid ? local : DateTime.fromJSDate(context.now).setZone("UTC");
  return new Date(zoned.year, zoned.month - 1, zoned.day, zoned.hour, zoned.minute, zoned.second);
}

function isoOf(component: chrono.ParsedComponents): string {
  const y = component.get("year") ?? 1970;
  const m = component.get("month") ?? 1;
  const d = component.get("day") ?? 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Today's calendar date for the person. */
export function localToday(context: SlotContext): string {
  const local = DateTime.fromJSDate(context.now).setZone(context.timezone);
  return (
    (local.isValid ? local : DateTime.fromJSDate(context.now).setZone("UTC")).toISODate() ?? "1970-01-01"
  );
}

function weekRange(context: SlotContext, offsetWeeks: number, workdaysOnly: boolean): DateRange {
  const today = DateTime.fromISO(localToday(context));
  const monday = today.minus({ days: today.weekday - 1 }).plus({ weeks: offsetWeeks });
  const end = monday.plus({ days: workdaysOnly ? 4 : 6 });
  return { start: monday.toISODate() ?? "", end: end.toISODate() ?? "" };
}

function extractDates(text: string, context: SlotContext): Pick<Slots, "date" | "dateRange"> {
  if (/\bnext week\b/i.test(text)) return { dateRange: weekRange(context, 1, true) };
  if (/\bthis week\b/i.test(text) && !/\bhours?\b/i.test(text))
    return { dateRange: weekRange(context, 0, true) };
  if (/\blast week\b/i.test(text)) return { dateRange: weekRange(context, -1, true) };
  // Hours and money figures are not dates: keep chrono from reading "9 hours" or "$40" as times.
  const cleaned = text
    .replace(HOURS_PATTERN, " ")
    .replace(AMOUNT_PATTERN, " ")
    .replace(/\b401\s?\(?k\)?/gi, " ")
    .replace(/\b\d{3,}\b/g, " ");
  const results = chrono.casual.parse(cleaned, wallClockReference(context), {
    forwardDate: context.prefer === "future",
  });
  const dated = results.filter((r) => r.start.isCertain("day") || r.start.isCertain("weekday"));
  const first = dated[0];
  if (!first) return {};
  let start = isoOf(first.start);
  if (
    context.prefer === "past" &&
    !first.end &&
    !first.start.isCertain("day") &&
    start > localToday(context)
  ) {
    // "Friday" for hours worked: last Friday, not the coming one.
    start = DateTime.fromISO(start).minus({ weeks: 1 }).toISODate() ?? start;
  }
  if (first.end) {
    const end = isoOf(first.end);
    return end >= start ? { dateRange: { start, end } } : { dateRange: { start: end, end: start } };
  }
  const second = dated[1];
  if (
    second &&
    /\b(?:to|through|thru|until|till|-|–)\b/i.test(cleaned.slice(first.index, second.index + 1))
  ) {
    const end = isoOf(second.start);
    if (end >= start) return { dateRange: { start, end } };
  }
  return { date: start };
}

/**
 * Extracts every slot it can find in a message. Pure apart from reading `context` (no clock of its
 * own): "yesterday" is yesterday in `context.timezone` relative to `context.now`.
 */
export function extractSlots(text: string, context: SlotContext): Slots {
  const slots: Slots = { ...extractDates(text, context) };
  const hours = extractHours(text);
  if (hours !== undefined) slots.hours = hours;
  const amount = extractAmount(text);
  if (amount !== undefined) slots.amount = amount;
  const ptoType = extractPtoType(text);
  if (ptoType) slots.ptoType = ptoType;
  const planType = extractPlanType(text);
  if (planType) slots.planType = planType;
  const relation = extractDependentRelation(text);
  if (relation) slots.dependentRelation = relation;
  const lifeEvent = extractLifeEventType(text);
  if (lifeEvent) {
    slots.lifeEventType = lifeEvent;
    if (slots.date) slots.lifeEventDate = slots.date;
  }
  const topic = extractTopic(text);
  if (topic) slots.topic = topic;
  const ptoAction = extractPtoAction(text);
  if (ptoAction) slots.ptoAction = ptoAction;
  const document = extractDocument(text);
  if (document) slots.document = document;
  return slots;
}

/** Extracts one slot from an answer to its question ("Which day?" → "yesterday"). */
export function extractSlot(text: string, slot: SlotName, context: SlotContext): Partial<Slots> | undefined {
  const all = extractSlots(text, context);
  if (slot === "date" && !all.date && all.dateRange) return { date: all.dateRange.start };
  if (slot === "dateRange" && !all.dateRange && all.date)
    return { dateRange: { start: all.date, end: all.date } };
  if (slot === "lifeEventDate" && !all.lifeEventDate && (all.date || all.dateRange))
    return { lifeEventDate: all.date ?? all.dateRange?.start };
  if (slot === "hours" && !all.hours) {
    const bare = /^\s*(\d{1,2}(?:\.\d{1,2})?)\s*$/.exec(text);
    if (bare?.[1]) return { hours: bare[1] };
  }
  if (slot === "amount" && !all.amount) {
    const bare = /^\s*(\d[\d,]*(?:\.\d{1,2})?)\s*$/.exec(text);
    if (bare?.[1]) return { amount: bare[1].replace(/,/g, "") };
  }
  const value = all[slot];
  return value === undefined ? undefined : ({ [slot]: value } as Partial<Slots>);
}
