import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../log/logger";

/**
 * Bolt's logger interface over pino. Bolt's debug/info lines can carry whole payloads (message text),
 * so only warnings and errors pass, and only as short strings.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "slack-bolt" });
  const line = (msg: unknown[]) =>
    msg
      .map((m) => (m instanceof Error ? m.message : typeof m === "string" ? m : ""))
      .filter(Boolean)
      .join(" ")
      .slice(0, 300);
  let level = LogLevel.WARN;
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...msg: unknown[]) => child.warn(line(msg)),
    error: (...msg: unknown[]) => child.error(line(msg)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
