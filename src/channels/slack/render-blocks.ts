import type { types } from "@slack/bolt";
import {
  type CommandRef,
  type FormField,
  plainText,
  type Reply,
  type ReplyBlock,
} from "../../conversation/reply";

/**
 * The channel-neutral `Reply` as Slack Block Kit. Pure: no I/O, no clock. Buttons carry their typed
 * `CommandRef` as JSON in `value` (Slack allows 2,000 characters); the click handler re-validates it
 * against the command registry's zod schema, so a forged value gains nothing.
 */

export type SlackBlock = types.KnownBlock;
export type SlackView = types.View;

/** Slack's limit on a button's `value`. */
export const BUTTON_VALUE_MAX = 2000;
/** Slack's limit on a view's `private_metadata`. */
export const PRIVATE_METADATA_MAX = 3000;
/** Action id of every command button; the block id says nothing, the value says everything. */
export const COMMAND_ACTION_ID = "aso_command";
/** Action id of the button that opens a form (a modal) carried in its value. */
export const OPEN_FORM_ACTION_ID = "aso_open_form";
/** Callback id of every form modal. */
export const FORM_CALLBACK_ID = "aso_form";
/** Action id inside each modal input block (the block id is the field name). */
export const FIELD_ACTION_ID = "value";

const SECTION_TEXT_MAX = 3000;
const BUTTON_TEXT_MAX = 75;
const MAX_BLOCKS = 50;

const truncate = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Slack mrkdwn: escape &, <, > (the reply model's `*bold*` passes through unchanged). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const mrkdwn = (text: string): types.MrkdwnElement => ({
  type: "mrkdwn",
  text: truncate(escapeMrkdwn(text), SECTION_TEXT_MAX),
});
const plain = (text: string, max = 150): types.PlainTextElement => ({
  type: "plain_text",
  text: truncate(text, max),
  emoji: true,
});

/** `CommandRef` → button value (compact JSON); undefined when it would exceed Slack's limit. */
export function encodeCommandValue(command: CommandRef): string | undefined {
  const value = JSON.stringify({ n: command.name, a: command.args });
  return value.length <= BUTTON_VALUE_MAX ? value : undefined;
}

/**
 * Button value → `CommandRef`, shape-checked only (name a dotted string, args flat scalars). Whether
 * the command exists and its arguments are valid is the command registry's job.
 */
export function decodeCommandValue(value: string | undefined): CommandRef | undefined {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== "object") return undefined;
  const { n, a } = parsed as { n?: unknown; a?: unknown };
  if (typeof n !== "string" || !/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/.test(n)) return undefined;
  if (!a || typeof a !== "object" || Array.isArray(a)) return undefined;
  const args: CommandRef["args"] = {};
  for (const [key, v] of Object.entries(a as Record<string, unknown>)) {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return undefined;
    args[key] = v;
  }
  return { name: n, args };
}

type FormBlock = Extract<ReplyBlock, { kind: "form" }>;

/** A form button's value: the whole form, when it fits; the modal is opened from the click. */
export function encodeFormValue(form: FormBlock): string | undefined {
  const value = JSON.stringify({ form });
  return value.length <= BUTTON_VALUE_MAX ? value : undefined;
}

export function decodeFormValue(value: string | undefined): FormBlock | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as { form?: FormBlock };
    const form = parsed.form;
    if (form?.kind !== "form" || !Array.isArray(form.fields)) return undefined;
    if (!decodeCommandValue(JSON.stringify({ n: form.command?.name, a: form.command?.args })))
      return undefined;
    return form;
  } catch {
    return undefined;
  }
}

const TONE_EMOJI = {
  success: ":white_check_mark:",
  warning: ":warning:",
  danger: ":x:",
  info: ":information_source:",
};

function buttonElement(
  label: string,
  style: "primary" | "danger" | "default" | undefined,
  actionId: string,
  value: string,
  index: number,
): types.Button {
  return {
    type: "button",
    text: plain(label, BUTTON_TEXT_MAX),
    // Slack wants action ids unique within a block.
    action_id: `${actionId}:${index}`,
    value,
    ...(style && style !== "default" ? { style } : {}),
  };
}

/** One reply block as Slack blocks (a block may become several, or none). */
export function renderBlock(block: ReplyBlock): SlackBlock[] {
  switch (block.kind) {
    case "text":
      return block.text.trim() ? [{ type: "section", text: mrkdwn(block.text) }] : [];
    case "facts": {
      const out: SlackBlock[] = [];
      if (block.title) out.push({ type: "section", text: mrkdwn(`*${block.title}*`) });
      // A section holds at most 10 fields.
      for (let i = 0; i < block.facts.length; i += 10) {
        out.push({
          type: "section",
          fields: block.facts
            .slice(i, i + 10)
            .map((f) => mrkdwn(`*${f.label}*\n${f.value}`))
            .map((f) => ({ ...f, text: truncate(f.text, 2000) })),
        });
      }
      return out;
    }
    case "citations":
      return block.citations.length
        ? [
            {
              type: "context",
              elements: block.citations
                .slice(0, 10)
                .map((c) => mrkdwn(`_${c.document}, ${c.section}_: “${truncate(c.quote, 200)}”`)),
            },
          ]
        : [];
    case "actions": {
      const elements: types.Button[] = [];
      block.buttons.forEach((b, i) => {
        const value = encodeCommandValue(b.command);
        if (value) elements.push(buttonElement(b.label, b.style, COMMAND_ACTION_ID, value, i));
      });
      return elements.length ? [{ type: "actions", elements: elements.slice(0, 25) }] : [];
    }
    case "document":
      // The file itself is uploaded to the person's DM by the channel (slack-app `postReplies`).
      return [{ type: "context", elements: [mrkdwn(`:page_facing_up: ${block.title} (${block.fileName})`)] }];
    case "confirm": {
      const elements: types.Button[] = [];
      [block.confirm, block.cancel].forEach((b, i) => {
        const value = encodeCommandValue(b.command);
        if (value) elements.push(buttonElement(b.label, b.style, COMMAND_ACTION_ID, value, i));
      });
      return [
        { type: "section", text: mrkdwn(block.text) },
        ...(elements.length ? [{ type: "actions" as const, elements }] : []),
      ];
    }
    case "form": {
      // A message cannot hold inputs: a button opens the form as a modal (views.open needs the click).
      const value = encodeFormValue(block);
      if (!value)
        return [{ type: "section", text: mrkdwn(`${block.title}: please use /hr to open this form.`) }];
      return [
        {
          type: "actions",
          elements: [buttonElement(block.title, "primary", OPEN_FORM_ACTION_ID, value, 0)],
        },
      ];
    }
    case "status":
      return [{ type: "context", elements: [mrkdwn(`${TONE_EMOJI[block.tone]} ${block.text}`)] }];
  }
}

/** Plain-text fallback for notifications and screen readers (`text` of chat.postMessage). */
export function fallbackText(reply: Reply): string {
  return truncate(plainText(reply) || "New message", 3000);
}

/** A whole reply as a Slack message body (`text` fallback + `blocks`). */
export function renderMessage(reply: Reply): { text: string; blocks: SlackBlock[] } {
  return { text: fallbackText(reply), blocks: reply.blocks.flatMap(renderBlock).slice(0, MAX_BLOCKS) };
}

/** The form blocks of some replies (those open as modals when a click supplies a trigger id). */
export function formsOf(replies: readonly Reply[]): FormBlock[] {
  return replies.flatMap((r) => r.blocks).filter((b): b is FormBlock => b.kind === "form");
}

/** The replies without their form blocks (what is still posted when the forms open as modals). */
export function withoutForms(replies: readonly Reply[]): Reply[] {
  return replies
    .map((r) => ({ ...r, blocks: r.blocks.filter((b) => b.kind !== "form") }))
    .filter((r) => r.blocks.length > 0);
}

/** What a modal remembers between `views.open` and `view_submission`. */
export type FormMetadata = {
  /** The form's command (with its fixed arguments). */
  c: CommandRef;
  /** Slack channel to answer in (the DM or the thread's channel). */
  ch?: string;
  /** The message whose button opened the form (in `ch`): the outcome replaces its buttons. */
  m?: string;
  /** Thread to answer in. */
  th?: string;
  /** Conversation key of the turn that produced the form. */
  k?: string;
  /** Field names and types, to read the submitted values back. */
  f: { n: string; t: FormField["type"] }[];
};

function inputElement(field: FormField): types.InputBlockElement {
  const placeholder = field.placeholder ? { placeholder: plain(field.placeholder) } : {};
  switch (field.type) {
    case "textarea":
      return {
        type: "plain_text_input",
        action_id: FIELD_ACTION_ID,
        multiline: true,
        max_length: 3000,
        ...(field.initial ? { initial_value: field.initial } : {}),
        ...placeholder,
      };
    case "number":
      return {
        type: "number_input",
        action_id: FIELD_ACTION_ID,
        is_decimal_allowed: true,
        ...(field.initial ? { initial_value: field.initial } : {}),
        ...placeholder,
      };
    case "date":
      return {
        type: "datepicker",
        action_id: FIELD_ACTION_ID,
        ...(field.initial ? { initial_date: field.initial } : {}),
        ...placeholder,
      };
    case "select": {
      const options = (field.options ?? []).slice(0, 100).map((o) => ({
        text: plain(o.label, 75),
        value: o.value,
      }));
      const initial = options.find((o) => o.value === field.initial);
      return {
        type: "static_select",
        action_id: FIELD_ACTION_ID,
        options,
        ...(initial ? { initial_option: initial } : {}),
        ...placeholder,
      };
    }
    default:
      return {
        type: "plain_text_input",
        action_id: FIELD_ACTION_ID,
        ...(field.initial ? { initial_value: field.initial } : {}),
        ...placeholder,
      };
  }
}

/**
 * A form block as a modal. The form's command and the place to answer travel in `private_metadata`
 * (size-checked); undefined when they do not fit.
 */
export function renderModal(
  form: FormBlock,
  origin: { channel?: string; threadTs?: string; conversationKey?: string; messageTs?: string } = {},
): SlackView | undefined {
  const metadata: FormMetadata = {
    c: form.command,
    ...(origin.channel ? { ch: origin.channel } : {}),
    ...(origin.threadTs ? { th: origin.threadTs } : {}),
    ...(origin.messageTs ? { m: origin.messageTs } : {}),
    ...(origin.conversationKey ? { k: origin.conversationKey } : {}),
    f: form.fields.map((f) => ({ n: f.name, t: f.type })),
  };
  const privateMetadata = JSON.stringify(metadata);
  if (privateMetadata.length > PRIVATE_METADATA_MAX) return undefined;
  return {
    type: "modal",
    callback_id: FORM_CALLBACK_ID,
    private_metadata: privateMetadata,
    title: plain(form.title, 24),
    submit: plain(form.submitLabel, 24),
    close: plain("Cancel", 24),
    blocks: form.fields.slice(0, 50).map(
      (field): types.InputBlock => ({
        type: "input",
        block_id: field.name,
        label: plain(field.label, 2000),
        optional: !field.required,
        element: inputElement(field),
      }),
    ),
  };
}

export function parseFormMetadata(raw: string | undefined): FormMetadata | undefined {
  if (!raw) return undefined;
  try {
    const m = JSON.parse(raw) as FormMetadata;
    const command = decodeCommandValue(JSON.stringify({ n: m.c?.name, a: m.c?.args }));
    if (!command || !Array.isArray(m.f)) return undefined;
    return { ...m, c: command };
  } catch {
    return undefined;
  }
}

type StateValue = {
  type?: string;
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value: string } | null;
};

/**
 * The submitted values of a form modal merged into the form's command: the command's own arguments
 * win over submitted fields of the same name (a field cannot override a fixed id). Empty optional
 * fields are left out. Everything stays a string; the command's zod schema parses it.
 */
export function commandFromSubmission(
  metadata: FormMetadata,
  values: Record<string, Record<string, StateValue>>,
): CommandRef {
  const submitted: Record<string, string> = {};
  for (const field of metadata.f) {
    const v = values[field.n]?.[FIELD_ACTION_ID];
    const raw = v?.selected_date ?? v?.selected_option?.value ?? v?.value ?? undefined;
    if (raw !== undefined && raw !== null && String(raw).trim() !== "")
      submitted[field.n] = String(raw).trim();
  }
  return { name: metadata.c.name, args: { ...submitted, ...metadata.c.args } };
}

/** A section of App Home: a title and the replies that fill it. */
export type HomeSection = { title: string; replies: Reply[] };

/** App Home (`views.publish`): one header per section, its replies below, dividers between. */
export function renderHome(sections: readonly HomeSection[]): SlackView {
  const blocks: SlackBlock[] = [];
  sections.forEach((section, i) => {
    if (i > 0) blocks.push({ type: "divider" });
    blocks.push({ type: "header", text: plain(section.title) });
    for (const reply of section.replies) blocks.push(...reply.blocks.flatMap(renderBlock));
  });
  return { type: "home", blocks: blocks.slice(0, 100) };
}
