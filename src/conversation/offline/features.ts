import { isStopword, normalizeTokens } from "./text-normalizer";

/**
 * Sparse features of one message: stemmed words, word bigrams (with sentence boundaries) and
 * character 4-grams of each word (robust to typos like "deductable", "paychek"). Each feature
 * counts once; the vector is L2-normalised by the caller.
 */
export function featureNames(text: string): string[] {
  const tokens = normalizeTokens(text);
  const out = new Set<string>();
  const padded = ["<s>", ...tokens, "</s>"];
  for (const token of tokens) {
    if (!isStopword(token)) out.add(`w:${token}`);
    const word = `_${token}_`;
    if (word.length > 4) for (let i = 0; i + 4 <= word.length; i++) out.add(`c:${word.slice(i, i + 4)}`);
  }
  for (let i = 0; i + 1 < padded.length; i++) out.add(`b:${padded[i]} ${padded[i + 1]}`);
  if (tokens.length <= 2) out.add("len:short");
  return [...out];
}

/** Maps feature names to column indexes; unknown features are dropped at classification time. */
export class Vocabulary {
  readonly #index = new Map<string, number>();

  get size(): number {
    return this.#index.size;
  }

  add(name: string): number {
    let i = this.#index.get(name);
    if (i === undefined) {
      i = this.#index.size;
      this.#index.set(name, i);
    }
    return i;
  }

  lookup(name: string): number | undefined {
    return this.#index.get(name);
  }
}

/** A sparse, L2-normalised feature vector. */
export type SparseVector = { indexes: Int32Array; values: Float64Array };

export function vectorize(names: readonly string[], vocabulary: Vocabulary, grow: boolean): SparseVector {
  const indexes: number[] = [];
  for (const name of names) {
    const i = grow ? vocabulary.add(name) : vocabulary.lookup(name);
    if (i !== undefined) indexes.push(i);
  }
  const value = indexes.length > 0 ? 1 / Math.sqrt(indexes.length) : 0;
  return { indexes: Int32Array.from(indexes), values: new Float64Array(indexes.length).fill(value) };
}
