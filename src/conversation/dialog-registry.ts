import type { Dialog } from "./dialog";
import { createFallbackDialog } from "./dialogs/fallback";
import type { IntentName } from "./intents";

/**
 * Dialogs by intent. An intent without a registered dialog gets the honest fallback
 * ("I can't do that here yet — want a person?").
 */
export class DialogRegistry {
  readonly #dialogs = new Map<IntentName, Dialog>();

  constructor(dialogs: readonly Dialog[] = []) {
    for (const dialog of dialogs) this.register(dialog);
  }

  register(dialog: Dialog): this {
    if (this.#dialogs.has(dialog.intent)) throw new Error(`dialog for ${dialog.intent} registered twice`);
    this.#dialogs.set(dialog.intent, dialog);
    return this;
  }

  has(intent: IntentName): boolean {
    return this.#dialogs.has(intent);
  }

  get(intent: IntentName): Dialog {
    return this.#dialogs.get(intent) ?? createFallbackDialog(intent);
  }
}
