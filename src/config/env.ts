import { z } from "zod";
import { DomainError } from "../errors/domain-error";
import { formatZodIssue } from "../errors/zod-issues";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.url().optional())
  .optional();
/** A 32-byte key as base64 (`openssl rand -base64 32`). */
const encryptionKey = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const key = Buffer.from(v, "base64");
    if (key.length !== 32 || key.toString("base64") !== v) {
      ctx.addIssue({
        code: "custom",
        message: "must be base64 of exactly 32 bytes (openssl rand -base64 32)",
      });
      return z.NEVER;
    }
    return key;
  });
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

/**
 * Every environment variable the product reads (docs/contracts.md §2 and §5), validated in one place.
 * Nothing else reads process.env.
 */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** The address the HTTP server binds; absent → all interfaces for a deployment with a database, else 127.0.0.1. */
    HOST: optionalString,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** An OTLP/HTTP collector's base URL: when set, `serve` and `worker` export traces to its /v1/traces. */
    OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
    /** The service name traces carry (default aso-hr-assistant). */
    OTEL_SERVICE_NAME: optionalString,
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
        .optional(),
    ),
    REDIS_URL: optionalString.pipe(
      z
        .string()
        .regex(/^rediss?:\/\//, "must be a redis:// URL")
        .optional(),
    ),
    DATA_DIR: z.string().trim().min(1).default("./.data"),
    LLM_PROVIDER: z.enum(["none", "openai", "anthropic", "ollama"]).default("none"),
    LLM_MODEL: optionalString,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    ANTHROPIC_API_KEY: optionalString,
    /** Anthropic API base URL (default Anthropic's own): a gateway or proxy speaking the Messages API. */
    ANTHROPIC_BASE_URL: optionalUrl,
    OLLAMA_BASE_URL: optionalUrl,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_BOT_TOKEN: optionalString,
    SLACK_API_URL: optionalUrl,
    SLACK_BOT_ID: optionalString,
    SLACK_BOT_USER_ID: optionalString,
    SLACK_CLIENT_ID: optionalString,
    SLACK_CLIENT_SECRET: optionalString,
    SLACK_STATE_SECRET: optionalString,
    SLACK_SPECIALISTS_CHANNEL: optionalString,
    /** App-level token (xapp-…, `connections:write`) for Socket Mode. */
    SLACK_APP_TOKEN: optionalString,
    /** Local development only: events over Slack's WebSocket instead of `POST /slack/events`. */
    SLACK_SOCKET_MODE: booleanFlag,
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TENANT_ID: optionalString,
    TEAMS_AUTH_DISABLED: booleanFlag,
    TEAMS_SPECIALISTS_CONVERSATION_ID: optionalString,
    PLAYGROUND_ENABLED: booleanFlag,
    PLAYGROUND_STAFF_TOKEN: optionalString,
    /** The ASO as submitter of electronic filings (EFW2 RA record): EIN, SSA BSO user ID, contact. */
    ASO_SUBMITTER_EIN: optionalString.pipe(
      z
        .string()
        .regex(/^\d{2}-?\d{7}$/, "must be an EIN, e.g. 12-3456789")
        .optional(),
    ),
    ASO_SUBMITTER_NAME: optionalString,
    ASO_SUBMITTER_BSO_USER_ID: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9]{8}$/, "must be the 8-character SSA BSO user ID")
        .optional(),
    ),
    ASO_SUBMITTER_CONTACT_NAME: optionalString,
    ASO_SUBMITTER_CONTACT_PHONE: optionalString,
    ASO_SUBMITTER_CONTACT_EMAIL: optionalString.pipe(z.email().optional()),
    /** The submitter's mailing address as "street; city; ST; ZIP". */
    ASO_SUBMITTER_ADDRESS: optionalString,
    /** Current key for bank account numbers at rest; previous keys stay readable until re-encrypted. */
    DATA_ENCRYPTION_KEY: optionalString.pipe(encryptionKey.optional()),
    DATA_ENCRYPTION_PREVIOUS_KEYS: optionalString.pipe(
      z
        .string()
        .transform((v) => v.split(",").map((k) => k.trim()))
        .pipe(z.array(encryptionKey))
        .optional(),
    ),
    /** The ASO's originating bank for NACHA files (see .env.example). */
    ACH_ODFI_ROUTING: optionalString.pipe(
      z
        .string()
        .regex(/^\d{9}$/, "must be a 9-digit routing number")
        .optional(),
    ),
    ACH_ODFI_NAME: optionalString,
    ACH_IMMEDIATE_ORIGIN: optionalString.pipe(
      z
        .string()
        .regex(/^\d{9,10}$/, "must be 9 or 10 digits")
        .optional(),
    ),
    ACH_IMMEDIATE_ORIGIN_NAME: optionalString,
    ACH_COMPANY_ID_PREFIX: z
      .string()
      .trim()
      .regex(/^[0-9A-Z]$/, "must be one digit or capital letter")
      .default("1"),
    /**
     * SMTP server for email (a direct-deposit change's one-time code and its notice), e.g.
     * `smtps://user:password@mail.example.com:465`; unset: no email, and a specialist confirms changes.
     */
    SMTP_URL: optionalString.pipe(
      z
        .url()
        .refine((u) => /^smtps?:\/\//.test(u), "must start with smtp:// or smtps://")
        .optional(),
    ),
    /** The sender of that email; required with SMTP_URL. */
    MAIL_FROM: optionalString.pipe(z.email().optional()),
    /** Business days a verified direct-deposit change waits before it pays (the old account pays meanwhile). */
    DEPOSIT_CHANGE_HOLD_BUSINESS_DAYS: z.coerce.number().int().min(0).max(30).default(2),
    /** `aso worker` answers /livez, /readyz and /metrics on this port when set. */
    WORKER_METRICS_PORT: optionalString.pipe(
      z.coerce.number<string | undefined>().int().min(1).max(65535).optional(),
    ),
    /** Bearer token for `GET /metrics`; without it the route exists only in local development. */
    METRICS_TOKEN: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
    /**
     * Bearer token of the ASO admins' read-only queue view (`GET /admin/queues`); without it the route
     * exists only in local development. Separate from METRICS_TOKEN: a scraper sees no failed jobs.
     */
    ADMIN_TOKEN: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  })
  .transform((env) => {
    // A deployment with a database listens on every interface (a container's port); the embedded
    // default and explicit development or test stay on the loopback address.
    const deployed =
      Boolean(env.DATABASE_URL) && (env.NODE_ENV === undefined || env.NODE_ENV === "production");
    const HOST = env.HOST ?? (deployed ? "0.0.0.0" : "127.0.0.1");
    return {
      ...env,
      NODE_ENV: env.NODE_ENV ?? "development",
      HOST,
      localDevelopment: isLocalDevelopment(env.NODE_ENV, Boolean(env.DATABASE_URL), HOST),
    };
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when SMTP_URL is set" });
    }
    if (env.TEAMS_AUTH_DISABLED && !env.localDevelopment) {
      ctx.addIssue({
        code: "custom",
        path: ["TEAMS_AUTH_DISABLED"],
        message:
          "may be true only in local development (NODE_ENV development or test, or no DATABASE_URL, and a loopback HOST)",
      });
    }
    if (env.MICROSOFT_APP_ID && !env.MICROSOFT_APP_PASSWORD && !env.TEAMS_AUTH_DISABLED) {
      // Teams: without the secret the bot gets no token to reply with; fail at start, not on first reply.
      ctx.addIssue({
        code: "custom",
        path: ["MICROSOFT_APP_PASSWORD"],
        message: "is required when MICROSOFT_APP_ID is set",
      });
    }
    if (env.SLACK_SOCKET_MODE && !env.localDevelopment) {
      // A socket bypasses the signed public endpoint a deployment is reviewed with.
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SOCKET_MODE"],
        message:
          "may be true only in local development (NODE_ENV development or test, or no DATABASE_URL, and a loopback HOST)",
      });
    }
    if (env.SLACK_SOCKET_MODE && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_APP_TOKEN"],
        message: "is required when SLACK_SOCKET_MODE=true",
      });
    }
    if (env.SLACK_CLIENT_ID && env.DATABASE_URL && !env.DATA_ENCRYPTION_KEY) {
      // Installed workspaces' bot tokens are stored encrypted; fail at start, not at the first install.
      ctx.addIssue({
        code: "custom",
        path: ["DATA_ENCRYPTION_KEY"],
        message:
          "is required when SLACK_CLIENT_ID and DATABASE_URL are set (bot tokens are encrypted at rest)",
      });
    }
    if (env.LLM_PROVIDER === "openai" && !env.OPENAI_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["OPENAI_API_KEY"],
        message: "is required when LLM_PROVIDER=openai",
      });
    }
    if (env.LLM_PROVIDER === "anthropic" && !env.ANTHROPIC_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["ANTHROPIC_API_KEY"],
        message: "is required when LLM_PROVIDER=anthropic",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

/**
 * Production is anything not explicitly local development: NODE_ENV=production, a bind off the
 * loopback address, or a database URL without NODE_ENV saying development or test. Protections key
 * on this, never on NODE_ENV alone, so a forgotten NODE_ENV fails safe.
 */
export function isLocalDevelopment(
  nodeEnv: "development" | "test" | "production" | undefined,
  hasDatabaseUrl: boolean,
  host: string,
): boolean {
  if (nodeEnv === "production" || !isLoopback(host)) return false;
  return nodeEnv !== undefined || !hasDatabaseUrl;
}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Parse the environment; a bad value becomes a `config.invalid` error naming the variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new DomainError("config.invalid", `invalid configuration: ${formatZodIssue(parsed.error)}`);
  }
  return parsed.data;
}
