import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Money } from "../../../src/core/money/money";
import { createTestDatabase, type TestDatabase } from "../../support/database";
import { eventCallback, eventRequest, postToSlackEndpoint } from "../../support/slack-requests";
import {
  SIGNING_SECRET,
  type SlackHarness,
  seedSlackClient,
  startSlackHarness,
  TEAM,
} from "../slack/harness";
import { pdfText, postPaycheck } from "./support";

let db: TestDatabase;
let h: SlackHarness;
let seed: Awaited<ReturnType<typeof seedSlackClient>>;

beforeAll(async () => {
  db = await createTestDatabase();
  h = await startSlackHarness(db, { at: "2026-12-04T15:00:00Z" });
  seed = await seedSlackClient(db);
});
afterAll(async () => {
  await h?.close();
  await db?.cleanup();
});

async function dm(user: string, text: string) {
  const body = eventCallback(TEAM, {
    type: "message",
    channel_type: "im",
    channel: `D${user}`,
    user,
    text,
    ts: `${h.nowSeconds()}.000100`,
  });
  const res = await postToSlackEndpoint(
    h.baseUrl,
    eventRequest(body, { secret: SIGNING_SECRET, timestamp: h.nowSeconds() }),
  );
  expect(res.status).toBe(200);
}

/** The next uploaded file: where it was shared, its title and the text of its PDF. */
async function nextUpload(count: number) {
  const completed = await h.fake.waitFor("files.completeUploadExternal", count, 15_000);
  const call = completed[count - 1]!;
  const files = (typeof call.args.files === "string" ? JSON.parse(call.args.files) : call.args.files) as {
    id: string;
    title: string;
  }[];
  const bytes = h.fake.uploads.get(files[0]!.id);
  if (!bytes) throw new Error("no bytes uploaded");
  return { channel: call.args.channel_id, title: files[0]!.title, text: await pdfText(bytes) };
}

describe("documents on request in Slack", () => {
  it("sends the employee's pay stubs and letter as files to their DM, audited without figures", async () => {
    const who = { clientId: seed.client.id, employeeId: seed.employee.id };
    const october = await postPaycheck(
      db,
      who,
      "2026-10-23",
      { start: "2026-10-04", end: "2026-10-17" },
      "72",
    );
    const november = await postPaycheck(db, who, "2026-11-20", { start: "2026-11-01", end: "2026-11-14" });

    await dm(seed.employee.slackUserId, "send me my pay stub");
    const latest = await nextUpload(1);
    expect(latest.channel).toBe(`D${seed.employee.slackUserId}`);
    expect(latest.title).toBe("Pay stub");
    expect(latest.text).toContain("Alex Kim");
    expect(latest.text).toContain("Acme");
    expect(latest.text).toContain("Pay date 2026-11-20");
    const ytdGross = Money.of(october.gross).plus(Money.of(november.gross)).format();
    expect(latest.text).toContain(`Gross pay ${Money.of(november.gross).format()} ${ytdGross}`);
    expect(latest.text).toContain(`Net pay ${Money.of(november.net).format()}`);
    expect(latest.text).toMatch(/Vacation 40\b/);

    await dm(seed.employee.slackUserId, "pay stub for October");
    const older = await nextUpload(2);
    expect(older.text).toContain("Pay date 2026-10-23");
    // Year to date as of October: that paycheck alone.
    expect(older.text).toContain(
      `Gross pay ${Money.of(october.gross).format()} ${Money.of(october.gross).format()}`,
    );

    await db.prisma.employee.update({ where: { id: seed.employee.id }, data: { jobTitle: "Machinist" } });
    await dm(seed.employee.slackUserId, "I need an employment verification letter");
    const letter = await nextUpload(3);
    expect(letter.title).toBe("Employment verification");
    expect(letter.text).toContain("Alex Kim is currently employed by Acme, and has been since 2024-03-01.");
    expect(letter.text).toContain("Job title: Machinist.");
    expect(letter.text).not.toContain("$25.00");

    await dm(
      seed.employee.slackUserId,
      "can I get an employment verification letter with my pay for my landlord",
    );
    const withPay = await nextUpload(4);
    expect(withPay.text).toContain("Pay: $25.00 per hour.");

    const audit = await db.prisma.auditLog.findMany({
      where: { actorId: seed.employee.id, action: { startsWith: "document." } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.after])).toEqual([
      ["document.pay_stub", { kind: "pay_stub", subject: "pay date 2026-11-20" }],
      ["document.pay_stub", { kind: "pay_stub", subject: "pay date 2026-10-23" }],
      ["document.employment_verification", { kind: "employment_verification", subject: "as of 2026-12-04" }],
      [
        "document.employment_verification",
        { kind: "employment_verification", subject: "as of 2026-12-04, with pay" },
      ],
    ]);
    // Only the asker's DM ever received a file.
    expect(h.fake.callsOf("files.completeUploadExternal").map((c) => c.args.channel_id)).toEqual(
      Array(4).fill(`D${seed.employee.slackUserId}`),
    );
  });

  it("tells someone with no paycheck so, and uploads nothing", async () => {
    const before = h.fake.callsOf("files.completeUploadExternal").length;
    const posts = h.fake.callsOf("chat.postMessage").length;
    await dm(seed.manager.slackUserId, "send me my pay stub");
    const replies = await h.fake.waitFor("chat.postMessage", posts + 1);
    expect(JSON.stringify(replies.at(-1)!.args)).toContain("You have no posted paycheck yet.");
    expect(h.fake.callsOf("files.completeUploadExternal")).toHaveLength(before);
  });
});
