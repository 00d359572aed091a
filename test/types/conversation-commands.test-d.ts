import { expectTypeOf, test } from "vitest";
import { z } from "zod";
import { defineCommand } from "../../src/conversation/commands";

const submit = defineCommand({
  name: "test.submit",
  summary: "typed button arguments",
  args: z.object({
    date: z.iso.date(),
    hours: z.string(),
    score: z.coerce.number(),
    note: z.string().optional(),
  }),
  async handle(_ctx, args) {
    expectTypeOf(args.score).toEqualTypeOf<number>();
    return [];
  },
});

test("a command's ref() type-checks its button arguments", () => {
  submit.ref({ date: "2026-11-24", hours: "9", score: 3 });
  // @ts-expect-error hours is required
  submit.ref({ date: "2026-11-24", score: 3 });
  // @ts-expect-error a button value cannot be an object
  submit.ref({ date: "2026-11-24", hours: "9", score: { n: 3 } });
  // @ts-expect-error hours is a string
  submit.ref({ date: "2026-11-24", hours: 9, score: 3 });
});
