import { describe, expect, it } from "vitest";
import {
  STATE_DEPOSIT_RULES,
  STATE_PROGRAM_DEPOSITS,
} from "../../../../src/core/tables/states/deposit-frequencies";
import { EMPLOYEE_PROGRAMS } from "../../../../src/core/tables/states/employee-programs";
import { NO_WAGE_TAX_STATES } from "../../../../src/core/tables/states/no-tax";
import { STATE_TABLES } from "../../../../src/core/tables/states/state-tables";

/** Every state the engine withholds for, and every state with no wage tax (unemployment only). */
const engineStates = [
  ...new Set([
    ...Object.keys(STATE_TABLES).flatMap((k) =>
      /^state\.[A-Z]{2}\.withholding$/.test(k) ? [k.slice(6, 8)] : [],
    ),
    ...NO_WAGE_TAX_STATES.value,
  ]),
].sort();

describe("state deposit frequency tables", () => {
  it("gives every entry a source and every withholding state a default frequency it defines", () => {
    for (const [state, entries] of Object.entries(STATE_DEPOSIT_RULES))
      for (const e of entries) {
        expect(e.source.length, state).toBeGreaterThan(40);
        const w = e.value.withholding;
        if (w) expect(w.frequencies[w.default], `${state} default`).toBeDefined();
      }
  });

  it("has no withholding deposit for a state with no wage tax, and one for every other state it lists", () => {
    for (const [state, entries] of Object.entries(STATE_DEPOSIT_RULES))
      for (const e of entries)
        expect(e.value.withholding === undefined, state).toBe(NO_WAGE_TAX_STATES.value.includes(state));
  });

  it("dates every engine state by its own table: none is left to the generic date", () => {
    expect(engineStates.filter((s) => !STATE_DEPOSIT_RULES[s])).toEqual([]);
  });

  it("routes each employee program it names to a state whose table has that deposit", () => {
    const codes = new Set(
      Object.values(EMPLOYEE_PROGRAMS)
        .flat()
        .map((p) => p.code),
    );
    for (const [code, kind] of Object.entries(STATE_PROGRAM_DEPOSITS)) {
      expect(codes.has(code), code).toBe(true);
      const entry = STATE_DEPOSIT_RULES[code.slice(0, 2)]?.at(-1);
      expect(entry, code).toBeDefined();
      if (kind === "withholding") expect(entry?.value.withholding, code).toBeDefined();
    }
  });
});
