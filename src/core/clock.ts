/**
 * The only way use cases learn the time, so tests drive it; the core itself takes dates as parameters.
 * The system's clock lives with the application (`app/clock.ts`): reading it is not pure.
 */
export type Clock = { now(): Date };

/** A clock that says what it is told: tests, replays, and a dialog's preview at a given moment. */
export function fixedClock(
  at: Date | string,
): Clock & { set(next: Date | string): void; advance(ms: number): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
