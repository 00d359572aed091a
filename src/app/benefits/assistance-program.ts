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
