/**
 * The channel-neutral reply model. The conversation engine and the use cases produce it; Slack
 * (Block Kit), Teams (Adaptive Cards) and the playground render it. No channel markup here:
 * text is plain, with `*bold*` as the only emphasis each renderer understands.
 */

/** A typed command a button or form submits; the use case re-checks permissions on receipt. */
export type CommandRef = {
  /** Dotted command name, e.g. `timesheet.approve`. */
  name: string;
  args: Record<string, string | number | boolean>;
};

export type Button = {
  label: string;
  style?: "primary" | "danger" | "default";
  command: CommandRef;
};

export type FormField = {
  name: string;
  label: string;
  type: "text" | "textarea" | "number" | "date" | "select";
  required?: boolean;
  placeholder?: string;
  initial?: string;
  options?: { value: string; label: string }[];
};

export type Citation = { document: string; section: string; quote: string };

export type ReplyBlock =
  | { kind: "text"; text: string }
  | { kind: "facts"; title?: string; facts: { label: string; value: string }[] }
  | { kind: "citations"; citations: Citation[] }
  | { kind: "actions"; buttons: Button[] }
  | { kind: "form"; id: string; title: string; submitLabel: string; fields: FormField[]; command: CommandRef }
  | { kind: "confirm"; text: string; confirm: Button; cancel: Button }
  /** A decided state shown in place of the buttons, e.g. "Approved by Dana Lee at 10:42". */
  | { kind: "status"; text: string; tone: "success" | "warning" | "danger" | "info" }
  /**
   * A document rendered for the person (a pay stub, a letter): each channel delivers the stored file
   * privately (a Slack file in the DM, a Teams attachment, a playground download for that session).
   */
  | { kind: "document"; documentId: string; employeeId: string; fileName: string; title: string };

export type Reply = {
  blocks: ReplyBlock[];
  /** Contains personal data (pay, balances, benefits): renderers only send it in a direct message. */
  personal?: boolean;
  /**
   * A stable key for a message that is later updated in place (e.g. `approval:timesheet:<id>`);
   * channels remember which of their messages carry it and update them all.
   */
  updateKey?: string;
  /**
   * Answers a button without deciding anything (e.g. View details): posted as a new message, and the
   * message whose button was clicked stays as it is (its buttons still work).
   */
  keepsCard?: boolean;
};

/**
 * Whether a reply to a button may take the clicked message's place: not a form (that opens a modal or
 * is posted) and not a `keepsCard` answer. Slack and Teams both update the clicked card with the first
 * such reply.
 */
export function canReplaceClickedCard(reply: Reply): boolean {
  return !reply.keepsCard && !reply.blocks.some((b) => b.kind === "form");
}

export function textReply(text: string, options: Omit<Reply, "blocks"> = {}): Reply {
  return { blocks: [{ kind: "text", text }], ...options };
}

/**
 * A reply's words as plain text, a line per block: text, states and confirmations as written, facts as
 * "label: value", a form by its title. What a notification preview, a screen reader or the CLI shows.
 * (Transcripts use the engine's own reading, which leaves facts such as pay figures out.)
 */
export function plainText(replies: Reply | readonly Reply[]): string {
  const list: readonly Reply[] = "blocks" in replies ? [replies] : replies;
  const lines: string[] = [];
  for (const b of list.flatMap((r) => r.blocks)) {
    if (b.kind === "text" || b.kind === "status" || b.kind === "confirm") lines.push(b.text);
    else if (b.kind === "facts") lines.push(...b.facts.map((f) => `${f.label}: ${f.value}`));
    else if (b.kind === "form") lines.push(b.title);
  }
  return lines.join("\n");
}
