import { describe, expect, it } from "vitest";
import { playgroundEnabled } from "../../../src/channels/playground/playground-hub";
import { isLocalDevelopment, loadEnv } from "../../../src/config/env";

const DB = "postgresql://app@db.internal:5432/aso";

describe("production unless explicitly local development", () => {
  it("the embedded default is local development on 127.0.0.1", () => {
    const env = loadEnv({});
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.localDevelopment).toBe(true);
    expect(playgroundEnabled(env)).toBe(true);
  });

  it("a database URL without NODE_ENV is production, bound to all interfaces", () => {
    const env = loadEnv({ DATABASE_URL: DB });
    expect(env.HOST).toBe("0.0.0.0");
    expect(env.localDevelopment).toBe(false);
    expect(playgroundEnabled(env)).toBe(false);
  });

  it("NODE_ENV=production or a public bind is production, even embedded", () => {
    expect(loadEnv({ NODE_ENV: "production" }).localDevelopment).toBe(false);
    expect(loadEnv({ HOST: "0.0.0.0" }).localDevelopment).toBe(false);
    expect(loadEnv({ HOST: "10.0.0.5", NODE_ENV: "development" }).localDevelopment).toBe(false);
    expect(playgroundEnabled(loadEnv({ HOST: "0.0.0.0" }))).toBe(false);
  });

  it("explicit development or test on a loopback bind is local, with or without a database", () => {
    const services = loadEnv({ NODE_ENV: "test", DATABASE_URL: DB });
    expect(services.HOST).toBe("127.0.0.1");
    expect(services.localDevelopment).toBe(true);
    expect(loadEnv({ NODE_ENV: "production", DATABASE_URL: DB }).HOST).toBe("0.0.0.0");
    expect(loadEnv({ NODE_ENV: "production" }).HOST).toBe("127.0.0.1");
    expect(isLocalDevelopment("development", true, "localhost")).toBe(true);
    expect(isLocalDevelopment("development", true, "::1")).toBe(true);
    expect(isLocalDevelopment(undefined, false, "127.0.0.1")).toBe(true);
    expect(isLocalDevelopment(undefined, true, "127.0.0.1")).toBe(false);
  });

  it("takes an SMTP server only as an smtp:// or smtps:// URL, and only with a sender", () => {
    expect(
      loadEnv({ SMTP_URL: "smtps://u:p@mail.example.com:465", MAIL_FROM: "hr@aso.example" }),
    ).toMatchObject({
      SMTP_URL: "smtps://u:p@mail.example.com:465",
      MAIL_FROM: "hr@aso.example",
    });
    expect(() => loadEnv({ SMTP_URL: "smtp://mail.example.com" })).toThrow(
      /MAIL_FROM.*required when SMTP_URL/,
    );
    expect(() => loadEnv({ SMTP_URL: "https://mail.example.com", MAIL_FROM: "hr@aso.example" })).toThrow(
      /SMTP_URL.*smtp:\/\//,
    );
  });

  it("refuses unauthenticated Teams anywhere but local development", () => {
    for (const env of [
      { DATABASE_URL: DB, HOST: "127.0.0.1" },
      { DATABASE_URL: DB },
      { HOST: "0.0.0.0" },
      { NODE_ENV: "production" },
      { NODE_ENV: "development", HOST: "192.168.1.20" },
    ]) {
      expect(() => loadEnv({ ...env, TEAMS_AUTH_DISABLED: "true" }), JSON.stringify(env)).toThrow(
        /TEAMS_AUTH_DISABLED.*local development/,
      );
    }
    expect(loadEnv({ TEAMS_AUTH_DISABLED: "true" }).TEAMS_AUTH_DISABLED).toBe(true);
    expect(
      loadEnv({ NODE_ENV: "test", DATABASE_URL: DB, TEAMS_AUTH_DISABLED: "true" }).TEAMS_AUTH_DISABLED,
    ).toBe(true);
  });

  it("refuses Slack Socket Mode anywhere but local development, and without an app token", () => {
    const socket = { SLACK_SOCKET_MODE: "true", SLACK_APP_TOKEN: "xapp-1-test" };
    for (const env of [{ DATABASE_URL: DB }, { HOST: "0.0.0.0" }, { NODE_ENV: "production" }]) {
      expect(() => loadEnv({ ...env, ...socket }), JSON.stringify(env)).toThrow(
        /SLACK_SOCKET_MODE.*local development/,
      );
    }
    expect(() => loadEnv({ SLACK_SOCKET_MODE: "true" })).toThrow(/SLACK_APP_TOKEN.*SLACK_SOCKET_MODE/);
    expect(loadEnv(socket).SLACK_SOCKET_MODE).toBe(true);
    expect(loadEnv({ NODE_ENV: "test", DATABASE_URL: DB, ...socket }).SLACK_SOCKET_MODE).toBe(true);
    expect(loadEnv({}).SLACK_SOCKET_MODE).toBe(false);
  });

  it("requires the data-encryption key for Slack OAuth installations in a database", () => {
    const oauth = { SLACK_CLIENT_ID: "1.2", SLACK_CLIENT_SECRET: "s", SLACK_STATE_SECRET: "t" };
    expect(() => loadEnv({ DATABASE_URL: DB, ...oauth })).toThrow(/DATA_ENCRYPTION_KEY.*SLACK_CLIENT_ID/);
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(loadEnv({ DATABASE_URL: DB, DATA_ENCRYPTION_KEY: key, ...oauth }).SLACK_CLIENT_ID).toBe("1.2");
    // The embedded mode keeps its generated key file.
    expect(loadEnv(oauth).SLACK_CLIENT_ID).toBe("1.2");
  });
});
