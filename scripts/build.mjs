#!/usr/bin/env node
// `npm run build`: compiles the CLI (serve, worker, migrate and every other command) to JavaScript in
// dist/, so production runs `node dist/aso.js` with no tsx, esbuild or vite installed.
//
// dist/ is self-contained: the files the sources read beside themselves (migrations, the demo census,
// prompts, the playground's built front end) are copied into dist/ at the same paths relative to the
// repository root, and every source module's `import.meta.url` is rewritten to where that module sits
// in that layout (dist/src/...), so `new URL("../../prisma/migrations", import.meta.url)` finds
// dist/prisma/migrations. Every output file sits directly in dist/, so one relative rewrite holds for
// the entry and its chunks.
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `--out DIR` builds elsewhere (the build test builds into a temporary directory).
const outFlag = process.argv.indexOf("--out");
const out =
  outFlag > 0 && process.argv[outFlag + 1] ? resolve(process.argv[outFlag + 1]) : join(root, "dist");

/** Directories the built code reads at run time, relative to the repository root. */
const ASSETS = ["prisma/migrations", "prisma/demo", "prompts", "src/channels/playground/web/dist"];

/** Worker-thread bodies, compiled to one CommonJS script each (see src/cli/compile-for-worker.ts). */
const WORKERS = ["src/cli/commands/paycheck-worker.ts"];

const sourceUrl = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const at = relative(root, args.path).split("\\").join("/");
      return {
        contents: text.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(`./${at}`)}, import.meta.url).href`,
        ),
        loader: "ts",
      };
    });
  },
};

const playground = join(root, "src/channels/playground/web/dist/index.html");
if (!existsSync(playground)) {
  console.error("build: the playground front end is not built; run `npm run build:playground` first");
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
  sourcemap: true,
  plugins: [sourceUrl],
};
await build({
  ...common,
  entryPoints: { aso: join(root, "src/cli/run.ts") },
  outdir: out,
  format: "esm",
  splitting: true,
  chunkNames: "chunk-[hash]",
});
for (const worker of WORKERS) {
  await build({
    ...common,
    // A worker is evaluated as one script (`new Worker(code, { eval: true })`): its packages are
    // bundled in, as compileForWorker does in development.
    packages: undefined,
    sourcemap: false,
    plugins: [],
    entryPoints: [join(root, worker)],
    outfile: join(out, worker.replace(/\.ts$/, ".cjs")),
    format: "cjs",
  });
}
for (const dir of ASSETS) cpSync(join(root, dir), join(out, dir), { recursive: true });
console.log(
  `build: ${relative(process.cwd(), join(out, "aso.js"))}, ${WORKERS.length} worker script(s), ${ASSETS.length} asset directories`,
);
