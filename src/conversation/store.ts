import { DomainError } from "../errors/domain-error";
import type { TranscriptEntry } from "./case-desk";
import type { IntentName } from "./intents";
import type { CommandRef } from "./reply";
import type { SlotName, Slots } from "./slots";

/** The dialog in progress: which intent, what is known, what was asked. */
export type ActiveDialog = {
  intent: IntentName;
  slots: Slots;
  /** The slot whose question is waiting for an answer. */
  awaiting?: SlotName;
  /** How many times the awaited question was asked without a usable answer. */
  attempts: number;
  /** The command offered on the confirmation buttons, waiting for a click. Text never runs it. */
  pendingCommand?: CommandRef;
  startedAt: string;
};

/**
 * Everything the engine remembers about one conversation, as plain JSON (persisted by a
 * `ConversationStore`, so a restart or a second process continues the dialog).
 */
export type ConversationState = {
  key: string;
  /** Who the conversation belongs to (`employee:<id>`, `staff:<id>`); a different actor starts fresh. */
  actorRef: string;
  /** Optimistic-concurrency version: incremented on every save. 0 = never saved. */
  version: number;
  active?: ActiveDialog;
  /** The last answered topic, for follow-ups ("and dental?"). */
  topic?: { intent: IntentName; slots: Slots; at: string };
  /** A clarifying question was asked; a second unclear turn offers a human. Keeps the slots found. */
  clarify?: { at: string; slots: Slots };
  /** The case a handoff opened here: while it is open, messages are relayed to its specialist. */
  liveCase?: { caseId: string; reference: string; at: string };
  /** Why a human was offered (set with the offer; the talk-to-human click opens the case with it). */
  handoffReason?: "low_confidence";
  /** The last answer that asked "Was this right?" (redacted), for the verdict buttons and "that's wrong". */
  lastAnswer?: { intent: IntentName; question: string; answer: string; at: string };
  /** The last turns, redacted, handed to a specialist on handoff. */
  transcript: TranscriptEntry[];
  updatedAt: string;
};

/**
 * Where conversation state lives. `save` must fail with `conversation.conflict` when the stored
 * version is not `state.version` (another process moved the conversation on meanwhile), and then
 * stores it with version + 1.
 */
export interface ConversationStore {
  load(key: string): Promise<ConversationState | undefined>;
  save(state: ConversationState): Promise<ConversationState>;
  /** Forget a conversation (erasure requests, tests). */
  delete(key: string): Promise<void>;
}

export function newConversationState(key: string, actorRef: string, now: Date): ConversationState {
  return { key, actorRef, version: 0, transcript: [], updatedAt: now.toISOString() };
}

export function conflictError(key: string): DomainError {
  return new DomainError("conversation.conflict", `conversation ${key} was updated concurrently`);
}

/** In-memory store for unit tests and the CLI; deep-copies so callers cannot mutate stored state. */
export class InMemoryConversationStore implements ConversationStore {
  readonly #states = new Map<string, string>();

  async load(key: string): Promise<ConversationState | undefined> {
    const raw = this.#states.get(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as ConversationState);
  }

  async save(state: ConversationState): Promise<ConversationState> {
    const current = await this.load(state.key);
    if ((current?.version ?? 0) !== state.version) throw conflictError(state.key);
    const next = { ...state, version: state.version + 1 };
    this.#states.set(state.key, JSON.stringify(next));
    return structuredClone(next);
  }

  async delete(key: string): Promise<void> {
    this.#states.delete(key);
  }
}
