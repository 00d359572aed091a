import type { SparseVector } from "./features";

export type TrainingOptions = {
  epochs: number;
  learningRate: number;
  /** L2 penalty per example step. */
  l2: number;
  /** Seed of the deterministic shuffle (same seed, same data → same model). */
  seed: number;
};

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 15, learningRate: 0.5, l2: 1e-4, seed: 42 };

/** Small deterministic PRNG (mulberry32) for the epoch shuffle: no Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Multinomial logistic regression (softmax over classes) on sparse features, trained with AdaGrad
 * SGD over a seeded shuffle, so training is deterministic. Weights: classes × features, row-major.
 */
export class SoftmaxRegression {
  constructor(
    readonly classes: number,
    readonly features: number,
    readonly weights: Float64Array = new Float64Array(classes * features),
    readonly bias: Float64Array = new Float64Array(classes),
  ) {}

  /** Raw class scores (logits) of one example. */
  logits(x: SparseVector, out: Float64Array = new Float64Array(this.classes)): Float64Array {
    const { indexes, values } = x;
    for (let c = 0; c < this.classes; c++) {
      let z = this.bias[c]!;
      const row = c * this.features;
      for (let k = 0; k < indexes.length; k++) z += this.weights[row + indexes[k]!]! * values[k]!;
      out[c] = z;
    }
    return out;
  }

  static train(
    examples: readonly { x: SparseVector; y: number }[],
    classes: number,
    features: number,
    options: TrainingOptions = DEFAULT_TRAINING,
  ): SoftmaxRegression {
    const model = new SoftmaxRegression(classes, features);
    const gradSq = new Float64Array(classes * features).fill(1e-8);
    const biasGradSq = new Float64Array(classes).fill(1e-8);
    const order = examples.map((_, i) => i);
    const random = mulberry32(options.seed);
    const z = new Float64Array(classes);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const e of order) {
        const { x, y } = examples[e]!;
        const p = softmax(model.logits(x, z), 1);
        for (let c = 0; c < classes; c++) {
          const g = p[c]! - (c === y ? 1 : 0);
          // Classes the example no longer moves: skip (L2 is applied lazily, on active updates only).
          if (g > -1e-4 && g < 1e-4) continue;
          const row = c * features;
          for (let k = 0; k < x.indexes.length; k++) {
            const w = row + x.indexes[k]!;
            const grad = g * x.values[k]! + options.l2 * model.weights[w]!;
            gradSq[w]! += grad * grad;
            model.weights[w]! -= (options.learningRate * grad) / Math.sqrt(gradSq[w]!);
          }
          biasGradSq[c]! += g * g;
          model.bias[c]! -= (options.learningRate * g) / Math.sqrt(biasGradSq[c]!);
        }
      }
    }
    return model;
  }
}

/** Temperature-scaled softmax, numerically stable. Returns a new array. */
export function softmax(logits: Float64Array, temperature: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const z of logits) if (z > max) max = z;
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp((logits[i]! - max) / temperature);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/**
 * Fits the softmax temperature that minimises the negative log-likelihood of a calibration set
 * (golden-section search on log T), so confidences mean what they say.
 */
export function fitTemperature(logits: readonly Float64Array[], labels: readonly number[]): number {
  const nll = (logT: number) => {
    const t = Math.exp(logT);
    let total = 0;
    for (let i = 0; i < logits.length; i++)
      total -= Math.log(Math.max(softmax(logits[i]!, t)[labels[i]!]!, 1e-12));
    return total;
  };
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (nll(a) < nll(b)) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
