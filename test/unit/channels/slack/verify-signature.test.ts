import { describe, expect, it } from "vitest";
import { slackSignatureProblem } from "../../../../src/channels/slack/verify-signature";
import { slackSignature } from "../../../support/slack-requests";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const NOW_S = 1_764_000_000;
const body = "payload=%7B%22type%22%3A%22block_actions%22%7D";

function check(overrides: Partial<Parameters<typeof slackSignatureProblem>[0]> = {}) {
  return slackSignatureProblem({
    signingSecret: SECRET,
    body: Buffer.from(body),
    signature: slackSignature(SECRET, NOW_S, body),
    timestamp: String(NOW_S),
    nowMs: NOW_S * 1000,
    ...overrides,
  });
}

describe("slackSignatureProblem", () => {
  it("accepts Slack's v0 HMAC of the raw body, up to five minutes either way", () => {
    expect(check()).toBeUndefined();
    expect(check({ nowMs: (NOW_S + 300) * 1000 })).toBeUndefined();
    expect(check({ nowMs: (NOW_S - 300) * 1000 })).toBeUndefined();
  });

  it("refuses old or future timestamps, other secrets, other bodies, other versions and junk", () => {
    expect(check({ nowMs: (NOW_S + 301) * 1000 })).toBe("stale timestamp");
    expect(check({ nowMs: (NOW_S - 301) * 1000 })).toBe("stale timestamp");
    expect(check({ signature: slackSignature("another secret", NOW_S, body) })).toBe("mismatch");
    expect(check({ body: Buffer.from(`${body}x`) })).toBe("mismatch");
    expect(check({ signature: slackSignature(SECRET, NOW_S, body).replace("v0=", "v1=") })).toBe(
      "unknown version",
    );
    expect(check({ signature: "v0=zz" })).toBe("mismatch");
    expect(check({ signature: `${slackSignature(SECRET, NOW_S, body)}00` })).toBe("mismatch");
    expect(check({ signature: undefined })).toBe("missing headers");
    expect(check({ timestamp: "12e3" })).toBe("missing headers");
    // Signed for another timestamp than the header says (a replay with a fresh header).
    expect(check({ signature: slackSignature(SECRET, NOW_S - 1, body) })).toBe("mismatch");
  });
});
