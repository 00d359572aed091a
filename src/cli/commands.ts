import type { CliCommand } from "./command";

/**
 * Every CLI command by its name (one or two words). Each command lives in src/cli/commands/<name>.ts;
 * add it here.
 */
export const commands: Record<string, CliCommand> = {};
