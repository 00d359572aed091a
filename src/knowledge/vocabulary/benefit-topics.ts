/**
 * Benefits an employee may ask about by name that many employers do not offer. When a question
 * names one, only a passage that names it too can answer: "how much life insurance does the company
 * give us" is not answered by the HSA contribution, however many other words they share. Reviewed
 * data: `asks` is tried on the question, `says` on the passage (heading and text), both lower-case.
 */
export type BenefitTopic = { topic: string; asks: RegExp; says: RegExp };

export const BENEFIT_TOPICS: readonly BenefitTopic[] = [
  {
    topic: "life insurance",
    asks: /\blife (insurance|policy|coverage)|death benefit|\bad&d\b|seguro de vida/,
    says: /life insurance|basic life|\blife and ad&?d|death benefit|seguro de vida/,
  },
  { topic: "disability", asks: /\bdisability\b|\bstd\b|\bltd\b|incapacidad/, says: /disabilit|incapacidad/ },
  {
    topic: "tuition",
    asks: /tuition|college|degree|education(al)? (assistance|reimbursement)|\bclasses\b|\bcourses?\b/,
    says: /tuition|education(al)? (assistance|reimbursement)|college/,
  },
  {
    topic: "fitness",
    asks: /\bgym\b|fitness|health club/,
    says: /\bgym\b|fitness|health club/,
  },
  {
    topic: "retirement",
    asks: /401 ?\(?k|403 ?\(?b|retirement|pension|jubilaci/,
    says: /401 ?\(?k|403 ?\(?b|retirement|pension|jubilaci/,
  },
  {
    topic: "pet insurance",
    // Not "PET scan": a pet named in a passage is an animal only when it is insured or plural.
    asks: /\bpets?\b(?! ?(scan|ct))|\bdogs?\b|\bcats?\b|mascota/,
    says: /pet insurance|\bpets\b|mascota/,
  },
  {
    topic: "commuter",
    asks: /commut|transit pass|parking|bus pass/,
    says: /commut|transit|parking/,
  },
  { topic: "adoption", asks: /\badopt/, says: /\badopt/ },
  {
    // Day care for children is paid from a dependent care account, never from an HSA.
    topic: "dependent care",
    asks: /dependent care|day ?care|child ?care|guarder[ií]a|cuidado de (niños|ninos|hijos)/,
    says: /dependent care|day ?care|child ?care|guarder[ií]a/,
  },
  {
    topic: "flexible spending account",
    asks: /\bfsa\b|flexible spending|cuenta de gastos flexibles/,
    says: /\bfsa\b|flexible spending/,
  },
  {
    topic: "tobacco",
    asks: /tobacco|smok|nicotine|\bvap(e|ing)\b|fumar|tabaco/,
    says: /tobacco|smok|nicotine|tabaco/,
  },
  {
    topic: "time off",
    // "On vacation in Mexico" says where care happens, not that time off is asked about.
    asks: /(?<!\b(?:on|during) (?:a |my |our )?)\bvacation|\bpaid time off\b|\bpto\b|\bsick (?:days|leave|time)\b|\bholidays\b|(?<!\bde )\bvacaciones\b/,
    says: /\bvacation|\bpaid time off\b|\bpto\b|\bsick (?:days|leave|time)\b|\bholidays\b|\bvacaciones\b/,
  },
  {
    topic: "legal",
    asks: /legal (plan|services|insurance|help)|\blawyer|attorney/,
    // Not "legal guardian" or "legally adopted": those are about who is a dependent.
    says: /legal (plan|services|insurance|assistance|help|benefit)|lawyer|attorney/,
  },
  {
    topic: "retiree health",
    asks: /\bretiree (health|medical|insurance|coverage|benefits)|(health|medical) (insurance|coverage|benefits) (when|after|once) i retire/,
    says: /\bretiree/,
  },
  {
    topic: "time off paid out",
    asks: /\b(paid out|payout|pay out|cash(ed)? out)\b[^?.!]{0,40}\b(pto|vacation|time off|hours)\b|\b(pto|vacation|time off|hours)\b[^?.!]{0,40}\b(paid out|payout|pay out|cash(ed)? out)\b/,
    says: /\b(paid out|payout|pay out|cash(ed)? out)\b/,
  },
  {
    topic: "adoption assistance",
    asks: /\badoption (assistance|costs?|expenses|reimbursement|benefits?|fees)|help (with|paying for) (an )?adoption/,
    says: /\badoption (assistance|reimbursement|benefits?|expenses|fees)/,
  },
  {
    topic: "dental",
    asks: /dental|dentist|\bteeth\b|\btooth\b|dentista|dientes/,
    says: /dental|dentist|\bteeth\b|\btooth\b|dentista|dientes/,
  },
  {
    topic: "vision",
    asks: /\bvision\b|eye ?glasses|contact lens|optometrist|eye exam|lentes|anteojos/,
    says: /vision|\beyes?\b|glasses|lens|optometr/,
  },
];

/** The topics a question names whose words the passage never uses (empty: the passage may answer). */
export function missingTopics(question: string, passage: string): string[] {
  const q = question.toLowerCase();
  const p = passage.toLowerCase();
  return BENEFIT_TOPICS.filter((t) => t.asks.test(q) && !t.says.test(p)).map((t) => t.topic);
}
