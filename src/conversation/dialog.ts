import type { CasePriority } from "../core/cases/case-kinds";
import type { Actor } from "../core/policy/actor";
import type { HandoffOrigin } from "./case-desk";
import type { Channel } from "./channel";
import type { IntentName } from "./intents";
import type { CommandRef, Reply, ReplyBlock } from "./reply";
import type { SlotName, Slots } from "./slots";

/**
 * What a dialog sees on each step. Everything is already resolved: the actor comes from the channel
 * identity (never from the model), dates are ISO calendar dates in `timezone`.
 */
export type DialogContext = {
  actor: Actor;
  channel: Channel;
  conversationKey: string;
  /** The current instant (from the engine's Clock). */
  now: Date;
  /** The person's IANA timezone ("UTC" for the system actor). */
  timezone: string;
  intent: IntentName;
  /** Slots known so far (from the first message, follow-ups and answers to questions). */
  slots: Slots;
  /** The previous answered topic, for follow-ups ("and dental?" → same topic, plan type dental). */
  previousTopic?: { intent: IntentName; slots: Slots };
  /** This turn's message, when it is text (a question to answer from documents needs its words). */
  text?: string;
};

/** One question the engine asks before `run`, one per turn, in the order listed. */
export type SlotSpec = {
  slot: SlotName;
  /** The question, e.g. "Which day are these hours for?". */
  question: string | ((ctx: DialogContext) => string);
  /** Quick answers shown as buttons; a click fills the slot with `value`. */
  choices?: readonly { value: string; label: string }[];
  /** Ask only when this holds for the slots known so far (default: always, if missing). */
  when?: (slots: Slots) => boolean;
  /**
   * Read an answer to this question. Default: the engine's slot extractor, taking `slot` from what it
   * finds (and for `date`, the start of a range). Return the slots to merge, or undefined when the text
   * does not answer the question (the question is asked once more, then a person is offered).
   */
  parse?: (text: string, ctx: DialogContext) => Partial<Slots> | undefined;
};

/**
 * What a dialog step decides. The engine renders it with the channel-neutral reply model:
 * - `answer`: a read-only answer; the dialog ends and its intent + slots become the topic for follow-ups.
 * - `ask`: ask (again) for a slot, e.g. when a value was invalid ("That date is in the past.").
 * - `confirm`: a state change, shown as a confirmation whose confirm button carries the typed `command`;
 *   only a click on it (a command turn) runs it — never text, never the model.
 * - `handoff`: hand the person to a specialist through the CaseDesk port with the given category.
 */
export type DialogOutcome =
  | {
      kind: "answer";
      replies: Reply[];
      rememberTopic?: boolean;
      /** Ask "Was this right?" under the answer (answers the person may find wrong: benefits). */
      askFeedback?: boolean;
      /**
       * A case for specialists to look into that the person need not follow (e.g. plan data to
       * correct): opened once per `key`, the person stays with the assistant.
       */
      backgroundCase?: { key: string; category: string; priority: CasePriority; summary: string };
    }
  | {
      kind: "ask";
      slot: SlotName;
      question: string;
      choices?: readonly { value: string; label: string }[];
    }
  | {
      kind: "confirm";
      /** "Submit 9 hours for Tue Nov 24?" */
      text: string;
      confirmLabel: string;
      command: CommandRef;
      facts?: { label: string; value: string }[];
      /** Label of the button that abandons the change (default "Cancel"). */
      cancelLabel?: string;
      personal?: boolean;
    }
  /** A form to fill in at once (e.g. a life event with several fields); its submit runs `form.command`. */
  | { kind: "form"; text?: string; form: Extract<ReplyBlock, { kind: "form" }> }
  | {
      kind: "handoff";
      origin: HandoffOrigin;
      /** Case category hint ("harassment", "benefits", "general"…). */
      category: string;
      priority: CasePriority;
      /** One line for the specialists' queue (no message text for sensitive reports). */
      summary: string;
      /** What the person is told (after the case reference). */
      acknowledgement: string;
    };

/**
 * A dialog for one intent: the slots it needs, asked one at a time, then `run`, which answers,
 * asks for a confirmation or hands off. Dialogs hold no state of their own: everything lives in the
 * persisted conversation state, so any process can continue a conversation.
 *
 * Domain dialogs close over their services: export a factory, e.g.
 * `createPtoBalanceDialog({ pto }: { pto: PtoService }): Dialog`, and add it to the registry in the
 * composition root.
 */
export type Dialog = {
  intent: IntentName;
  slots?: readonly SlotSpec[];
  run(ctx: DialogContext): Promise<DialogOutcome>;
};

/** Identity helper that type-checks a dialog literal. */
export function defineDialog(dialog: Dialog): Dialog {
  return dialog;
}
