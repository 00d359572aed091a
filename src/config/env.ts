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
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
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
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TENANT_ID: optionalString,
    TEAMS_AUTH_DISABLED: booleanFlag,
    TEAMS_SPECIALISTS_CONVERSATION_ID: optionalString,
    PLAYGROUND_ENABLED: booleanFlag,
    PLAYGROUND_STAFF_TOKEN: optionalString,
  })
  .superRefine((env, ctx) => {
    if (env.TEAMS_AUTH_DISABLED && env.NODE_ENV === "production") {
      ctx.addIssue({
        code: "custom",
        path: ["TEAMS_AUTH_DISABLED"],
        message: "may not be true when NODE_ENV=production",
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

/** Parse the environment; a bad value becomes a `config.invalid` error naming the variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new DomainError("config.invalid", `invalid configuration: ${formatZodIssue(parsed.error)}`);
  }
  return parsed.data;
}
