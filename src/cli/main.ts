import { DomainError, toDomainError } from "../errors/domain-error";
import type { CommandIo } from "./command";
import { type CommandEntry, commands } from "./commands";

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  aso ${name.padEnd(20)} ${c.summary}`);
  return `usage: aso <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

/** Finds the longest command name that prefixes the arguments ("payroll run", "report 941"). */
function findCommand(argv: string[]): { command: CommandEntry; rest: string[] } | undefined {
  for (let words = Math.min(2, argv.length); words >= 1; words--) {
    const name = argv.slice(0, words).join(" ");
    const command = commands[name];
    if (command) return { command, rest: argv.slice(words) };
  }
  return undefined;
}

/**
 * A reader that stops early (`aso paycheck | head`) closes the pipe: end quietly, as Unix tools do,
 * instead of dying with a stack trace.
 */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

export async function main(argv: string[], io: Partial<CommandIo> = {}): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  if (!io.stdout) endQuietlyOnClosedPipe();
  const found = findCommand(argv);
  if (!found || argv[0] === "help" || argv[0] === "--help") {
    (found || argv.length === 0 || argv[0] === "help" || argv[0] === "--help"
      ? process.stdout
      : stderr
    ).write(usage());
    return found || argv.length === 0 || argv[0] === "help" || argv[0] === "--help" ? 0 : 2;
  }
  try {
    const command = await found.command.load();
    const env = io.env ?? process.env;
    if (!found.command.noDemo) {
      // Loaded only here: `aso paycheck` and `aso classify` must not pay for the database.
      const [{ demoForFreshDataDir }, { loadEnv }] = await Promise.all([
        import("./demo-data"),
        import("../config/env"),
      ]);
      await demoForFreshDataDir(loadEnv(env), stderr);
    }
    return await command.run({
      args: found.rest,
      stdin: io.stdin ?? process.stdin,
      stdout: io.stdout ?? process.stdout,
      stderr,
      env,
    });
  } catch (error) {
    const domain = toDomainError(error);
    stderr.write(`aso: ${domain.message}\n`);
    if (!(error instanceof DomainError) && process.env.LOG_LEVEL === "debug") console.error(error);
    return domain.exitCode;
  }
}
