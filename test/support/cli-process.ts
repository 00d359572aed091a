import { inject } from "vitest";

/**
 * The command and leading arguments that start `aso` as its own process: the CLI built once for
 * this test run (test/support/build-cli.ts), run by this Node. Spread it into spawn/spawnSync:
 * `spawnSync(...asoProcess("paycheck"), options)`.
 */
export function asoProcess(...args: string[]): [string, string[]] {
  return [process.execPath, [inject("builtCli"), ...args]];
}
