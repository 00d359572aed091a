/**
 * One row of a state's printed percentage table: over `over`, `base` + `rate` × (amount − over). The
 * printed base is rounded to cents, and the state's own figures follow the printed base, so it is
 * kept as printed rather than derived (for schedules whose bases are exact, see `RateSchedule`).
 */
export type PrintedBracket = readonly [over: string, base: string, rate: string];

/** A printed table: rows ascending by `over`, the first from "0". */
export type PrintedBrackets = readonly PrintedBracket[];
