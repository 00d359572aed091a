/** Public surface of the conversation engine (see README.md in this folder for how to add a dialog). */

export { redact, redactPersonalData } from "../core/privacy/redaction";
export type {
  CaseDesk,
  CaseRelay,
  HandoffOrigin,
  OpenCaseRequest,
  OpenedCase,
  SensitiveKind,
  TranscriptEntry,
} from "./case-desk";
export { RecordingCaseDesk } from "./case-desk";
export type { Channel } from "./channel";
export type { Classification, ClassifyContext, IntentClassifier } from "./classifier";
export type { Command, CommandContext, CommandDefinition } from "./commands";
export { CommandRegistry, defineCommand } from "./commands";
export { createIntentClassifier } from "./create-classifier";
export { createConversationDeps } from "./create-engine";
export type { Dialog, DialogContext, DialogOutcome, SlotSpec } from "./dialog";
export { defineDialog } from "./dialog";
export { DialogRegistry } from "./dialog-registry";
export type { ConversationDeps, EngineOptions, TurnInput, TurnRequest } from "./engine";
export { CONVERSATION_COMMANDS, handleTurn } from "./engine";
export type { IntentName } from "./intents";
export { INTENT_INFO, INTENTS, isIntentName } from "./intents";
export { extractSlots, localToday } from "./slot-extraction";
export type { DateRange, PlanWord, Slots } from "./slots";
export type { ConversationState, ConversationStore } from "./store";
export { InMemoryConversationStore } from "./store";
