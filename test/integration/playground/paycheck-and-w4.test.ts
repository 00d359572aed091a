import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/conversation/reply";
import { type DemoPlayground, startDemoPlayground } from "../../support/demo-playground";

/**
 * The paycheck and withholding questions that used to miss, asked through the playground's HTTP API
 * on the demo census, and a W-4 changed through the form, the preview and the signature click.
 */
let playground: DemoPlayground;
let persona: string;
let employeeId: string;

const shown = (replies: Reply[]) => JSON.stringify(replies.flatMap((r) => r.blocks));
const turn = (body: { text?: string; command?: { name: string; args: object } }) =>
  playground.turn(persona, body);

beforeAll(async () => {
  playground = await startDemoPlayground();
  const enrolled = await playground.db.prisma.employee.findFirstOrThrow({
    where: { roles: { equals: ["employee"] }, enrollments: { some: { plan: { type: "dental" } } } },
  });
  employeeId = enrolled.id;
  persona = `employee:${enrolled.id}`;
}, 120_000);

afterAll(async () => {
  await playground?.close();
});

describe("paycheck and withholding questions in the playground", () => {
  it("answers what dental costs each paycheck from the enrollment, with no paycheck posted", async () => {
    const text = shown(await turn({ text: "how much do I pay for dental each paycheck?" }));
    expect(text).not.toContain("no posted paycheck");
    expect(text).toMatch(/\$\d+\.\d\d/);
  });

  it("answers how much went to taxes instead of 'I can't do that here yet'", async () => {
    const text = shown(await turn({ text: "how much was taken out for taxes?" }));
    expect(text).not.toMatch(/can't do that here/i);
    expect(text).toContain("no taxes have been withheld");
  });

  it("changes the W-4 through the form: a bad value names its field, then preview, signature, saved once", async () => {
    const form = (await turn({ text: "I want to change my W-4" })).flatMap((r) => r.blocks);
    const block = form.find((b) => b.kind === "form");
    expect(block?.kind === "form" && block.command.name).toBe("payroll.preview_w4");

    const bad = shown(
      await turn({
        command: { name: "payroll.preview_w4", args: { filingStatus: "single", extraWithholding: "ten" } },
      }),
    );
    expect(bad).toContain("Extra withholding per paycheck (Step 4c)");
    expect(bad).toContain("Nothing was saved");

    const preview = (
      await turn({
        command: {
          name: "payroll.preview_w4",
          args: { filingStatus: "married_jointly", extraWithholding: "20" },
        },
      })
    ).flatMap((r) => r.blocks);
    const confirm = preview.find((b) => b.kind === "confirm");
    expect(confirm?.kind).toBe("confirm");
    if (confirm?.kind !== "confirm") return;
    expect(confirm.text).toContain("Under penalties of perjury");
    const before = await playground.db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    expect(before.federalW4).not.toMatchObject({ step4cExtraWithholding: "20.00" });

    const signed = shown(await turn({ command: confirm.confirm.command }));
    expect(signed).toContain("Signed.");
    const again = shown(await turn({ command: confirm.confirm.command }));
    expect(again).toContain("Already signed");
    const after = await playground.db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    expect(after.federalW4).toEqual({
      version: 2020,
      filingStatus: "married_jointly",
      step4cExtraWithholding: "20.00",
    });
    expect(await playground.db.prisma.withholdingCertificate.count({ where: { employeeId } })).toBe(1);
  });

  it("changes the state certificate's allowances behind the same signature, keeping its other lines", async () => {
    const before = await playground.db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    const preview = (
      await turn({
        command: {
          name: "payroll.preview_w4",
          args: { filingStatus: "single", stateAllowances: "3", stateAdditionalAllowances: "1" },
        },
      })
    ).flatMap((r) => r.blocks);
    expect(JSON.stringify(preview)).toContain("State additional allowances");
    const confirm = preview.find((b) => b.kind === "confirm");
    if (confirm?.kind !== "confirm") throw new Error("no signature step");
    const unsigned = await playground.db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    expect(unsigned.stateW4).toEqual(before.stateW4);

    expect(shown(await turn({ command: confirm.confirm.command }))).toContain("Signed.");
    const after = await playground.db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    expect(after.stateW4).toEqual({
      ...((before.stateW4 as object | null) ?? {}),
      allowances: 3,
      additionalAllowances: 1,
    });

    // The next form shows the state lines on file.
    const form = (await turn({ text: "I want to change my W-4" }))
      .flatMap((r) => r.blocks)
      .find((b) => b.kind === "form");
    const initial = (name: string) =>
      form?.kind === "form" ? form.fields.find((f) => f.name === name)?.initial : undefined;
    expect([initial("stateAllowances"), initial("stateAdditionalAllowances")]).toEqual(["3", "1"]);
  });
});
