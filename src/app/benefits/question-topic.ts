import { PLAN_TYPES, type PlanType } from "../../core/benefits/plan";

/**
 * Reading a benefits question: which plan type it is about and which personal fact it asks for.
 * Keyword rules, deterministic and offline; the conversation engine may pass the plan type instead
 * (a follow-up like "and dental?").
 */

const MEDICAL =
  /\b(medical|doctor|dr|physician|specialist|primary care|pcp|er|emergency|urgent care|hospital|prescriptions?|rx|drugs?|meds|generic|mri|x-?ray|therap(y|ist)|mental health|maternity|pregnan\w*|ppo|hmo|hdhp|chiropract\w*|telehealth|surgery|ambulance|health insurance)\b/i;

const PLAN_TYPE_WORDS: [PlanType, RegExp][] = [
  [
    "dependent_care_fsa",
    /\b(dependent care|day ?care|childcare|child care|dcfsa|dcap|summer camp|preschool)\b/i,
  ],
  ["health_fsa", /\b(fsa|flexible spending)\b/i],
  ["hsa", /\b(hsa|health savings)\b/i],
  [
    "401k",
    /\b(401 ?\(?k\)?|retirement|match(ing)?|vest(ed|ing)?|roth|catch-?up contribution|loan|hardship)\b/i,
  ],
  [
    "dental",
    /\b(dental|dentist|teeth|tooth|cleanings?|crowns?|fillings?|braces|orthodont\w*|root canal|dentures?|implants?|fluoride|flouride|sealants?|retainers?|night ?guard|wisdom teeth|extractions?|periodont\w*|gums?)\b/i,
  ],
  [
    "vision",
    /\b(vision|eye ?(exam|doctor)?s?|glasses|eyeglass(es)?|contacts|contact lens(es)?|frames?|lasik|optometrist)\b/i,
  ],
  ["life", /\b(life insurance|ad&d|beneficiar(y|ies))\b/i],
  ["medical", MEDICAL],
];

const NAMES_MEDICAL_PLAN = /\b(medical (plan|insurance|coverage)|(plan|seguro) m[eé]dico)\b/i;

/** Words that mean medical unless the conversation says otherwise ("deductible" after "and dental?"). */
const WEAK_MEDICAL = /\b(copays?|coinsurance|deductibles?|out[- ]of[- ]pocket|oop)\b/i;

/** The account itself: money put in, its limits, its balance, its card or custodian. */
const HSA_ACCOUNT =
  /\b(contribut\w*|put (in|into|money)|puts? (any )?money|deposit\w*|limits?|max(imum)? (i|we) can|most (i|we) can|balance|invest\w*|custodian|card|roll ?over|catch-?up)\b/i;

/**
 * "What would the HSA plan cost per paycheck?", "per paycheck cost for me + kids on hsa": the plan's
 * premium, not the account (one is "on" a plan, not on an account).
 */
const HSA_PLAN_COST =
  /\b((hsa|health savings) (plan|option|one)|(on|under) (the )?(hsa|health savings))\b.*\b(cost|premiums?|per (pay ?check|check))\b|\b(cost|premiums?|per (pay ?check|check))\b.*\b(on|under) (the )?(hsa|health savings)\b|\bhow much\b[^?.!]*\b(hsa|health savings) (plan|option)\b/i;

/**
 * The plan type a question names outright, or null. "The HSA plan" with a question about its
 * deductible, copays or coverage is the high-deductible medical plan that comes with the account.
 */
export function detectPlanType(question: string): PlanType | null {
  // "My son's eye exam on the medical plan": the plan named outright wins over the service's words.
  if (NAMES_MEDICAL_PLAN.test(question)) return "medical";
  for (const [type, pattern] of PLAN_TYPE_WORDS) {
    if (!pattern.test(question)) continue;
    if (
      type === "hsa" &&
      !HSA_ACCOUNT.test(question) &&
      (WEAK_MEDICAL.test(question) || MEDICAL.test(question) || HSA_PLAN_COST.test(question))
    )
      return "medical";
    return type;
  }
  return null;
}

/**
 * The plan type to answer about: one the question names, else the conversation's (a follow-up),
 * else medical when the question uses medical-sounding cost words (deductible, copay), else none.
 */
export function resolvePlanType(question: string, slot: string | undefined): PlanType | null {
  return (
    detectPlanType(question) ?? planTypeFromSlot(slot) ?? (WEAK_MEDICAL.test(question) ? "medical" : null)
  );
}

/** The conversation's plan-type slot ("fsa") mapped onto the core's plan types. */
export function planTypeFromSlot(slot: string | undefined): PlanType | null {
  if (!slot) return null;
  if (slot === "fsa") return "health_fsa";
  return (PLAN_TYPES as readonly string[]).includes(slot) ? (slot as PlanType) : null;
}

export type PersonalFactKind = "deductible" | "out_of_pocket" | "premium" | "enrollment";

/**
 * Words that ask what comes out of each paycheck: the plan's cost to the employee. A pay period
 * named by its length ("and vision weekly", "biweekly cost") asks the same.
 */
const COST_PER_PAYCHECK =
  /\b(premiums?|(per|each|every|a) (pay ?check|pay ?cheque|pay ?day|pay period|check|week)|(bi-?)?weekly|semi-?monthly|(from|out of) (my|each|every|the|our|your) (pay ?check|pay|check)|(taken|comes?|coming|goes|going|taking) out|deducted|withheld|payroll deductions?)\b/i;

/** "When does the plan start paying?": once the deductible is met. */
export const STARTS_PAYING =
  /\b(plan|insurance|it|they) (start|begin)s? (to )?pay(ing)?\b|\b(insurance|plan|coverage|it) kicks? in\b|\bbefore (the |my )?([\w-]+ ){0,3}(plan|insurance|coverage|it) (pays|covers)\b/i;

/** "When does my insurance kick in?" asks when coverage begins, not what is paid first. */
const startsPaying = (question: string) => STARTS_PAYING.test(question) && !/^\W*when\b/i.test(question);

/** "What's the cap on what I pay?", "the most I could end up paying": the out-of-pocket limit. */
const SPENDING_CAP =
  /\b(cap|ceiling|limit)\b[^?.!]{0,20}\b(what )?(i|we) (pay|spend|owe)\b|\bthe most (i|we)('d|'ll| would| could| can| will| might)? (ever |possibly )?(end up |have to )?(pay|paying|spend|spending|owe)\b/i;

/**
 * Which personal fact a question asks for: only questions about the employee's *own* plan ("my",
 * "I", "am I") get facts from the database; "what is the PPO deductible" is answered from documents.
 */
export function personalFactKinds(question: string): PersonalFactKind[] {
  // What COBRA would cost is the continuation premium the documents print, not the paycheck's.
  if (/\bcobra\b/i.test(question)) return [];
  const personal = /\b(my|mine|i|i'm|im|am i|me|we|our|mi|mis|yo|nuestr[oa]s?|nos)\b/i.test(question);
  // "Vision premium per paycheck, family", "how much comes out of each check for family medical"
  // need no "my": a cost per paycheck is the asker's own.
  if (!personal && COST_PER_PAYCHECK.test(question)) return ["premium"];
  // "How much before the plan starts paying?" is the asker's deductible, "my" or not.
  if (!personal && startsPaying(question)) return ["deductible"];
  if (!personal) return [];
  const kinds: PersonalFactKind[] = [];
  if (/\bdeductibles?\b/i.test(withoutPlanKind(question)) || startsPaying(question)) kinds.push("deductible");
  if (/\b(out[- ]of[- ]pocket|oop)\b/i.test(question) || SPENDING_CAP.test(question))
    kinds.push("out_of_pocket");
  if (
    COST_PER_PAYCHECK.test(question) ||
    (/\b(costs? me|how much (do|does) (i|it) (pay|cost))\b/i.test(question) && !startsPaying(question)) ||
    /\b(cada cheque|por cheque|por quincena|de mi cheque|me descuentan)\b/i.test(question)
  ) {
    kinds.push("premium");
  }
  if (
    // "If I drop to 24 hours, do I keep my benefits?" asks an eligibility rule, not which plans.
    (/\b(am i (enrolled|covered|on)|which plans?|what plans?|my (coverage|plans|benefits|tier|enrollments?)|enrolled in)\b/i.test(
      question,
    ) &&
      !/\b(keep|lose|losing|drop|eligible|eligibility|qualify|part[- ]time|hours)\b/i.test(question)) ||
    // "my plan" alone asks which plan; "does my plan cover X" and "the deductible on my plan" ask
    // about X and the deductible.
    (/\bmy plan\b/i.test(question) &&
      kinds.length === 0 &&
      !/\b(cover|covers|covered|pay|pays|include|includes|reimburse\w*|offer\w*|give\w*|get|have|has|need|needs|require\w*|allow\w*|let)\b/i.test(
        question,
      ))
  ) {
    kinds.push("enrollment");
  }
  return kinds;
}

/** "The high deductible plan" names a kind of plan, not its deductible. */
export function withoutPlanKind(question: string): string {
  return question.replace(/\bhigh[- ]deduct[ai]ble( health)?( plan)?/gi, "HDHP");
}

/**
 * A question about one's own terms of work (leave, holidays, PTO, the EAP, eligibility by hours, a
 * payment for waiving coverage, a staff discount), which the handbook answers for everyone. Medical
 * words in it are often where one works ("at the tacoma hospital") or what one lacks ("since I
 * can't get medical"), not a plan one asks the price of.
 */
export const WORKPLACE_POLICY =
  /\b(eap|employee assistance|sick (leave|time|days|pay)|paid time off|pto|vacation|holidays?|christmas|thanksgiving|new year'?s|paid extra|time and a half|overtime|leave of absence|bereavement|jury duty|parental leave|fmla|waiv(e|er|ing)|opt(ing)? out|not being on (it|the plan)|cash (in lieu|instead)|extra (money|pay)|staff discount|employee discount|eligib(le|ility)|hours (a|per) week|hrs (a|per) week|part[- ]time|full[- ]time)\b/i;
