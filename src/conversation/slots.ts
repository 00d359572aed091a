import type { PtoType } from "../core/pto/pto-types";

/**
 * Slot values the engine extracts from a message. Dates are ISO calendar dates ("YYYY-MM-DD") already
 * resolved in the person's timezone (the core takes explicit dates, never "yesterday"); hours and
 * amounts are decimal strings (never floats).
 */
/**
 * The kinds of plan people name. Coarser than the core's `PlanType`: "FSA" in a message may mean
 * either the health or the dependent-care account, which the use case tells apart.
 */
export const PLAN_WORDS = ["medical", "dental", "vision", "hsa", "fsa", "401k", "life"] as const;
export type PlanWord = (typeof PLAN_WORDS)[number];

export const DEPENDENT_RELATIONS = ["spouse", "domestic_partner", "child"] as const;
export type DependentRelation = (typeof DEPENDENT_RELATIONS)[number];

export const LIFE_EVENT_TYPES = [
  "marriage",
  "divorce",
  "birth",
  "adoption",
  "death",
  "loss_of_coverage",
  "gain_of_coverage",
  "move",
] as const;
export type LifeEventType = (typeof LIFE_EVENT_TYPES)[number];

/** An inclusive range of calendar dates. */
export type DateRange = { start: string; end: string };

export type Slots = {
  /** A single calendar date ("YYYY-MM-DD") in the person's timezone. */
  date?: string;
  /** A range of calendar dates, inclusive ("next Mon–Wed", "Dec 22 to Jan 2"). */
  dateRange?: DateRange;
  /** Hours as a decimal string ("7.5"). */
  hours?: string;
  /** A money amount as a decimal string ("250.00"), only ever the person's own figure. */
  amount?: string;
  ptoType?: PtoType;
  planType?: PlanWord;
  dependentRelation?: DependentRelation;
  lifeEventType?: LifeEventType;
  /** The date the life event happened (same as `date` when the message names one). */
  lifeEventDate?: string;
  /** What a benefits or paycheck question is about ("deductible", "copay", "overtime"…). */
  topic?: string;
  /** Time off already asked for, to withdraw or to move ("cancel my vacation", "move my PTO"). */
  ptoAction?: PtoAction;
  /** A document the person asks to be sent ("my pay stub", "an employment verification letter"). */
  document?: DocumentWord;
};

export const PTO_ACTIONS = ["cancel", "change"] as const;
export type PtoAction = (typeof PTO_ACTIONS)[number];

export const DOCUMENT_WORDS = ["pay_stub", "employment_verification", "w2"] as const;
export type DocumentWord = (typeof DOCUMENT_WORDS)[number];

export type SlotName = keyof Slots;

export const SLOT_NAMES = [
  "date",
  "dateRange",
  "hours",
  "amount",
  "ptoType",
  "planType",
  "dependentRelation",
  "lifeEventType",
  "lifeEventDate",
  "topic",
  "ptoAction",
  "document",
] as const satisfies readonly SlotName[];
