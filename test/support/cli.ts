import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main";

/** Runs `aso …` in this process with `env`; returns its exit code, stdout and stderr. */
export async function aso(env: Record<string, string | undefined>, ...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => {
    out += String(c);
  });
  stderr.on("data", (c) => {
    err += String(c);
  });
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough(), env });
  return { code, out, err };
}
