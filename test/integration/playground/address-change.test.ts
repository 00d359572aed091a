import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/conversation/reply";
import { type DemoPlayground, startDemoPlayground } from "../../support/demo-playground";

/** "I moved" in the playground, through its HTTP API on the demo census: form, checks, preview, confirm. */
let playground: DemoPlayground;
let persona: string;
let employeeId: string;

const blocksOf = (replies: Reply[]) => replies.flatMap((r) => r.blocks);
const shown = (replies: Reply[]) => JSON.stringify(blocksOf(replies));
const turn = (body: { text?: string; command?: { name: string; args: object } }) =>
  playground.turn(persona, body);

beforeAll(async () => {
  playground = await startDemoPlayground();
  const someone = await playground.db.prisma.employee.findFirstOrThrow({
    where: { roles: { equals: ["employee"] } },
    orderBy: { email: "asc" },
  });
  employeeId = someone.id;
  persona = `employee:${someone.id}`;
}, 120_000);

afterAll(async () => {
  await playground?.close();
});

describe("an address change in the playground", () => {
  it("answers 'I moved' with the address form; a bad value names its field; only Confirm saves, once", async () => {
    const form = blocksOf(await turn({ text: "I moved last month" })).find((b) => b.kind === "form");
    expect(form?.kind === "form" && form.command.name).toBe("personal.preview_address");

    const bad = shown(
      await turn({
        command: {
          name: "personal.preview_address",
          args: { street: "", city: "Salem", state: "OR", zip: "97301" },
        },
      }),
    );
    expect(bad).toContain("Street address: is required");

    const before = await playground.db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    const preview = blocksOf(
      await turn({
        command: {
          name: "personal.preview_address",
          args: { street: "12 Court St NE", city: "Salem", state: "OR", zip: "97301" },
        },
      }),
    );
    expect(JSON.stringify(preview)).toContain("your state withholding moves to OR");
    const confirm = preview.find((b) => b.kind === "confirm");
    if (confirm?.kind !== "confirm") throw new Error("no confirm step");
    const unchanged = await playground.db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    expect(unchanged.homeAddress).toEqual(before.homeAddress);

    expect(shown(await turn({ command: confirm.confirm.command }))).toContain("Your address is updated");
    expect(shown(await turn({ command: confirm.confirm.command }))).toContain("Already done");
    const after = await playground.db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } });
    expect(after.homeAddress).toEqual({ street: "12 Court St NE", city: "Salem", state: "OR", zip: "97301" });
    expect(await playground.db.prisma.personalDetailsChange.count({ where: { employeeId } })).toBe(1);
  });
});
