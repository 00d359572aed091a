import type { Classification, ClassifyContext, IntentClassifier } from "../classifier";
import { INTENTS, type IntentName } from "../intents";
import { datePreferenceFor, extractSlots } from "../slot-extraction";
import { featureNames, type SparseVector, Vocabulary, vectorize } from "./features";
import { matchSensitiveReport, mayBeSensitiveReport } from "./sensitive-rules";
import {
  DEFAULT_TRAINING,
  fitTemperature,
  SoftmaxRegression,
  softmax,
  type TrainingOptions,
} from "./softmax-regression";
import { type LabelledExample, loadLabelledExamples } from "./training-data";

export type OfflineModelStats = {
  examples: number;
  features: number;
  temperature: number;
  trainingMs: number;
};

/**
 * The default classifier: no network, no model weights. A softmax regression over stemmed words,
 * bigrams and character 4-grams, trained at start from prompts/intents/train.txt (about a second),
 * with a temperature fitted on a fifth of the examples held apart (then retrained on all), plus the
 * safety rules that send anything reading as harassment, threats or safety to `sensitive_report`.
 */
export class OfflineIntentClassifier implements IntentClassifier {
  private constructor(
    private readonly vocabulary: Vocabulary,
    private readonly model: SoftmaxRegression,
    private readonly temperature: number,
    readonly stats: OfflineModelStats,
  ) {}

  /** Trains from the shipped examples (or the given ones). Deterministic. */
  static train(
    examples: readonly LabelledExample[] = loadLabelledExamples("train"),
    options: TrainingOptions = DEFAULT_TRAINING,
    now: () => number = () => performance.now(),
  ): OfflineIntentClassifier {
    const started = now();
    const names = examples.map((e) => featureNames(e.text));
    const labels = examples.map((e) => INTENTS.indexOf(e.intent));

    // Calibration: train on 4/5, fit the temperature on the other 1/5 (every fifth example).
    const calVocab = new Vocabulary();
    const fit: { x: SparseVector; y: number }[] = [];
    const calibration: number[] = [];
    names.forEach((n, i) => {
      if (i % 5 === 2) calibration.push(i);
      else fit.push({ x: vectorize(n, calVocab, true), y: labels[i]! });
    });
    const calModel = SoftmaxRegression.train(fit, INTENTS.length, calVocab.size, options);
    const temperature = fitTemperature(
      calibration.map((i) => calModel.logits(vectorize(names[i]!, calVocab, false))),
      calibration.map((i) => labels[i]!),
    );

    const vocabulary = new Vocabulary();
    const all = names.map((n, i) => ({ x: vectorize(n, vocabulary, true), y: labels[i]! }));
    const model = SoftmaxRegression.train(all, INTENTS.length, vocabulary.size, options);
    return new OfflineIntentClassifier(vocabulary, model, temperature, {
      examples: examples.length,
      features: vocabulary.size,
      temperature,
      trainingMs: now() - started,
    });
  }

  /** Intent probabilities, best first (no rules, no slots). */
  scores(text: string): { intent: IntentName; confidence: number }[] {
    const names = featureNames(text);
    // Only the length marker known: nothing the model has seen, so no basis for a confident guess.
    if (!names.some((n) => !n.startsWith("len:") && this.vocabulary.lookup(n) !== undefined))
      return [{ intent: "out_of_scope", confidence: 0.3 }];
    const x = vectorize(names, this.vocabulary, false);
    const p = softmax(this.model.logits(x), this.temperature);
    return INTENTS.map((intent, i) => ({ intent, confidence: p[i]! })).sort(
      (a, b) => b.confidence - a.confidence,
    );
  }

  /** Synchronous classification (the CLI and the benchmark use it directly). */
  classifySync(text: string, context: ClassifyContext): Classification {
    const ranked = this.scores(text);
    const slots = extractSlots(text, { ...context, prefer: datePreferenceFor(ranked[0]?.intent) });
    const sensitiveKind = matchSensitiveReport(text);
    if (sensitiveKind) {
      const modelSensitive = ranked.find((r) => r.intent === "sensitive_report")?.confidence ?? 0;
      return {
        intent: "sensitive_report",
        confidence: Math.max(0.99, modelSensitive),
        slots: { topic: sensitiveKind },
        alternatives: ranked.filter((r) => r.intent !== "sensitive_report").slice(0, 3),
        source: "rule",
      };
    }
    const [best, ...rest] = ranked;
    if (mayBeSensitiveReport(text) && best!.intent !== "sensitive_report") {
      // A weak rule ("treated unfairly", "scared of") the statistical guess missed: an unsure
      // sensitive report, so the person is asked whether they want to report it.
      return {
        intent: "sensitive_report",
        confidence: 0.6,
        slots,
        alternatives: ranked.filter((r) => r.intent !== "sensitive_report").slice(0, 3),
        source: "rule",
      };
    }
    return {
      intent: best!.intent,
      confidence: best!.confidence,
      slots,
      alternatives: rest.slice(0, 3),
      source: "offline",
    };
  }

  async classify(text: string, context: ClassifyContext): Promise<Classification> {
    return this.classifySync(text, context);
  }
}
