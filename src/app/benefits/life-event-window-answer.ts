import type { Citation } from "../../conversation/reply";
import { lifeEventEffectiveRule } from "../../core/benefits/life-events";
import {
  type BenefitPlan,
  DEFAULT_LIFE_EVENT_WINDOW_DAYS,
  type LifeEventType,
  planRules,
} from "../../core/benefits/plan";
import type { Passage } from "../../knowledge/knowledge-index";
import { splitSentences } from "../../knowledge/text";
import { normalizeWords } from "../../knowledge/vocabulary/lay-terms";
import type { EmployeeBenefits } from "./benefits-facts";

/**
 * "We just got married, how long do I have to add my husband?" The figure the product applies when
 * the employee reports the event (`lifeEventWindow` in core, from the plan's rules) is the figure
 * the answer states: one source of truth. The plan document's own sentence is cited when it states
 * the same number of days; when it states another, the answer says both and the caller opens a
 * low-priority case for a specialist to correct the plan data.
 */

/** Asks for a deadline or a length of time ("how long", "how many days", "¿cuánto tiempo?"). */
const ASKS_TIME =
  /\b(how (long|many days|much time)|deadline|time limit|by when|last day to|cuanto tiempo|cuantos dias|plazo|fecha limite)\b/;
/** ...to make a change to coverage, not to stay on it ("how long can my daughter stay on"). */
const ASKS_CHANGE =
  /\b(add|adding|change|enroll|sign (him|her|them|up)|put (him|her|them|my)|report|agregar|anadir|inscribir|cambiar|reportar)\b/;

const EVENTS: readonly { type: LifeEventType; words: RegExp }[] = [
  { type: "adoption", words: /\b(adopt\w*|adopcion|adoptamos|adoptar)\b/ },
  {
    type: "birth",
    words: /\b(baby|babies|born|birth|newborn|bebe|nacio|nacimiento|recien nacid[oa])\b/,
  },
  { type: "divorce", words: /\b(divorce\w*|divorcio|divorcie|divorciamos)\b/ },
  {
    type: "loss_of_coverage",
    words:
      /\b(lost (his|her|their|my|our) (coverage|insurance|job)|los(es|ing) (his|her|their|my) coverage|perdio su (seguro|trabajo))\b/,
  },
  { type: "move", words: /\b(moved|moving|relocat\w*|mudanza|me mude|nos mudamos)\b/ },
  {
    type: "marriage",
    words:
      /\b(married|marriage|wedding|marry|husband|wife|spouse|me case|nos casamos|matrimonio|boda|esposa|esposo)\b/,
  },
];

const EVENT_WORDS: Record<LifeEventType, string> = {
  marriage: "marriage",
  birth: "birth",
  adoption: "adoption",
  divorce: "divorce",
  loss_of_coverage: "loss of other coverage",
  move: "move",
};
const EVENT_WORDS_ES: Record<LifeEventType, string> = {
  marriage: "matrimonio",
  birth: "nacimiento",
  adoption: "adopción",
  divorce: "divorcio",
  loss_of_coverage: "pérdida de otra cobertura",
  move: "mudanza",
};

/** The life event whose enrollment window the question asks about; null when it asks no such thing. */
export function lifeEventWindowAsked(question: string): LifeEventType | null {
  const text = normalizeWords(question);
  if (!ASKS_TIME.test(text) || !ASKS_CHANGE.test(text)) return null;
  return EVENTS.find((e) => e.words.test(text))?.type ?? null;
}

/** A sentence of the plan documents stating a change window in days, and the days it states. */
type WindowSentence = { passage: Passage; sentence: string; days: number };

const DAYS = /\b(\d{2,3})(?:[- ]day\b| (?:calendar )?days\b)/i;
const WINDOW_CONTEXT =
  /\b(life event|qualifying|special enrollment|change|changes|enroll|add|request|marriage|married|birth|adoption|newborn)\b/i;

/** Other windows counted in days: a new hire's enrollment, COBRA's election, claims and appeals. */
const OTHER_WINDOW = /\b(hire|hired|new employees?|cobra|notice|appeal|claims?|leave|resign\w*)\b/i;
const LIFE_EVENT = /\b(life events?|qualifying|special enrollment|status change)\b/i;

function windowSentences(passages: readonly Passage[], event: LifeEventType): WindowSentence[] {
  const eventWords = EVENTS.find((e) => e.type === event)!.words;
  const found: (WindowSentence & { rank: number })[] = [];
  for (const passage of passages) {
    for (const sentence of splitSentences(passage.section.text)) {
      const days = DAYS.exec(sentence);
      if (!days || !WINDOW_CONTEXT.test(sentence) || OTHER_WINDOW.test(sentence)) continue;
      // A sentence naming the event ("add a newborn within 60 days") before one naming life events
      // in general, before any other change window.
      const rank = eventWords.test(normalizeWords(sentence)) ? 0 : LIFE_EVENT.test(sentence) ? 1 : 2;
      found.push({ passage, sentence, days: Number(days[1]), rank });
    }
  }
  return found.sort((a, b) => a.rank - b.rank);
}

/**
 * The plan whose rules a plan-rule answer states: the employee's medical plan, else their first
 * dental or vision plan (the rules an election or a reported event is checked against).
 */
export function rulesPlan(benefits: EmployeeBenefits): BenefitPlan | undefined {
  const health = benefits.enrollments
    .map((e) => e.plan)
    .filter((p) => ["medical", "dental", "vision"].includes(p.type));
  return health.find((p) => p.type === "medical") ?? health[0];
}

export type LifeEventWindowAnswer = {
  answer: string;
  citations: Citation[];
  facts: { label: string; value: string }[];
  /** The document states another window than the plan record: the caller opens a case. */
  mismatch?: { plan: string; record: string; document: string; documentName: string };
};

/**
 * The window for `event` under the employee's medical plan (else their first health plan), stated
 * from the plan's rules, with the documents' sentence cited or the disagreement said.
 */
export function lifeEventWindowAnswer(
  benefits: EmployeeBenefits,
  event: LifeEventType,
  passages: readonly Passage[],
  spanish: boolean,
): LifeEventWindowAnswer | null {
  const plan = rulesPlan(benefits);
  if (!plan) return null;
  const days = planRules(plan).lifeEventWindowDays[event] ?? DEFAULT_LIFE_EVENT_WINDOW_DAYS;
  const startsOnEvent = lifeEventEffectiveRule(event, plan) === "event_date";
  const stated = windowSentences(passages, event)[0];
  const citations: Citation[] = stated
    ? [
        {
          document: stated.passage.section.document,
          section: stated.passage.section.section,
          quote: stated.sentence,
        },
      ]
    : [];
  const facts = [{ label: `${plan.name}: window after a ${EVENT_WORDS[event]}`, value: `${days} days` }];
  if (spanish) {
    const lead = `Tienes ${days} días desde el ${EVENT_WORDS_ES[event]} para hacer el cambio en ${plan.name}.`;
    const starts = startsOnEvent
      ? "La cobertura empieza en la fecha del evento."
      : "La cobertura empieza el primer día del mes siguiente al evento.";
    const differs =
      stated && stated.days !== days
        ? ` ${stated.passage.section.document} dice ${stated.days} días; le pedí a un especialista de Recursos Humanos que confirme cuál es correcto.`
        : "";
    return { answer: `${lead} ${starts}${differs}`, citations, facts, ...mismatchOf(plan, days, stated) };
  }
  const lead = `You have ${days} days from the ${EVENT_WORDS[event]} to make the change on ${plan.name}.`;
  const starts = startsOnEvent
    ? "Coverage starts on the date of the event."
    : "Coverage starts on the first of the month after the event.";
  const differs =
    stated && stated.days !== days
      ? ` ${stated.passage.section.document} says ${stated.days} days, while your plan record says ${days}; I've asked an HR specialist to check which is right.`
      : "";
  return { answer: `${lead} ${starts}${differs}`, citations, facts, ...mismatchOf(plan, days, stated) };
}

function mismatchOf(
  plan: BenefitPlan,
  days: number,
  stated: WindowSentence | undefined,
): Pick<LifeEventWindowAnswer, "mismatch"> {
  if (!stated || stated.days === days) return {};
  return {
    mismatch: {
      plan: plan.code,
      record: `${days} days`,
      document: `${stated.days} days`,
      documentName: stated.passage.section.document,
    },
  };
}
