import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { extractText } from "unpdf";
import type { DocumentFormat } from "./sections";

/** A plan document read from disk: its file name, format, text and content hash. */
export type SourceDocument = { name: string; format: DocumentFormat; text: string; contentHash: string };

const FORMATS: Record<string, DocumentFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".text": "text",
  ".pdf": "pdf",
};

/** The format of a file by its extension, or null when the knowledge base does not take it. */
export function documentFormat(fileName: string): DocumentFormat | null {
  return FORMATS[extname(fileName).toLowerCase()] ?? null;
}

/**
 * Reads a Markdown, text or PDF file. PDF text comes from unpdf (PDF.js), page by page, joined with
 * blank lines so a heading at the top of a page stays set off. The hash is of the file's bytes, so
 * re-ingesting an unchanged file is recognised and skipped.
 */
export async function readSourceDocument(path: string): Promise<SourceDocument> {
  const format = documentFormat(path);
  if (!format) throw new Error(`unsupported document type: ${basename(path)}`);
  const bytes = await readFile(path);
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  const text = format === "pdf" ? await pdfText(bytes) : bytes.toString("utf8");
  return { name: basename(path), format, text, contentHash };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: false });
  return text.join("\n\n");
}
