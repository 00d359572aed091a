// Loaded with `node --import` by the build test: any import of a development-only tool (tsx, esbuild,
// vite) by the built CLI fails loudly, so the test proves production never loads them.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
    const FORBIDDEN = /^(tsx|esbuild|vite)(\\/|$)/;
    export async function resolve(specifier, context, next) {
      if (FORBIDDEN.test(specifier)) throw new Error("built code imported a development tool: " + specifier);
      return next(specifier, context);
    }
  `)}`,
);
