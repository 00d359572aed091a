import { describe, expect, it } from "vitest";
import { createPaycheckQuestionDialog } from "../../../../src/app/payroll/paycheck-question-dialog";
import type { PayrollDeps } from "../../../../src/app/payroll/payroll-deps";
import { defineDialog } from "../../../../src/conversation/dialog";
import type { Actor } from "../../../../src/core/policy/actor";

const employee: Actor = {
  kind: "employee",
  employeeId: "e1",
  clientId: "c1",
  roles: ["employee"],
  name: "Alex",
  timezone: "America/New_York",
};
/** No paycheck posted yet: the stub's answer would be "You have no posted paycheck yet." */
const payroll = { runs: { latestPaychecks: async () => [] } } as unknown as PayrollDeps;

function setup() {
  const asked: string[] = [];
  const planQuestions = defineDialog({
    intent: "benefits_question",
    async run(ctx) {
      asked.push(ctx.text ?? "");
      return {
        kind: "answer",
        replies: [{ blocks: [{ kind: "text", text: "You pay $17.54 per paycheck." }] }],
      };
    },
  });
  const dialog = createPaycheckQuestionDialog({ payroll, planQuestions });
  const run = (text: string) =>
    dialog.run({
      actor: employee,
      channel: "playground" as never,
      conversationKey: "k",
      now: new Date("2026-03-02T15:00:00Z"),
      timezone: "America/New_York",
      intent: "paycheck_question",
      slots: {},
      text,
    });
  return { asked, run };
}

describe("a paycheck question about a benefit's cost", () => {
  it.each(["how much do I pay for dental each paycheck", "what comes out for my medical premium per check?"])(
    "“%s” is answered from the enrollment, even before a first paycheck",
    async (text) => {
      const { asked, run } = setup();
      const answer = await run(text);
      expect(asked).toEqual([text]);
      expect(JSON.stringify(answer)).toContain("$17.54 per paycheck");
    },
  );

  it("a question about the paycheck itself still reads the posted paychecks", async () => {
    const { asked, run } = setup();
    const answer = await run("why was my last check smaller?");
    expect(asked).toEqual([]);
    expect(JSON.stringify(answer)).toContain("no posted paycheck");
  });
});

describe("paycheck questions that are not a benefit's cost", () => {
  it("a 401(k) what-if is a preview on the paycheck, not the enrollment's cost", async () => {
    const { asked, run } = setup();
    const answer = await run("what if I put 10% in my 401(k)?");
    expect(asked).toEqual([]);
    expect(JSON.stringify(answer)).toContain("no posted paycheck yet, so there is nothing to preview");
  });

  it("a what-if without its value asks for it", async () => {
    const { run } = setup();
    expect(JSON.stringify(await run("what would overtime pay me?"))).toContain(
      "Tell me the hours to preview",
    );
  });

  it("“how much was taken out for taxes?” answers the taxes, even naming a benefit", async () => {
    const { asked, run } = setup();
    const answer = await run("how much was taken out for taxes besides my dental?");
    expect(asked).toEqual([]);
    expect(JSON.stringify(answer)).toContain("no taxes have been withheld");
  });
});
