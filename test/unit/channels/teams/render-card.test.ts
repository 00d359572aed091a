import { describe, expect, it } from "vitest";
import {
  commandFromCardData,
  decidedCard,
  decisionVerb,
  REFRESH_VERB,
  refreshKeyOf,
  renderCard,
  renderMessage,
  toCardMarkdown,
} from "../../../../src/channels/teams/render-card";
import type { Reply } from "../../../../src/conversation/reply";

const approval: Reply = {
  personal: true,
  updateKey: "approval:timesheet:t-1",
  blocks: [
    { kind: "text", text: "*Alex Example* — week of Nov 22" },
    { kind: "facts", facts: [{ label: "Hours worked", value: "46" }] },
    {
      kind: "actions",
      buttons: [
        {
          label: "Approve",
          style: "primary",
          command: { name: "timesheet.approve", args: { timesheetId: "t-1", submission: 1 } },
        },
        {
          label: "Reject",
          style: "danger",
          command: { name: "timesheet.reject", args: { timesheetId: "t-1", submission: 1 } },
        },
      ],
    },
  ],
};

describe("renderCard", () => {
  it("renders text, facts and buttons as TextBlock, FactSet and Action.Execute with an Action.Submit fallback", () => {
    const card = renderCard(approval);
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(card.body[0]).toMatchObject({
      type: "TextBlock",
      text: "**Alex Example** — week of Nov 22",
      wrap: true,
    });
    expect(card.body[1]).toEqual({ type: "FactSet", facts: [{ title: "Hours worked", value: "46" }] });
    const actions = (card.body[2] as { actions: Record<string, unknown>[] }).actions;
    expect(actions[0]).toMatchObject({
      type: "Action.Execute",
      verb: "timesheet.approve",
      title: "Approve",
      style: "positive",
      data: { aso: 1, cmd: { name: "timesheet.approve", args: { timesheetId: "t-1", submission: 1 } } },
      fallback: { type: "Action.Submit", title: "Approve" },
    });
    expect(actions[1]).toMatchObject({ style: "destructive" });
    expect(card.refresh).toBeUndefined();
  });

  it("adds a Universal Actions refresh for the given users only when the reply is updatable", () => {
    const card = renderCard(approval, { refreshUserIds: ["29:mia"] });
    expect(card.refresh).toEqual({
      action: {
        type: "Action.Execute",
        verb: REFRESH_VERB,
        data: { aso: 1, refresh: "approval:timesheet:t-1" },
      },
      userIds: ["29:mia"],
    });
    expect(refreshKeyOf(card.refresh?.action.data)).toBe("approval:timesheet:t-1");
    expect(renderCard({ blocks: approval.blocks }, { refreshUserIds: ["29:mia"] }).refresh).toBeUndefined();
  });

  it("renders a form as inputs whose submit carries the command and the field names", () => {
    const card = renderCard({
      blocks: [
        {
          kind: "form",
          id: "pto",
          title: "Request time off",
          submitLabel: "Request",
          command: { name: "pto.request", args: { type: "vacation" } },
          fields: [
            { name: "startDate", label: "First day", type: "date", required: true },
            { name: "note", label: "Note", type: "textarea" },
            { name: "hours", label: "Hours", type: "number", initial: "8" },
            { name: "kind", label: "Kind", type: "select", options: [{ value: "a", label: "A" }] },
          ],
        },
      ],
    });
    const json = JSON.stringify(card);
    expect(json).toContain('"type":"Input.Date","id":"pto.startDate","label":"First day","isRequired":true');
    expect(json).toContain('"isMultiline":true');
    expect(json).toContain('"type":"Input.Number"');
    expect(json).toContain('"choices":[{"title":"A","value":"a"}]');
    expect(json).toContain('"form":{"id":"pto","fields":["startDate","note","hours","kind"]}');
  });

  it("renders citations with document, section and quote, and statuses with their tone", () => {
    const card = renderCard({
      blocks: [
        { kind: "status", text: "Approved", tone: "success" },
        { kind: "citations", citations: [{ document: "sbc.md", section: "Deductible", quote: "$1,000" }] },
      ],
    });
    const json = JSON.stringify(card);
    expect(card.body[0]).toMatchObject({ color: "Good", weight: "Bolder" });
    expect(json).toContain("sbc.md — Deductible");
    expect(json).toContain("“$1,000”");
  });
});

describe("renderMessage", () => {
  it("sends text-only replies as markdown text and everything else as one Adaptive Card attachment", () => {
    expect(renderMessage({ blocks: [{ kind: "text", text: "Hi *there*" }] })).toEqual({
      type: "message",
      textFormat: "markdown",
      text: "Hi **there**",
    });
    const message = renderMessage(approval);
    expect(message.text).toBeUndefined();
    expect(message.attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
  });
});

describe("commandFromCardData", () => {
  it("returns the button's command", () => {
    expect(
      commandFromCardData({
        aso: 1,
        cmd: { name: "timesheet.approve", args: { timesheetId: "t", submission: 1 } },
      }),
    ).toEqual({
      name: "timesheet.approve",
      args: { timesheetId: "t", submission: 1 },
    });
  });

  it("adds the submitted inputs of a form, and never lets an input replace the command's own args", () => {
    const data = {
      aso: 1,
      cmd: { name: "timesheet.reject", args: { timesheetId: "t-1" } },
      form: { id: "rej", fields: ["reason", "timesheetId"] },
      "rej.reason": "  missing Friday  ",
      "rej.timesheetId": "someone-elses",
      unrelated: "x",
    };
    expect(commandFromCardData(data)).toEqual({
      name: "timesheet.reject",
      args: { reason: "missing Friday", timesheetId: "t-1" },
    });
  });

  it("ignores data that is not ours or is malformed", () => {
    expect(commandFromCardData(undefined)).toBeUndefined();
    expect(commandFromCardData({ cmd: { name: "x", args: {} } })).toBeUndefined();
    expect(commandFromCardData({ aso: 1, cmd: { name: "bad name!", args: {} } })).toBeUndefined();
    expect(commandFromCardData({ aso: 1, cmd: { name: "x.y", args: { nested: { a: 1 } } } })).toBeUndefined();
    expect(commandFromCardData({ aso: 1, cmd: { name: "x.y", args: [] } })).toBeUndefined();
  });
});

describe("decidedCard", () => {
  it("keeps what was decided on, drops buttons and inputs, adds the outcome and footer — idempotently", () => {
    const original = renderCard(approval) as unknown as Record<string, unknown>;
    const outcome: Reply = { blocks: [{ kind: "status", text: "Approved 46 hours", tone: "success" }] };
    const once = decidedCard(original, outcome, "Approved by Mia Manager at 2026-11-30 10:00 EST");
    const json = JSON.stringify(once);
    expect(json).toContain("Alex Example");
    expect(json).toContain("Hours worked");
    expect(json).not.toContain("Action.Execute");
    expect(json).toContain("Approved by Mia Manager at 2026-11-30 10:00 EST");
    const twice = decidedCard(
      once as unknown as Record<string, unknown>,
      outcome,
      "Approved by Mia Manager at 2026-11-30 10:00 EST",
    );
    expect(twice).toEqual(once);
  });

  it("names decisions in the past tense", () => {
    expect(decisionVerb("timesheet.approve")).toBe("Approved");
    expect(decisionVerb("case.claim")).toBe("Claimed");
    expect(decisionVerb("pending_approvals.show")).toBeUndefined();
  });
});

describe("toCardMarkdown", () => {
  it("turns *bold* into **bold** and leaves other asterisks alone", () => {
    expect(toCardMarkdown("*Alex* worked 5 * 8 hours")).toBe("**Alex** worked 5 * 8 hours");
  });
});
