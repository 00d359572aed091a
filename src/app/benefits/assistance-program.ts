import type { KnowledgeStore } from "../../knowledge/knowledge-store";
import { splitSentences } from "../../knowledge/text";

const EAP = /employee assistance program|\bEAP\b/i;
const PHONE = /\b1?[-. (]*\d{3}[-. )]*\d{3}[-. ]*\d{4}\b|\b\d{3}\b(?= \(?text\)?)/;

/**
 * The client's employee assistance program as its own documents state it: the first sentence that
 * names an EAP and gives a phone number, quoted as written (null when no document does). The crisis
 * reply shows it beside the 988 Lifeline.
 */
export async function findAssistanceProgram(store: KnowledgeStore, clientId: string): Promise<string | null> {
  for (const section of await store.listSections(clientId)) {
    const named = EAP.test(section.section);
    for (const sentence of splitSentences(section.text)) {
      if ((named || EAP.test(sentence)) && PHONE.test(sentence)) return sentence;
    }
  }
  return null;
}

/** Longest census EAP line quoted in a crisis reply. */
const MAX_CENSUS_EAP = 300;

/**
 * The EAP as the census names it, `employer.settings.employeeAssistanceProgram` (a line such as
 * "ComPsych GuidanceResources: call 1-800-555-0199, 24/7"), or null when absent or not a usable line:
 * a malformed setting never delays or blocks a crisis reply.
 */
export function censusAssistanceProgram(settings: unknown): string | null {
  if (typeof settings !== "object" || settings === null) return null;
  const named = (settings as Record<string, unknown>).employeeAssistanceProgram;
  if (typeof named !== "string") return null;
  const line = named.replace(/\s+/g, " ").trim();
  return line && line.length <= MAX_CENSUS_EAP ? line : null;
}

/**
 * The client's EAP for a crisis reply: the census's own line first (the employer said it), else the
 * first sentence of its documents that names one with a phone number.
 */
export async function clientAssistanceProgram(
  deps: { knowledge: KnowledgeStore; clientSettings: (clientId: string) => Promise<unknown> },
  clientId: string,
): Promise<string | null> {
  const fromCensus = censusAssistanceProgram(await deps.clientSettings(clientId).catch(() => null));
  return fromCensus ?? findAssistanceProgram(deps.knowledge, clientId);
}
