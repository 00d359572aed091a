import {
  type Button,
  type CommandRef,
  type FormField,
  plainText,
  type Reply,
  type ReplyBlock,
} from "../../conversation/reply";

/**
 * Pure rendering of the channel-neutral `Reply` to Microsoft Teams: Adaptive Cards 1.5 with
 * Universal Actions. Buttons are `Action.Execute` (verb = command name, data = the CommandRef) with an
 * `Action.Submit` fallback for clients without Universal Actions; both come back to
 * `commandFromCardData`. No I/O here.
 */

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
/** The verb of the automatic `refresh` action (Universal Actions). */
export const REFRESH_VERB = "aso.refresh";

export type AdaptiveElement = Record<string, unknown>;
export type AdaptiveCard = {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  body: AdaptiveElement[];
  refresh?: { action: AdaptiveElement; userIds: string[] };
  msteams?: { width: "Full" };
};

/** What a button or form carries back in `data` (and, merged by Teams, the form's input values). */
export type CardData = {
  /** Marks our own data; anything else is ignored. */
  aso: 1;
  cmd: CommandRef;
  /** A form submission: the field names and the id prefix of their inputs. */
  form?: { id: string; fields: string[] };
  [input: string]: unknown;
};

export type RenderOptions = {
  /**
   * Universal Actions `refresh`: these users' clients fetch the card's latest state (the
   * `aso.refresh` invoke) whenever they show it. Only for replies with an `updateKey`.
   */
  refreshUserIds?: readonly string[];
};

const TONE_COLOR: Record<Extract<ReplyBlock, { kind: "status" }>["tone"], string> = {
  success: "Good",
  warning: "Warning",
  danger: "Attention",
  info: "Accent",
};

/** `*bold*` (the reply model's only emphasis) → Adaptive Card markdown `**bold**`. */
export function toCardMarkdown(text: string): string {
  return text.replace(/(^|[^*\w])\*([^*\n]+)\*(?=$|[^*\w])/g, "$1**$2**");
}

function textBlock(text: string, extra: AdaptiveElement = {}): AdaptiveElement {
  return { type: "TextBlock", text: toCardMarkdown(text), wrap: true, ...extra };
}

function inputId(formId: string, field: string): string {
  return `${formId}.${field}`;
}

function actionOf(label: string, data: CardData, style?: Button["style"]): AdaptiveElement {
  const shared = {
    title: label,
    data,
    ...(style === "primary" ? { style: "positive" } : style === "danger" ? { style: "destructive" } : {}),
  };
  return {
    type: "Action.Execute",
    verb: data.cmd.name,
    ...shared,
    // Clients without Universal Actions send the same data as a message `value`.
    fallback: { type: "Action.Submit", ...shared },
  };
}

function buttonAction(button: Button): AdaptiveElement {
  return actionOf(button.label, { aso: 1, cmd: button.command }, button.style);
}

function inputOf(formId: string, field: FormField): AdaptiveElement {
  const common = {
    id: inputId(formId, field.name),
    label: field.label,
    isRequired: field.required ?? false,
    ...(field.required ? { errorMessage: `${field.label} is required` } : {}),
    ...(field.placeholder ? { placeholder: field.placeholder } : {}),
    ...(field.initial !== undefined ? { value: field.initial } : {}),
  };
  switch (field.type) {
    case "text":
      return { type: "Input.Text", ...common, maxLength: 500 };
    case "textarea":
      return { type: "Input.Text", ...common, isMultiline: true, maxLength: 2000 };
    case "number":
      return { type: "Input.Number", ...common };
    case "date":
      return { type: "Input.Date", ...common };
    case "select":
      return {
        type: "Input.ChoiceSet",
        ...common,
        style: "compact",
        choices: (field.options ?? []).map((o) => ({ title: o.label, value: o.value })),
      };
  }
}

/** One reply block as Adaptive Card elements. */
export function renderElements(block: ReplyBlock): AdaptiveElement[] {
  switch (block.kind) {
    case "text":
      return [textBlock(block.text)];
    case "facts":
      return [
        ...(block.title ? [textBlock(block.title, { weight: "Bolder" })] : []),
        { type: "FactSet", facts: block.facts.map((f) => ({ title: f.label, value: f.value })) },
      ];
    case "citations":
      if (block.citations.length === 0) return [];
      return [
        {
          type: "Container",
          separator: true,
          items: [
            textBlock("Sources", { size: "Small", weight: "Bolder", isSubtle: true }),
            ...block.citations.flatMap((c) => [
              textBlock(`${c.document} — ${c.section}`, {
                size: "Small",
                weight: "Bolder",
                spacing: "Small",
              }),
              textBlock(`“${c.quote}”`, { size: "Small", isSubtle: true, spacing: "None" }),
            ]),
          ],
        },
      ];
    case "actions":
      if (block.buttons.length === 0) return [];
      return [{ type: "ActionSet", actions: block.buttons.map(buttonAction) }];
    case "form":
      return [
        {
          type: "Container",
          items: [
            textBlock(block.title, { weight: "Bolder", size: "Medium" }),
            ...block.fields.map((f) => inputOf(block.id, f)),
            {
              type: "ActionSet",
              actions: [
                actionOf(
                  block.submitLabel,
                  {
                    aso: 1,
                    cmd: block.command,
                    form: { id: block.id, fields: block.fields.map((f) => f.name) },
                  },
                  "primary",
                ),
              ],
            },
          ],
        },
      ];
    case "confirm":
      return [
        textBlock(block.text),
        { type: "ActionSet", actions: [buttonAction(block.confirm), buttonAction(block.cancel)] },
      ];
    case "status":
      return [textBlock(block.text, { weight: "Bolder", color: TONE_COLOR[block.tone] })];
    case "document":
      // The file travels as an attachment of the same activity (teams-bot `documentAttachments`).
      return [textBlock(`${block.title} (${block.fileName}), attached.`)];
  }
}

/** A reply as one Adaptive Card (version 1.5, full width). */
export function renderCard(reply: Reply, options: RenderOptions = {}): AdaptiveCard {
  const card: AdaptiveCard = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: reply.blocks.flatMap(renderElements),
    msteams: { width: "Full" },
  };
  if (reply.updateKey && options.refreshUserIds && options.refreshUserIds.length > 0) {
    card.refresh = {
      action: { type: "Action.Execute", verb: REFRESH_VERB, data: { aso: 1, refresh: reply.updateKey } },
      // Teams refreshes automatically for at most 60 users.
      userIds: [...options.refreshUserIds].slice(0, 60),
    };
  }
  return card;
}

/** The activity for a reply: a text message when it is only text, otherwise one Adaptive Card. */
export type TeamsMessage = {
  type: "message";
  text?: string;
  textFormat?: "markdown";
  summary?: string;
  attachments?: { contentType: string; content: AdaptiveCard }[];
};

export function renderMessage(reply: Reply, options: RenderOptions = {}): TeamsMessage {
  if (reply.blocks.every((b) => b.kind === "text") && !(reply.updateKey && options.refreshUserIds?.length)) {
    return {
      type: "message",
      textFormat: "markdown",
      text: reply.blocks.map((b) => (b.kind === "text" ? toCardMarkdown(b.text) : "")).join("\n\n"),
    };
  }
  return {
    type: "message",
    summary: plainText(reply).split("\n")[0]?.slice(0, 1000) ?? "",
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderCard(reply, options) }],
  };
}

/** The `adaptiveCard/action` invoke response that replaces the clicked card. */
export function cardInvokeResponse(card: AdaptiveCard | Record<string, unknown>) {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}

const NAME = /^[a-z][a-z0-9_.-]{0,80}$/i;

function isPrimitive(v: unknown): v is string | number | boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

/**
 * The command behind a card click or form submission (`Action.Execute` data, or an `Action.Submit`
 * message's `value`), with the form's input values as string args (the command's own args win, so a
 * crafted input cannot replace them). Undefined when the data is not ours or malformed; the command
 * handler still validates the args and re-checks permission.
 */
export function commandFromCardData(data: unknown): CommandRef | undefined {
  if (!data || typeof data !== "object") return undefined;
  const d = data as Record<string, unknown>;
  if (d.aso !== 1 || !d.cmd || typeof d.cmd !== "object") return undefined;
  const cmd = d.cmd as Record<string, unknown>;
  if (typeof cmd.name !== "string" || !NAME.test(cmd.name)) return undefined;
  const rawArgs = cmd.args ?? {};
  if (typeof rawArgs !== "object" || rawArgs === null || Array.isArray(rawArgs)) return undefined;
  const args: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(rawArgs)) {
    if (!isPrimitive(v)) return undefined;
    args[k] = v;
  }
  const submitted: Record<string, string> = {};
  const form = d.form as { id?: unknown; fields?: unknown } | undefined;
  if (form && typeof form.id === "string" && Array.isArray(form.fields)) {
    for (const field of form.fields) {
      if (typeof field !== "string") continue;
      const raw = d[inputId(form.id, field)];
      if (isPrimitive(raw) && String(raw).trim() !== "") submitted[field] = String(raw).trim();
    }
  }
  return { name: cmd.name, args: { ...submitted, ...args } };
}

/** The `updateKey` a refresh invoke asks about, if the data is a refresh of ours. */
export function refreshKeyOf(data: unknown): string | undefined {
  if (!data || typeof data !== "object") return undefined;
  const d = data as Record<string, unknown>;
  return d.aso === 1 && typeof d.refresh === "string" ? d.refresh : undefined;
}

const OUTCOME_ID = "aso-outcome";

/**
 * The card after a decision: the message's original content (what was decided on) without its
 * buttons and forms, then the outcome (`reply`) and an optional footer ("Approved by … at …").
 * Applying it again replaces the previous outcome, so updates are idempotent.
 */
export function decidedCard(
  original: Record<string, unknown> | undefined,
  reply: Reply,
  footer?: string,
): AdaptiveCard {
  const outcome: AdaptiveElement = {
    type: "Container",
    id: OUTCOME_ID,
    separator: true,
    items: [
      ...reply.blocks.flatMap(renderElements),
      ...(footer ? [textBlock(footer, { size: "Small", isSubtle: true })] : []),
    ],
  };
  const base = renderCard({ blocks: [] });
  const kept = stripInteractive(
    ((original?.body as AdaptiveElement[] | undefined) ?? []).filter((e) => e.id !== OUTCOME_ID),
  );
  return { ...base, body: [...kept, outcome] };
}

function stripInteractive(elements: AdaptiveElement[]): AdaptiveElement[] {
  const out: AdaptiveElement[] = [];
  for (const e of elements) {
    const type = String(e.type ?? "");
    if (type === "ActionSet" || type.startsWith("Input.")) continue;
    if (Array.isArray(e.items)) {
      const items = stripInteractive(e.items as AdaptiveElement[]);
      if (items.length > 0) out.push({ ...e, items });
      continue;
    }
    out.push(e);
  }
  return out;
}

/** "Approved" for `timesheet.approve`, … — the past tense of a decision command, if it is one. */
export function decisionVerb(commandName: string): string | undefined {
  const last = commandName.split(".").pop() ?? "";
  const verbs: Record<string, string> = {
    approve: "Approved",
    reject: "Rejected",
    claim: "Claimed",
    resolve: "Resolved",
    close: "Closed",
    reopen: "Reopened",
    transfer: "Transferred",
    confirm_change: "Confirmed",
    submit: "Submitted",
  };
  return verbs[last];
}
