import { z } from "zod";
import { classifySensitiveCategory } from "../core/cases/case-kinds";
import type { Clock } from "../core/clock";
import { type Actor, actorLabel } from "../core/policy/actor";
import { redact } from "../core/privacy/redaction";
import { isDomainError } from "../errors/domain-error";
import type { Logger } from "../log/logger";
import type { CaseDesk, CaseRelay, HandoffOrigin, TranscriptEntry } from "./case-desk";
import type { Channel } from "./channel";
import type { Classification, IntentClassifier } from "./classifier";
import type { CommandContext, CommandRegistry } from "./commands";
import type { Dialog, DialogContext, DialogOutcome, SlotSpec } from "./dialog";
import type { DialogRegistry } from "./dialog-registry";
import { INTENT_INFO, type IntentName, isIntentName } from "./intents";
import {
  LEARNED_SAFETY,
  type LearnedSafetyThresholds,
  type SafetyReader,
  type SafetyRoute,
  type SafetyVerdict,
  withLearnedVerdict,
} from "./offline/safety-classifier";
import {
  asksAboutReporting,
  hasReportCue,
  isGeneralPolicyQuestion,
  matchSensitiveReport,
  mayBeSelfHarm,
  sensitiveKindFromTopic,
  soundsLikeAJoke,
  soundsLikeOrdinaryTrouble,
  soundsLikeSelfHarm,
  talksOfElsewhere,
} from "./offline/sensitive-rules";
import { readPaycheckRequest } from "./paycheck-request";
import type { Button, CommandRef, Reply } from "./reply";
import { datePreferenceFor, extractSlot, extractSlots, type SlotContext } from "./slot-extraction";
import { SLOT_NAMES, type SlotName, type Slots } from "./slots";
import type { ActiveDialog, ConversationState, ConversationStore } from "./store";
import { newConversationState } from "./store";

/** Everything the engine needs, passed in (no globals). */
export type ConversationDeps = {
  store: ConversationStore;
  clock: Clock;
  classifier: IntentClassifier;
  dialogs: DialogRegistry;
  commands: CommandRegistry;
  caseDesk: CaseDesk;
  /**
   * Optional: relay messages to the case a handoff opened (until it closes, or the person clicks
   * "Back to the assistant"). Without it, the assistant keeps answering after a handoff.
   */
  caseRelay?: CaseRelay;
  /** Optional: where "Was this right?" verdicts on answers are kept for review. */
  feedback?: FeedbackRecorder;
  /**
   * The learned safety reader (decision 0052), read on every text turn beside the safety rules,
   * whichever intent classifier (offline or a model) is configured. `createConversationDeps` always
   * passes the shipped one; without it (engines some tests build by hand) the rules route alone.
   */
  safety?: SafetyReader;
  logger: Logger;
  options?: Partial<EngineOptions>;
};

/** A verdict on one of the assistant's answers (question and answer already redacted). */
export type AnswerFeedbackInput = {
  actor: Actor;
  channel: Channel;
  intent: IntentName;
  question: string;
  answer: string;
  verdict: "right" | "wrong";
  /** One verdict per answer: the latest click wins, a retry stores nothing new. */
  idempotencyKey: string;
};

export interface FeedbackRecorder {
  record(input: AnswerFeedbackInput): Promise<void>;
}

export type EngineOptions = {
  /** Below this confidence the engine asks one clarifying question instead of guessing. */
  clarifyBelow: number;
  /** A message must be at least this confident to abandon a dialog that is waiting for an answer. */
  switchAbove: number;
  /** An unanswered dialog older than this is forgotten. */
  idleMinutes: number;
  /** Transcript lines kept for a handoff. */
  transcriptLines: number;
};

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  clarifyBelow: 0.45,
  switchAbove: 0.7,
  idleMinutes: 30,
  transcriptLines: 20,
};

/** What a person sent: free text, or a typed command from a button click or form submission. */
export type TurnInput = { kind: "text"; text: string } | { kind: "command"; command: CommandRef };

export type TurnRequest = {
  actor: Actor;
  channel: Channel;
  /** Stable per person and place, e.g. `slack:T0ACME:U0ALEX:D123`. */
  conversationKey: string;
  input: TurnInput;
};

/** The command that shows a specialist their cases (registered by the case desk) when they type. */
const STAFF_DESK_COMMAND = "case.desk";

/**
 * The read-only deposit calendar (registered by the deposits wiring) for ASO staff and client admins
 * who ask about deposits; it re-checks who may see which client. It only lists: recording a deposit
 * takes the calendar's form.
 */
const DEPOSIT_CALENDAR_COMMAND = "deposits.calendar";
const STAFF_DEPOSIT_WORDS = /\bdeposits?\b|\beftps\b/i;
// An employee's "direct deposit" is their own pay (the direct_deposit intent), never the calendar.
const ADMIN_DEPOSIT_WORDS =
  /\beftps\b|\b(?:tax|941|940|futa|suta|payroll|withholding|state|federal|premium|401\(?k\)?)\s+(?:tax\s+)?deposits?\b|\bdeposits?\s+(?:calendar|schedule|due|paid|made)\b|\b(?:what|which)\s+deposits\b/i;

/** A specialist asking for a client's Form W-3 totals (the filings summary command answers). */
const FILING_SUMMARY_COMMAND = "filings.summary";
const STAFF_W3_WORDS = /\bw-?3\b/i;

/** Built-in commands the engine handles itself (they only move the conversation, never data). */
export const CONVERSATION_COMMANDS = {
  cancel: "conversation.cancel",
  talkToHuman: "conversation.talk_to_human",
  chooseIntent: "conversation.choose_intent",
  answer: "conversation.answer",
  leaveCase: "conversation.leave_case",
  resumeCase: "conversation.resume_case",
  sendToCase: "conversation.send_to_case",
  feedback: "conversation.feedback",
} as const;

const FeedbackArgs = z.object({ verdict: z.enum(["right", "wrong"]) });

/** "That's wrong", "not right", "wrong answer": a verdict on the answer just given. */
const WRONG_TEXT =
  /^\s*(?:no,?\s*)?(?:that'?s|that is|this is|it'?s|it is)\s+(?:wrong|not right|incorrect|not correct)\b|^\s*(?:wrong answer|not right|incorrect)\s*[.!]*\s*$/i;

/** How long after an answer "that's wrong" is taken as a verdict on it. */
const FEEDBACK_WINDOW_MS = 30 * 60_000;

/** What the assistant answers itself while a case is open; everything else goes to the specialist. */
const ASSISTANT_WHILE_IN_CASE: ReadonlySet<string> = new Set([
  "benefits_question",
  "enrollment_status",
  "pto_balance",
  "paycheck_question",
  "timesheet_status",
  "pending_approvals",
  "greeting_help",
]);
/** A question to the assistant, as opposed to a statement meant for the specialist ("it's about my paycheck"). */
const QUESTION =
  /\?\s*$|^\s*(?:what|whats|what's|how|when|where|which|who|why|can|could|do|does|did|is|are|am|will|should|may|tell me|show me)\b/i;

/** Below this, an in-case message is taken as meant for the specialist. */
const IN_CASE_CONFIDENCE = 0.7;

const SendToCaseArgs = z.object({ text: z.string().min(1).max(4000) });
const ResumeCaseArgs = z.object({ caseId: z.string().min(1).max(100), reference: z.string().min(1).max(40) });

/** Typed words that leave the case chat ("leave the case", "back to the assistant", "exit case"). */
const LEAVE_CASE_TEXT =
  /^\s*(?:(?:leave|exit|quit|close|end|stop)\s+(?:the\s+|this\s+|my\s+)?case(?:\s+chat)?|(?:go\s+)?back\s+to\s+(?:the\s+)?(?:assistant|bot)|talk\s+to\s+the\s+(?:assistant|bot))\s*[.!]*\s*$/i;

/** The button that leaves a case chat: the case stays open, the assistant answers again. */
const leaveCaseButton: Button = {
  label: "Back to the assistant",
  command: { name: CONVERSATION_COMMANDS.leaveCase, args: {} },
};

/** The in-case state line under an answer: where the person is, and how to send this on instead. */
function inCaseNote(reference: string, message: string): Reply {
  return {
    blocks: [
      {
        kind: "status",
        tone: "info",
        text: `You're still in case ${reference} with your HR specialist. I answered this one myself.`,
      },
      {
        kind: "actions",
        buttons: [
          {
            label: "Send this to my specialist",
            command: { name: CONVERSATION_COMMANDS.sendToCase, args: { text: message.slice(0, 4000) } },
          },
          { label: "Leave the case chat", command: { name: CONVERSATION_COMMANDS.leaveCase, args: {} } },
        ],
      },
    ],
  };
}

const ChooseIntentArgs = z.object({
  intent: z.string().refine(isIntentName, "unknown intent"),
  // The clarifying question's "thoughts of hurting myself" button takes the crisis path.
  topic: z.literal("self_harm").optional(),
});
const AnswerArgs = z.object({ slot: z.enum(SLOT_NAMES), value: z.string().min(1).max(200) });

const CANCEL_TEXT =
  /^\s*(?:please\s+)?(?:cancel(?:\s+(?:that|it|this|please))?|never\s?mind|nvm|nevermind|forget (?:it|that|about it)|stop|abort|quit|scratch that|no thanks|nope,? (?:cancel|never ?mind))\s*[.!]*\s*$/i;

/** "cancel", "never mind", "forget it"… — recognised before any classification. */
export function isCancelText(text: string): boolean {
  return CANCEL_TEXT.test(text);
}

/** "yes", "ok", "do it", "approve"… while a confirmation waits: shown the buttons again, never run. */
const AFFIRMATIVE =
  /^\s*(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|k|confirm(?:ed)?|approve(?: it| all| everything)?|submit(?: it)?|do it|go ahead|correct|right|sounds good|please do)\b/i;

const FOLLOW_UP =
  /^\s*(?:and|also|what about|how about|same (?:for|with)|ok(?:ay)? (?:and|what about)|plus)\b/i;

function actorTimezone(actor: Actor): string {
  return actor.kind === "system" ? "UTC" : actor.timezone;
}

function text(t: string): Reply {
  return { blocks: [{ kind: "text", text: t }] };
}

const cancelButton = (label = "Cancel"): Button => ({
  label,
  style: "default",
  command: { name: CONVERSATION_COMMANDS.cancel, args: {} },
});

/** The words a person reads in replies (text, confirmations, states), for transcripts and feedback. */
function replyText(replies: readonly Reply[]): string {
  return replies
    .flatMap((r) => r.blocks)
    .map((b) => (b.kind === "text" || b.kind === "confirm" || b.kind === "status" ? b.text : ""))
    .filter(Boolean)
    .join(" ");
}

/** Longest message read; the rest is neither read nor stored. */
const MAX_MESSAGE = 4000;

/** A pasted stack trace or log: several lines of "at …", "Traceback", "Exception", file:line frames. */
function looksLikeStackTrace(message: string): boolean {
  const lines = message.split(/\n/);
  const frames = lines.filter((l) =>
    /^\s*(at\s+\S+.*[(:]\d+|File ".*", line \d+|Traceback \(most recent call last\)|[\w.]+(Exception|Error)\b[:\s])/.test(
      l,
    ),
  ).length;
  return frames >= 2 || (lines.length >= 3 && frames >= 1 && frames / lines.length >= 0.3);
}

/** Below this, a sensitive-report guess that no safety rule backs is confirmed with the person first. */
const SURE_SENSITIVE = 0.8;

/**
 * Where a classified message goes, safety first: "crisis" (self-harm, threats: answered before
 * anything else), "report" (a sensitive report: a senior specialist at once), "ask" (an unsure
 * sensitive guess no rule backs: one clarifying question), or null (an ordinary message). The
 * engine and the safety evaluation both use it.
 */
/**
 * A general question about a policy ("what happens if someone reports their boss?") is answered from
 * the client's documents, however much it sounds like a report to a statistical or model guess. A
 * safety rule's verdict stands (the rules already let such questions through).
 */
export function policyQuestionsAnswered(message: string, classified: Classification): Classification {
  if (classified.intent !== "sensitive_report" || classified.source === "rule") return classified;
  if (!isGeneralPolicyQuestion(message)) return classified;
  return {
    ...classified,
    intent: "benefits_question",
    confidence: Math.max(classified.confidence, 0.7),
    slots: {},
  };
}

/**
 * A request for one's own document (a pay stub, an employment verification letter) is answered by the
 * paycheck dialog, which sends it as a PDF: the slot extractor's rule decides, not the statistical
 * guess, which has no intent of its own for letters. A report stays a report.
 */
export function documentRequestsRouted(classified: Classification): Classification {
  if (!classified.slots.document || classified.intent === "sensitive_report") return classified;
  if (classified.intent === "paycheck_question" && classified.confidence >= 0.7) return classified;
  return { ...classified, intent: "paycheck_question", confidence: Math.max(classified.confidence, 0.7) };
}

/**
 * A what-if ("what if I put 10% in my 401(k)?", "…change my W-4 to married?", "what would 6 hours of
 * overtime pay?") is a paycheck preview, whatever plan or form it names: the paycheck dialog's reading
 * decides (a rule), not the statistical guess. A report stays a report.
 */
export function whatIfsRouted(message: string, classified: Classification): Classification {
  if (classified.intent === "sensitive_report") return classified;
  const request = readPaycheckRequest(message).kind;
  if (request !== "what_if" && request !== "what_if_incomplete") return classified;
  return { ...classified, intent: "paycheck_question", confidence: Math.max(classified.confidence, 0.7) };
}

/**
 * The classification the engine routes on (safety first, then dialogs): the classifier's, with policy
 * questions answered, document requests and what-ifs sent to the paycheck dialog. The safety
 * evaluation (scripts/eval-safety-set.ts) routes on the same.
 */
export function routedClassification(message: string, classified: Classification): Classification {
  return whatIfsRouted(message, documentRequestsRouted(policyQuestionsAnswered(message, classified)));
}

/**
 * The crisis a message tells of, whichever path recognised it: a safety rule (self-harm or a threat),
 * or a classifier's or model's sensitive-report guess whose topic names one or whose words speak of
 * self-harm (or that the case desk would file as self-harm). The crisis reply and an urgent case
 * follow either way; undefined when it is no crisis.
 */
export function crisisKind(
  message: string,
  classification: Pick<Classification, "intent" | "slots">,
): "self_harm" | "threat" | undefined {
  const rule = matchSensitiveReport(message);
  // "Read an article about suicide rates among construction workers": a crisis told of elsewhere,
  // with no word of the writer's own, is no crisis of theirs.
  const elsewhere = toldOfElsewhere(message);
  if ((rule === "self_harm" || rule === "threat") && !elsewhere) return rule;
  if (classification.intent !== "sensitive_report" || elsewhere) return undefined;
  const topic = sensitiveKindFromTopic(classification.slots.topic);
  if (topic === "self_harm" || topic === "threat") return topic;
  if (soundsLikeSelfHarm(message) || classifySensitiveCategory(message) === "self_harm") return "self_harm";
  return undefined;
}

/**
 * `learned` is the learned safety classifier's verdict (decision 0052, adopted: the engine passes one
 * on every text turn when `ConversationDeps.safety` is set, as the product always sets it). It adds to
 * the rules (`withLearnedVerdict`); without it the route is the rules' alone.
 */
export function safetyRoute(
  message: string,
  classification: Pick<Classification, "intent" | "confidence" | "slots">,
  learned?: SafetyVerdict,
  thresholds: LearnedSafetyThresholds = LEARNED_SAFETY,
): SafetyRoute {
  const ruled = rulesRoute(message, classification);
  if (!learned || ruled === "crisis") return ruled;
  return withLearnedVerdict(
    ruled,
    learned,
    {
      question: isGeneralPolicyQuestion(message) || asksAboutReporting(message),
      aside: soundsLikeAJoke(message) || talksOfElsewhere(message),
      told: toldAsReport(message),
      rule: matchSensitiveReport(message) !== undefined,
    },
    thresholds,
  );
}

/**
 * The crisis a routed "crisis" answers: the rules' or the classifier's (`crisisKind`), else — only
 * the learned reader said so, and it reads self-harm alone — self-harm. The crisis reply follows.
 */
function crisisOfRoute(
  message: string,
  classification: Pick<Classification, "intent" | "slots">,
): "self_harm" | "threat" {
  return crisisKind(message, classification) ?? "self_harm";
}

/**
 * Whether a clarifying question leads with 988 and the crisis button: the rules' "may be self-harm",
 * or a learned P(self-harm) at the ask threshold (decision 0052).
 */
function mayBeCrisis(
  message: string,
  learned?: SafetyVerdict,
  thresholds: LearnedSafetyThresholds = LEARNED_SAFETY,
): boolean {
  return mayBeSelfHarm(message) || (learned !== undefined && learned.selfHarm >= thresholds.ask);
}

/** Talk of the news, a show or another company, with no "I" or "me" of the writer's own in it. */
function toldOfElsewhere(message: string): boolean {
  return talksOfElsewhere(message) && !/\b(?:i|i'?m|i'?ve|i'?d|me|myself|yo|me siento)\b/i.test(message);
}

/** A sensitive guess with no rule behind it tells of something that happened (see `safetyRoute`). */
function toldAsReport(message: string): boolean {
  return (
    (hasReportCue(message) || !soundsLikeOrdinaryTrouble(message)) &&
    !soundsLikeAJoke(message) &&
    !talksOfElsewhere(message)
  );
}

/** The route the rules and the intent classifier give, before any learned safety verdict. */
function rulesRoute(
  message: string,
  classification: Pick<Classification, "intent" | "confidence" | "slots">,
): SafetyRoute {
  if (crisisKind(message, classification)) return "crisis";
  const rule = matchSensitiveReport(message);
  if (classification.intent !== "sensitive_report") return null;
  if (rule) return toldOfElsewhere(message) ? "ask" : "report";
  // No safety rule: a statistical or model guess opens an urgent case only when it is sure and the
  // message does not read as ordinary trouble (an app, an idiom, a workload) with nothing a report is
  // told in; otherwise one clarifying question.
  // A laugh with no rule behind it ("my manager keeps forgetting my name lol") is asked about too.
  // Talk of the news or another company names a report without telling one: asked too.
  return classification.confidence >= SURE_SENSITIVE && toldAsReport(message) ? "report" : "ask";
}

export { LEARNED_SAFETY, type LearnedSafetyThresholds };

/**
 * How reporting works, for a question about it: who handles a report, that it is private, that
 * retaliation is not allowed, where the full policy is, and a button to start a report now.
 */
export function reportingExplained(): Reply[] {
  return [
    {
      blocks: [
        {
          kind: "text",
          text: "You can report harassment, discrimination, retaliation, unsafe work, unpaid hours, threats or wrongdoing at any time, here or to HR directly. A senior HR specialist handles each report privately. Retaliating against someone for reporting in good faith is against the law. The full policy is in your employee handbook. If something has happened to you or to someone else, I can connect you with a specialist privately now.",
        },
        {
          kind: "actions",
          buttons: [
            {
              label: "I want to report something",
              style: "primary",
              command: { name: CONVERSATION_COMMANDS.chooseIntent, args: { intent: "sensitive_report" } },
            },
            {
              label: "Something else",
              command: { name: CONVERSATION_COMMANDS.chooseIntent, args: { intent: "greeting_help" } },
            },
          ],
        },
      ],
    },
  ];
}

const humanButton: Button = {
  label: "Talk to a person",
  style: "primary",
  command: { name: CONVERSATION_COMMANDS.talkToHuman, args: {} },
};

/**
 * The engine's single entry point: one person's turn (text or a button command) in, replies out.
 * Loads the conversation state, classifies text, runs the dialog (slot filling one question at a
 * time, confirmation before any change, handoff), dispatches commands to their typed handlers, and
 * saves the state. Text never runs a command: only a command turn does, and its handler re-checks
 * permission.
 */
export async function handleTurn(deps: ConversationDeps, request: TurnRequest): Promise<Reply[]> {
  // One instant per turn: a retry after a conflict reuses it, so handoff idempotency keys match.
  const now = deps.clock.now();
  try {
    return await runTurn(deps, request, now);
  } catch (error) {
    if (isDomainError(error, "conversation.conflict") && request.input.kind === "text") {
      // Two turns crossed: run this one again on the fresh state (a handoff it made is keyed by turn).
      return runTurn(deps, request, now);
    }
    throw error;
  }
}

async function runTurn(deps: ConversationDeps, request: TurnRequest, now: Date): Promise<Reply[]> {
  const options = { ...DEFAULT_ENGINE_OPTIONS, ...deps.options };
  const ref = actorLabel(request.actor);
  const loaded = await deps.store.load(request.conversationKey);
  const state: ConversationState =
    loaded && loaded.actorRef === ref
      ? loaded
      : { ...newConversationState(request.conversationKey, ref, now), version: loaded?.version ?? 0 };
  const idleCutoff = now.getTime() - options.idleMinutes * 60_000;
  if (Date.parse(state.updatedAt) < idleCutoff) {
    state.active = undefined;
    state.clarify = undefined;
    state.topic = undefined;
    state.handoffReason = undefined;
  }
  const turn = new Turn(deps, options, request, state, now);
  const replies =
    request.input.kind === "text"
      ? await turn.onText(request.input.text)
      : await turn.onCommand(request.input.command);
  turn.remember("assistant", replies);
  state.updatedAt = now.toISOString();
  await deps.store.save(state);
  return replies;
}

class Turn {
  readonly slotContext: SlotContext;
  /** Set when a talk-to-human click follows a low-confidence offer (the case records why). */
  handoffOverride: HandoffOrigin | undefined;
  /** This turn's text (a text turn), as the person wrote it: only ever stored redacted. */
  message: string | undefined;
  /** The learned safety reader's verdict on this turn's text, read once (none without a reader). */
  private learnedVerdict: { of: string; verdict: SafetyVerdict | undefined } | undefined;

  constructor(
    readonly deps: ConversationDeps,
    readonly options: EngineOptions,
    readonly request: TurnRequest,
    readonly state: ConversationState,
    readonly now: Date,
  ) {
    this.slotContext = { timezone: actorTimezone(request.actor), now };
  }

  /** The learned safety verdict on `message` (deterministic code, whichever classifier is configured). */
  learned(message: string): SafetyVerdict | undefined {
    if (this.learnedVerdict?.of !== message)
      this.learnedVerdict = { of: message, verdict: this.deps.safety?.verdict(message) };
    return this.learnedVerdict.verdict;
  }

  remember(role: TranscriptEntry["role"], content: string | Reply[]): void {
    const line = typeof content === "string" ? content : replyText(content);
    if (!line) return;
    this.state.transcript.push({
      role,
      text: redact(line, "strict").slice(0, 1000),
      at: this.now.toISOString(),
    });
    const extra = this.state.transcript.length - this.options.transcriptLines;
    if (extra > 0) this.state.transcript.splice(0, extra);
  }

  // ---- text turns -------------------------------------------------------------------------------

  async onText(raw: string): Promise<Reply[]> {
    const trimmed = raw.trim();
    const message = trimmed.slice(0, MAX_MESSAGE);
    this.message = message;
    this.remember("employee", message);
    if (!message) return [text("I didn't get any text. What can I help you with?")];
    // A specialist's words are never run as an employee's request: they get their case desk (its
    // buttons and forms do the work, each re-checked against them).
    if (this.request.actor.kind === "staff") {
      if (STAFF_W3_WORDS.test(message) && this.deps.commands.has(FILING_SUMMARY_COMMAND))
        return this.w3Totals(message);
      return this.asksForDeposits(message)
        ? this.dispatch({ name: DEPOSIT_CALENDAR_COMMAND, args: {} })
        : this.staffDesk();
    }
    // Safety rules read even an oversized or odd message first: a crisis is never missed.
    const rule = matchSensitiveReport(message);
    if (!rule) {
      if (trimmed.length > MAX_MESSAGE) {
        return [
          text(
            `That message is longer than I can read (${MAX_MESSAGE.toLocaleString("en-US")} characters). Could you tell me in a sentence or two what you need?`,
          ),
        ];
      }
      // Only emoji: a reaction in a case chat goes to the specialist; elsewhere, ask for words.
      if (!/[\p{L}\p{N}]/u.test(message) && !this.state.liveCase) {
        return [
          text("I can only read words. What can I help you with: pay, time off, benefits or timesheets?"),
        ];
      }
      if (looksLikeStackTrace(message)) {
        return [
          text(
            "That looks like an error message from a computer system. I can't troubleshoot software (your IT help desk can); for pay, time off, benefits or timesheets, tell me in a sentence what you need.",
          ),
        ];
      }
    }
    if (isCancelText(message)) return this.cancel();
    // A client admin asking about deposits, once the safety rules found nothing to act on.
    if (!rule && this.asksForDeposits(message))
      return this.dispatch({ name: DEPOSIT_CALENDAR_COMMAND, args: {} });
    const last = this.state.lastAnswer;
    if (last && WRONG_TEXT.test(message) && this.now.getTime() - Date.parse(last.at) < FEEDBACK_WINDOW_MS) {
      return this.recordFeedback("wrong");
    }
    // A crisis (self-harm, threats) is answered before anything else: never relayed into an open
    // case, never taken as an answer to a pending question.
    const crisis = rule;
    if (crisis === "self_harm" || crisis === "threat") {
      this.state.active = undefined;
      this.state.clarify = undefined;
      return this.start("sensitive_report", { topic: crisis });
    }
    // While a case is open, the assistant still answers what it can (a benefits or PTO question,
    // "thanks"); anything else goes to the specialist. Either way the person sees where they are.
    const live = this.deps.caseRelay ? this.state.liveCase : undefined;
    if (live && LEAVE_CASE_TEXT.test(message)) return this.leaveCase();
    if (live) {
      const guess = await this.deps.classifier.classify(message, this.slotContext);
      // A crisis only a classifier, a model or the learned reader recognised is answered here too,
      // never relayed.
      if (safetyRoute(message, guess, this.learned(message)) === "crisis") {
        this.state.active = undefined;
        this.state.clarify = undefined;
        return this.start("sensitive_report", { ...guess.slots, topic: crisisOfRoute(message, guess) });
      }
      const forAssistant =
        ASSISTANT_WHILE_IN_CASE.has(guess.intent) &&
        guess.confidence >= IN_CASE_CONFIDENCE &&
        (guess.intent === "greeting_help" || QUESTION.test(message));
      if (!forAssistant) {
        const relayed = await this.relayToCase(message);
        if (relayed) return relayed;
      } else {
        const answered = await this.start(guess.intent, guess.slots);
        return [...answered, inCaseNote(live.reference, message)];
      }
    }

    const classified = await this.deps.classifier.classify(message, {
      ...this.slotContext,
      ...((this.state.active?.intent ?? this.state.topic?.intent)
        ? { previousIntent: this.state.active?.intent ?? this.state.topic?.intent }
        : {}),
    });
    const classification = routedClassification(message, classified);
    this.deps.logger.info(
      {
        event: "conversation.classified",
        channel: this.request.channel,
        intent: classification.intent,
        confidence: Number(classification.confidence.toFixed(3)),
        source: classification.source,
      },
      "message classified",
    );

    // A report of harassment, threats, safety… always goes to a person, whatever was in progress.
    // A model's or the statistical classifier's unsure guess (no safety rule matched) asks first:
    // "it's not working" must not open an urgent harassment case. The learned safety reader's verdict
    // is laid over the rules (decision 0052): the model never decides alone.
    const learned = this.learned(message);
    const route = safetyRoute(message, classification, learned);
    if (route) {
      this.state.active = undefined;
      this.state.clarify = undefined;
      if (route === "ask") return this.askIfSensitive(classification, mayBeCrisis(message, learned));
      // A crisis no rule caught (a classifier's, model's or the learned reader's recognition) still
      // gets the crisis reply.
      return this.start(
        "sensitive_report",
        route === "crisis"
          ? { ...classification.slots, topic: crisisOfRoute(message, classification) }
          : classification.slots,
      );
    }

    // A question about reporting or its policy is answered here, with a way to report privately: it
    // tells of nothing that happened, so it opens no case and starts no unrelated dialog.
    if (asksAboutReporting(message)) {
      this.state.active = undefined;
      this.state.clarify = undefined;
      return reportingExplained();
    }

    const active = this.state.active;
    if (active) {
      const continued = await this.continueActive(active, message, classification);
      if (continued) return continued;
      this.state.active = undefined;
    }

    const followUp = this.followUp(message, classification);
    if (followUp) return this.start(followUp.intent, followUp.slots);

    if (classification.confidence < this.options.clarifyBelow) return this.clarify(classification);
    this.state.clarify = undefined;
    return this.start(classification.intent, classification.slots);
  }

  /** Leaves the case chat (the case stays open) with a way back into it. */
  leaveCase(): Reply[] {
    const left = this.state.liveCase;
    this.state.liveCase = undefined;
    const back =
      "OK, I'm back. Your case stays open and your specialist will still reply. What can I help you with?";
    if (!left) return [text(back)];
    return [
      {
        blocks: [
          { kind: "text", text: back },
          {
            kind: "actions",
            buttons: [
              {
                label: `Return to case ${left.reference}`,
                command: {
                  name: CONVERSATION_COMMANDS.resumeCase,
                  args: { caseId: left.caseId, reference: left.reference },
                },
              },
            ],
          },
        ],
      },
    ];
  }

  /** While a case opened here is live, the message goes to its specialist instead of the assistant. */
  async relayToCase(message: string): Promise<Reply[] | undefined> {
    const live = this.state.liveCase;
    if (!live || !this.deps.caseRelay) return undefined;
    const relayed = await this.deps.caseRelay.relayFromEmployee({
      actor: this.request.actor,
      text: message,
      caseId: live.caseId,
      idempotencyKey: `${this.request.conversationKey}:${this.now.toISOString()}:relay`,
    });
    if (!relayed) {
      this.state.liveCase = undefined;
      return undefined;
    }
    return [
      {
        blocks: [
          { kind: "status", text: `Sent to your HR specialist (case ${relayed.reference})`, tone: "info" },
          {
            kind: "actions",
            buttons: [leaveCaseButton],
          },
        ],
      },
    ];
  }

  /** Returns replies when the message belongs to the active dialog, undefined to drop it. */
  async continueActive(
    active: ActiveDialog,
    message: string,
    classification: Classification,
  ): Promise<Reply[] | undefined> {
    const switching =
      classification.intent !== active.intent && classification.confidence >= this.options.switchAbove;
    // Slots read as the active dialog reads them ("Friday" is last Friday for hours worked).
    const slotsHere = extractSlots(message, {
      ...this.slotContext,
      prefer: datePreferenceFor(active.intent),
    });
    if (active.pendingCommand) {
      if (switching && !AFFIRMATIVE.test(message)) return undefined;
      // "no, 8 hours" / "make it Monday": change the dialog's own slots and confirm again.
      const asked = new Set((this.deps.dialogs.get(active.intent).slots ?? []).map((s) => s.slot));
      const changes = Object.fromEntries(
        Object.entries(slotsHere).filter(([k, v]) => v !== undefined && asked.has(k as SlotName)),
      ) as Slots;
      if (Object.keys(changes).length > 0 && !AFFIRMATIVE.test(message)) {
        active.pendingCommand = undefined;
        active.slots = { ...active.slots, ...changes };
        return this.advance(active);
      }
      // A typed "yes" (or an injected "approve everything") never runs a command: only the button does.
      return [
        {
          blocks: [
            { kind: "text", text: "Please use the buttons to confirm, or say *cancel* to stop." },
            {
              kind: "actions",
              buttons: [
                { label: "Confirm", style: "primary", command: active.pendingCommand },
                cancelButton(),
              ],
            },
          ],
        },
      ];
    }
    if (active.awaiting) {
      const dialog = this.deps.dialogs.get(active.intent);
      const spec = dialog.slots?.find((s) => s.slot === active.awaiting);
      const ctx = this.dialogContext(active.intent, active.slots);
      const parsed = spec?.parse
        ? spec.parse(message, ctx)
        : extractSlot(message, active.awaiting, {
            ...this.slotContext,
            prefer: datePreferenceFor(active.intent),
          });
      if (parsed && !switching) {
        active.slots = { ...slotsHere, ...active.slots, ...parsed };
        active.awaiting = undefined;
        active.attempts = 0;
        return this.advance(active);
      }
      if (switching) return undefined;
      if (active.attempts < 1) {
        active.attempts += 1;
        const question = spec ? this.questionOf(spec, ctx) : "Could you say that again?";
        return [
          this.questionReply(`Sorry, I didn't catch that. ${question}`, active.awaiting, spec?.choices),
        ];
      }
      this.state.active = undefined;
      return [this.offerHuman("I'm having trouble with this one.")];
    }
    return undefined;
  }

  /** "and dental?" after a medical deductible answer → same intent and topic, plan type dental. */
  followUp(
    message: string,
    classification: Classification,
  ): { intent: IntentName; slots: Slots } | undefined {
    const topic = this.state.topic;
    if (!topic) return undefined;
    const short = message.split(/\s+/).length <= 6;
    if (!FOLLOW_UP.test(message) && !(short && classification.confidence < this.options.switchAbove))
      return undefined;
    const changed = (Object.keys(classification.slots) as SlotName[]).filter(
      (k) => classification.slots[k] !== undefined,
    );
    if (changed.length === 0) return undefined;
    if (classification.intent !== topic.intent && classification.confidence >= 0.9) return undefined;
    const base = { ...topic.slots };
    // A new date replaces the old date or range, whichever form either had.
    if (classification.slots.date || classification.slots.dateRange) {
      delete base.date;
      delete base.dateRange;
    }
    return { intent: topic.intent, slots: { ...base, ...classification.slots } };
  }

  clarify(classification: Classification): Reply[] {
    if (this.state.clarify) {
      this.state.clarify = undefined;
      return [this.offerHuman("I'm still not sure what you need.")];
    }
    this.state.clarify = { at: this.now.toISOString(), slots: classification.slots };
    const candidates = [
      { intent: classification.intent, confidence: classification.confidence },
      ...classification.alternatives,
    ]
      .filter(
        (c) => c.intent !== "out_of_scope" && c.intent !== "talk_to_human" && c.intent !== "greeting_help",
      )
      .filter((c, i, all) => all.findIndex((o) => o.intent === c.intent) === i)
      .slice(0, 3);
    return [
      {
        blocks: [
          { kind: "text", text: "I want to make sure I get this right. Did you mean one of these?" },
          {
            kind: "actions",
            buttons: [
              ...candidates.map(
                (c): Button => ({
                  label: INTENT_INFO[c.intent].label,
                  command: { name: CONVERSATION_COMMANDS.chooseIntent, args: { intent: c.intent } },
                }),
              ),
              humanButton,
            ],
          },
          { kind: "text", text: "Or tell me in other words." },
        ],
      },
    ];
  }

  /**
   * One clarifying question with buttons, instead of an urgent case on a guess. When the words may
   * tell of distress ("I can't take it anymore"), the 988 line comes first and one button takes the
   * crisis path: nobody in crisis waits on a question.
   */
  askIfSensitive(classification: Classification, distress = false): Reply[] {
    this.state.clarify = { at: this.now.toISOString(), slots: classification.slots };
    const crisisButton: Button = {
      label: "I'm having thoughts of hurting myself",
      style: "primary",
      command: {
        name: CONVERSATION_COMMANDS.chooseIntent,
        args: { intent: "sensitive_report", topic: "self_harm" },
      },
    };
    return [
      {
        blocks: [
          {
            kind: "text",
            text: distress
              ? "I'm sorry it's this hard right now. If you're thinking about hurting yourself, you can call or text 988 (the Suicide & Crisis Lifeline) any time, day or night. Is someone treating you unfairly or unsafely, or is something not working?"
              : "I want to make sure I help the right way. Is someone treating you unfairly or unsafely, or is something not working?",
          },
          {
            kind: "actions",
            buttons: [
              {
                label: "Someone is treating me unfairly or unsafely",
                command: { name: CONVERSATION_COMMANDS.chooseIntent, args: { intent: "sensitive_report" } },
              },
              ...(distress ? [crisisButton] : []),
              {
                label: "Something isn't working",
                command: { name: CONVERSATION_COMMANDS.chooseIntent, args: { intent: "greeting_help" } },
              },
              humanButton,
            ],
          },
        ],
      },
    ];
  }

  offerHuman(lead: string): Reply {
    this.state.handoffReason = "low_confidence";
    return {
      blocks: [
        { kind: "text", text: `${lead} Would you like me to connect you with an HR specialist?` },
        { kind: "actions", buttons: [humanButton, cancelButton("No thanks")] },
      ],
    };
  }

  cancel(): Reply[] {
    const had = this.state.active !== undefined || this.state.clarify !== undefined;
    this.state.active = undefined;
    this.state.clarify = undefined;
    return [
      had
        ? { blocks: [{ kind: "status", text: "Cancelled — nothing was changed.", tone: "info" }] }
        : text("Nothing is in progress. What can I help you with?"),
    ];
  }

  // ---- command turns ----------------------------------------------------------------------------

  async onCommand(command: CommandRef): Promise<Reply[]> {
    this.remember("employee", `[button: ${command.name}]`);
    switch (command.name) {
      case CONVERSATION_COMMANDS.cancel:
        return this.cancel();
      case CONVERSATION_COMMANDS.talkToHuman: {
        const lowConfidence = this.state.handoffReason === "low_confidence";
        this.state.active = undefined;
        this.state.clarify = undefined;
        this.state.handoffReason = undefined;
        return this.start("talk_to_human", {}, lowConfidence ? { origin: "low_confidence" } : {});
      }
      case CONVERSATION_COMMANDS.leaveCase:
        return this.leaveCase();
      case CONVERSATION_COMMANDS.resumeCase: {
        const args = ResumeCaseArgs.safeParse(command.args);
        if (!args.success || !this.deps.caseRelay)
          return [text("That button is no longer valid. What can I help you with?")];
        // Whose case it is and whether it is still open are checked when the next message is relayed.
        this.state.liveCase = { ...args.data, at: this.now.toISOString() };
        return [
          {
            blocks: [
              {
                kind: "status",
                tone: "info",
                text: `You're back in case ${args.data.reference}: what you type now goes to your HR specialist.`,
              },
              { kind: "actions", buttons: [leaveCaseButton] },
            ],
          },
        ];
      }
      case CONVERSATION_COMMANDS.sendToCase: {
        const args = SendToCaseArgs.safeParse(command.args);
        if (!args.success) return [text("That button is no longer valid. What can I help you with?")];
        const relayed = await this.relayToCase(args.data.text);
        return relayed ?? [text("That case is closed now. What can I help you with?")];
      }
      case CONVERSATION_COMMANDS.feedback: {
        const args = FeedbackArgs.safeParse(command.args);
        if (!args.success) return [text("That button is no longer valid. What can I help you with?")];
        return this.recordFeedback(args.data.verdict);
      }
      case CONVERSATION_COMMANDS.chooseIntent: {
        const args = ChooseIntentArgs.safeParse(command.args);
        if (!args.success) return [text("That button is no longer valid. What can I help you with?")];
        const slots = args.data.topic
          ? { ...this.state.clarify?.slots, topic: args.data.topic }
          : (this.state.clarify?.slots ?? {});
        this.state.clarify = undefined;
        this.state.active = undefined;
        return this.start(args.data.intent as IntentName, slots);
      }
      case CONVERSATION_COMMANDS.answer: {
        const args = AnswerArgs.safeParse(command.args);
        const active = this.state.active;
        if (!args.success || !active || active.awaiting !== args.data.slot)
          return [text("That question has expired. What can I help you with?")];
        const dialog = this.deps.dialogs.get(active.intent);
        const spec = dialog.slots?.find((s) => s.slot === args.data.slot);
        if (!spec?.choices?.some((c) => c.value === args.data.value))
          return [text("That answer isn't one of the options. What can I help you with?")];
        active.slots = { ...active.slots, [args.data.slot]: args.data.value };
        active.awaiting = undefined;
        active.attempts = 0;
        return this.advance(active);
      }
    }
    return this.dispatch(command);
  }

  /**
   * Keeps a verdict on the last answer for review (`aso report feedback`). "Not right" also offers a
   * person, who sees the conversation; nothing else changes.
   */
  async recordFeedback(verdict: "right" | "wrong"): Promise<Reply[]> {
    const last = this.state.lastAnswer;
    if (!last) return [text("I don't have an answer of mine to rate right now. What can I help you with?")];
    await this.deps.feedback?.record({
      actor: this.request.actor,
      channel: this.request.channel,
      intent: last.intent,
      question: last.question,
      answer: last.answer,
      verdict,
      idempotencyKey: `${this.request.conversationKey}:${last.at}`,
    });
    this.deps.logger.info(
      { event: "conversation.feedback", intent: last.intent, verdict },
      "answer feedback",
    );
    if (verdict === "right")
      return [{ blocks: [{ kind: "status", text: "Thanks for letting me know!", tone: "success" }] }];
    return [
      {
        blocks: [
          {
            kind: "text",
            text: "Thanks for telling me. I've noted it so the HR team can check that answer. Would you like a person to look at your question?",
          },
          { kind: "actions", buttons: [humanButton] },
        ],
      },
    ];
  }

  /**
   * "W-3 totals for 12-3456789 2025": the client named by its EIN, the year named (else the last
   * finished one). The command re-checks that the specialist serves that client.
   */
  async w3Totals(message: string): Promise<Reply[]> {
    const ein = /\b(\d{2}-\d{7})\b/.exec(message)?.[1];
    if (!ein) return [text("Which client? Name its EIN, e.g. “W-3 totals for 12-3456789 for 2025”.")];
    const year = /\b(20\d{2})\b/.exec(message)?.[1] ?? String(this.now.getUTCFullYear() - 1);
    return this.dispatch({ name: FILING_SUMMARY_COMMAND, args: { clientEin: ein, year, form: "w3" } });
  }

  asksForDeposits(message: string): boolean {
    const actor = this.request.actor;
    const mayAsk =
      actor.kind === "staff" || (actor.kind === "employee" && actor.roles.includes("client_admin"));
    const words = actor.kind === "staff" ? STAFF_DEPOSIT_WORDS : ADMIN_DEPOSIT_WORDS;
    return mayAsk && words.test(message) && this.deps.commands.has(DEPOSIT_CALENDAR_COMMAND);
  }

  async staffDesk(): Promise<Reply[]> {
    if (this.deps.commands.has(STAFF_DESK_COMMAND))
      return this.dispatch({ name: STAFF_DESK_COMMAND, args: {} });
    return [
      text(
        "You're signed in as an HR specialist: I answer employees' questions, so I don't run requests for you here. Work your cases from the specialists' channel.",
      ),
    ];
  }

  async dispatch(command: CommandRef): Promise<Reply[]> {
    const ctx: CommandContext = {
      actor: this.request.actor,
      channel: this.request.channel,
      conversationKey: this.request.conversationKey,
      clock: this.deps.clock,
      logger: this.deps.logger,
    };
    if (this.state.active?.pendingCommand?.name === command.name) this.state.active = undefined;
    try {
      const replies = await this.deps.commands.dispatch(ctx, command);
      this.deps.logger.info({ event: "conversation.command", command: command.name }, "command handled");
      return replies;
    } catch (error) {
      if (isDomainError(error)) {
        this.deps.logger.warn(
          { event: "conversation.command_refused", command: command.name, code: error.code },
          "command refused",
        );
        return [{ blocks: [{ kind: "status", text: error.userMessage, tone: "danger" }] }];
      }
      throw error;
    }
  }

  // ---- dialogs ----------------------------------------------------------------------------------

  dialogContext(intent: IntentName, slots: Slots): DialogContext {
    return {
      actor: this.request.actor,
      channel: this.request.channel,
      conversationKey: this.request.conversationKey,
      now: this.now,
      timezone: this.slotContext.timezone,
      intent,
      slots,
      ...(this.state.topic
        ? { previousTopic: { intent: this.state.topic.intent, slots: this.state.topic.slots } }
        : {}),
      ...(this.request.input.kind === "text" ? { text: this.request.input.text } : {}),
    };
  }

  async start(intent: IntentName, slots: Slots, handoff: { origin?: HandoffOrigin } = {}): Promise<Reply[]> {
    const active: ActiveDialog = {
      intent,
      slots: { ...slots },
      attempts: 0,
      startedAt: this.now.toISOString(),
    };
    this.state.active = active;
    this.handoffOverride = handoff.origin;
    return this.advance(active);
  }

  questionOf(spec: SlotSpec, ctx: DialogContext): string {
    return typeof spec.question === "function" ? spec.question(ctx) : spec.question;
  }

  questionReply(question: string, slot: SlotName, choices?: SlotSpec["choices"]): Reply {
    const blocks: Reply["blocks"] = [{ kind: "text", text: question }];
    const buttons: Button[] = (choices ?? []).map((c) => ({
      label: c.label,
      command: { name: CONVERSATION_COMMANDS.answer, args: { slot, value: c.value } },
    }));
    blocks.push({ kind: "actions", buttons: [...buttons, cancelButton()] });
    return { blocks };
  }

  async advance(active: ActiveDialog): Promise<Reply[]> {
    const dialog: Dialog = this.deps.dialogs.get(active.intent);
    const ctx = this.dialogContext(active.intent, active.slots);
    for (const spec of dialog.slots ?? []) {
      if (active.slots[spec.slot] !== undefined) continue;
      if (spec.when && !spec.when(active.slots)) continue;
      active.awaiting = spec.slot;
      return [this.questionReply(this.questionOf(spec, ctx), spec.slot, spec.choices)];
    }
    let outcome: DialogOutcome;
    try {
      outcome = await dialog.run(ctx);
    } catch (error) {
      this.state.active = undefined;
      if (isDomainError(error)) {
        this.deps.logger.warn(
          { event: "conversation.dialog_refused", intent: active.intent, code: error.code },
          "dialog refused",
        );
        return [{ blocks: [{ kind: "status", text: error.userMessage, tone: "warning" }] }];
      }
      this.deps.logger.error({ event: "conversation.dialog_failed", intent: active.intent }, "dialog failed");
      return [this.offerHuman("Something went wrong on our side.")];
    }
    return this.render(active, outcome);
  }

  async render(active: ActiveDialog, outcome: DialogOutcome): Promise<Reply[]> {
    switch (outcome.kind) {
      case "answer":
        this.state.active = undefined;
        if (outcome.rememberTopic !== false)
          this.state.topic = { intent: active.intent, slots: active.slots, at: this.now.toISOString() };
        if (outcome.askFeedback && this.request.actor.kind === "employee") {
          this.state.lastAnswer = {
            intent: active.intent,
            // Read by ASO staff reviewing answers: personal numbers removed, the plan's figures kept.
            question: redact(this.message ?? "", "record").slice(0, 1000),
            answer: redact(replyText(outcome.replies), "record").slice(0, 2000),
            at: this.now.toISOString(),
          };
          // Under the answer itself, quietly: its own buttons first (e.g. "Talk to a person").
          const rated: Button[] = [
            {
              label: "👍 Right",
              style: "default",
              command: { name: CONVERSATION_COMMANDS.feedback, args: { verdict: "right" } },
            },
            {
              label: "👎 Not right",
              style: "default",
              command: { name: CONVERSATION_COMMANDS.feedback, args: { verdict: "wrong" } },
            },
          ];
          const last = outcome.replies.at(-1);
          const actions = last?.blocks.at(-1);
          if (actions?.kind === "actions") actions.buttons = [...actions.buttons, ...rated];
          else if (last) last.blocks = [...last.blocks, { kind: "actions", buttons: rated }];
        }
        if (outcome.backgroundCase) {
          const { key, ...request } = outcome.backgroundCase;
          await this.deps.caseDesk.openCase({
            actor: this.request.actor,
            origin: "failed_answer",
            ...request,
            transcript: this.state.transcript.slice(-2),
            channel: this.request.channel,
            conversationKey: this.request.conversationKey,
            idempotencyKey: key,
          });
        }
        return outcome.replies;
      case "ask": {
        const slots = { ...active.slots };
        delete slots[outcome.slot];
        active.slots = slots;
        active.awaiting = outcome.slot;
        active.attempts = 0;
        return [this.questionReply(outcome.question, outcome.slot, outcome.choices)];
      }
      case "confirm": {
        active.awaiting = undefined;
        active.pendingCommand = outcome.command;
        const blocks: Reply["blocks"] = [];
        if (outcome.facts?.length) blocks.push({ kind: "facts", facts: outcome.facts });
        blocks.push({
          kind: "confirm",
          text: outcome.text,
          confirm: { label: outcome.confirmLabel, style: "primary", command: outcome.command },
          cancel: cancelButton(outcome.cancelLabel ?? "Cancel"),
        });
        return [{ blocks, ...(outcome.personal ? { personal: true } : {}) }];
      }
      case "form":
        this.state.active = undefined;
        return [
          {
            blocks: [...(outcome.text ? [{ kind: "text" as const, text: outcome.text }] : []), outcome.form],
          },
        ];
      case "handoff": {
        this.state.active = undefined;
        this.state.topic = undefined;
        const opened = await this.deps.caseDesk.openCase({
          actor: this.request.actor,
          origin: this.handoffOverride ?? outcome.origin,
          category: outcome.category,
          priority: outcome.priority,
          summary: outcome.summary,
          transcript: [...this.state.transcript],
          channel: this.request.channel,
          conversationKey: this.request.conversationKey,
          idempotencyKey: `${this.request.conversationKey}:${this.now.toISOString()}:${outcome.origin}`,
        });
        if (this.deps.caseRelay)
          this.state.liveCase = {
            caseId: opened.caseId,
            reference: opened.reference,
            at: this.now.toISOString(),
          };
        this.deps.logger.info(
          {
            event: "conversation.handoff",
            origin: this.handoffOverride ?? outcome.origin,
            category: outcome.category,
            priority: outcome.priority,
            caseId: opened.caseId,
          },
          "handed off to a specialist",
        );
        return [
          {
            blocks: [
              { kind: "text", text: outcome.acknowledgement },
              {
                kind: "status",
                text: this.deps.caseRelay
                  ? `Case ${opened.reference} opened: what you type now goes to your HR specialist`
                  : `Case ${opened.reference} opened`,
                tone: "info",
              },
              ...(this.deps.caseRelay ? [{ kind: "actions" as const, buttons: [leaveCaseButton] }] : []),
            ],
          },
        ];
      }
    }
  }
}
