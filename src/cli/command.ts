import type { Readable, Writable } from "node:stream";

/** What a CLI command gets: its own arguments and the process streams (tests pass their own). */
export type CommandIo = {
  args: string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
};

/** A CLI command: resolves to the exit code (0 ok, 1 domain or input error, 2 usage). */
export type CliCommand = {
  summary: string;
  usage: string;
  run(io: CommandIo): Promise<number>;
};
