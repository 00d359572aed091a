/** PTO types tracked with their own balance. */
export const PTO_TYPES = ["vacation", "sick"] as const;
export type PtoType = (typeof PTO_TYPES)[number];

/** Type guard for a PTO type name. */
export function isPtoType(value: string): value is PtoType {
  return (PTO_TYPES as readonly string[]).includes(value);
}
