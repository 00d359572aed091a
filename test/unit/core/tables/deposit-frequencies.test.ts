import { describe, expect, it } from "vitest";
import {
  STATE_DEPOSIT_RULES,
  STATE_PROGRAM_DEPOSITS,
} from "../../../../src/core/tables/states/deposit-frequencies";
import { EMPLOYEE_PROGRAMS } from "../../../../src/core/tables/states/employee-programs";
import { NO_WAGE_TAX_STATES } from "../../../../src/core/tables/states/no-tax";
import { STATE_LEGAL_HOLIDAYS } from "../../../../src/core/tables/states/state-holidays";
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

describe("state legal holiday tables", () => {
  const dayOfWeek = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

  it("lists 2025, 2026 and 2027 for every state, each day a weekday of its own year, in order", () => {
    for (const [state, cal] of Object.entries(STATE_LEGAL_HOLIDAYS)) {
      expect(cal.source.length, state).toBeGreaterThan(80);
      expect(Object.keys(cal.years), state).toEqual(expect.arrayContaining(["2025", "2026", "2027"]));
      for (const [year, days] of Object.entries(cal.years)) {
        const dates = days.map((d) => d.date);
        expect(dates, `${state} ${year}`).toEqual([...dates].sort());
        for (const d of dates) {
          expect(d.slice(0, 4), `${state} ${d}`).toBe(year);
          expect([0, 6], `${state} ${d} is a weekend day`).not.toContain(dayOfWeek(d));
        }
      }
    }
  });

  it("holds the days these states keep and the federal calendar does not", () => {
    const has = (state: string, date: string, name: string) =>
      expect(
        STATE_LEGAL_HOLIDAYS[state]?.years[Number(date.slice(0, 4))]?.find((h) => h.date === date)?.name,
        `${state} ${date}`,
      ).toContain(name);
    has("DE", "2025-04-18", "Good Friday");
    has("DE", "2026-04-03", "Good Friday");
    has("DE", "2027-03-26", "Good Friday");
    has("DE", "2026-11-03", "General Election");
    has("DE", "2025-11-28", "after Thanksgiving");
    has("DE", "2027-11-26", "after Thanksgiving");
    has("RI", "2025-08-11", "Victory Day");
    has("RI", "2026-08-10", "Victory Day");
    has("RI", "2027-08-09", "Victory Day");
    has("RI", "2026-11-03", "Election Day");
    has("RI", "2026-07-06", "Independence Day");
    has("RI", "2027-12-27", "Christmas");
    has("IA", "2026-02-12", "Lincoln");
    has("IA", "2026-11-27", "after Thanksgiving");
    // General elections are biennial: none in the odd years.
    expect(STATE_LEGAL_HOLIDAYS.DE?.years[2025]?.some((h) => /Election/.test(h.name))).toBe(false);
    expect(STATE_LEGAL_HOLIDAYS.RI?.years[2027]?.some((h) => /Election/.test(h.name))).toBe(false);
  });

  it("is listed only for a state whose withholding table says its holidays move the date", () => {
    for (const state of Object.keys(STATE_LEGAL_HOLIDAYS)) {
      const entry = STATE_DEPOSIT_RULES[state]?.at(-1);
      expect(entry?.value.withholding, state).toBeDefined();
      expect(entry?.source, state).toContain("STATE_LEGAL_HOLIDAYS");
    }
    expect(Object.keys(STATE_LEGAL_HOLIDAYS).sort()).toEqual(["DE", "IA", "RI"]);
  });

  it("has no source text left saying a state's own holidays are not modelled", () => {
    for (const [state, entries] of Object.entries(STATE_DEPOSIT_RULES))
      for (const e of entries) expect(e.source, state).not.toMatch(/holidays not modelled/i);
  });
});
