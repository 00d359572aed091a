import type { Clock } from "../core/clock";

/** The system's clock, for the entry points; everything below them receives a `Clock`. */
export const systemClock: Clock = { now: () => new Date() };
