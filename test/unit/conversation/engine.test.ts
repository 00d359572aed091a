import { describe, expect, it } from "vitest";
import type { IntentClassifier } from "../../../src/conversation/classifier";
import { handleTurn, type TurnRequest } from "../../../src/conversation/engine";
import { alex, allText, blocksOf, buttons, confirmBlock, dana, engineDeps } from "./support";

const key = "slack:T0ACME:U0ALEX:D1";
const say = (text: string, actor = alex): TurnRequest => ({
  actor,
  channel: "slack",
  conversationKey: key,
  input: { kind: "text", text },
});
const click = (
  command: { name: string; args: Record<string, string | number | boolean> },
  actor = alex,
): TurnRequest => ({
  actor,
  channel: "slack",
  conversationKey: key,
  input: { kind: "command", command },
});

describe("handleTurn", () => {
  it("resolves 'yesterday' in the person's timezone and asks to confirm before submitting", async () => {
    const { deps, fx } = engineDeps();
    const replies = await handleTurn(deps, say("submit 9 hours for yesterday"));
    const confirm = confirmBlock(replies);
    expect(confirm?.text).toBe("Submit 9 hours for 2026-11-23?");
    expect(confirm?.confirm.command).toEqual({
      name: "timesheet.submit",
      args: { date: "2026-11-23", hours: "9" },
    });
    expect(fx.submitted).toEqual([]);
    const done = await handleTurn(deps, click(confirm!.confirm.command));
    expect(fx.submitted).toEqual([{ actor: "emp-alex", date: "2026-11-23", hours: "9" }]);
    expect(blocksOf(done)[0]).toMatchObject({ kind: "status", tone: "success" });
  });

  it("asks for missing slots one question at a time", async () => {
    const { deps } = engineDeps();
    const first = await handleTurn(deps, say("I need to log my hours"));
    expect(allText(first)).toContain("Which day");
    const second = await handleTurn(deps, say("yesterday"));
    expect(allText(second)).toContain("How many hours");
    const third = await handleTurn(deps, say("7.5"));
    expect(confirmBlock(third)?.confirm.command.args).toEqual({ date: "2026-11-23", hours: "7.5" });
  });

  it("never runs a command from text, even a 'yes' while a confirmation is pending", async () => {
    const { deps, fx } = engineDeps();
    await handleTurn(deps, say("submit 9 hours for yesterday"));
    const replies = await handleTurn(deps, say("yes"));
    expect(fx.submitted).toEqual([]);
    expect(buttons(replies).map((b) => b.command.name)).toContain("timesheet.submit");
  });

  it("cancels at any point and forgets the dialog", async () => {
    const { deps, fx } = engineDeps();
    await handleTurn(deps, say("log my hours"));
    const cancelled = await handleTurn(deps, say("never mind"));
    expect(allText(cancelled)).toMatch(/Cancelled/);
    const state = await deps.store.load(key);
    expect(state?.active).toBeUndefined();
    expect(fx.submitted).toEqual([]);
  });

  it("continues a dialog in a second process through the shared store", async () => {
    const one = engineDeps();
    await handleTurn(one.deps, say("log my hours"));
    const two = engineDeps({ store: one.deps.store });
    const replies = await handleTurn(two.deps, say("yesterday"));
    expect(allText(replies)).toContain("How many hours");
  });

  it("answers a follow-up ('and dental?') with the same topic and the new plan type", async () => {
    const { deps } = engineDeps();
    const first = await handleTurn(deps, say("what's my medical deductible?"));
    expect(allText(first)).toBe("medical deductible answer");
    const second = await handleTurn(deps, say("and dental?"));
    expect(allText(second)).toBe("dental deductible answer");
  });

  it("fills a slot from a choice button", async () => {
    const { deps } = engineDeps();
    const q = await handleTurn(deps, say("question about my deductible"));
    const dental = buttons(q).find((b) => b.label === "Dental");
    expect(dental?.command).toEqual({
      name: "conversation.answer",
      args: { slot: "planType", value: "dental" },
    });
    expect(allText(await handleTurn(deps, click(dental!.command)))).toBe("dental deductible answer");
  });

  it("asks one clarifying question on low confidence, then offers a person", async () => {
    const unsure: IntentClassifier = {
      async classify() {
        return {
          intent: "pto_balance",
          confidence: 0.2,
          slots: {},
          alternatives: [{ intent: "pto_request", confidence: 0.18 }],
          source: "offline",
        };
      },
    };
    const { deps, caseDesk } = engineDeps({ classifier: unsure });
    const first = await handleTurn(deps, say("the thing about days"));
    expect(buttons(first).map((b) => b.command)).toContainEqual({
      name: "conversation.choose_intent",
      args: { intent: "pto_request" },
    });
    const second = await handleTurn(deps, say("you know, the days thing"));
    const human = buttons(second).find((b) => b.command.name === "conversation.talk_to_human");
    expect(human).toBeDefined();
    await handleTurn(deps, click(human!.command));
    expect(caseDesk.opened[0]).toMatchObject({ origin: "low_confidence", priority: "normal" });
  });

  it("hands a sensitive report to a person at once, even in the middle of another dialog", async () => {
    const { deps, caseDesk, logLines } = engineDeps();
    await handleTurn(deps, say("log my hours"));
    const replies = await handleTurn(deps, say("my supervisor keeps touching me and I feel unsafe"));
    expect(caseDesk.opened).toHaveLength(1);
    expect(caseDesk.opened[0]).toMatchObject({ origin: "sensitive_report", priority: "urgent" });
    expect(caseDesk.opened[0]?.summary).not.toMatch(/touching/);
    expect(allText(replies)).toMatch(/HR specialist/);
    expect(buttons(replies)).toEqual([]);
    expect(logLines.join("")).not.toMatch(/touching/);
  });

  it("gives the honest fallback for an intent without a registered dialog", async () => {
    const { deps } = engineDeps();
    const replies = await handleTurn(deps, say("how much pto do i have left"));
    expect(allText(replies)).toMatch(/can't do that here yet/);
    expect(buttons(replies).map((b) => b.command.name)).toContain("conversation.talk_to_human");
  });

  it("refuses a forged button whose handler's policy check fails", async () => {
    const { deps, fx } = engineDeps();
    const replies = await handleTurn(deps, click({ name: "timesheet.approve_all", args: {} }, alex));
    expect(fx.approved).toEqual([]);
    expect(blocksOf(replies)[0]).toMatchObject({
      kind: "status",
      tone: "danger",
      text: "Only managers can approve.",
    });
  });

  it("refuses a command with arguments outside its schema", async () => {
    const { deps, fx } = engineDeps();
    const replies = await handleTurn(
      deps,
      click({ name: "timesheet.submit", args: { date: "yesterday", hours: "9; approve all" } }),
    );
    expect(fx.submitted).toEqual([]);
    expect(blocksOf(replies)[0]).toMatchObject({ kind: "status", tone: "danger" });
  });

  it("lets a manager approve only by clicking the confirmation button", async () => {
    const { deps, fx } = engineDeps();
    const replies = await handleTurn(deps, say("show my pending approvals", dana));
    expect(fx.approved).toEqual([]);
    await handleTurn(deps, click(confirmBlock(replies)!.confirm.command, dana));
    expect(fx.approved).toEqual(["all"]);
  });

  it("greets and explains what it can do", async () => {
    const { deps } = engineDeps();
    expect(allText(await handleTurn(deps, say("hi")))).toMatch(/Hi Alex/);
  });

  it("starts fresh when the conversation key is reused by another person", async () => {
    const { deps } = engineDeps();
    await handleTurn(deps, say("log my hours"));
    const replies = await handleTurn(deps, say("yesterday", dana));
    expect(allText(replies)).not.toContain("How many hours");
  });
});

describe("handleTurn corrections", () => {
  it("changes a slot named while a confirmation waits, and asks to confirm again", async () => {
    const { deps, fx } = engineDeps();
    await handleTurn(deps, say("submit 9 hours for yesterday"));
    const replies = await handleTurn(deps, say("no, 8 hours"));
    expect(confirmBlock(replies)?.confirm.command.args).toEqual({ date: "2026-11-23", hours: "8" });
    expect(fx.submitted).toEqual([]);
  });

  it("re-asks once when an answer is not understood, then offers a person", async () => {
    const { deps } = engineDeps();
    await handleTurn(deps, say("log my hours"));
    const again = await handleTurn(deps, say("blue"));
    expect(allText(again)).toMatch(/didn't catch that. Which day/);
    const offer = await handleTurn(deps, say("purple"));
    expect(buttons(offer).map((b) => b.command.name)).toContain("conversation.talk_to_human");
  });

  it("forgets an unanswered dialog after 30 idle minutes", async () => {
    const { deps, clock } = engineDeps();
    await handleTurn(deps, say("log my hours"));
    clock.advance(31 * 60_000);
    const replies = await handleTurn(deps, say("yesterday"));
    expect(allText(replies)).not.toContain("How many hours");
  });

  it("opens one case when a handoff turn is retried after a conflict", async () => {
    const { deps, caseDesk } = engineDeps();
    const store = deps.store;
    let failOnce = true;
    deps.store = {
      load: (k) => store.load(k),
      delete: (k) => store.delete(k),
      async save(state) {
        if (failOnce) {
          failOnce = false;
          const { conflictError } = await import("../../../src/conversation/store");
          throw conflictError(state.key);
        }
        return store.save(state);
      },
    };
    await handleTurn(deps, say("I want to talk to a person"));
    expect(caseDesk.opened).toHaveLength(1);
  });
});

describe("createConversationDeps", () => {
  it("wires the built-in dialogs so leave and person requests reach a specialist", async () => {
    const { RecordingCaseDesk } = await import("../../../src/conversation/case-desk");
    const { createConversationDeps } = await import("../../../src/conversation/create-engine");
    const { assembleDialogs } = await import("../../../src/app/dialogs");
    const { InMemoryConversationStore } = await import("../../../src/conversation/store");
    const base = engineDeps();
    const caseDesk = new RecordingCaseDesk();
    const deps = createConversationDeps({
      store: new InMemoryConversationStore(),
      clock: base.clock,
      classifier: base.deps.classifier,
      caseDesk,
      logger: base.deps.logger,
      dialogs: assembleDialogs({}),
    });
    const leave = await handleTurn(deps, say("I need to go on FMLA for surgery"));
    expect(caseDesk.opened[0]).toMatchObject({ origin: "leave_of_absence", priority: "high" });
    expect(allText(leave)).toMatch(/HR specialist/);
    await handleTurn(deps, say("can I talk to a real person"));
    expect(caseDesk.opened[1]).toMatchObject({ origin: "talk_to_human" });
    expect(caseDesk.opened[1]?.transcript.map((t) => t.role)).toContain("employee");
  });
});

describe("after a handoff", () => {
  it("relays messages to the open case until the person goes back to the assistant", async () => {
    const base = engineDeps();
    const { deps, caseDesk } = base;
    deps.caseRelay = caseDesk;
    await handleTurn(deps, say("I want to talk to a person"));
    const relayed = await handleTurn(deps, say("it's about my last paycheck"));
    expect(caseDesk.relayed).toEqual([{ caseId: "case-1", text: "it's about my last paycheck" }]);
    expect(allText(relayed)).toMatch(/Sent to your HR specialist \(case HR-1001\)/);
    const back = buttons(relayed).find((b) => b.command.name === "conversation.leave_case");
    await handleTurn(deps, click(back!.command));
    expect(allText(await handleTurn(deps, say("hi")))).toMatch(/Hi Alex/);
    expect(caseDesk.relayed).toHaveLength(1);
  });

  it("offers the way out with the handoff, takes typed words to leave, and a button back into the case", async () => {
    const { deps, caseDesk } = engineDeps();
    deps.caseRelay = caseDesk;
    const opened = await handleTurn(deps, say("I want to talk to a person"));
    expect(allText(opened)).toMatch(/Case HR-1001 opened: what you type now goes to your HR specialist/);
    expect(buttons(opened).map((b) => b.command.name)).toContain("conversation.leave_case");

    const left = await handleTurn(deps, say("back to the assistant"));
    expect(caseDesk.relayed).toEqual([]);
    expect(allText(left)).toMatch(/Your case stays open/);
    expect(allText(await handleTurn(deps, say("it's about my last paycheck")))).not.toMatch(/Sent to your/);
    expect(caseDesk.relayed).toEqual([]);

    const back = buttons(left).find((b) => b.label === "Return to case HR-1001");
    expect(allText(await handleTurn(deps, click(back!.command)))).toMatch(/You're back in case HR-1001/);
    await handleTurn(deps, say("it's about my last paycheck"));
    expect(caseDesk.relayed).toEqual([{ caseId: "case-1", text: "it's about my last paycheck" }]);
  });

  it("a case resumed after it closed lets the assistant answer again", async () => {
    const { deps, caseDesk } = engineDeps();
    deps.caseRelay = caseDesk;
    await handleTurn(deps, say("I want to talk to a person"));
    const left = await handleTurn(deps, say("leave the case"));
    caseDesk.closed.add("case-1");
    const back = buttons(left).find((b) => b.label === "Return to case HR-1001");
    await handleTurn(deps, click(back!.command));
    expect(allText(await handleTurn(deps, say("hello")))).toMatch(/Hi Alex/);
    expect(caseDesk.relayed).toEqual([]);
  });

  it("answers normally again once the case is closed", async () => {
    const { deps, caseDesk } = engineDeps();
    deps.caseRelay = caseDesk;
    await handleTurn(deps, say("I want to talk to a person"));
    caseDesk.closed.add("case-1");
    expect(allText(await handleTurn(deps, say("hello")))).toMatch(/Hi Alex/);
    expect(caseDesk.relayed).toEqual([]);
  });
});

describe("a background case", () => {
  it("is opened once per key while the person keeps talking to the assistant", async () => {
    const { DialogRegistry } = await import("../../../src/conversation/dialog-registry");
    const { builtInDialogs } = await import("../../../src/app/dialogs");
    const { defineDialog } = await import("../../../src/conversation/dialog");
    const benefits = defineDialog({
      intent: "benefits_question",
      async run() {
        return {
          kind: "answer",
          replies: [{ blocks: [{ kind: "text", text: "Your deductible: $1,000 individual." }] }],
          backgroundCase: {
            key: "plan-data:x",
            category: "benefits",
            priority: "low",
            summary: "Plan data to check",
          },
        };
      },
    });
    const base = engineDeps();
    const { deps, caseDesk } = base;
    deps.caseRelay = caseDesk;
    deps.dialogs = new DialogRegistry([...builtInDialogs, benefits]);
    await handleTurn(deps, say("what is my medical deductible?"));
    await handleTurn(deps, say("what is my medical deductible?"));
    // The desk keeps one case per idempotency key: asking twice does not open a second.
    expect(caseDesk.opened.map((r) => r.idempotencyKey)).toEqual(["plan-data:x"]);
    expect(caseDesk.opened[0]).toMatchObject({
      priority: "low",
      category: "benefits",
      origin: "failed_answer",
    });
    // Not a handoff: the next message is answered, not relayed to the case.
    expect(allText(await handleTurn(deps, say("hi")))).toMatch(/Hi Alex/);
    expect(caseDesk.relayed).toEqual([]);
  });
});

describe("odd input", () => {
  it("answers an oversized message, emoji only and a pasted stack trace calmly, storing only the limit", async () => {
    const { deps, caseDesk } = engineDeps();
    const long = await handleTurn(deps, say(`please help ${"x".repeat(40_000)}`));
    expect(allText(long)).toBe(
      "That message is longer than I can read (4,000 characters). Could you tell me in a sentence or two what you need?",
    );
    const state = await deps.store.load(key);
    expect(Math.max(...(state?.transcript ?? []).map((t) => t.text.length))).toBeLessThanOrEqual(4000);
    expect(allText(await handleTurn(deps, say("🙂🙂👍")))).toMatch(/^I can only read words/);
    const trace =
      "TypeError: Cannot read properties of undefined (reading 'x')\n    at run (/app/index.js:10:5)\n    at main (/app/index.js:20:3)";
    expect(allText(await handleTurn(deps, say(trace)))).toMatch(
      /looks like an error message from a computer system/,
    );
    expect(caseDesk.opened).toEqual([]);
  });

  it("in an open case, neither an oversized message nor a stack trace is relayed to the specialist", async () => {
    const { deps, caseDesk } = engineDeps();
    deps.caseRelay = caseDesk;
    await handleTurn(deps, say("I want to talk to a person"));
    expect((await deps.store.load(key))?.liveCase).toBeDefined();
    expect(allText(await handleTurn(deps, say(`my question: ${"y".repeat(40_000)}`)))).toMatch(
      /^That message is longer than I can read/,
    );
    const trace = "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\nKeyError: 'x'";
    expect(allText(await handleTurn(deps, say(trace)))).toMatch(/looks like an error message/);
    expect(caseDesk.relayed).toEqual([]);
    const state = await deps.store.load(key);
    expect(Math.max(...(state?.transcript ?? []).map((t) => t.text.length))).toBeLessThanOrEqual(4000);
    expect(JSON.stringify(state)).not.toContain("y".repeat(4001));
  });

  it("still reads a crisis in an oversized message", async () => {
    const { deps, caseDesk } = engineDeps();
    const reply = await handleTurn(deps, say(`i want to kill myself ${"x".repeat(40_000)}`));
    expect(allText(reply)).toContain("988");
    expect(caseDesk.opened).toHaveLength(1);
  });
});

describe("was this right?", () => {
  async function answered() {
    const { DialogRegistry } = await import("../../../src/conversation/dialog-registry");
    const { builtInDialogs } = await import("../../../src/app/dialogs");
    const { defineDialog } = await import("../../../src/conversation/dialog");
    const benefits = defineDialog({
      intent: "benefits_question",
      async run() {
        return {
          kind: "answer",
          replies: [{ blocks: [{ kind: "text", text: "A specialist visit: $50 copay." }] }],
          askFeedback: true,
        };
      },
    });
    const recorded: import("../../../src/conversation/engine").AnswerFeedbackInput[] = [];
    const base = engineDeps();
    base.deps.dialogs = new DialogRegistry([...builtInDialogs, benefits]);
    base.deps.feedback = { record: async (input) => void recorded.push(input) };
    const reply = await handleTurn(base.deps, say("how much is a specialist visit? my ssn is 123-45-6789"));
    return { ...base, reply, recorded };
  }

  it("asks quietly under an answer and keeps the verdict with the redacted question and answer", async () => {
    const { deps, reply, recorded } = await answered();
    const [right, wrong] = buttons(reply);
    expect([right?.label, wrong?.label]).toEqual(["👍 Right", "👎 Not right"]);
    expect(allText(await handleTurn(deps, click(right!.command)))).toBe("Thanks for letting me know!");
    const after = await handleTurn(deps, click(wrong!.command));
    expect(allText(after)).toMatch(/noted it so the HR team can check that answer/);
    expect(buttons(after).map((b) => b.command.name)).toEqual(["conversation.talk_to_human"]);
    expect(recorded.map((r) => r.verdict)).toEqual(["right", "wrong"]);
    expect(recorded[0]?.idempotencyKey).toBe(recorded[1]?.idempotencyKey);
    expect(recorded[0]?.question).not.toContain("123-45-6789");
    expect(recorded[0]?.answer).toBe("A specialist visit: $50 copay.");
  });

  it('takes "that\'s wrong" right after an answer as the verdict', async () => {
    const { deps, recorded, caseDesk } = await answered();
    expect(allText(await handleTurn(deps, say("that's wrong")))).toMatch(/noted it/);
    expect(recorded.map((r) => r.verdict)).toEqual(["wrong"]);
    expect(caseDesk.opened).toEqual([]);
  });
});
