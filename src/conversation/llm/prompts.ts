import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `prompts/` at the repository root. */
export const PROMPTS_DIR = fileURLToPath(new URL("../../../prompts/", import.meta.url));

export type PromptTemplate = { name: string; version: number; text: string };

/**
 * Loads a versioned prompt template `prompts/<name>.v<N>.md` by name: the given version, or the
 * highest one present. Templates are plain text with `{{placeholder}}` slots filled by `renderPrompt`.
 */
export function loadPrompt(name: string, version?: number, dir = PROMPTS_DIR): PromptTemplate {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.v(\\d+)\\.md$`);
  const versions = readdirSync(dir)
    .map((file) => pattern.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => b - a);
  const chosen = version ?? versions[0];
  if (chosen === undefined || !versions.includes(chosen)) {
    throw new Error(`prompt ${name}${version ? ` v${version}` : ""} not found in ${dir}`);
  }
  return { name, version: chosen, text: readFileSync(`${dir}${name}.v${chosen}.md`, "utf8") };
}

/** Fills `{{key}}` placeholders; an unknown placeholder is an error (never sent half-filled). */
export function renderPrompt(template: PromptTemplate, values: Record<string, string>): string {
  return template.text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompt ${template.name}: no value for {{${key}}}`);
    return value;
  });
}
