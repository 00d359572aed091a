import { EventEmitter } from "node:events";
import type { PlaygroundWaker } from "./playground-delivery";

/**
 * Wakes this process's open event streams when a playground message was written here. Streams also
 * poll the database revision, so writes by another process (an `aso worker`) arrive too.
 */
class PlaygroundHub extends EventEmitter implements PlaygroundWaker {
  constructor() {
    super();
    this.setMaxListeners(0);
  }
  wake(): void {
    this.emit("wake");
  }
}

export const playgroundHub = new PlaygroundHub();

/**
 * The playground runs in local development (the embedded default), and in production only when
 * PLAYGROUND_ENABLED=true (and then behind the staff token).
 */
export function playgroundEnabled(env: { localDevelopment: boolean; PLAYGROUND_ENABLED?: boolean }): boolean {
  return env.localDevelopment || env.PLAYGROUND_ENABLED === true;
}
