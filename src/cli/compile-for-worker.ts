import { existsSync, readFileSync } from "node:fs";

/**
 * Compiles a TypeScript entry and everything it imports into one CommonJS script, in memory, for a
 * worker thread (`new Worker(code, { eval: true })`).
 *
 * Why not run the worker under tsx like the main thread: tsx turns every module into CommonJS with a
 * getter on each export and a name-keeping wrapper on each function, which costs the payroll engine
 * ~25% of its speed, and every worker would load tsx itself (~0.5 s). esbuild (tsx's own compiler)
 * bundles the engine in ~0.1 s and always from the current sources, so nothing built can go stale.
 *
 * The built CLI (`npm run build`, scripts/build.mjs) ships each worker already compiled, as `.cjs`
 * where the entry's `.ts` would be: production reads that and never loads esbuild, a development tool.
 */
export async function compileForWorker(entry: URL): Promise<string> {
  const prebuilt = new URL(entry.href.replace(/\.ts$/, ".cjs"));
  if (entry.href.endsWith(".ts") && existsSync(prebuilt)) return readFileSync(prebuilt, "utf8");
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry.pathname],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry.pathname}`);
  return file.text;
}
