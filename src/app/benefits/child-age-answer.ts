import type { Citation } from "../../conversation/reply";
import { planRules } from "../../core/benefits/plan";
import type { Passage } from "../../knowledge/knowledge-index";
import { splitSentences } from "../../knowledge/text";
import { normalizeWords } from "../../knowledge/vocabulary/lay-terms";
import type { EmployeeBenefits } from "./benefits-facts";
import { rulesPlan } from "./life-event-window-answer";

/**
 * "How long can my daughter stay on my insurance? She's 24." The age the product applies when it
 * checks a child's eligibility for an election (`childMaxAge` of the plan's rules) is the age the
 * answer states, with the documents' sentence cited; a document stating another age is said too,
 * and the caller opens a low-priority case for a specialist to correct the plan data.
 */

const STAYS_ON =
  /\b(stay on|stay covered|remain on|keep (him|her|them|my (son|daughter|kids?|child|children)) on|covered until|until what age|how old can|age limit|age out|ages out|aging out|too old|turns? (1[89]|2\d)|turning (1[89]|2\d)|(kicked|dropped|taken|booted|cut) off|hasta que edad|seguir en mi (seguro|plan)|hasta los \d+)\b/;
const A_CHILD =
  /\b(kids?|child|children|son|daughter|stepson|stepdaughter|oldest|youngest|dependents?|hij[oa]s?|she|he)\b/;
/** Keeping one's own coverage after leaving is COBRA, not a child's age limit. */
const OWN_COVERAGE_ENDING = /\b(quit|leave|leaving|cobra|retire|laid off|fired|resign)\b/;

export function childAgeAsked(question: string): boolean {
  const text = normalizeWords(question);
  return STAYS_ON.test(text) && A_CHILD.test(text) && !OWN_COVERAGE_ENDING.test(text);
}

const AGE = /\b(?:age|turns?|turning|until|through|under)\b[^.]{0,40}?\b(1[89]|2\d|30)\b/i;
const CHILD_WORDS = /\b(child|children|kids?|dependents?|son|daughter)\b/i;

type AgeSentence = { passage: Passage; sentence: string; age: number };

/** A question about when a child's coverage stops, not only until what age it lasts. */
const ENDING_ASKED =
  /\b(kicked|dropped|taken|booted|cut) off\b|\blose (coverage|(his|her|their) (coverage|insurance))\b|\b(coverage|insurance) (end|ends|stop|stops)\b/;
/** A sentence that says when a child's coverage ends ("on the last day of the month in which…"). */
const WHEN_IT_ENDS = /\b(ends?|ending|terminates?|last day|end of the (month|year)|birthday)\b/i;

function ageSentence(passages: readonly Passage[], saying?: RegExp): AgeSentence | undefined {
  for (const passage of passages) {
    for (const sentence of splitSentences(passage.section.text)) {
      if (saying && !saying.test(sentence)) continue;
      const age = AGE.exec(sentence);
      // Ages of other rules (dental or vision children's benefits "under 19", COBRA's months) are
      // not the age limit for a child's coverage.
      if (
        !age ||
        !CHILD_WORDS.test(sentence) ||
        /\b(orthodont|glasses|eye|dental|cobra|months)\b/i.test(sentence)
      )
        continue;
      return { passage, sentence, age: Number(age[1]) };
    }
  }
  return undefined;
}

export type ChildAgeAnswer = {
  answer: string;
  citations: Citation[];
  facts: { label: string; value: string }[];
  mismatch?: { plan: string; record: string; document: string; documentName: string };
};

export function childAgeAnswer(
  benefits: EmployeeBenefits,
  passages: readonly Passage[],
  spanish: boolean,
  question?: string,
): ChildAgeAnswer | null {
  const plan = rulesPlan(benefits);
  if (!plan) return null;
  const age = planRules(plan).childMaxAge;
  const stated = ageSentence(passages);
  // "She turns 26 in August: is she dropped right away?": the age alone leaves the asker guessing
  // whether coverage stops on the birthday or later; the sentence that says when it ends answers.
  const ending =
    question && ENDING_ASKED.test(normalizeWords(question)) ? ageSentence(passages, WHEN_IT_ENDS) : undefined;
  const cite = (s: AgeSentence): Citation => ({
    document: s.passage.section.document,
    section: s.passage.section.section,
    quote: s.sentence,
  });
  const citations: Citation[] = [
    ...(ending ? [cite(ending)] : []),
    ...(stated && stated.sentence !== ending?.sentence ? [cite(stated)] : []),
  ];
  const endsWhen = ending && ending.age === age ? ` ${ending.sentence.replace(/^•\s*/, "")}` : "";
  const facts = [{ label: `${plan.name}: children covered until`, value: `age ${age}` }];
  const differs = stated && stated.age !== age;
  const answer = spanish
    ? `Tus hijos pueden seguir en ${plan.name} hasta los ${age} años.${endsWhen}${
        differs
          ? ` ${stated.passage.section.document} dice ${stated.age}; le pedí a un especialista de Recursos Humanos que confirme cuál es correcto.`
          : ""
      }`
    : `Your children can stay on ${plan.name} until age ${age}.${endsWhen}${
        differs
          ? ` ${stated.passage.section.document} says ${stated.age}, while your plan record says ${age}; I've asked an HR specialist to check which is right.`
          : ""
      }`;
  return {
    answer,
    citations,
    facts,
    ...(differs
      ? {
          mismatch: {
            plan: plan.code,
            record: `age ${age}`,
            document: `age ${stated.age}`,
            documentName: stated.passage.section.document,
          },
        }
      : {}),
  };
}
