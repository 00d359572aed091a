import { build } from "esbuild";

/**
 * Compiles a TypeScript entry and everything it imports into one CommonJS script, in memory, for a
 * worker thread (`new Worker(code, { eval: true })`).
 *
 * Why not run the worker under tsx like the main thread: tsx turns every module into CommonJS with a
 * getter on each export and a name-keeping wrapper on each function, which costs the payroll engine
 * ~25% of its speed, and every worker would load tsx itself (~0.5 s). esbuild (tsx's own compiler)
 * bundles the engine in ~0.1 s and always from the current sources, so nothing built can go stale.
 */
export async function compileForWorker(entry: URL): Promise<string> {
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
