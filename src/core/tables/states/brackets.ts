/**
 * A graduated rate schedule as the states print it: each row is the amount the rate starts over and
 * the rate on the part above it, rows ascending from "0". The tax of a row's lower rows is derived,
 * not typed, so a schedule is only its thresholds and rates.
 */
export type RateSchedule = readonly (readonly [over: string, rate: string])[];
