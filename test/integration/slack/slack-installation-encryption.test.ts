import { randomBytes } from "node:crypto";
import type { Installation } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKeyring, type Keyring } from "../../../src/db/field-encryption";
import {
  createSlackInstallationRepository,
  reencryptSlackInstallations,
} from "../../../src/db/slack-installation-repository";
import { createTestDatabase, type TestDatabase } from "../../support/database";

/** A Slack token as written ("xoxb-…"): base64 ciphertext has no "-", so it can never match by chance. */
const SLACK_TOKEN = /xox[abpr]-/;

// Bot tokens at rest: what the database holds is read raw, so a token or the installation object
// (which carries the tokens too) stored in clear would show.

const keyA = randomBytes(32);
const keyB = randomBytes(32);

function installation(team: string, botToken: string, userToken: string): Installation {
  return {
    team: { id: team, name: `${team} Co` },
    enterprise: undefined,
    user: { id: "U0ADMIN", token: userToken, scopes: ["identify"] },
    bot: { id: `B${team}`, userId: `UBOT${team}`, token: botToken, scopes: ["chat:write"] },
    isEnterpriseInstall: false,
  } as unknown as Installation;
}

describe("Slack installations encrypted at rest", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.cleanup();
  });

  const repo = (keyring: Keyring) => createSlackInstallationRepository(db.prisma, async () => keyring);
  const raw = async () =>
    db.prisma.$queryRawUnsafe<{ teamId: string; botToken: string; installation: string }[]>(
      `SELECT "teamId", "botToken", "installation"::text AS "installation" FROM "SlackInstallation" ORDER BY "teamId"`,
    );

  it("stores no token in clear, reads it back, and migrates a row stored before encryption", async () => {
    const ringA = createKeyring(keyA);
    await repo(ringA).save(installation("T0ENC", "xoxb-secret-enc", "xoxp-user-enc"));
    // A row written in clear by an earlier version.
    await db.prisma.slackInstallation.create({
      data: {
        teamId: "T0LEGACY",
        botToken: "xoxb-secret-legacy",
        botId: "BLEG",
        botUserId: "UBOTLEG",
        installation: JSON.parse(
          JSON.stringify(installation("T0LEGACY", "xoxb-secret-legacy", "xoxp-user-leg")),
        ),
      },
    });

    const [encRow, legacyRow] = await raw();
    expect(encRow?.teamId).toBe("T0ENC");
    expect(encRow?.botToken).not.toMatch(SLACK_TOKEN);
    expect(encRow?.installation).not.toMatch(SLACK_TOKEN);
    expect(legacyRow?.botToken).toBe("xoxb-secret-legacy");

    const found = await repo(ringA).find({ teamId: "T0ENC" });
    expect(found?.botToken).toBe("xoxb-secret-enc");
    expect(found?.installation.user.token).toBe("xoxp-user-enc");
    expect(found?.botUserId).toBe("UBOTT0ENC");
    // Until migrated, the legacy row still serves its workspace.
    expect((await repo(ringA).find({ teamId: "T0LEGACY" }))?.botToken).toBe("xoxb-secret-legacy");

    expect(await reencryptSlackInstallations(db.prisma, ringA)).toBe(1);
    expect(await reencryptSlackInstallations(db.prisma, ringA)).toBe(0);
    for (const row of await raw()) {
      expect(row.botToken).not.toMatch(SLACK_TOKEN);
      expect(row.installation).not.toMatch(SLACK_TOKEN);
    }
    const legacy = await repo(ringA).find({ teamId: "T0LEGACY" });
    expect(legacy?.botToken).toBe("xoxb-secret-legacy");
    expect(legacy?.installation.user.token).toBe("xoxp-user-leg");
    expect((await repo(ringA).first())?.botToken).toMatch(/^xoxb-secret-/);
  });

  it("rotates keys: old key to new key, every row readable with the new key alone", async () => {
    const rotated = createKeyring(keyB, [keyA]);
    // Before re-encryption the rotated ring still reads rows under the old key.
    expect((await repo(rotated).find({ teamId: "T0ENC" }))?.botToken).toBe("xoxb-secret-enc");

    expect(await reencryptSlackInstallations(db.prisma, rotated)).toBe(2);
    expect(await reencryptSlackInstallations(db.prisma, rotated)).toBe(0);
    for (const row of await raw()) {
      expect(row.botToken.split(".")[1]).toBe(rotated.currentId);
      expect(row.installation).toContain(rotated.currentId);
      expect(row.installation).not.toMatch(SLACK_TOKEN);
    }

    const onlyB = repo(createKeyring(keyB));
    expect((await onlyB.find({ teamId: "T0ENC" }))?.botToken).toBe("xoxb-secret-enc");
    expect((await onlyB.find({ teamId: "T0LEGACY" }))?.installation.bot?.token).toBe("xoxb-secret-legacy");
    // The old key alone no longer reads anything.
    await expect(repo(createKeyring(keyA)).find({ teamId: "T0ENC" })).rejects.toThrow(/no encryption key/);
  });

  it("a token copied onto another workspace's row does not decrypt", async () => {
    const ringB = createKeyring(keyB);
    const [enc] = await raw();
    await db.prisma.slackInstallation.updateMany({
      where: { teamId: "T0LEGACY" },
      data: { botToken: enc?.botToken as string },
    });
    await expect(repo(ringB).find({ teamId: "T0LEGACY" })).rejects.toThrow();
  });
});
