import { describe, expect, it } from "vitest";
import {
  BUTTON_VALUE_MAX,
  COMMAND_ACTION_ID,
  commandFromSubmission,
  decodeCommandValue,
  decodeFormValue,
  encodeCommandValue,
  escapeMrkdwn,
  fallbackText,
  OPEN_FORM_ACTION_ID,
  parseFormMetadata,
  renderHome,
  renderMessage,
  renderModal,
} from "../../../../src/channels/slack/render-blocks";
import { timesheetDayForm } from "../../../../src/channels/slack/slack-forms";
import type { Reply } from "../../../../src/conversation/reply";

const approval: Reply = {
  personal: true,
  updateKey: "approval:timesheet:1",
  blocks: [
    { kind: "text", text: "*Alex Kim* — week of Sun Nov 22" },
    { kind: "facts", facts: [{ label: "Hours worked", value: "40" }] },
    {
      kind: "actions",
      buttons: [
        {
          label: "Approve",
          style: "primary",
          command: { name: "timesheet.approve", args: { timesheetId: "t-1", submission: 1 } },
        },
        { label: "Later", style: "default", command: { name: "conversation.cancel", args: {} } },
      ],
    },
  ],
};

describe("render-blocks", () => {
  it("renders text, facts and buttons, carrying each button's CommandRef as JSON in its value", () => {
    const { text, blocks } = renderMessage(approval);
    expect(text).toContain("Alex Kim");
    expect(blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "*Alex Kim* — week of Sun Nov 22" },
    });
    expect(blocks[1]).toMatchObject({
      type: "section",
      fields: [{ type: "mrkdwn", text: "*Hours worked*\n40" }],
    });
    const actions = blocks[2] as {
      type: string;
      elements: { action_id: string; value: string; style?: string }[];
    };
    expect(actions.type).toBe("actions");
    expect(actions.elements.map((e) => e.action_id)).toEqual([
      `${COMMAND_ACTION_ID}:0`,
      `${COMMAND_ACTION_ID}:1`,
    ]);
    expect(actions.elements[0]?.style).toBe("primary");
    expect(actions.elements[1]?.style).toBeUndefined();
    expect(decodeCommandValue(actions.elements[0]?.value)).toEqual({
      name: "timesheet.approve",
      args: { timesheetId: "t-1", submission: 1 },
    });
  });

  it("renders a status as a context line with the tone's emoji, and escapes Slack's control characters", () => {
    const { blocks } = renderMessage({
      blocks: [{ kind: "status", tone: "success", text: "Approved by Dana <Lee> & co" }],
    });
    expect(blocks).toEqual([
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: ":white_check_mark: Approved by Dana &lt;Lee&gt; &amp; co" }],
      },
    ]);
    expect(escapeMrkdwn("<!channel>")).toBe("&lt;!channel&gt;");
  });

  it("drops a button whose CommandRef would not fit Slack's 2,000-character value", () => {
    const big = { name: "x.big", args: { blob: "a".repeat(BUTTON_VALUE_MAX) } };
    expect(encodeCommandValue(big)).toBeUndefined();
    const { blocks } = renderMessage({
      blocks: [{ kind: "actions", buttons: [{ label: "Too big", command: big }] }],
    });
    expect(blocks).toEqual([]);
  });

  it("refuses malformed button values (not JSON, bad names, nested args)", () => {
    expect(decodeCommandValue("not json")).toBeUndefined();
    expect(decodeCommandValue(JSON.stringify({ n: "DROP TABLE", a: {} }))).toBeUndefined();
    expect(
      decodeCommandValue(JSON.stringify({ n: "timesheet.approve", a: { x: { y: 1 } } })),
    ).toBeUndefined();
    expect(decodeCommandValue(JSON.stringify({ n: "timesheet.approve", a: [] }))).toBeUndefined();
    expect(decodeCommandValue(undefined)).toBeUndefined();
  });

  it("renders a confirmation as its question and two buttons", () => {
    const { blocks } = renderMessage({
      blocks: [
        {
          kind: "confirm",
          text: "Submit 9 hours for Tue Nov 24?",
          confirm: {
            label: "Submit",
            style: "primary",
            command: { name: "timesheet.record-hours", args: { date: "2026-11-24", hours: "9" } },
          },
          cancel: { label: "Change", command: { name: "conversation.cancel", args: {} } },
        },
      ],
    });
    expect(blocks[0]).toMatchObject({ type: "section", text: { text: "Submit 9 hours for Tue Nov 24?" } });
    expect((blocks[1] as { elements: unknown[] }).elements).toHaveLength(2);
  });

  it("renders a form in a message as a button that carries the form, and the form as a modal", () => {
    const form = timesheetDayForm("2026-11-25");
    const { blocks } = renderMessage({ blocks: [form] });
    const button = (blocks[0] as { elements: { action_id: string; value: string }[] }).elements[0]!;
    expect(button.action_id).toBe(`${OPEN_FORM_ACTION_ID}:0`);
    expect(decodeFormValue(button.value)).toEqual(form);

    const view = renderModal(form, { channel: "D1", conversationKey: "slack:T:U:D1" }) as {
      type: string;
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; optional: boolean; element: { type: string; initial_date?: string } }[];
    };
    expect(view.type).toBe("modal");
    expect(view.blocks.map((b) => [b.block_id, b.element.type, b.optional])).toEqual([
      ["date", "datepicker", false],
      ["hours", "number_input", false],
      ["note", "plain_text_input", true],
    ]);
    expect(view.blocks[0]?.element.initial_date).toBe("2026-11-25");
    const metadata = parseFormMetadata(view.private_metadata);
    expect(metadata?.c).toEqual({ name: "timesheet.record-hours", args: {} });
    expect(metadata?.ch).toBe("D1");
  });

  it("turns a modal submission into the form's command; the form's own arguments win over fields", () => {
    const metadata = {
      c: { name: "timesheet.reject", args: { timesheetId: "t-1", submission: 2 } },
      f: [
        { n: "reason", t: "textarea" as const },
        { n: "timesheetId", t: "text" as const },
        { n: "note", t: "text" as const },
      ],
    };
    const command = commandFromSubmission(metadata, {
      reason: { value: { type: "plain_text_input", value: " Missing Friday " } },
      timesheetId: { value: { type: "plain_text_input", value: "someone-else" } },
      note: { value: { type: "plain_text_input", value: "" } },
    });
    expect(command).toEqual({
      name: "timesheet.reject",
      args: { reason: "Missing Friday", timesheetId: "t-1", submission: 2 },
    });
  });

  it("reads dates and selects from a submission", () => {
    const command = commandFromSubmission(
      {
        c: { name: "pto.request", args: {} },
        f: [
          { n: "type", t: "select" },
          { n: "startDate", t: "date" },
        ],
      },
      {
        type: { value: { type: "static_select", selected_option: { value: "sick" } } },
        startDate: { value: { type: "datepicker", selected_date: "2026-12-07" } },
      },
    );
    expect(command.args).toEqual({ type: "sick", startDate: "2026-12-07" });
  });

  it("builds App Home with a header per section and dividers between them", () => {
    const view = renderHome([
      { title: "My time off", replies: [{ blocks: [{ kind: "text", text: "40 hours" }] }] },
      { title: "My open HR cases", replies: [{ blocks: [{ kind: "text", text: "No open cases." }] }] },
    ]) as { type: string; blocks: { type: string }[] };
    expect(view.type).toBe("home");
    expect(view.blocks.map((b) => b.type)).toEqual(["header", "section", "divider", "header", "section"]);
  });

  it("gives notifications a plain-text fallback", () => {
    expect(fallbackText(approval)).toBe("*Alex Kim* — week of Sun Nov 22\nHours worked: 40");
    expect(fallbackText({ blocks: [] })).toBe("New message");
  });
});
