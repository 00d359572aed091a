/**
 * Safety rules that win over any model: a message that reads as harassment, discrimination,
 * retaliation, threats, violence, unsafe work or abuse is a `sensitive_report`, whatever else it
 * says ("can I take Friday off? my manager keeps touching me" → sensitive_report). Recall matters
 * more than precision here: a false positive only reaches a person sooner.
 */
import type { SensitiveKind } from "../case-desk";

/**
 * `weak` patterns name an experience that may be a report or may be a complaint ("I feel treated
 * unfairly", "I'm scared of the new system"): they make the assistant ask, not open a case.
 */
const SENSITIVE_PATTERNS: readonly (readonly [SensitiveKind, RegExp, "weak"?])[] = [
  // Self-harm first: it takes the crisis path, whatever else the message says.
  [
    "self_harm",
    /\b(?:kill(?:ing)? my ?self|end(?:ing)? (?:it all|my life|things)|take my (?:own )?life|suicid\w*\b(?! (?:prevention|awareness|hotline|training))|hurt(?:ing)? my ?self|harm(?:ing)? my ?self|self[- ]?harm\w*|cut(?:ting)? my ?self)\b/,
  ],
  [
    "self_harm",
    /\b(?:don't|do not|dont) want to (?:be alive|live|be here anymore|wake up|exist)\b|\bno reason to (?:live|go on)\b|\bbetter off (?:dead|without me)\b|\bwish i (?:was|were) dead\b|\bcan'?t go on\b|\bwant(?:ed)? to die\b|\b(?:won'?t|will not|not going to) be (?:around|here) (?:anymore|much longer|after)\b|\bwon'?t need (?:my|the|any) \w+ (?:after|anymore)\b.*\b(?:around|gone|here)\b|\b(?:what'?s|whats) the point (?:of (?:living|anything|going on)|anymore)\b|\bno point (?:in )?(?:living|going on)\b|\bgive away (?:all )?my (?:stuff|things|belongings)\b|\b(?:say|saying) goodbye (?:to everyone|for good)\b|\bend (?:it|this) (?:all|tonight|for good)\b|\bdisappear (?:forever|for good)\b/,
  ],
  // Indirect statements: a plan, a farewell, a burden, no way out; someone else at risk too.
  [
    "self_harm",
    /\b(?:tired|sick) of (?:existing|living|being alive)\b|\b(?:nobody|no one) (?:would|will) (?:even )?(?:notice|care|miss me) if i (?:was|were|'m|am) gone\b|\bburden to (?:everyone|my family|you all|everybody)\b|\bwaste of space\b|\bcutting (?:again|myself)\b|\b(?:go to sleep|fall asleep) and (?:not|never) wake up\b|\bwrote (?:goodbye )?(?:letters|a letter|notes?) to my (?:family|kids|wife|husband)\b|\bno way out\b|\b(?:looking at|thinking about) (?:the|that) (?:bridge|tracks|edge|ledge)\b|\bdriv\w* (?:into|off) (?:a|the) (?:barrier|wall|tree|bridge|river|cliff)\b|\bpills? (?:saved|stockpiled|ready)\b|\bsaved up (?:the )?pills\b|\btie up loose ends\b|\bgiv(?:e|ing) (?:away )?(?:all )?my (?:stuff|things|belongings)(?: away)?\b|\b(?:don'?t|do not) see myself (?:here|around|alive)\b|\bwon'?t be (?:here|around) (?:for it|much longer|anymore)\b|\bif i (?:don'?t|do not) wake up\b|\bwon'?t (?:be needing|need) it\b|\bwon'?t (?:bother|burden) anyone (?:much )?(?:longer|anymore)\b|\bnot quitting,? just\b|\bbeneficiary\b.*\bsoon\b|\b(?:kill|hurt|harm) (?:herself|himself|themselves)\b/,
  ],
  // What crisis lines list as warning signs, said outright.
  [
    "self_harm",
    /\bnothing (?:left )?to live for\b|\blife (?:isn'?t|is not|ain'?t) worth living\b|\boverdos\w*|\bhang(?:ing)? myself\b|\bjump(?:ing)? off (?:a|the|this) (?:bridge|building|roof|overpass)\b|\btak(?:e|ing) all (?:of )?(?:my|the) (?:pills|meds|medication)\b|\b(?:made|making) (?:my )?peace with (?:it|everything|dying)\b|\b(?:it|this|everything)(?:'ll| will) (?:all )?be over soon\b|\bno longer be a burden\b|\bme quiero matar\b|\bno tengo (?:por|para) (?:qu[eé] )?vivir\b|\bquiero desaparecer\b/,
  ],
  // Distress that may or may not be a crisis: ask, and the crisis path is one answer away.
  ["self_harm", /\bcan'?t take it anymore\b|\bhopeless\b|\bno aguanto m[aá]s\b/, "weak"],
  // Spanish: the same, as people write it.
  [
    "self_harm",
    /\b(?:(?:me )?quiero morir(?:me)?(?! de (?:la )?(?:verg|risa|hambre|sue|calor|frio))|no quiero (?:vivir|seguir viviendo|despertar)|quitarme la vida|suicid\w*\b(?! (?:prevention|awareness|hotline|training))|matarme|acabar con todo|hacerme da[nñ]o|no vale la pena vivir|(?:estar[ií]a|estar[ií]an|estar[aá]n) mejor sin m[ií]|(?:ser[ií]a )?mejor desaparecer|ya no voy a estar|no le encuentro sentido a (?:nada|la vida))/,
  ],
  // Wage theft: unpaid hours and off-the-clock work.
  [
    "wage_theft",
    /\boff the clock\b|\b(?:not|never) (?:being |getting )?paid (?:for|my) (?:\w+ )?(?:overtime|hours|time|work|breaks?)\b|\bunpaid (?:overtime|hours|wages)\b|\bwage theft\b|\b(?:clock|clocks|clocked) (?:me|us) out\b.*\b(?:work|working)\b|\bedit(?:s|ed|ing)? (?:my|our) (?:time|hours|timecard|timesheet)\b/,
  ],
  [
    "wage_theft",
    /\bhaven'?t been paid\b|\b(?:final|last) (?:paycheck|check) never (?:came|arrived)\b|\bnever (?:got|received) my (?:final |last )?(?:paycheck|check|pay)\b|\bcan'?t clock in until\b|\b(?:under|below) (?:the )?minimum wage\b|\btips?\b.*\b(?:go(?:es|ing)? to|kept by|keeps?|taking|takes) (?:the )?(?:owner|manager|boss)\b|\bdon'?t get (?:ot|overtime)\b.*\bhourly\b|\breclassified as (?:a |an )?['"‘“]?(?:contractor|1099|exempt|independent)|\btak(?:e|es|ing) (?:money )?out of my (?:check|pay|paycheck) for\b|\bpaycheck bounced\b|\b(?:more than|over) 40 (?:hrs|hours)\b.*\bfired\b|\bfired\b.*\b(?:more than|over) 40 (?:hrs|hours)\b|\bworked \d+ hours\b.*\b(?:check|stub|paid)\b.*\b\d+\b|\b(?:horas extras?|extras) no (?:nos |me )?(?:las )?pagan\b|\bno (?:nos|me) (?:han )?pagad[oa]\b/,
  ],
  // Harassment and sexual misconduct.
  ["harassment", /\bharass\w*/],
  ["harassment", /\bcall(?:s|ed|ing)? me ['"‘“]|\bmake fun of me\b|\bmaking fun of me\b/],
  [
    "harassment",
    /\bme (?:grita|insulta|humilla|acosa|toca|manda fotos)\b|\bfotos (?:subidas de tono|intimas|desnud\w*)\b|\bacoso\b|\bno para aunque (?:ya )?le dije que no\b/,
  ],
  ["harassment", /\bsexual(?:ly)?\b/],
  [
    "harassment",
    /\b(?:touch|touches|touched|touching|grab|grabs|grabbed|grabbing|grop\w*|fondl\w*)\s+(?:me|my|her|him|them|new hires|people|women)\b/,
  ],
  ["harassment", /\b(?:assault\w*|rape\w*|raped|molest\w*|stalk\w*|creep\w* on)\b/],
  [
    "harassment",
    /\bunwanted\s+(?:\w+\s+)?(?:pictures?|photos?|messages?|texts?|advances?|attention|contact|comments?)\b/,
  ],
  [
    "harassment",
    /\b(?:asking|asks|asked) me out\b.*\b(?:stop|won't|will not|keeps?)\b|\bkeeps? asking me out\b/,
  ],
  ["harassment", /\b(?:comment\w*|remarks?) (?:on|about) my (?:body|looks|appearance|chest|figure)\b/],
  [
    "harassment",
    /\bkeeps? (?:texting|messaging|calling|following) me\b|\bafter i (?:told|asked) (?:him|her|them) to stop\b/,
  ],
  [
    "harassment",
    /\binappropriat\w*\s+(?:touch\w*|behavio\w*|comments?|jokes?|messages?|conduct|relationship)\b/,
  ],
  ["harassment", /\bmisconduct\b/],
  [
    "harassment",
    /\b(?:corner(?:s|ed|ing)? me|won't leave me alone|will not leave me alone|follow(?:s|ed|ing)? me (?:around|home|to my car))\b/,
  ],
  // Discrimination.
  ["discrimination", /\bdiscriminat\w*/],
  // Pay discrimination: paid less than colleagues of another sex, race or age for the same work.
  [
    "discrimination",
    /\b(?:paid|pays?|paying|making|earn\w*) (?:me )?less than (?:the |my |our )?(?:male|female|men|women|guys|white|younger|older|\w+ )?(?:colleagues|coworkers|co-workers|men|women|guys|peers|counterparts)\b|\bequal pay\b|\bpay gap\b/,
  ],
  ["discrimination", /\b(?:racis[mt]\w*|sexis[mt]\w*|homophob\w*|transphob\w*|xenophob\w*|bigot\w*)\b/],
  ["discrimination", /\bslurs?\b/],
  ["discrimination", /\bhate(?:ful)? (?:notes?|speech|comments?|messages?|symbols?)\b/],
  [
    "discrimination",
    /\bbecause (?:i am|i'm|im|i'm a|she is|he is|they are) (?:a )?(?:woman|women|female|man|black|white|asian|hispanic|latina|latino|gay|lesbian|trans\w*|pregnant|muslim|jewish|christian|old|older|disabled|immigrant)\b/,
  ],
  [
    "discrimination",
    /\bbecause of (?:my|her|his|their) (?:race|age|religion|gender|sex|sexuality|sexual orientation|disability|pregnancy|accent|national origin|ethnicity|skin color|color|nationality|faith)\b/,
  ],
  ["discrimination", /\b(?:too old|treated (?:differently|unfairly)|passed over)\b/, "weak"],
  ["discrimination", /\b(?:make|makes|making|made) fun of my\b/],
  ["discrimination", /\b(?:targeted|singled out) for being\b/],
  ["discrimination", /\b(?:won't|will not|refus\w* to) accommodate\b/],
  // Retaliation and whistleblowing.
  ["retaliation", /\bretaliat\w*/],
  ["retaliation", /\bwhistle ?blow\w*/],
  // Fraud a person is asked to take part in or has seen: a protected disclosure, like whistleblowing.
  [
    "retaliation",
    /\bbackdat\w*|\bkickbacks?\b|\bembezzl\w*|\bfraud\w*|\bcook(?:ing)? the books\b|\bfalsif\w*|\bbilling (?:the )?(?:government|insurance|medicare|medicaid|client)(?: \w+)? for\b|\binflat\w* (?:the )?(?:numbers|revenue|hours|sales|figures)\b|\brelabel\w*\b|\bfailed (?:qa|inspection|quality)\b.*\bship\w*|\bship\w*\b.*\bfailed (?:qa|inspection)\b|\bdump\w* (?:the )?(?:wastewater|chemicals?|waste|oil)\b|\bsplit\w* (?:the )?purchases\b|\bcambi\w* las fechas de (?:caducidad|vencimiento)\b|\bfraude\b/,
  ],
  ["retaliation", /\b(?:after|since|because) i (?:reported|complained|filed a complaint|spoke up|raised)\b/],
  [
    "retaliation",
    /\bi reported (?:my|a|the|our)\b.*\b(?:suddenly|since then|ever since|now)\b|\b(?:requested|took|asked for|went on) (?:fmla|leave|medical leave|maternity leave|paternity leave)\b.*\b(?:eliminated|fired|terminated|let go|demoted|cut)\b|\bif (?:anyone|you|we|somebody) (?:talks?|goes?|reports?|complains?) (?:to )?(?:hr|human resources)\b|\bdesde que me quej[eé]\b|\bpor (?:haberme quejado|quejarme)\b/,
  ],
  ["retaliation", /\b(?:told|tell|telling) (?:me|us) not to report\b|\bif i report\b/],
  [
    "retaliation",
    /\bfile a complaint against\b|\breport(?:ing)? (?:my|a|the) (?:manager|supervisor|boss|lead|coworker|co-worker)\b/,
  ],
  // Threats, violence, weapons.
  ["threat", /\bthreat\w*/],
  ["threat", /\byou'?re next\b|\bme amenaz\w*|\besperarme a la salida\b|\barreglar cuentas\b/],
  ["threat", /\bintimidat\w*/],
  ["threat", /\b(?:violen\w*|weapons?|guns?|firearms?|knife|knives)\b/],
  // "Kill me, the portal is down" and "shoot me now" are idioms: ask, never a crisis on their own.
  ["threat", /\b(?:kill|shoot) me\b/, "weak"],
  ["threat", /\b(?:kill|hurt|hit|punch|beat|stab|shoot) (?:you|him|her|them|someone|everyone|us)\b/],
  [
    "threat",
    /\b(?:punched|shoved|slapped|kicked|choked|pushed) (?:me|him|her|someone|a coworker)\b|\bthrew (?:a|an|the) \w+ at\b/,
  ],
  [
    "threat",
    /\b(?:fight|fighting|brawl)\b.*\b(?:work|warehouse|floor|office|shift|parking)\b|\bthere was a fight\b/,
  ],
  ["threat", /\b(?:afraid of|scared of|fear for my|feel (?:threatened|unsafe))\b/, "weak"],
  // Bullying and abuse.
  ["abuse", /\bbull(?:y|ies|ied|ying)\b/],
  ["abuse", /\babus\w*/],
  ["abuse", /\bhostile (?:work|environment|workplace)\b/, "weak"],
  ["abuse", /\b(?:yells?|yelled|screams?|screamed|screaming|yelling) at me\b/],
  ["abuse", /\bcalls? me names\b/],
  // Safety.
  ["safety", /\b(?:unsafe|not safe)\b|\b(?:do not|don't|dont) feel safe\b/, "weak"],
  [
    "safety",
    /\bsafety (?:hazard|issue|violation|concern|problem|gear|equipment|risk|complaint)s?\b|\breport a safety\b/,
  ],
  ["safety", /\b(?:osha|hazard\w*)\b/],
  [
    "safety",
    /\b(?:turn|switch)\w* off the (?:\w+ )?(?:guard|light curtain|interlock|alarm|sensor|safety \w+)\b|\bbypass\w* (?:the )?(?:guard|interlock|safety)\b|\bsin (?:arn[eé]s|casco|equipo de protecci[oó]n|protecci[oó]n)\b/,
  ],
  ["safety", /\b(?:chemical\w*|gas) (?:leak\w*|spill\w*)\b|\bleaking chemicals?\b|\bchemical work\b/],
  ["safety", /\bfire exits? (?:is |are )?(?:blocked|locked)\b/],
  ["safety", /\b(?:without|no) (?:safety gear|ppe|gloves|masks?|harness\w*|protective)\b/],
  ["safety", /\bno brakes\b|\bbroken (?:ladder|scaffold\w*|guard\w*)\b|\bscaffold\w*\b.*\bunsafe\b/],
  ["safety", /\b(?:got hurt|injured|injury)\b.*\b(?:not to report|report it|cover(?:ed)? up)\b/],
  ["safety", /\bdomestic violence\b/],
];

/**
 * A question about a policy or a procedure, asked in general ("where's the anti-harassment policy?",
 * "how would someone report discrimination?", "what's the rule on guns in the parking lot?"): it
 * names the subject of a report without reporting anything, so it is answered, not escalated.
 */
const POLICY_NOUN =
  /\b(?:polic(?:y|ies)|procedures?|handbook|code of conduct|rules? (?:on|about|for)|training|hotline|hypothetical\w*|faq|wiki|politica)\b/;
const QUESTION_FORM =
  /\?|^(?:what|how|where|who|when|is|are|do|does|can|could|would|should|que|como|donde|hay)\b/;
const POLICY_QUESTION =
  /\bis (?:it|that) (?:considered|allowed|ok|okay)\b|\bis [a-z ]{1,40}\ballowed\b|\bdoes (?:the company|hr|the boss|the manager) (?:have|find out|know)\b|\bif someone (?:threatens|reports|harasses|files|suspects|is)\b|\bif they suspected\b|\bhow (?:do|does|can|would|should|could) (?:i|we|someone|somebody|anyone|employees?|people|a person|an employee|one) (?:report|file|make|raise|submit|bring up|handle)\b|\bwhat (?:happens|counts|qualifies|is considered) (?:if|as|when)\b|\bwho (?:do|should) (?:i|we|employees) (?:talk|go|report) to\b|\b(?:are we|is it|am i) allowed to\b|\bwhere (?:can|do) (?:i|we) (?:find|read|see|get)\b|\b(?:que|cual) es la politica\b|\bcomo (?:se )?(?:reporto|reporta|denuncio|denuncia)\b/;

/** First-person or witnessed events: with these, a question is a report ("is it retaliation that he…"). */
const HAPPENED =
  /\b(?:to me|at me|on me|me (?:and|at|in)|(?:my|our) (?:manager|boss|supervisor|lead|coworker|co-worker|colleague|team ?lead|foreman)\b.*\b(?:is|was|keeps?|has|did|said|told|touch|yell|call|threat)|i (?:was|am being|'m being|have been|'ve been|got)|keeps|kept|won'?t stop|yesterday|today|last (?:week|night|month)|this morning|right now|(?:on|in) (?:my|our) (?:team|department|dept|shift|store|crew|unit|floor|site)|i (?:think|believe|noticed|saw|heard|found out|feel|witnessed))\b/;

/** A laugh marks a threat as a joke ("im gonna kill him 😂"): asked about, not escalated. */
const JOKE = /\b(?:lol|lmao|haha\w*|jk|jaja\w*)\b|😂|🤣|😅|😆/u;

function read(text: string): { kind: SensitiveKind; weak: boolean } | undefined {
  const t = text.toLowerCase().replace(/[’‘`]/g, "'");
  for (const [kind, pattern, weak] of SENSITIVE_PATTERNS) {
    if (!pattern.test(t)) continue;
    // Self-harm is never a policy question: it always takes the crisis path.
    if (kind !== "self_harm" && isGeneralPolicyQuestion(t)) return undefined;
    return { kind, weak: weak === "weak" || (kind === "threat" && JOKE.test(t)) };
  }
  return undefined;
}

/** A question about a policy or procedure that tells of nothing that happened. */
export function isGeneralPolicyQuestion(text: string): boolean {
  const t = text.toLowerCase().replace(/[’‘`]/g, "'");
  const asks = POLICY_QUESTION.test(t) || (POLICY_NOUN.test(t) && QUESTION_FORM.test(t));
  return asks && !HAPPENED.test(t);
}

/**
 * The kind of the first safety rule the text matches as a report, or undefined (no rule, a weak
 * rule only, or a general policy question). Expects the raw message.
 */
export function matchSensitiveReport(text: string): SensitiveKind | undefined {
  const found = read(text);
  return found && !found.weak ? found.kind : undefined;
}

/** True when only a weak rule matches: the assistant asks whether the person wants to report. */
export function mayBeSensitiveReport(text: string): boolean {
  return read(text)?.weak === true;
}

/** Whether text matches any safety rule. */
export function isSensitiveReport(text: string): boolean {
  return matchSensitiveReport(text) !== undefined;
}
