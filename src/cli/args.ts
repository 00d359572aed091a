import { type ParseArgsConfig, parseArgs } from "node:util";
import { DomainError } from "../errors/domain-error";

/** node:util parseArgs, with usage mistakes turned into `cli.usage` errors (exit 2). */
export function parseCommandArgs<T extends ParseArgsConfig["options"]>(
  args: string[],
  options: T,
  usage: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new DomainError("cli.usage", `${(error as Error).message}\nusage: ${usage}`);
  }
}

export function requireOption(value: string | undefined, flag: string, usage: string): string {
  if (value === undefined || value === "")
    throw new DomainError("cli.usage", `missing ${flag}\nusage: ${usage}`);
  return value;
}

/** `--format`: json (the default) or csv. */
export function formatOption(value: string | undefined, usage: string): "json" | "csv" {
  const format = value ?? "json";
  if (format !== "json" && format !== "csv")
    throw new DomainError("cli.usage", `--format: json or csv, got ${format}\nusage: ${usage}`);
  return format;
}
