import { readFileSync } from "node:fs";
import { z } from "zod";
import { type ModelLike, toModelGate } from "../../conversation/llm/model-gate";
import type { CoverageQuestion } from "../../knowledge/coverage/coverage-question";
import { type PlanKind, SERVICES, type ServiceEntry } from "../../knowledge/coverage/services";

/** What a model may say about a question: keys of the catalogue and the facets, nothing else. */
const ModelReading = z.object({
  services: z.array(z.string()).max(3),
  network: z.enum(["in", "out", "both", "unspecified"]),
  facet: z.enum(["cost", "covered", "limit", "preauthorization", "other"]),
  tier: z.enum(["individual", "family"]).nullable(),
});

let template: string | undefined;

function prompt(kind: PlanKind): string {
  template ??= readFileSync(
    new URL("../../../prompts/benefits/read-question.v1.md", import.meta.url),
    "utf8",
  );
  const services = catalogue(kind)
    .map((s) => `- ${s.key}: ${s.label}`)
    .join("\n");
  return template.replace("{kind}", kind).replace("{services}", services);
}

/** Each service key of the kind once (the catalogue lists some keys under several patterns). */
function catalogue(kind: PlanKind): ServiceEntry[] {
  const seen = new Set<string>();
  return SERVICES.filter((s) => s.kind === kind && !seen.has(s.key) && seen.add(s.key));
}

/**
 * The question read by a model, for a question whose words the offline reader maps to no service
 * ("someone for my bunions"). The model only names catalogue keys and facets, validated here; the
 * answer's figures and quotes still come from the plan's extracted tables. Any failure (an error,
 * text that is not the JSON asked for, unknown keys only) leaves the offline reading as it was.
 */
export async function readQuestionWithModel(
  model: ModelLike,
  question: string,
  kind: PlanKind,
  offline: CoverageQuestion,
): Promise<CoverageQuestion> {
  try {
    const text = await toModelGate(model).complete([
      { from: "instructions", text: prompt(kind) },
      { from: "person", text: question },
    ]);
    const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
    const reading = ModelReading.parse(JSON.parse(json));
    const byKey = new Map(catalogue(kind).map((s) => [s.key, s]));
    const services = reading.services.flatMap((k) => byKey.get(k) ?? []);
    if (services.length === 0) return offline;
    return {
      ...offline,
      services,
      // The offline reader's own findings stand; the model fills only what it left open.
      network: offline.network === "unspecified" ? reading.network : offline.network,
      facet: offline.facet === "cost" || offline.facet === "other" ? reading.facet : offline.facet,
      tier: offline.tier ?? reading.tier,
    };
  } catch {
    return offline;
  }
}
