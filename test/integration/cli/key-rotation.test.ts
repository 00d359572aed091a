import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Installation } from "@slack/bolt";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/database";
import { createKeyring, keyIdOf } from "../../../src/db/field-encryption";
import { createSlackInstallationRepository } from "../../../src/db/slack-installation-repository";
import { aso } from "../../support/cli";

/** A Slack token as written ("xoxb-…"): base64 ciphertext has no "-", so it can never match by chance. */
const SLACK_TOKEN = /xox[abpr]-/;

// The documented rotation, end to end on an embedded data directory: the new key in
// DATA_ENCRYPTION_KEY, the old one in DATA_ENCRYPTION_PREVIOUS_KEYS, `aso bank reencrypt`, then the
// old key removed. Slack installations (one stored before tokens were encrypted) come along.
describe("aso bank reencrypt after a key rotation", () => {
  const root = mkdtempSync(join(tmpdir(), "aso-rotate-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const keyA = randomBytes(32);
  const keyB = randomBytes(32);
  const base = {
    ...(process.env as Record<string, string>),
    DATABASE_URL: "",
    REDIS_URL: "",
    DATA_DIR: join(root, "data"),
    LOG_LEVEL: "error",
  };

  it("moves every Slack installation to the new key; the new key alone then reads them", {
    timeout: 120_000,
  }, async () => {
    const db = await openDatabase(base);
    try {
      await createSlackInstallationRepository(db.prisma, async () => createKeyring(keyA)).save({
        team: { id: "T0ROT", name: "Rotate Co" },
        enterprise: undefined,
        user: { id: "U0ADMIN", token: undefined, scopes: undefined },
        bot: { id: "B0ROT", userId: "UBOTROT", token: "xoxb-rotate-me", scopes: ["chat:write"] },
        isEnterpriseInstall: false,
      } as unknown as Installation);
      await db.prisma.slackInstallation.create({
        data: {
          teamId: "T0OLD",
          botToken: "xoxb-stored-in-clear",
          botId: "B0OLD",
          botUserId: "UBOTOLD",
          installation: { bot: { token: "xoxb-stored-in-clear" } },
        },
      });
    } finally {
      await db.close();
    }

    const rotated = {
      ...base,
      DATA_ENCRYPTION_KEY: keyB.toString("base64"),
      DATA_ENCRYPTION_PREVIOUS_KEYS: keyA.toString("base64"),
    };
    const run = await aso(rotated, "bank", "reencrypt");
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain(`re-encrypted 2 slack installations under key ${keyIdOf(keyB)}`);
    const again = await aso(rotated, "bank", "reencrypt");
    expect(again.out).toContain("re-encrypted 0 slack installations");

    const after = await openDatabase(base);
    try {
      const raw = await after.prisma.$queryRawUnsafe<{ botToken: string; installation: string }[]>(
        `SELECT "botToken", "installation"::text AS "installation" FROM "SlackInstallation"`,
      );
      expect(raw).toHaveLength(2);
      for (const row of raw) expect(`${row.botToken} ${row.installation}`).not.toMatch(SLACK_TOKEN);
      const onlyB = createSlackInstallationRepository(after.prisma, async () => createKeyring(keyB));
      expect((await onlyB.find({ teamId: "T0ROT" }))?.botToken).toBe("xoxb-rotate-me");
      expect((await onlyB.find({ teamId: "T0OLD" }))?.botToken).toBe("xoxb-stored-in-clear");
    } finally {
      await after.close();
    }
  });
});
