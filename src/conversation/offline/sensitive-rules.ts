/**
 * Safety rules that win over any model: a message that reads as harassment, discrimination,
 * retaliation, threats, violence, unsafe work or abuse is a `sensitive_report`, whatever else it
 * says ("can I take Friday off? my manager keeps touching me" → sensitive_report). Recall matters
 * more than precision here: a false positive only reaches a person sooner.
 */
import type { SensitiveKind } from "../case-desk";

/** A laugh marks a threat as a joke ("im gonna kill him 😂"): asked about, not escalated. */
const JOKE = /\b(?:lol|lmao|haha\w*|jk|jaja\w*)\b|😂|🤣|😅|😆/u;
/** Words that take the laugh back ("i wanna die lol no but really i do"). */
const SERIOUS =
  /\b(?:but (?:really|seriously|for real|honestly)|not (?:joking|kidding)|for real|i mean it|seriously)\b/;

/** Lowercase, straight apostrophes, and the shorthand people type ("w/o" → "without"). */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bw\/o\b/g, "without")
    .replace(/\s+/g, " ");
}

/**
 * Violent, deadly or crude words used figuratively about work ("got my butt kicked at the dock", "my
 * supervisor will skin me alive", "I'd kill for a four day week", "dying to know my balance"). They
 * are removed before the rules and cues read a message, so the rest of it decides; a person or a body
 * part named outside the idiom still counts ("he kicked me").
 */
const FIGURATIVE_SOURCES = [
  /(?:got|get|gets|getting) (?:my|our|their) (?:butts?|ass(?:es)?|behinds?|tails?) (?:kicked|handed to (?:me|us))/,
  /(?:is|are|was|were|been|'s|'re) (?:kicking|kicked) (?:my|our) (?:butts?|ass(?:es)?|behinds?|tails?)/,
  /(?:skin|skins|skinned|eat|eats|ate|eaten) (?:me|us|you|him|her|them) alive|buried alive/,
  /(?:scream\w*|yell\w*) bloody murder|(?:get|gets|got|getting) away with murder/,
  /(?:want|wanted|wants|makes? me want|made me want) to (?:scream|pull my hair out)|(?:pull\w*|tear\w*) my hair out/,
  /have (?:my|our) heads?(?: on a (?:platter|plate|stick|spike))?/,
  /(?:dying|dead) to (?:know|see|hear|try|find out|get|go|meet|leave|ask)|dead (?:tired|on my feet|beat)/,
  /(?:i'?d|i would|would|could) (?:kill|murder|commit (?:\w+ )?crimes?|sell my soul|die) for (?:a|an|some|the|more|another|one|\d)/,
  /(?:kill|crush|nail|slay)(?:s|ed|ing)? it\b/,
  /(?:slaughter|crush|destroy|smash|murder|kill)(?:s|ed|ing)? (?:the|our|their|my|this|that) (?:\w+ )?(?:targets?|goals?|quotas?|numbers|records?|competition|sales|presentation|demo|interview|pitch|exam)/,
  /(?:massacre|bloodbath|blood bath|war ?zone|dumpster fire|train ?wreck|shit ?show)/,
  /(?:the )?death of me|(?:an )?early grave|(?:go )?die in a (?:fire|hole|ditch)/,
  /(?:lose|losing|lost) my (?:mind|marbles|cool)|(?:about to|going to|gonna|might|could|totally) lose it/,
  /(?:should|ought to) be illegal|(?:bor(?:ed|ing)|work(?:ed|ing)|freez(?:ing|es)) (?:me |us )?to death|slave ?driver/,
  // A promise of violence for a small fault of one's own ("…is going to kill me, I forgot the count").
  /(?:going to|gonna|will|'ll) (?:kill|murder|strangle) (?:me|us)(?=,? (?:if (?:i|we)\b|when (?:s?he|they) (?:sees?|finds? out|hears?)|for (?:this|that|being late|forgetting|missing)|i (?:forgot|missed|messed|broke|lost|spilled|was late|didn'?t)))/,
  /(?:want(?:ed)?|wanna|ready|about|going|gonna|could|tempted) to (?:punch|kick|smash|throw|strangle|hit) (?:it|(?:the|this|that|my) (?:wall|printer|copier|vending machine|machine|computer|laptop|screen|monitor|keyboard|phone|scanner|kiosk|time ?clock))/,
];
const FIGURATIVE = new RegExp(`\\b(?:${FIGURATIVE_SOURCES.map((r) => r.source).join("|")})\\b`, "g");
/** An idiom tied to telling or reporting ("…will skin me alive if I tell HR") may be a threat: kept. */
const SILENCING =
  /\bif (?:i|you|we|anyone|anybody|somebody|someone) (?:ever )?(?:tell|told|report\w*|say|said|talk\w*|go|went|complain\w*|snitch\w*)\b/;

/** The text with figurative violence removed (see FIGURATIVE). */
function literal(text: string): string {
  return SILENCING.test(text) ? text : text.replace(FIGURATIVE, " ");
}

/** Whether the text uses a violent or deadly word figuratively (see FIGURATIVE). */
function speaksFiguratively(text: string): boolean {
  return literal(text) !== text;
}

/** Both patterns somewhere in the text, in either order: a context rule ("paid less" + "women"). */
function both(a: RegExp, b: RegExp): RegExp {
  return new RegExp(`^(?=[\\s\\S]*?${a.source})(?=[\\s\\S]*?${b.source})`);
}

// Lexicons the context rules combine. Each alone is ordinary talk ("the guys on my team", "I reported
// the bug", "no gloves in my size"); together with the other half they describe a report.
/** A characteristic the law protects, as people name it. */
const PROTECTED_TRAIT =
  /\b(?:wom[ae]n|female|males?|men|guys?|girls?|too old|pregnan\w*|embarazada|race|racial|black|white|asian|hispanic|latin[oax]s?|mexican|immigrants?|accents?|religio\w*|hijab|turban|sabbath|muslim|jewish|christian|pray\w*|gay|lesbian|trans(?:gender)?|queer|disab\w*|wheelchair|diagnos\w*|over (?:40|50|60)|older|younger|grandpa|grandma|hombres|mujer(?:es)?|gender|(?:came|coming) out (?:as|at work|to (?:my|the) (?:team|manager|boss))|english|mexicans|indians?|arabs?|africans?|i'?m (?:[5-7]\d)|(?:the|a) man (?:i|who|that|they))\b/;
/** Worse pay, jobs, hours or treatment than others get. */
const UNEQUAL_TREATMENT =
  /\b(?:paid less|pays? (?:me |us |her |them )?less|makes? (?:\$?\d+(?:[.,]\d+)?k? (?:dollars? )?|more |less )|(?:bigger|larger|better|higher) (?:raises?|bonus\w*|offers?|pay)|(?:lowest|least)[- ]paid|worst (?:schedules?|shifts?|hours|routes?|assignments?)|(?:took|taken|pulled|removed) (?:me|her|him) (?:off|from)|(?:gave|given|giving) (?:it|them|my \w+|the \w+) to (?:someone|somebody|a younger|the new)|(?:need|want|wants|looking for|prefer\w*) (?:someone|somebody|a guy|a man|a woman|people) (?:\w+ )?(?:younger|older|male|female)|keeps? getting (?:written up|disciplined|tested|searched)|more than me|less than (?:me|the|my|our)|lower (?:raises?|pay|wages?|salar\w*)|higher (?:raises?|pay)|skip\w* (?:me|over)|passed over|culture fit|(?:won'?t|wont|not|don'?t|dont) (?:hire|hiring|promote)|cut (?:my|her|his|our) hours|(?:can'?t|cannot|not allowed to) wear|only (?:give|hire|promote)\w*|call(?:s|ed)? me|jokes? about|demot\w*|same (?:job|work|role|position)|no (?:elevator|ramp|accessible \w+)|menos que|i can quit|the only one (?:who|that) (?:gets?|got|has to|had to|is|was) (?:\w+ )?(?:tested|searched|written up|checked|followed|watched|disciplined|denied|passed over)|(?:telling|told|tell|keep|pushing) me (?:to )?(?:think about )?retir\w*|rescind\w*|left off|left out of|excluded from|for (?:a|the) promotion|those people|(?:doesn'?t|don'?t) want (?:\w+ ){0,2}on (?:his|her|my|the) team|(?:aren'?t|are not|isn'?t) cut out for|(?:always|only|every time)\b[\s\S]*\b(?:laid off|let go|layoffs?|who go)|(?:won'?t|wont|doesn'?t|don'?t) let me use the (?:restroom|bathroom|locker room)|(?:higher|better|bigger) (?:rate|salary|wage|hourly)|identical (?:work|job|role)|only (?:schedul|assign|put|pick|choos|send|train|offer|let)\w*|on purpose|deliberately|slow (?:us|the team|everyone|things) down|(?:should|to) consider (?:going )?(?:part[- ]time|retir\w*|stepping down)|(?:got|get|gets|getting) (?:\w+ )?(?:raises?|bonus\w*|promot\w*|the (?:good|better) (?:shifts?|hours|routes?))\b[^.!?]{0,30}\b(?:none of us|not us|we didn'?t|i didn'?t|we don'?t|i don'?t|except (?:me|us)))\b/;
/** Having complained, reported, testified or taken protected leave. */
const SPOKE_UP =
  /\b(?:(?:file|filed|filing|help\w* (?:\w+ ){0,2}file) (?:a |the |my |his |her )?(?:wage|eeoc|osha|labor|discrimination|harassment) (?:claim|complaint|charge)|(?:told|went to|talked to|complained to|called|contacted|reported (?:it |him |her |them )?to) (?:hr|human resources|management|corporate|the labor board|osha|the (?:labor|state|wage|department of labor|eeoc)\w*(?: \w+)?|(?:a|my) (?:lawyer|attorney)|the eeoc|the dol)|(?:took|take|taking) (?:fmla|leave|medical leave|maternity leave|paternity leave)|asked (?:why|about|for|if)\b[^.!?]{0,40}\b(?:paid|pay|overtime|wages|breaks?|tips|safety|(?:pay)?checks?|short)\b|(?:statement|testimony|complaint|report) (?:to|with) (?:hr|human resources|management|corporate|osha|the eeoc)|habl[eé] con (?:el gerente|la gerente|recursos humanos|rh|el jefe|la jefa|el due[nñ]o)|(?:filed|filing|made|making|raised|raising|put in) (?:a |the |my )?(?:complaint|grievance)|complained (?:to|about (?:him|her|them|my|the (?:manager|boss|supervisor|breaks?|pay|safety)))|reported (?:him|her|them|it to|my (?:manager|boss|supervisor|lead|coworker)|the (?:\w+ )?(?:harassment|injury|incident|violation|safety \w+|stuff))|testif\w*|spoke up|labor board|union|came back from (?:maternity|paternity|medical|fmla) leave|recursos humanos|me quej\w*|raised the \w+ issue|said no to (?:his|her) advances|asked about (?:the |my |our )?(?:overtime|pay|wages|breaks?|tips|safety)|went on (?:fmla|leave|medical leave)|turned (?:him|her) down)\b/;
/** What is done to someone afterwards. */
const ADVERSE_ACTION =
  /\b(?:cut (?:my|our|her|his) (?:hours|shifts?|pay|schedule)|(?:hours|shifts?|pay) (?:dropped|went down|fell|dried up|disappeared)|(?:dropped|reduced|cut) to (?:nothing|zero)|(?:for|on) every (?:holiday|weekend|closing shift|night shift)|all the (?:holidays|weekends|closing shifts|night shifts)|(?:took|taken|pulled) (?:me|her|him) off (?:the )?(?:schedule|rotation|shifts?)|off the schedule|(?:job|position|role) (?:was |got |is being )?(?:given|eliminated)|(?:hours|shifts?|schedule) (?:got |were |was )?(?:cut|reduced)|reduced (?:my|our) (?:hours|shifts?|pay)|took away|moved me|wrote me up|write[- ]?ups?|written up|demot\w*|fired|fire me|terminat\w*|(?:bad|low|poor) (?:review|rating)|needs improvement|writ\w* me up|schedule got|freez\w* me out|worst (?:shifts?|assignments?|zone|routes?)|given to someone else|threaten\w*|don'?t last|report me to immigration|bajaron|quitaron|cambiaron|redujeron|dejaron con (?:solo )?\d+|stopped (?:putting|scheduling|giving|calling|assigning) (?:me|us|her|him)|lost my (?:weekends?|shifts?|hours|seniority|raise|bonus|position))\b/;
/** Safety equipment or a hazard a workplace must control. */
const HAZARD_THING =
  /\b(?:fall protection|harness|guard|wiring|outlets?|electrical (?:panel|box)|brakes?|(?:emergency |fire )?exits?|sprinklers?|fire (?:alarm|extinguisher)s?|wires?|ladder|scaffold\w*|forklift|mold|ammonia|asbestos|chemicals?|fumes|ventilation|respirators?|hard ?hats?|goggles|guarda|arn[eé]s|casco|frenos|eyewash\w*|gas monitor|lockout|tagout|extension cords?|(?:guard)?rails?|railings?|acid|guantes|qu[ií]micos?|mascarillas?|gafas|lentes de seguridad|botas de seguridad|andamios?|escaleras?)\b/;
/** Missing, broken, bypassed or blocked. */
const HAZARD_STATE =
  /\b(?:no|without|broken|disabled|spark\w*|smok(?:ing|es)|(?:said|told (?:us|me)) (?:to )?ignore|removed|took the \w+ off|off the|chained|locked|blocked|padlocked|disconnected|no working|grind\w*|leak\w*|exposed|sin|no tiene|no hay|so strong|all over|getting sick|passed out|expired|empty|isn'?t being done|while it'?s running|under water|daisy|has no|roto|rota|descompuest[oa]|cough\w*|dizzy|headaches?|nosebleeds?|wheez\w*|short of breath)\b/;

/**
 * `weak` patterns name an experience that may be a report or may be a complaint ("I feel treated
 * unfairly", "I'm scared of the new system"): they make the assistant ask, not open a case.
 */
// Self-harm said in any register: a wish or an intention ("i wanna", "thinking of", "gonna") with
// dying, vanishing or not existing. A place or a time after it ("disappear under my desk until
// friday", "jumping ship", "die of embarrassment") is an idiom; a laugh makes it a question (with 988
// first) unless taken back ("lol no but really").
const WISH =
  /\b(?:want(?:ed|s)?|wanna|wish(?:ed|ing)?|would rather|thinking (?:about|of)|think(?:ing)? about|thought (?:about|of)|plan(?:ning)? (?:on|to)|ready to|considering|keep (?:thinking|wanting))/;
/** An intention alone ("gonna", "about to"): "I'm going to die if this meeting runs over" is an idiom. */
const INTEND = /\b(?:going to|gonna|about to)/;
const FILLER =
  /(?: (?:to|i|could|just|really|kinda|honestly|sometimes|simply|like|would|that|myself|it'?d be easier to))*/;
const ACT =
  /(?:disappear(?:ing)?|vanish(?:ing)?|not (?:exist(?:ing)?|be (?:here|around|alive)|wak(?:e|ing) up)|stop (?:existing|living|breathing)|end(?:ing)? (?:it|it all|things|everything|my life|myself)|jump(?:ing)?|unaliv\w*|kill(?:ing)? my ?self|overdos\w*|not being (?:here|around|alive)|walk(?:ing)? into traffic|step(?:ping)? in front of (?:a|the) (?:train|bus|truck|car))/;
const IDIOM_AFTER =
  /(?! (?:under|into|in|to|for|until|till|from|at|on|over|off|of|with|ship|early|soon|next|tomorrow|today|this|that|when|while|during|because|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the (?:call|meeting)))/;
const WISHES_GONE = new RegExp(
  `(?:${WISH.source}${FILLER.source} (?:die|be dead|${ACT.source})|${INTEND.source}${FILLER.source} ${ACT.source})\\b${IDIOM_AFTER.source}`,
);
const JOKING = new RegExp(`^(?=[\\s\\S]*(?:${JOKE.source}))(?![\\s\\S]*${SERIOUS.source})`, "u");
const NOT_JOKING = new RegExp(`^(?![\\s\\S]*(?:${JOKE.source})(?![\\s\\S]*${SERIOUS.source}))`, "u");

const SENSITIVE_PATTERNS: readonly (readonly [SensitiveKind, RegExp, "weak"?])[] = [
  // Self-harm first: it takes the crisis path, whatever else the message says.
  [
    "self_harm",
    /\b(?:kill(?:ing)? my ?self|end(?:ing)? (?:it all|my life|things)|take my (?:own )?life|suicid\w*\b(?! (?:prevention|awareness|hotline|training))|hurt(?:ing)? my ?self|harm(?:ing)? my ?self|self[- ]?harm\w*|cut(?:ting)? my ?self)\b/,
  ],
  [
    "self_harm",
    /\b(?:don't|do not|dont) want to (?:be alive|live|be here anymore|wake up|exist)\b|\bno reason to (?:live|go on)\b|\bbetter off (?:dead|without me)\b|\bwish i (?:was|were) dead\b|\bcan'?t go on\b|\b(?:won'?t|will not|not going to) be (?:around|here) (?:anymore|much longer|after)\b|\bwon'?t need (?:my|the|any) \w+ (?:after|anymore)\b.*\b(?:around|gone|here)\b|\b(?:what'?s|whats) the point (?:of (?:living|anything|going on)|anymore)\b|\bno point (?:in )?(?:living|going on)\b|\bgive away (?:all )?my (?:stuff|things|belongings)\b|\b(?:say|saying) goodbye for good\b|\bend (?:it|this) (?:all|tonight|for good)\b|\bdisappear (?:forever|for good)\b/,
  ],
  ["self_harm", new RegExp(`${NOT_JOKING.source}[\\s\\S]*?${WISHES_GONE.source}`, "u")],
  ["self_harm", new RegExp(`${JOKING.source}[\\s\\S]*?${WISHES_GONE.source}`, "u"), "weak"],
  // Meaning, a reason, or strength to go on, gone; a burden; done with life; a means looked up.
  [
    "self_harm",
    /\b(?:don'?t|do not|dont|can'?t|cannot|cant|no longer) see (?:the|any) point(?: (?:anymore|any more|in (?:anything|living|life|going on|trying)|of (?:any of it|anything|it all|living|life|going on|trying|being (?:here|alive)))\b|\s*(?:[.!,]|$))|\b(?:is|what'?s|whats) (?:even )?the point (?:of|in) (?:living|life|anything|any of it|going on|it all|being (?:alive|here))\b|\bno (?:reason|point|purpose) (?:for me )?(?:to|in) (?:keep(?:ing)? going|keep(?:ing)? living|liv(?:e|ing)|go(?:ing)? on|be(?:ing)? alive|wake up|get(?:ting)? up (?:anymore|in the morning)|be(?:ing)? here)\b(?! (?:on|at|for|today|tomorrow|early|late|this|that|when))|\b(?:better|happier|easier|fine|okay|ok) (?:off )?(?:without me|if i (?:was|were|wasn'?t|weren'?t|wasnt|werent) (?:gone|dead|here|around|alive)|with me gone|with (?:my|the) (?:life )?insurance (?:money )?than with me)\b(?! (?:tomorrow|today|on|at|for|next|this|during|when))|\b(?:a )?favou?r by (?:not being (?:here|around|alive)|dying|disappearing|being gone)\b|\bwhy (?:do )?(?:i )?(?:even )?bother (?:waking up|getting up|living|being alive)\b|\bwant (?:it all|everything) to be over\b|\bkeep doing this\W+(?:living|life|being alive)\b|\bnothing left (?:for me|to live for)\b(?! to (?:do|eat|read|sign))|\b(?:wrote|writing|left|written) (?:a |my )?goodbye (?:letters?|notes?|messages?)\b|\b(?:except|but|other than) (?:ending it|ending my life|dying|killing myself)\b|\b(?:standing|sitting) (?:on|at) (?:the |a )?(?:edge of the )?(?:roof|ledge|edge|bridge|tracks|overpass)(?: right now| now| tonight)?\s*[.!]*$|\b(?:nobody|no one|noone) would (?:even )?(?:care|notice) if i (?:just )?(?:died|was gone|disappeared|vanished|wasn'?t here)\b|\b(?:nobody|no one|noone) (?:would|will|is going to|gonna) (?:even )?miss me\b|\b(?:i'?m|i am|im|feel like|feel) (?:a |such a |just a |nothing but a )?burden\b|\b(?:done|finished|through|tired|sick) (?:of|with) (?:life|living|being alive|existing|it all)\b(?! (?:on|for|at|in|today|tonight|insurance))|\bwith being alive\b|\bgiv(?:e|ing) up on (?:life|living|myself)\b|\b(?:can'?t|cant|cannot) (?:keep|go on) (?:living|existing)\b|\b(?:want|need) (?:the|this|all the|my) (?:pain|hurt(?:ing)?|suffering) to (?:end|stop) (?:permanently|forever|for good|once and for all)\b|\bwant (?:it all|everything) to (?:stop|end)\b|\bi (?:\w+ )?cut (?:again|my (?:arms?|wrists?|legs?|thighs?))\b|\bcut(?:ting)? (?:my )?wrists?\b|\bhow many (?:pills|tablets|sleeping pills|of (?:my|these|the) (?:pills|meds)) (?:it )?(?:would|will|it'?d|to) (?:take|kill|die)\b|\b(?:lethal|fatal) (?:dose|amount)\b|\bkms\b|\bunaliv\w*|\bsu(?:i|y)?(?:c|s)(?:i|y)?d(?:e|al|ing)\b(?! (?:prevention|awareness|hotline|training))|\b(?:beneficiary|life insurance|my will|goodbye)\b[\s\S]*\b(?:won'?t|wont|will not) be (?:here|around|alive)\b|\b(?:won'?t|wont|will not) be (?:here|around|alive)\b[\s\S]*\b(?:beneficiary|life insurance|my will|goodbye)\b/,
  ],
  // What crisis lines list as warning signs, in everyday words: trapped, unbearable pain, a farewell,
  // pets or children handed over, a mind made up, a means turned on oneself, one's own funeral.
  [
    "self_harm",
    /\b(?:only|one) way out (?:is|would be|left is) (?:to )?(?:be gone|die|dying|end it|not be here|not exist)\b|\b(?:pain|hurt|suffering)\b[^.!?]*\b(?:unbearable|too much)\b[\s\S]*\bwant (?:it|this|everything) to (?:end|stop)\b|\b(?:take care of|look after|care for|feed) my (?:\w+ )?(?:dog|cat|kids|children|pets?|family|son|daughter) (?:if|when|after) (?:something happens to me|i'?m gone|i'?m not (?:here|around)|i die)\b|\bthis is my (?:last|final) (?:message|text|post|goodbye)\b|\bi (?:won'?t|wont|will not|'?m not going to) be (?:a (?:problem|burden|bother)|around|here) (?:much longer|for long|soon)\b|\b(?:made up my mind|decided)\b[\s\S]*\bi have a plan\s*[.!]*$|\b(?:gun|pistol|rifle|knife|blade|rope|pills)\b[\s\S]*\b(?:on|against|at) myself\b|\bfeel(?:s|ing)? like dying\b(?! (?:after|of|from|because|when|at|in (?:this|the)))|\bno hope (?:for me|left for me|anymore)\b|\b(?:picturing|imagining|planning|thinking about) my (?:own )?(?:funeral|death|suicide)\b|\b(?:a)?sleep forever\b|\b(?:swallow\w*|take|taking|took)\b[^.!?]*\b(?:everything in (?:my|the) (?:medicine cabinet|cabinet)|whole bottle|every pill)\b|^\s*this is goodbye\s*[.!]*\s*$|^(?![\s\S]*\b(?:last day|new job|moving|retir\w*|leaving the company|badge|farewell|transfer\w*|vacation)\b)[\s\S]*\b(?:saying|said|say) (?:my )?goodbyes\b|\bif i (?:died|was gone|disappeared|vanished)\b[\s\S]*\b(?:nobody|no one|noone|wouldn'?t)\b[\s\S]*\b(?:notice|care|miss)\b|\b(?:can'?t|cant|cannot) (?:handle|stand|bear|do) (?:living|life|being alive|existing)(?: anymore)?\b/,
  ],
  // A farewell to whoever reads, an apology that absolves, belongings given away as no longer needed,
  // a car not steered, a calm moment at a height, a self-inflicted death asked about for oneself, a
  // goodbye posted by someone who then goes silent.
  [
    "self_harm",
    /^(?![\s\S]*\b(?:last day|new job|moving|retir\w*|leaving the company|transfer\w*|vacation|shift|weekend)\b)[\s\S]*\b(?:say|saying|said) (?:bye|goodbye) to (?:whoever|everyone|anyone|you all|all of you)\b|\btell (?:my|the|our) \w+ (?:that )?(?:i'?m|im|i am) sorry\b[\s\S]*\bnot (?:her|his|their|your|anyone'?s) fault\b|^(?![\s\S]*\b(?:since|because|cause|bc|new ones?|upgrad\w*|moving|downsiz\w*|declutter\w*|retir\w*|last day)\b)[\s\S]*\bgiv(?:e|ing) away my\b[\s\S]*\bwon'?t (?:need|be needing) (?:them|it|any of it|those)\b|\b(?:not|never|stop) turn(?:ing)? the (?:steering )?wheel\b|\blet(?:ting)? go of the (?:steering )?wheel\b|\b(?:on|at) the (?:roof|top|edge|ledge) of (?:the|a|my) (?:parking )?(?:garage|building|bridge|structure|deck)\b[\s\S]*\b(?:peaceful|calm|quiet|view|last|alone)\b|\bself[- ]inflicted\b[\s\S]*\b(?:asking for (?:me|myself)|for me|for myself)\b|\b(?:posted|sent|texted|put up) (?:a |his |her |their )?goodbye (?:message|post|text|note|video)\b/,
  ],
  // Might be a crisis, might be a shrug ("it won't matter soon anyway"): asked, with 988 first.
  ["self_harm", /\bwon'?t matter (?:soon|much longer)\b|\bsorry for everything\b/, "weak"],
  // Indirect statements: a plan, a farewell, a burden, no way out; someone else at risk too.
  [
    "self_harm",
    /\b(?:tired|sick) of (?:existing|living|being alive)\b|\b(?:nobody|no one) (?:would|will) (?:even )?(?:notice|care|miss me) if i (?:was|were|'m|am) gone\b|\bburden to (?:everyone|my family|you all|everybody)\b|\bwaste of space\b|\bcutting (?:again|myself)\b|\b(?:go to sleep|fall asleep) and (?:not|never) wake up\b|\bwrote (?:goodbye )?(?:letters|a letter|notes?) to my (?:family|kids|wife|husband)\b|\bno way out\b(?! of (?:this|the|that|my) (?:spreadsheet|meeting|call|queue|project|report|inbox|traffic|parking lot|email thread)\b)|\b(?:looking at|thinking about) (?:the|that) (?:bridge|tracks|edge|ledge)\b|\bdriv\w* (?:into|off) (?:a|the) (?:barrier|wall|tree|bridge|river|cliff)\b|\bpills? (?:saved|stockpiled|ready)\b|\bsaved up (?:the )?pills\b|\btie up loose ends\b|\bgiv(?:e|ing) (?:away )?(?:all )?my (?:stuff|things|belongings)(?: away)?\b|\b(?:don'?t|do not) see myself (?:here|around|alive)\b|\bwon'?t be (?:here|around) (?:for it|much longer|anymore)\b|\bif i (?:don'?t|do not) wake up\b|\bwon'?t (?:be needing|need) it\b|\bwon'?t (?:bother|burden) anyone (?:much )?(?:longer|anymore)\b|\bnot quitting,? just\b|\bbeneficiary\b.*\bsoon\b|\b(?:kill|hurt|harm) (?:herself|himself|themselves)\b/,
  ],
  // What crisis lines list as warning signs, said outright.
  [
    "self_harm",
    /\bnothing (?:left )?to live for\b|\blife (?:isn'?t|is not|ain'?t) worth living\b|\boverdos\w*|\bhang(?:ing)? myself\b|\bjump(?:ing)? off (?:a|the|this) (?:bridge|building|roof|overpass)\b|\btak(?:e|ing) all (?:of )?(?:my|the) (?:pills|meds|medication)\b|\b(?:made|making) (?:my )?peace with (?:it|everything|dying)\b|\b(?:it|this|everything)(?:'ll| will) (?:all )?be over soon\b|\bno longer be a burden\b|\bme quiero matar\b|\bno tengo (?:por|para) (?:qu[eé] )?vivir\b|\bquiero desaparecer\b/,
  ],
  // Meaning lost, absence, a means or a wish for quiet, in forms the lexicons above miss.
  [
    "self_harm",
    /\b(?:is|what'?s|whats) (?:even )?the point (?:of|in) (?:getting up|waking up|trying|carrying on|doing anything)(?: (?:anymore|any more|at all))?\s*(?:[.!?,]|$)|\b(?:better|easier|happier|simpler|lighter|calmer)\b[^.!?]{0,30}\bif i (?:just )?(?:wasn'?t|weren'?t|was not|were not|wasnt|werent) (?:in it|here|around|alive|in (?:their|the|his|her) (?:lives?|picture|way))\b(?! (?:tomorrow|today|on|at|for|next|this|during|when))|\b(?:go(?:ing)? to sleep|fall(?:ing)? asleep|go(?:ing)? to bed)\b[^.!?]{0,20}\bhop(?:e|ing) (?:that'?s it|it'?s (?:over|the end)|i (?:don'?t|won'?t|never) wake|not to wake)|\b(?:sav|stockpil|hoard|stash)\w* (?:up )?(?:all )?(?:my |the |some |extra )?(?:sleeping |pain |anxiety )?(?:pills|meds|medications?|tablets)\b(?! for (?:my|the|a) (?:trip|vacation|travel|flight))|\b(?:not sure|don'?t know if|unsure (?:if|whether)|wonder(?:ing)? (?:if|whether)) i (?:still |even )?want to (?:be (?:here|around|alive)|live|exist|keep (?:going|living))\b(?! (?:for|on|next|this|tomorrow|today|when|during|until|till|after|at (?!all)))|\b(?:dead weight|a burden|a drain) (?:to|on|for) (?:the people|people who|those who|anyone who|my (?:family|kids|wife|husband|partner|parents|friends|loved ones))\b|^(?![\s\S]*\b(?:meetings?|calls?|projects?|threads?|arguments?|debates?|conversations?|discussions?|contracts?|relationships?|lease|subscriptions?|if (?:nobody|no one))\b)[\s\S]*\bend (?:it|things) myself\b|\bwant (?:it|everything|it all|all of it) to (?:go quiet|go dark|go away|be quiet|be over|stop|end) (?:for good|forever|permanently)\b|\b(?:planning|plan|figur\w* out|decided|worked out) (?:how|when|where) (?:i'?d|i would|i'?ll|i will|i'?m going to) (?:do it|end it|go through with it)(?=\s*(?:[.!]|$))|\bthe (?:forever|permanent|eternal) kind\b|\bnot (?:have to )?deal with being (?:a person|a human|alive|me|here)\b|\b(?:wonder\w*|imagin\w*|think\w*|pictur\w*|who would|would anyone|anyone would)\b[^.!?]{0,40}\bmy (?:own )?funeral\b|\b(?:insurance|payout)\b[^.!?]*\bthan (?:i|me) (?:ever )?(?:will|would|could|am|do)\b|\bno le (?:veo|encuentro) (?:ning[uú]n )?sentido a (?:seguir|vivir|nada|la vida)\b|^(?![\s\S]*\b(?:truck|trailer|clearance|load|van|rv)\b)[\s\S]*\b(?:look\w*|search\w*|googl\w*)\b[^.!?]{0,15}\bhow (?:high|far down)\b[^.!?]{0,30}\b(?:garage|bridge|roof|overpass|cliff|balcony|ledge)\b|\bya no vale la pena (?:seguir|vivir|estar)(?: (?:aqu[ií]|viviendo|en este mundo))?\s*[.!]*$/,
  ],
  [
    "self_harm",
    /^(?![\s\S]*\b(?:visit\w*|vacation|travel\w*|trip|pto|day off|leave|moving|new job|quit\w*|out of town|flying|flight)\b)[\s\S]*\b(?:don'?t think|doubt|not sure) i'?ll (?:still )?be (?:here|around|alive) (?:for|to|until|till|through|by) (?:the new year|new year'?s|christmas|the holidays|my (?:birthday|kids?'? birthdays?)|next (?:year|month|spring|summer)|spring|summer)\b(?! (?:party|dinner|event|celebration|meeting|potluck|lunch|sale|shift|inventory|rush))/,
  ],
  // Nothing matters and the person will not be there for it (not leaving a job): hopelessness with
  // absence.
  [
    "self_harm",
    new RegExp(
      `^(?![\\s\\S]*\\b(?:moving|leaving|quit\\w*|new job|transfer\\w*|relocat\\w*|resign\\w*|last day|contract)\\b)${both(
        /\b(?:what'?s|whats|is) (?:even )?the point\b|\bwhy (?:even )?bother\b|\b(?:doesn'?t|won'?t) matter\b/,
        /\b(?:won'?t|wont|will not|not going to) be (?:around|here|alive)\b/,
      ).source.slice(1)}`,
    ),
  ],
  // Indifference to living, a hope not to wake up.
  [
    "self_harm",
    /\b(?:don'?t|do not|dont) (?:really )?care (?:if|whether) i (?:live|die|wake up|make it)\b|\bhope i (?:don'?t|do not|dont|never|won'?t) wake up\b|\bhope i (?:just )?(?:die|get hit by|crash)\b|\bno me importa (?:si )?(?:vivo|morir)\b/,
  ],
  // Distress that may or may not be a crisis: ask, and the crisis path is one answer away.
  ["self_harm", /\bcan'?t take it anymore\b|\bhopeless\b|\bno aguanto m[aá]s\b/, "weak"],
  // Spanish: the same, as people write it.
  [
    "self_harm",
    /\b(?:(?:me )?quiero morir(?:me)?(?! de (?:la )?(?:verg|risa|hambre|sue|calor|frio))|no quiero (?:vivir|seguir viviendo|despertar)|quitarme la vida|suicid\w*\b(?! (?:prevention|awareness|hotline|training))|matarme|acabar con todo|hacerme da[nñ]o|no vale la pena vivir|(?:estar[ií]a|estar[ií]an|estar[aá]n) mejor sin m[ií]|(?:ser[ií]a )?mejor desaparecer|ya no voy a estar|no le encuentro sentido a (?:nada|la vida))/,
  ],
  // A wish not to exist, or a means and a moment, said in passing.
  [
    "self_harm",
    /\b(?:better off|be better) if i (?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive)\b|\b(?:nobody|no one) would (?:even )?(?:care|notice|miss me) if i (?:died|was gone|disappeared|wasn'?t here)\b|\bsleep(?:ing)? forever\b|\b(?:not|never) wake up (?:tomorrow|again|ever)\b|\b(?:drive|driving|steer\w*|crash\w*) (?:off|into) (?:the|a) (?:road|bridge|wall|tree|traffic|barrier|river|median)\b|\bjump\w* (?:in front of|off) (?:the|a) (?:train|bus|truck|car|bridge|building|roof)\b|\bend(?:ing)? my life\b|\bplan to (?:kill|end|hurt) (?:myself|my life|it)\b|\bwant (?:it|everything|it all) to (?:stop|end) (?:for good|forever)\b|\b(?:don'?t|do not|dont) want to be here anymore\b|\bend it tonight\b|\bya no quiero vivir\b|\bways to (?:die|kill myself|end it)\b|\b(?:take|took|taking) myself out of (?:the picture|this world|the equation|everyone'?s way)\b|\b(?:world|everyone|everybody|my family|my kids) (?:would|will)(?: all)? be better (?:off )?without me\b|\bstop being a (?:problem|burden)\b|\b(?:thinking|thought) about not being (?:here|around|alive)\b|\bstockpil\w* (?:my |the )?(?:meds|medication|pills)\b|\bif i (?:crashed|died|didn'?t make it)\b[\s\S]*\b(?:relieved|better|fine with it|wouldn'?t mind)\b|\btonight'?s the night\b|\bno point anymore\b|\bif i (?:was|were|'m) (?:dead|gone for good)\b|\b(?:might|could|going to|gonna) do to myself\b|\b(?:bought|got|have) (?:a )?(?:rope|noose)\b|\b(?:wrote|writing|left) (?:a )?(?:note|letter)s? (?:for|to) my (?:kids|family|wife|husband|mom|parents|children)\b/,
  ],
  // Wage theft: unpaid hours and off-the-clock work.
  [
    "wage_theft",
    /\boff the clock\b|\b(?:not|never) (?:being |getting )?paid (?:for|my) (?:\w+ )?(?:overtime|hours|time|work|breaks?)\b|\bunpaid (?:overtime|hours|wages)\b|\bwage theft\b|\b(?:clock|clocks|clocked) (?:me|us) out\b.*\b(?:work|working)\b|\bedit(?:s|ed|ing)? (?:my|our) (?:time|hours|timecards?|timesheets?)\b|\b(?:auto-?)?deduct\w* (?:an? |the )?(?:hour |\d+ ?min\w* )?(?:lunch|break)\b[\s\S]*\b(?:never|don'?t|no)\b/,
  ],
  [
    "wage_theft",
    /\bhaven'?t been paid\b|\b(?:final|last) (?:paycheck|check) never (?:came|arrived)\b|\bnever (?:got|received) my (?:final |last )?(?:paycheck|check|pay)\b|\bcan'?t clock in until\b|\b(?:under|below) (?:the )?minimum(?: wage)?\b(?! (?:order|balance|payment|requirements?|hours|age|staffing))|\btips?\b.*\b(?:go(?:es|ing)? to|kept by|keeps?|taking|takes) (?:the )?(?:owner|manager|boss)\b|\bdon'?t get (?:ot|overtime)\b.*\bhourly\b|\breclassified as (?:a |an )?['"‘“]?(?:contractor|1099|exempt|independent)|\btak(?:e|es|ing) (?:\$?\d+ |money )?out of (?:my|every|each|our) (?:check|pay|paycheck) for\b|\bno (?:nos|me|les) (?:paga|pagan|pag[oó]|pagaron) (?:las|los|el|nuestras|mis) (?:horas|tiempo|extras|propinas|d[ií]as|semanas)\b|\bsame (?:amount|pay|check|money)\b[^.!?]{0,40}\b(?:whether|no matter|regardless)\b|\bpaycheck bounced\b|\b(?:more than|over) 40 (?:hrs|hours)\b.*\bfired\b|\bfired\b.*\b(?:more than|over) 40 (?:hrs|hours)\b|\bworked \d+ hours\b.*\b(?:check|stub|paid)\b.*\b\d+\b|\b(?:horas extras?|extras) no (?:nos |me )?(?:las )?pagan\b|\bno (?:nos|me) (?:han )?pagad[oa]\b/,
  ],
  [
    "wage_theft",
    /\bshav\w* (?:\w+ )?(?:hours|time|minutes)\b|\b(?:make|makes|made|have|had|told|tell) (?:us|me|to) (?:to )?(?:\w+ ){0,5}(?:after|once) (?:we|i) (?:punch|clock)(?:ed)? out\b|\b(?:have to|make us|made us|told to|must|required to) (?:\w+ ){0,5}before (?:we|i) (?:can )?(?:punch|clock) in\b|\bnot (?:to )?put (?:it|that|them) on (?:my|the|our) (?:timecard|timesheet|time ?sheet)\b|\b(?:don'?t|dont|doesn'?t|not) pay (?:us|me) for (?:the )?(?:travel|drive|driving|training|prep|setup|waiting|on-?call)\b|\bovertime (?:isn'?t|is not|ain'?t) a thing\b|\bround\w* (?:our|my|the) (?:punch\w*|time|hours) down\b|\b(?:keeps?|takes?|kept|took) (?:some of |part of )?(?:our|my|the) tip ?pool\b|\b(?:call|calls|classify|classified|calling) us (?:independent )?contractors\b|\btraining (?:week |time |hours )?(?:is |was )?unpaid\b|\bno matter how long (?:we|i) (?:actually )?(?:stay\w*|work\w*)\b|\b(?:haven'?t|have not|never) (?:gotten|got|received|been paid) (?:my |our )?(?:commission|bonus|tips|overtime|wages|pay)\b[\s\S]*\b(?:months?|weeks?)\b|\bhold\w* (?:our|my) (?:first |last )?(?:paycheck|check|pay)\b|\bstraight time\b[\s\S]*\bover 40\b|\b(?:take|takes|deduct\w*)\b[\s\S]*\bbreaks? (?:we|i) never (?:get|take)\b|\b(?:debajo|bajo|menos) del? (?:salario )?m[ií]nimo\b|\bclock out (?:at \d+ )?and (?:keep|continue|stay) working\b|\b(?:take|takes|taking|took) a cut of (?:our|my|the) tips\b|\bwork(?:ed|ing|s)? (?:right )?through (?:our |my )?(?:lunch|breaks?)\b[\s\S]*\b(?:deduct\w*|still|unpaid|anyway|take (?:it|them) out)\b|\bhoras extras?\b[\s\S]*\bno (?:me|nos) (?:las )?pagan\b|\bno (?:me|nos) pagan (?:las )?horas extras?\b|\b(?:last|final) (?:check|paycheck|pay)\b[\s\S]*\b(?:never|still|(?:\d+|two|three) (?:days?|weeks?) late|a month late)\b[\s\S]*\b(?:quit|left|resigned|fired|let go)\b|\b(?:quit|left|resigned)\b[\s\S]*\b(?:last|final) (?:check|paycheck)\b[\s\S]*\b(?:never|still|(?:\d+|two|three) (?:days?|weeks?) late)\b/,
  ],
  // Wage theft told in other words: pre-shift and between-site time unpaid, tips kept by the owner,
  // time cards changed to erase overtime, a final paycheck withheld after leaving, breaks deducted
  // but never taken.
  [
    "wage_theft",
    /\b(?:come in|arrive|show up|be there|get there|start)\b[^.!?]{0,30}\bearly\b[\s\S]*\b(?:not paid|unpaid|(?:don'?t|doesn'?t|dont|never|won'?t) (?:get )?pa(?:y|id)|off the clock|not on the clock|without pay|for free)\b|\b(?:not|don'?t|dont|doesn'?t|never) (?:being |getting |get )?paid for (?:the |our |my |any )?(?:\w+ ){0,3}(?:meetings?|training|travel|driving|setup|set up|prep|closing|cleanup|clean up|waiting|on-?call|huddles?|security checks?|bag checks?|screenings?|inspections?|changing|donning|doffing|uniforms?)\b|\b(?:in cash|under the table|off the books)\b[\s\S]*\bno (?:overtime|ot)\b|\bno (?:overtime|ot)\b[^.!?]*\b(?:[4-9]\d|1\d\d) ?(?:hours|hrs)\b|\b(?:he|she|they|manager|boss|supervisor|lead|owner|someone|somebody)\b[^.!?]{0,20}\b(?:delet|remov|eras)\w* (?:my|our|people'?s|everyone'?s) (?:clock[- ]?ins?|clock[- ]?outs?|punch\w*|hours|time ?(?:cards?|entries|punches))\b|\b(?:don'?t|dont|doesn'?t|not|never|won'?t) pay (?:us|me|anyone) for (?:the )?time (?:we|i) (?:spend|spent)\b|\b(?:owner|manager|boss|supervisor|management)s? (?:\w+ )?(?:keeps?|kept|takes?|took|pockets?|pocketed|skims?) (?:\w+ ){0,3}(?:of )?(?:our|my|the) tips\b|\b(?:chang|alter|edit|adjust|fix|mess)\w* (?:with )?(?:my|our|the|people'?s|everyone'?s) (?:time ?cards?|time ?sheets?|hours|punch\w*)\b[^.!?]*\b(?:so (?:we|i|they|nobody|no one) (?:don'?t|dont|won'?t|never|can'?t|doesn'?t) (?:get|hit|show)|to (?:avoid|get rid of|hide|cut|remove) (?:overtime|ot)|without (?:asking|telling))\b|\b(?:taking|take|takes|took|deduct\w*)\b[\s\S]*\b(?:lunch|break)\b[\s\S]*\b(?:never|don'?t|didn'?t|dont) (?:get|take|have)\b/,
  ],
  [
    "wage_theft",
    both(
      /\b(?:haven'?t|have not|never|didn'?t|did not|still (?:haven'?t|not|no)|not)\b[^.!?]{0,30}\b(?:last|final) (?:paycheck|check|pay(?:check)?)\b/,
      /\b(?:quit|left|resigned|fired|let go|laid off|terminated|my last day)\b/,
    ),
  ],
  // Pay missing again and again: no payroll mistake.
  [
    "wage_theft",
    both(
      /\bpayday (?:came and went|passed)|\b(?:nothing|no (?:money|pay|paycheck|check|deposit)) (?:was |got |has been )?(?:deposited|came|arrived|showed up|hit)|\b(?:haven'?t|have not|hasn'?t|didn'?t|did not|never) (?:been |gotten |got |get )?paid\b/,
      /\b(?:twice|again|in a row|(?:two|three|four|\d+) (?:paydays|pay periods|checks|weeks|months)|for (?:two|three|\d+|several|a few) (?:weeks|months|pay periods))\b/,
    ),
  ],
  // Exempt on a low salary with no overtime; shifts worked for free.
  [
    "wage_theft",
    both(
      both(
        /\b(?:salary|salaried|exempt)\b/,
        /\b(?:no|don'?t get|not get|doesn'?t get|never get) (?:overtime|ot)\b/,
      ),
      /\b\d{2}k\b|\$?\d{2},\d{3}\b|\b(?:cashiers?|clerks?|\d{2,3} ?(?:hrs|hours)(?: a| per)? week)\b|\bwe work \d{2}\b/,
    ),
  ],
  [
    "wage_theft",
    /\b(?:shifts?|days?|hours|weeks?|trial) (?:for )?(?:free|unpaid|without pay)\b|\bwork(?:ing|ed|s)? (?:\w+ ){0,4}for free\b/,
  ],
  // Tips the owner or a manager takes a share of.
  [
    "wage_theft",
    /\btips?\b[\s\S]*\b(?:split|share)\w* (?:them |it )?with (?:him|her|the (?:owner|manager|boss))\b/,
  ],
  // Pay kept short, and the person told to live with it.
  [
    "wage_theft",
    both(
      /\b(?:paycheck|check|pay)\b[^.!?]*\bshort\b/,
      /\btake it or leave it\b|\b(?:says?|said|told (?:me|us)) (?:to )?(?:deal with it|that'?s (?:just )?how it is|too bad|quit if)\b/,
    ),
  ],
  // Harassment and sexual misconduct.
  ["harassment", /\bharass\w*|\bhar+as+(?:ing|ed|es|ment|er)\b/],
  [
    "harassment",
    /\b(?:keeps?|kept) (?:showing up|waiting|turning up|hanging around|lurking) (?:at|by|outside|near|around) my (?:car|house|home|apartment|place|locker|desk|station|bus stop)\b|\bme (?:sigue|siguen|segu[ií]a|persigue|acecha) (?:hasta|a|al|por|todos)\b/,
  ],
  [
    "harassment",
    both(
      /\b(?:drawings?|pictures?|photos?|pics?|cartoons?|sketch\w*|memes?) of me\b/,
      /\b(?:gross|nasty|lewd|dirty|naked|nude|explicit|sexual|inappropriate|taped|posted|passing (?:them |it )?around|sent around|shared)\b/,
    ),
  ],
  [
    "harassment",
    both(
      /\b(?:how|the way) my (?:jeans|pants|clothes|shirt|top|skirt|dress|leggings|uniform) (?:fit|fits|look|looks)\b/,
      /\b(?:something to say|comments?|comment(?:ed|ing)|remarks?|says?|said|keeps? (?:saying|telling)|who i'?m (?:seeing|dating))\b/,
    ),
  ],
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
  [
    "harassment",
    /\b(?:naked|nudes?|porn\w*|explicit (?:photos?|pictures?|pics?|images?)|sex life|hotel room|(?:trying|tried|tries) to kiss|kiss(?:ed|es)? me|rub\w* (?:my|against)|brush\w* (?:up )?against me|(?:my|her|his) (?:butt|ass|chest|breasts?|boobs|legs|body)|(?:great|nice|sexy|hot) (?:legs|body|butt|ass|figure)|(?:hands?|arm) (?:on|around|up|down|along|over) my (?:thigh|leg|knee|waist|butt|chest|hip|lap)|(?:do|did|does) to me in bed|tighter clothes|if (?:i|you) want (?:the|a|that) (?:raise|promotion|job|shifts?|hours)\b[\s\S]*\b(?:know what|have to do|be nice|wink\w*|sleep)|show\w* up at my (?:house|home|apartment)|pidi[eé]ndo?me fotos|me pide fotos)\b/,
  ],
  [
    "harassment",
    /\b(?:humiliat\w*|mock\w* (?:me|my)|insult\w*|rumou?rs? about me|nasty (?:notes?|messages?)|(?:calls?|called|calling) me (?:a |an )?(?:moron|idiot|stupid|worthless|useless|names|lazy|retard\w*|b\w+ch)|worthless and stupid|block\w* (?:the door|me in|my car)|won'?t let me (?:leave|out)|me dice in[uú]til)\b/,
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
  // An accommodation a doctor or a condition calls for, refused (a benefits claim or time off is not).
  [
    "discrimination",
    new RegExp(
      `^(?![\\s\\S]*\\b(?:claims?|insurance|coverage|covered|prescriptions?|copays?|pharmacy|plan|fsa|hsa|reimburs\\w*|pto|vacation|time off)\\b)${both(
        /\b(?:denied|refused|rejected|turned down|(?:won'?t|wont|wouldn'?t|will not) (?:give|approve|let|allow|provide)|said no to)\b/,
        /\b(?:my doctor|doctor'?s note|medical (?:note|restriction|condition)|disabilit\w*|accommodat\w*|pregnan\w*|(?:bad|injured) (?:back|knee|leg|hip))\b/,
      ).source.slice(1)}`,
    ),
  ],
  ["discrimination", /\b(?:targeted|singled out) for being\b/],
  [
    "discrimination",
    both(
      /\b(?:asked|asking|asks|wanted to know|questioned)\b[^.!?]{0,30}\b(?:plan\w*|going|want\w*) (?:on |to )?(?:have|having|get|getting|start\w*) (?:more )?(?:kids|children|pregnant|a baby|a family)\b/,
      /\b(?:promot\w*|raise|hir\w*|the job|the role|position|interview\w*|offer)\b/,
    ),
  ],
  [
    "discrimination",
    /\bgo back (?:home |to )?where (?:you|i|they) (?:belong|came from)\b|\bgo back to (?:your|my|his|her|their) (?:own )?country\b/,
  ],
  // A stereotype said of the person's country, culture or faith.
  [
    "discrimination",
    both(
      /\b(?:people|those people|you people|folks|everyone) (?:from|like) (?:my|your|his|her|that|their) (?:country|culture|background|religion|race)\b|\b(?:my|his|her|their) (?:country|culture|kind|race|religion)\b/,
      /\b(?:are|is) (?:all )?(?:lazy|dirty|stupid|dumb|criminals|thieves|illegals?|animals|terrorists)\b/,
    ),
  ],
  [
    "discrimination",
    /\b(?:porque|por que|por ser|por estar) (?:soy |estoy |es |est[aá] )?(?:embarazada|mujer|negr[oa]|ind[ií]gena|gay|lesbiana|trans|musulm[aá]n|jud[ií][oa]|viej[oa]|mayor|inmigrante|mexican[oa]|latin[oa]|discapacitad[oa]|extranjer[oa])\b/,
  ],
  // Hair and head coverings tied to race or faith, called unprofessional or ordered changed.
  [
    "discrimination",
    both(
      /\b(?:natural hair|locs|dreads|dreadlocks|braids|afro|cornrows|twists|headwrap|head ?scarf)\b/,
      /\b(?:unprofessional|(?:not|isn'?t|aren'?t) (?:professional|appropriate|allowed)|cut (?:it|them)|straighten|cover (?:it|them)|moved? (?:me )?to the back|off the floor)\b/,
    ),
  ],
  // A condition disclosed and then held against the person, or light duty refused after an injury.
  [
    "discrimination",
    both(
      /\b(?:told (?:them|him|her|my \w+|hr)|found out|learned|heard|mentioned|announced) (?:about )?(?:my|(?:that )?i (?:was|am|have|had|'m)) (?:\w+ ){0,2}(?:expecting|injur\w*|condition|diagnos\w*|disabilit\w*|pregnan\w*|surgery|illness|cancer|depression|anxiety|ptsd|diabetes|epilepsy|hiv)\b/,
      ADVERSE_ACTION,
    ),
  ],
  [
    "discrimination",
    /\b(?:instead of|(?:won'?t|wont|refus\w* to|didn'?t) (?:give|giving|let)|denied|no) (?:me )?(?:giving me )?light duty\b/,
  ],
  [
    "discrimination",
    /\b(?:won't|will not|refus\w* to) accommodate\b|\b(?:can'?t|cannot|won'?t) (?:get|have|use) (?:a |the )?(?:lactation|pumping|prayer|accessible)\b/,
  ],
  // A pattern across a protected group: "every black person on our team got rated 'meets' or lower".
  [
    "discrimination",
    /\b(?:every|all the|each) (?:black|hispanic|latino|latina|latinx|asian|female|woman|women|older|disabled|gay|muslim|jewish|pregnant|immigrant)\b(?: (?:person|people|employee|employees|worker|workers|woman|women|guy|guys|one))?\b[\s\S]*\b(?:rated|got|passed over|written up|scheduled|fired|let go|laid off|denied|demoted|moved)\b/,
  ],
  // Retaliation and whistleblowing.
  ["retaliation", /\bretaliat\w*/],
  ["retaliation", /\bwhistle ?blow\w*/],
  // Fraud a person is asked to take part in or has seen: a protected disclosure, like whistleblowing.
  [
    "retaliation",
    /\bbackdat\w*|\b(?:charg|put|putting|bill)\w* (?:\w+ ){0,2}personal (?:\w+ )?(?:stuff|things|expenses|purchases|trips?|meals?|bills?) (?:on|to) (?:the )?company(?:'s)? (?:card|account|credit card)\b|\bfak(?:e|ing) (?:the )?(?:\w+ )?(?:logs?|records?|readings?|reports?|numbers|signatures?|inspections?|data|results|timesheets?)\b|\bbackfill\w* (?:the |our )?(?:\w+ )?(?:records|logs|charts|checklists)\b|\bunder-?report\w*|\b(?:mark|record|log|chart|document|sign)\w* (?:\w+ ){0,3}as (?:seen|done|completed|inspected|checked|present|delivered|received|complete)\b[\s\S]*\b(?:never|didn'?t|did not|wasn'?t|weren'?t|missing|not there)\b|\bkickbacks?\b|\bembezzl\w*|\bfraud\w*|\bcook(?:ing)? the books\b|\bfalsif\w*|\bbilling (?:the )?(?:government|insurance|medicare|medicaid|client)(?: \w+)? for\b|\binflat\w* (?:the )?(?:numbers|revenue|hours|sales|figures)\b|\brelabel\w*\b|\bfailed (?:qa|inspection|quality)\b.*\bship\w*|\bship\w*\b.*\bfailed (?:qa|inspection)\b|\bdump\w* (?:the )?(?:wastewater|chemicals?|waste|oil)\b|\bsplit\w* (?:the )?purchases\b|\bcambi\w* las fechas de (?:caducidad|vencimiento)\b|\bfraude\b/,
  ],
  [
    "retaliation",
    /\bbook\w* (?:the )?(?:revenue|sales|deals)\b[\s\S]*\b(?:haven'?t|hasn'?t|have not|not yet|never) (?:been )?(?:signed|closed)\b|\b(?:people|employees|names|workers) (?:on|in) (?:the )?payroll\b[\s\S]*\b(?:don'?t|do not|doesn'?t) (?:actually |really )?exist\b|\bpayroll has (?:\w+ )?(?:people|names|employees)\b[\s\S]*\b(?:don'?t|do not) (?:actually |really )?exist\b|\bexpens\w* (?:his|her|their|the) (?:family |personal |own )?(?:vacations?|holidays?|trips?|dinners?|groceries)\b[\s\S]*\bas (?:client|business|work|company)\b|\bvendor (?:owned|run) by (?:his|her|their|the owner'?s|the boss'?s) (?:brother|sister|wife|husband|cousin|son|daughter|family|brother[- ]in[- ]law|sister[- ]in[- ]law|father[- ]in[- ]law)\b/,
  ],
  [
    "retaliation",
    /\bsign off on (?:\w+ ){0,3}(?:i|we) never\b|\b(?:fake|ghost|phantom) (?:names|employees|workers|people)\b|\bon payroll\b[\s\S]*\bnever seen\b|\btaking money (?:from|out of)\b|\bpetty cash\b[\s\S]*\b(?:missing|taking|add up|stealing)\b|\bin cash so (?:he|she|they) (?:doesn'?t|don'?t|won'?t|does not) (?:have to )?(?:report|pay)\b|\bmove (?:the )?(?:expenses|revenue|sales|costs)\b[\s\S]*\b(?:quarter|numbers|books|look)\b|\blie to (?:the )?(?:\w+ )?(?:inspectors?|auditors?|regulators?|state|government|customers?|clients?)\b|\bshred\w* (?:the )?(?:\w+ )?(?:logs|records|documents|files|evidence)\b|\bfake (?:expense|receipts?|invoices?|reports?|inspections?|mileage|miles|hours|timesheets?|records|signatures?)\b|\b(?:vendor|company|supplier|employee|person) (?:that|who) (?:doesn'?t|does not|don'?t) (?:exist|work here)\b|\bdump\w* (?:\w+ ){0,2}(?:into|in) (?:the )?(?:creek|river|lake|stream|drain|sewer|storm drain|ground|ocean)\b|\b(?:firm\w*|sign) (?:que|that)\b[\s\S]*\b(?:never|nunca)\b|\bselling (?:customer|client|patient) (?:data|information|info)\b|\bchange the dates on\b|\bbill (?:medicare|medicaid|insurance|the client|clients|the government) for (?:\w+ ){0,3}(?:that|which) (?:didn'?t|never)\b|\bclock\w* in (?:his|her|their) (?:buddy|friend|cousin)s?\b|\bchange (?:the )?(?:test |lab |inspection )?results\b|\bpaying (?:his|her) (?:girlfriend|boyfriend|wife|husband|son|daughter|friend|cousin)\b[\s\S]*\b(?:payroll|job|doesn'?t|never)\b|\brecall (?:doesn'?t|does not) apply\b|\b(?:log|mark|record|label)\w* (?:them|it|those|these) as (?:new|done|complete|passed|seen)\b|\b(?:destroy|delete|wipe)\w* (?:the )?(?:\w+ )?(?:logs|records|documents|files|evidence|emails)\b[\s\S]*\b(?:lawyers?|attorneys?|audit\w*|inspect\w*|investigat\w*|subpoena\w*)\b/,
  ],
  [
    "retaliation",
    /\b(?:make|makes|made|has|have|had|told|tells|tell|asks?|asked|wants?) (?:me|us) (?:to )?(?:sign|initial|certify)\b[^.!?]{0,60}\b(?:i|we) (?:never|didn'?t|did not|haven'?t) (?:actually |even )?(?:checked|inspected|saw|seen|did|done|performed|tested|looked at|verified)\b/,
  ],
  // Money withheld from pay for retirement, taxes or premiums and kept instead of paid in.
  [
    "retaliation",
    /\b(?:pocket\w*|skim\w*|steal\w*|keep\w*|kept|using|used|(?:not|never|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t been) (?:being )?(?:deposit\w*|sent|paid in|remitted|put in|forwarded))\b[^.!?]{0,30}\b(?:401\(?k\)?|retirement|pension|contributions?|withholding|payroll tax\w*|premiums)\b|\b(?:401\(?k\)?|retirement|pension|contributions?|withholding|payroll tax\w*|premiums)\b[^.!?]{0,40}\b(?:never (?:got |been )?(?:deposit\w*|sent|paid in|showed up|made it)|(?:not|aren'?t|isn'?t) (?:being )?(?:deposit\w*|sent|paid in|remitted))\b/,
  ],
  // Someone else stealing from the business or its customers.
  [
    "retaliation",
    /\b(?:he|she|they|manager|boss|supervisor|owner|lead|someone|somebody|coworker|co-worker|gm)\b[^.!?]{0,30}\b(?:steal\w*|stole|skim\w*|pocket\w*)\b[^.!?]{0,20}\b(?:from|out of) (?:the )?(?:register|till|safe|company|business|store|customers?|clients?|deposits?|petty cash|cash drawer|drawer|donations?)\b|\b(?:steal\w*|stole|skim\w*|pocket\w*) (?:the )?(?:deposits?|petty cash|company (?:money|funds))\b/,
  ],
  ["retaliation", /\b(?:after|since|because) i (?:reported|complained|filed a complaint|spoke up|raised)\b/],
  ["retaliation", /\b(?:manda\w*|llama\w*|report\w*|denunci\w*|entrega\w*)\b[^.!?]{0,30}\binmigraci[oó]n\b/],
  [
    "retaliation",
    /\bi reported (?:my|a|the|our)\b.*\b(?:suddenly|since then|ever since|now)\b|\b(?:requested|took|asked for|went on) (?:fmla|leave|medical leave|maternity leave|paternity leave)\b.*\b(?:eliminated|fired|terminated|let go|demoted|cut)\b|\bif (?:anyone|you|we|somebody) (?:talks?|goes?|reports?|complains?) (?:to )?(?:hr|human resources)\b|\bdesde que me quej[eé]\b|\bpor (?:haberme quejado|quejarme)\b/,
  ],
  [
    "retaliation",
    /\b(?:told|tell|telling|asked) (?:me|us|him|her|them|people|everyone) not to report\b|\bif i report\b/,
  ],
  [
    "retaliation",
    /\bfile a complaint against\b|\breport(?:ing)? (?:my|a|the) (?:manager|supervisor|boss|lead|coworker|co-worker)\b/,
  ],
  // Context rules: a protected characteristic with unequal treatment; speaking up with what followed;
  // safety equipment or a hazard with its failure.
  ["discrimination", both(PROTECTED_TRAIT, UNEQUAL_TREATMENT)],
  ["retaliation", both(SPOKE_UP, ADVERSE_ACTION)],
  ["safety", both(HAZARD_THING, HAZARD_STATE)],
  [
    "safety",
    /\bbleach\b[\s\S]*\bammonia\b|\bammonia\b[\s\S]*\bbleach\b|\b(?:eyes|throat|lungs?) (?:burn|sting)\w*\b/,
  ],
  // Threats, violence, weapons.
  ["threat", /\bthreat\w*/],
  ["threat", /\byou'?re next\b|\bme amenaz\w*|\besperarme a la salida\b|\barreglar cuentas\b/],
  ["threat", /\bintimidat\w*/],
  ["threat", /\b(?:violen\w*|weapons?|guns?|firearms?|knife|knives)\b/],
  // Figurative violence promised for telling anyone is a threat ("he'll skin me alive if I tell HR").
  [
    "threat",
    both(
      /\b(?:(?:skin|eat)\w* (?:me|you|us) alive|have (?:my|your) head|kick (?:my|your) (?:butt|ass)|(?:murder|kill|end) (?:me|you))\b/,
      SILENCING,
    ),
  ],
  // "Kill me, the portal is down" and "shoot me now" are idioms: ask, never a crisis on their own.
  ["threat", /\b(?:kill|shoot) me\b/, "weak"],
  ["threat", /\b(?:kill|hurt|hit|punch|beat|stab|shoot) (?:you|him|her|them|someone|everyone|us)\b/],
  [
    "threat",
    /\b(?:punched|shoved|slapped|kicked|choked|pushed) (?:me|him|her|someone|a coworker)\b|\b(?:threw|throws?|throwing|swung|swings?|swinging|aimed|pointed|waved) (?:a|an|the|his|her|their) \w+ at (?:me|him|her|us|them|someone|a coworker|people)\b|\bthrew (?:a|an|the) \w+ at\b/,
  ],
  [
    "threat",
    /\b(?:fight|fighting|brawl)\b.*\b(?:work|warehouse|floor|office|shift|parking)\b|\bthere was a fight\b/,
  ],
  ["threat", /\b(?:afraid of|scared of|fear for my|feel (?:threatened|unsafe))\b/, "weak"],
  // Someone let go who is not to be on site and says they will come; a bullet left for someone.
  [
    "threat",
    /\b(?:fired|terminated|let go|laid off|ex-?employee)\b[\s\S]*\bnot (?:supposed|allowed|meant) to be (?:on site|onsite|here|in the building|on the property|on the premises|around)\b|\b(?:left|put|found|placed) (?:a )?(?:bullet|shell casing|round of ammo)\b|\bsabe d[oó]nde vivo\b/,
  ],
  [
    "threat",
    /\b(?:bring|brought|bringing) (?:a |his |her |my )?(?:gun|pistol|rifle|knife|weapon|something)\b[\s\S]*\b(?:work|office|take care|managers?|shop|store|plant)\b|\bpistola\b|\bstab\w*\b|\bwatch (?:my|your) back\b|\bknows? where (?:i|you) live\b|\bregret it\b|\bmake (?:this place|you all|everyone|them all|us all) pay\b|\bammo\b|\bshoot(?:ing)? up\b|\b(?:slam|slammed|shoved|grabbed) me\b|\bhurt me if\b|\b(?:punched|slapped|kicked|choked|headbutted|stabbed) (?:a|an|the|my|our|this|that|some) (?!clock|hole|card|time)\w+|\bbeat (?:me|you|him|her|them) up\b|\bslash\w* (?:my|his|her|your|our) tires\b|\b(?:partir|romper) (?:me |le )?la cara\b|\bme va a pegar\b|\bthrew (?:a|the) \w+ (?:at|across)\b|\b(?:bat|crowbar|hammer|machete)\b[\s\S]*\b(?:going to|gonna|wreck|hurt)\b/,
  ],
  [
    "threat",
    /\b(?:got|was|been|get|gets|getting) (?:hit|punched|slapped|kicked|shoved|pushed|choked|grabbed|attacked|jumped|assaulted|beat up|smacked|elbowed|headbutted) by (?:my|a|the|our|his|her|this|that|some) (?:\w+ )?(?:coworker|co-worker|manager|boss|supervisor|lead|foreman|customer|client|guy|man|woman|driver|colleague|employee|worker|associate|owner|cook|chef|tech)s?\b|\bme (?:empuj[oóa]\w*|peg[oóa]\w*|golpe[oóa]\w*|abofete\w*|pate[oóa]\w*)\b/,
  ],
  // Bullying and abuse.
  ["abuse", /\bbull(?:y|ies|ied|ying)\b/],
  ["abuse", /\babus\w*/],
  ["abuse", /\bhostile (?:work|environment|workplace)\b/, "weak"],
  ["abuse", /\b(?:yells?|yelled|screams?|screamed|screaming|yelling|yell) at (?:me|her|him|them|us)\b/],
  ["abuse", /\bcalls? me names\b/],
  ["abuse", /\b(?:gets?|got|getting) in my face\b|\bslam\w* (?:his|her|their) fists?\b/],
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
  [
    "safety",
    /\bfire exits? (?:is |are )?(?:blocked|locked)\b|\bgas smell\b|\bsmells? (?:of|like) gas\b|\b(?:racking|shelv\w*|racks?|ceiling|tiles?)\b[\s\S]*\b(?:leaning|falling|collaps\w*|caving)\b/,
  ],
  ["safety", /\b(?:without|no) (?:safety gear|ppe|gloves|masks?|harness\w*|protective)\b/],
  // Protective equipment withheld.
  [
    "safety",
    /\b(?:don'?t|dont|doesn'?t|won'?t|wont|never|refus\w* to) (?:give|provide|supply|buy)\w* (?:us|me|workers|anyone|the crew|people) (?:any |the |proper |enough |real )?(?:gloves|masks?|respirators?|goggles|harness\w*|hard ?hats?|ppe|protective \w+|safety (?:gear|glasses|equipment|vests?|boots)|ear ?plugs|steel toes?)\b|\bno (?:nos|me|les) (?:dan|dieron|proporcionan|quieren dar|compran) (?:\w+ )?(?:guantes|mascarillas?|gafas|lentes|botas|casco|arn[eé]s|equipo)\b/,
  ],
  [
    "safety",
    /\b(?:doors?|latch|exits?|freezer|cooler)\b[^.!?]{0,40}\b(?:doesn'?t|does not|won'?t|will not|can'?t|cannot|don'?t) (?:open|unlock|work) from (?:the )?inside\b|\b(?:fuga|escape|olor) de gas\b|\bhuele a gas\b|\btrabaj\w*\b[^.!?]*\bsin (?:agua|sombra)\b|\bno (?:nos|me) dejan (?:tomar agua|descansar)\b/,
  ],
  ["safety", /\bno brakes\b|\bbroken (?:ladder|scaffold\w*|guard\w*)\b|\bscaffold\w*\b.*\bunsafe\b/],
  ["safety", /\b(?:got hurt|injured|injury)\b.*\b(?:not to report|report it|cover(?:ed)? up)\b/],
  ["safety", /\bdomestic violence\b/],
  // People slipping or falling on a hazard; broken equipment still in use.
  [
    "safety",
    both(
      /\b(?:people|someone|somebody|workers?|guys?|coworkers?|i|(?:two|three|four|\d+) (?:people|of us|guys|workers)) (?:have |has |already )?(?:slipped|fell|fallen|tripped|got (?:hurt|burned|shocked|cut))\b/,
      /\b(?:oil|grease|ice|icy|spill\w*|wet|soaked|slick|cracked|broken|loose|hole|exposed|no (?:mats?|signs?|railing))\b/,
    ),
  ],
  [
    "safety",
    both(
      /\b(?:cracked|broken|bent|loose|rusted|leaking|frayed)\b[\s\S]*\bstill\b/,
      /\b(?:trucks?|forklifts?|machines?|equipment|dock|ladders?|lifts?|cranes?|scaffold\w*|stairs?|railings?|cords?|hoists?|chains?)\b/,
    ),
  ],
  // Handling a chemical with the body harmed; a hazard people were told to ignore or work through.
  [
    "safety",
    both(
      /\b(?:bleach|chemicals?|cleaners?|solvents?|acid|pesticides?|degreaser)\b/,
      /\b(?:hands?|skin|eyes|arms?|face|throat|lungs?) (?:are |is |keep |were |got |started )?(?:burn\w*|blister\w*|peel\w*|bleed\w*|rash\w*)\b|\b(?:dizzy|nauseous|throwing up|can'?t breathe|rash\w*)\b/,
    ),
  ],
];

/**
 * Words a report is told in (a person, a body, a weapon, a hazard, money, a complaint, a protected
 * characteristic) without being one on their own. A statistical or model guess of "sensitive report"
 * on a message with none of them ("my coworker chews so loud", "im drowning in work") is a complaint
 * or an idiom: the assistant asks instead of opening an urgent case.
 */
const REPORT_CUE = [
  PROTECTED_TRAIT,
  UNEQUAL_TREATMENT,
  SPOKE_UP,
  ADVERSE_ACTION,
  HAZARD_THING,
  /\b(?:touch\w*|grab\w*|kiss\w*|hug\w*|rub\w*|brush\w*|sex\w*|naked|nude|porn\w*|body|butt|chest|legs|clothes|hotel|date|advances?|flirt\w*|creep\w*|star(?:e|es|ed|ing) at|against me|fotos|pictures?|pics?|photos?)\b/,
  /\b(?:(?:yell|scream|curs|swear)\w* at|insult\w*|humiliat\w*|mock\w*|rumou?rs?|bull\w*|name|names|notes?|writing|jokes? (?:about|at|on)|(?:racist|sexist|dirty|sexual|gay|offensive|crude) jokes?|laugh\w* at|picks? on|picking on|targets?\w*|ignor\w* me|excluded|threat\w*|hurt\w*|hit\w*|push\w*|shov\w*|slam\w*|punch\w*|kick\w*|threw|throw\w*|fight\w*|weapons?|guns?|knife|knives|bat|shoot\w*|stab\w*|kill (?:you|him|her|them|us|everyone|someone)|watch my back|where i live|regret|scared|afraid|unsafe|danger\w*|safe|hazard\w*|injur\w*|hurt|sick|passed out|heat|fire|roof|forklift)\b/,
  /\b(?:paid|pay|pays|paying|wages?|overtime|tips?|breaks?|lunch|clock\w*|punch\w*|timesheets?|timecards?|hours|comp time|off the books)\b[\s\S]*\b(?:not|never|no|without|don'?t|won'?t|unpaid|deduct\w*|keep|kept|takes?|took|before|after)\b/,
  /\b(?:fraud\w*|fake|lie|lying|shred\w*|audit\w*|inspect\w*|invoices?|billing|expenses?|cash|brib\w*|illegal|legal|expired|records?|logs?|sign off|company card|personal (?:stuff|expenses|use)|code it|(?:steal\w*|stole|taking|took) (?:money|cash|funds|from (?:the company|customers|clients|the register))|ethics|hotline|whistle\w*|witness\w*|investigation|(?:the|cook\w*|cooked) books)\b/,
  /\b(?:reported|reporting (?:him|her|them|it|this|my|a|the)|complain\w*|hr|human resources|retaliat\w*|fired|demot\w*|wrote me up|write[- ]?up|punish\w*|discriminat\w*|harass\w*|abus\w*|hostile|unfair\w*|because i'?m|because of my)\b/,
  // Someone's private life, looks or body; being followed, cornered, shut out, or told to stay quiet.
  /\b(?:wearing|outfits?|looks?|boyfriend|girlfriend|married|single|nicer|after hours|my (?:house|home|address)|heart emojis?|asked me out|waits? (?:by|for) me|follow\w*|nasty|hid|hide|hiding|block\w*|corner\w*|cried|crying|rolls? (?:his|her|their) eyes|won'?t (?:assign|let me|help)|not to help|team player|documenting|special treatment|future here|be sorry|make (?:this place|us|you|them|everyone) pay|ammo|coming back with)\b/,
  // Health and belief that call for an accommodation; hazards and how they are felt.
  /\b(?:beat\w*|slash\w*|tires|in bed|thigh|waist|tip ?pool|contractors?|drug test\w*|retir\w*|round\w* (?:down|up)|in my face|fist|disgust\w*|uncomfortable|creepy|weight|immigration|buddy)\b/,
  /\b(?:accommodat\w*|anxiety|depress\w*|ptsd|ramadan|religious|medical condition|elevator|gas|(?:strong|gas|chemical|burning|rotten) smell|smell\w* (?:of|like) (?:gas|chemicals?|fumes|burning|smoke|mold|bleach|ammonia|propane|sewage)|trench|shoring|cave|caving|stuck|latch|locks? from|electric\w*|sparks?|smoke|collapse\w*|edit\w* (?:our|my|the) (?:time|hours)|auto-?deduct\w*|timecards?)\b/,
  /\b(?:me (?:grita|insulta|humilla|acosa|toca|amenaza|pega)|acoso|amenaz\w*|pistola|arma|peligro\w*|no me pagan|horas extras?|recursos humanos)\b/,
];

/**
 * What ordinary trouble is told in: a computer or app, an idiom of exasperation, a workload, a mild
 * annoyance with a coworker. A sure statistical guess of "sensitive report" on such a message, with
 * no word a report is told in, is asked about rather than escalated.
 */
const ORDINARY_TROUBLE = [
  /\b(?:vpn|laptop|computer|printer|scanner|app|portal|system|software|website|site|login|log in|password|wi-?fi|internet|email|outlook|teams|slack|zoom|excel|spreadsheet|screen|kiosk|badge reader|phone|sync|server|ticket|tickets|bot|chatbot|assistant|it help ?desk|headsets?|headphones|mic|microphone|webcam|camera|keyboard|mouse|monitor|cutting out|keeps? (?:freezing|crashing|lagging|dropping)|glitch\w*)\b/,
  /\b(?:killing me|kills me|dying|dead|drowning|torture|murder|have my head|lose my mind|losing my mind|driving me (?:nuts|crazy|insane)|death of me|out to get me|wants me dead|the worst|ugh|smh|lol|lmao|taking forever|(?:so |totally |completely )?done with (?:this|the|my|these) (?:\w+ )?(?:reports?|projects?|spreadsheets?|week|day|shift|meetings?|paperwork|tasks?|deck|audit|inventory|quarter|line|queue))\b/,
  /\b(?:annoy\w*|stapler|pens?|mug|charger|snacks?|parking spot|all[- ]hands|loud|gross|mess|messy|disorganiz\w*|micromanag\w*|credit for|left out|listens?|appreciated|undervalued|favorites|grumpy|rude|dishes|fridge|microwav\w*|chew\w*|hums?|playlist|meetings?|short[- ]?staffed|workload|swamped|slammed|busy|burn(?:t|ed) out|deadline|pushed|schedule|uniform|break ?room|thermostat|(?:doesn'?t|does not|don'?t) like me)\b/,
];

/**
 * Everyday talk that is no report and no excuse for self-harm words: the commute, a workload that grew
 * when people left, a coworker's habits in shared rooms, praise. Unlike ORDINARY_TROUBLE it never
 * makes words of dying an idiom ("the train on my commute" may be a means).
 */
const EVERYDAY_TALK = [
  /\b(?:traffic|commut\w*|freeway|highway|rush hour|detours?|road ?work|potholes?)\b/,
  /\b(?:doing (?:all )?(?:their|his|her|everyone'?s|two people'?s|three people'?s) (?:work|jobs?)|covering (?:the|for|their|his|her|two|three) |pick(?:ing|ed)? up (?:the )?slack|(?:extra|more) (?:work|duties|tasks)|on my plate|to-?do list|backlog|wiped out|worn out|exhausted|overworked|understaffed|(?:quit|left) and (?:now )?(?:i'?m|we'?re|i am|we are))\b/,
  /\b(?:parked in my (?:spot|space)|parking (?:spot|space|lot|garage)|dogs?|cats?|pets?|allerg\w*|repl(?:y|ies|ied)[- ]all|sink|mugs?|kitchen|coffee|perfume|cologne|cigarettes?|vap(?:e|es|ing)|smoke breaks?|speakerphone|whistl\w*|close talker|gossip\w*)\b/,
  /\b(?:(?:great|good|nice|awesome) (?:job|work)|well done|congrat\w*|happy birthday|kudos|shout-?out)\b/,
];

/**
 * Talk of something that happened elsewhere, seen or read (the news, a show, a book, another
 * company), with nothing of the speaker's own workplace in it: not a report, though it names one.
 */
const ELSEWHERE =
  /\b(?:saw (?:it |this |that )?on (?:linkedin|twitter|tiktok|reddit|facebook|instagram|youtube|x)|(?:the|a) (?:show|series|movie) i'?m watching|read (?:an?|this|that) (?:article|story|post|piece)|le[ií] (?:que|un|una|en)|en otra (?:empresa|compa[nñ][ií]a|tienda)|(?:in|on|all over) the news|the news about|news (?:story|stories|article|report)|saw on (?:the )?(?:news|tv)|(?:an |the )?articles? (?:about|on)|(?:a|the|this|that) (?:book|story|stories|headline) (?:about|on)|did (?:u|you|y'?all|you guys|u guys|anyone) (?:\w+ )?(?:see|hear|read) (?:about |the |that )|documentar(?:y|ies)|docuseries|true crime|movies?|films?|(?:tv )?(?:show|series|episode) (?:about|where)|netflix|podcasts?|novels?|book club|(?:the )?other (?:chain|company|companies|store)|another (?:company|chain|store|job)|(?:his|her|their) (?:old|other|new) (?:job|company|warehouse|store|place|work)|(?:at|in|from) (?:his|her|their) (?:job|work|company|workplace)|(?:training|course|module|video|poster|quiz|slides?|webinar|orientation) (?:on|about) (?:\w+ )?(?:harassment|discrimination|safety|violence|retaliation|bullying|ethics))\b/;
const OWN_WORKPLACE =
  /\b(?:me|us|myself|i (?:was|am|'m|got|get|have been|'ve been|feel)|(?:my|our) (?:manager|boss|supervisor|lead|coworkers?|co-workers?|colleagues?|team|store|shift|department|dept|workplace|company|office|site|plant|warehouse|crew|floor|kitchen|job)|this (?:company|place|store|office|site|job))\b/;

/** Whether the text talks of something seen or read elsewhere (see ELSEWHERE). */
export function talksOfElsewhere(text: string): boolean {
  const t = normalize(text);
  return ELSEWHERE.test(t) && !OWN_WORKPLACE.test(t);
}

/**
 * Words that tell of wanting to die, vanish or stop existing, of being a burden, or of a means. Alone
 * they prove nothing ("a dying plant"); on a message a classifier or model already took as a sensitive
 * report they make it a crisis, so a self-harm statement no rule knows still gets the 988 reply.
 */
const SELF_HARM_CUE =
  /\b(?:die|be dead|alive|exist(?:ing|ence)?|disappear\w*|vanish\w*|burden|pills|overdos\w*|su[iy]?[cs][iy]?d\w*|unaliv\w*|kms|(?:not|never) wak\w* up|hopeless|worthless|no (?:reason|point) (?:to|in|anymore)|the point (?:anymore|of (?:living|life|anything|it all|any of it|going on|trying))|(?:go|keep going|keep living) on|without me|if i (?:was|were|'?m) gone|(?:end|ending) (?:it|it all|things|everything|my life)|wak\w* up|nothing left|goodbye|be over|happier without|if i (?:wasn'?t|weren'?t|wasnt) (?:here|around)|by not being (?:here|around)|hurt\w* my ?self|harm\w* my ?self|cut\w* my ?self)\b/;

/**
 * Whether the text speaks of self-harm in the words a crisis is told in (see SELF_HARM_CUE), not as a
 * joke or an idiom about a device or a workload ("I'm dying over here, the VPN dropped again").
 */
export function soundsLikeSelfHarm(text: string): boolean {
  // Figurative violence is never self-harm, even when tied to telling ("…skin me alive if I tell").
  const t = normalize(text).replace(FIGURATIVE, " ");
  return (
    SELF_HARM_CUE.test(t) && (!JOKE.test(t) || SERIOUS.test(t)) && !ORDINARY_TROUBLE.some((p) => p.test(t))
  );
}

/**
 * The sensitive kind a model's free-text topic label names ("self harm", "suicidal ideation",
 * "threat of violence"), or undefined: the crisis path follows whichever path recognised the crisis.
 */
export function sensitiveKindFromTopic(topic: unknown): SensitiveKind | undefined {
  if (typeof topic !== "string") return undefined;
  const t = topic.toLowerCase().replace(/[\s-]+/g, "_");
  if (/self_?harm|suicid|crisis|kill_?(?:my|him|her|them)?self/.test(t)) return "self_harm";
  if (/threat|violen|weapon|assault_threat/.test(t)) return "threat";
  return undefined;
}

/** Whether the text laughs at itself ("lol", "😂") and does not take it back. */
export function soundsLikeAJoke(text: string): boolean {
  const t = normalize(text);
  return JOKE.test(t) && !SERIOUS.test(t);
}

/** Whether the text reads as ordinary trouble (see ORDINARY_TROUBLE). */
export function soundsLikeOrdinaryTrouble(text: string): boolean {
  const t = normalize(text);
  return (
    ORDINARY_TROUBLE.some((p) => p.test(t)) || EVERYDAY_TALK.some((p) => p.test(t)) || speaksFiguratively(t)
  );
}

/** Whether the text has any word a report is told in (see REPORT_CUE). */
export function hasReportCue(text: string): boolean {
  const t = literal(normalize(text));
  return REPORT_CUE.some((cue) => cue.test(t));
}

/**
 * A question about a policy or a procedure, asked in general ("where's the anti-harassment policy?",
 * "how would someone report discrimination?", "what's the rule on guns in the parking lot?"): it
 * names the subject of a report without reporting anything, so it is answered, not escalated.
 */
const POLICY_NOUN =
  /\b(?:polic(?:y|ies)|procedures?|procedimientos?|process|protocol|guidelines?|manual|handbook|code of conduct|rules? (?:on|about|for)|training|hotline|hypothetical\w*|faq|wiki|politica)\b/;
const QUESTION_FORM =
  /\?|^(?:what|how|where|who|when|is|are|do|does|can|could|would|should|que|como|donde|hay)\b/;
const POLICY_QUESTION =
  /\bif i ever (?:had|have|need(?:ed)?|see|saw|witness(?:ed)?|notice[sd]?|got|get|run into)\b|\bwho'?s the (?:right )?person (?:to|i should) (?:go|talk|report|turn|speak)\b|\bhow (?:does|do|would|will) (?:the company|hr|management|we|you|this company) (?:handle|deal with|investigate|treat|respond to)\b|\bif (?:someone|somebody|an employee|a coworker|a person|anyone|a worker) (?:wants?|needs?|has|had|were|was|gets?|got|sees?|saw|notices?|noticed|witness(?:es|ed)?|hears?|heard|finds?|found|suspects?|experiences?|feels?)\b|\bis (?:the )?(?:\w+ ){0,3}training (?:mandatory|required)\b|\bwhen is (?:the|our) (?:\w+ ){0,3}training\b|\bis there (?:a|an) (?:\w+ ){0,2}(?:hotline|line|policy|number|process|form)\b|\b(?:just )?(?:curious|asking for (?:a friend|my team))\b|\bpor si acaso\b|\bjust in case\b|\bwhat (?:do|should|would) (?:i|we|you) do if\b|\bwho (?:investigates|handles|reviews|looks into)\b|\b(?:are|is) (?:reports?|complaints?|calls?)\b[\s\S]*\b(?:confidential|anonymous)\b|\bin general\b|\bhypothetically\b|\bsolo quiero saber\w*\b|\bis (?:it|that) (?:considered|allowed|ok|okay)\b|\bis [a-z ]{1,40}\ballowed\b|\bdoes (?:the company|hr|the boss|the manager) (?:have|find out|know)\b|\bif someone (?:threatens|reports|harasses|files|suspects|is)\b|\bif they suspected\b|\bhow (?:do|does|can|would|should|could) (?:i|we|someone|somebody|anyone|employees?|people|a person|an employee|one) (?:report|file|make|raise|submit|bring up|handle)\b|\bwhat (?:happens|counts|qualifies|is considered) (?:if|as|when)\b|\bwho (?:do|should|can|would) (?:i|we|employees|managers|supervisors|staff|workers|people|they|someone|he|she) (?:talk|go|report|turn|reach out|speak)(?: it)? to\b|\bwho (?:should|do|can) (?:they|i|we|he|she|someone|people|employees) (?:tell|contact|call|notify)\b|\b(?:are|am|is) (?:we|employees|workers|people|you|i|staff|someone) protected (?:from|if|against|when|under)\b|\b(?:are we|is it|am i) allowed to\b|\bwhere (?:can|do) (?:i|we) (?:find|read|see|get)\b|\b(?:que|cual) es la politica\b|\bcomo (?:se )?(?:reporto|reporta|denuncio|denuncia)\b|\b(?:can|could|will|would|do) (?:i|we|you|someone|somebody|people|employees?|an employee) (?:get|be) (?:fired|punished|disciplined|written up|let go|in trouble|retaliated against) (?:for|if|after)\b|\bif (?:i|we|someone|somebody) (?:report|file|complain|tell|go to)\w* (?:\w+ )?(?:something|anything)\b|\b(?:does|will|would) (?:my|the) (?:manager|boss|supervisor|lead) (?:find out|know|be told|see it)\b|\bqui[eé]n (?:se encarga|maneja|revisa|investiga|atiende)\b|\ba qui[eé]n (?:le )?(?:reporto|aviso|digo|acudo)\b|\bme pueden (?:despedir|correr) por (?:reportar|quejarme|denunciar)\b|\bwhere (?:do|can|should|would) (?:i|we|someone|employees?|people) (?:go|turn) (?:to )?(?:report|file|complain|raise|with)\b|\bis it (?:illegal|legal|against the law|allowed) for (?:them|a company|an employer|my employer|the company|a manager|managers|employers|a boss) to (?:\w+ ){1,3}(?:if|when|for|because) (?:i|we|someone|an employee|employees|you)\b/;

/** Asking for the policy itself ("review the anti-retaliation policy, where is it"): never a report. */
const ASKS_FOR_THE_DOCUMENT =
  /^(?![\s\S]*\b(?:to me|at me|i was|i'm being|i am being)\b)[\s\S]*\b(?:polic(?:y|ies)|handbook|code of conduct)\b[\s\S]*\bwhere (?:is|are|can i find) (?:it|they|that|this)\b/;

/** First-person or witnessed events: with these, a question is a report ("is it retaliation that he…"). */
const HAPPENED =
  /\b(?:to me|at me|on me|me (?:and|at|in)|(?:my|our) (?:manager|boss|supervisor|lead|coworker|co-worker|colleague|team ?lead|foreman)\b.*\b(?:is|was|keeps?|has|did|said|told|touch|yell|call|threat)|i (?:was|am being|'m being|have been|'ve been|got)|keeps|kept|won'?t stop|yesterday|today|last (?:week|night|month)|this morning|right now|(?:on|in) (?:my|our) (?:team|department|dept|shift|store|crew|unit|floor|site)|i (?:think|believe|noticed|saw|heard|found out|feel|witnessed))\b/;

function read(text: string): { kind: SensitiveKind; weak: boolean } | undefined {
  const t = literal(normalize(text));
  for (const [kind, pattern, weak] of SENSITIVE_PATTERNS) {
    if (!pattern.test(t)) continue;
    // Self-harm is never a policy question nor talk of elsewhere: it always takes the crisis path.
    if (kind !== "self_harm" && (isGeneralPolicyQuestion(t) || talksOfElsewhere(t))) return undefined;
    return { kind, weak: weak === "weak" || (kind === "threat" && JOKE.test(t)) };
  }
  return undefined;
}

/** A question about a policy or procedure that tells of nothing that happened. */
export function isGeneralPolicyQuestion(text: string): boolean {
  // Accents dropped: "¿cuál es la política…?" is asked with them or without.
  const t = text.toLowerCase().replace(/[’‘`]/g, "'").normalize("NFD").replace(/\p{M}/gu, "");
  const asks = POLICY_QUESTION.test(t) || (POLICY_NOUN.test(t) && QUESTION_FORM.test(t));
  return (asks && !HAPPENED.test(t)) || ASKS_FOR_THE_DOCUMENT.test(t);
}

/** The subject of a report, named in a question about it ("the harassment policy", "how to report"). */
const REPORT_SUBJECT =
  /\b(?:report\w*|complain\w*|complaints?|retaliat\w*|harass\w*|discriminat\w*|whistle ?blow\w*|ethics|hotline|hostile|bull(?:y|ying|ied)|yell\w*|unsafe|safety|violen\w*|threat\w*|weapons?|guns?|equal pay|pay equity|off the clock|acoso|queja\w*|denunci\w*|discriminaci[oó]n|represalias?)\b/;

/**
 * A general question about how reports are made or handled, or about the policy on a report's
 * subject ("what's the harassment policy?", "can I get fired for reporting a safety problem?"): it is
 * answered (how to report, privately, with a way to start one), never taken as a report.
 */
export function asksAboutReporting(text: string): boolean {
  const t = normalize(text);
  if (!isGeneralPolicyQuestion(t) || !REPORT_SUBJECT.test(t)) return false;
  // Self-harm said in a question is still a crisis.
  return !SENSITIVE_PATTERNS.some(([kind, pattern]) => kind === "self_harm" && pattern.test(t));
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

/** True when only a weak self-harm rule matches ("I can't take it anymore"): the question offers 988. */
export function mayBeSelfHarm(text: string): boolean {
  const found = read(text);
  return found?.weak === true && found.kind === "self_harm";
}

/** Whether text matches any safety rule. */
export function isSensitiveReport(text: string): boolean {
  return matchSensitiveReport(text) !== undefined;
}
