/** Where a turn came from. The engine is channel-neutral; this only tunes wording and logs. */
export const CHANNELS = ["slack", "teams", "playground", "cli"] as const;
export type Channel = (typeof CHANNELS)[number];
