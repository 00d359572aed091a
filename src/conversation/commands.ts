import type { z } from "zod";
import type { Clock } from "../core/clock";
import type { Actor } from "../core/policy/actor";
import { DomainError } from "../errors/domain-error";
import { formatZodIssue } from "../errors/zod-issues";
import type { Logger } from "../log/logger";
import type { Channel } from "./channel";
import type { CommandRef, Reply } from "./reply";

/** What a command handler gets. The actor is resolved from the channel identity, never from text. */
export type CommandContext = {
  actor: Actor;
  channel: Channel;
  conversationKey: string;
  clock: Clock;
  logger: Logger;
};

type ButtonValue = string | number | boolean;

/** A command's argument schema: an object (its input may coerce, e.g. `z.coerce.number()` for form fields). */
export type CommandArgsSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

/** What `ref()` accepts: the schema's input, with coerced (`unknown`) fields as plain button values. */
export type CommandRefArgs<S extends CommandArgsSchema> = {
  [K in keyof z.input<S>]: unknown extends z.input<S>[K] ? ButtonValue : z.input<S>[K] & ButtonValue;
};

/**
 * A typed command: what a button click or form submission runs. `args` is the zod schema of the
 * button/form payload (values are strings, numbers or booleans); `handle` MUST re-check permission
 * with `src/core/policy` against `ctx.actor` — a forged button payload reaches it just like a real one.
 */
export type CommandDefinition<S extends CommandArgsSchema> = {
  /** Dotted name, e.g. `timesheet.submit`. */
  name: string;
  summary: string;
  args: S;
  handle(ctx: CommandContext, args: z.output<S>): Promise<Reply[]>;
};

/** A registered command, with `ref(args)` to build a type-checked `CommandRef` for a button. */
export type Command<S extends CommandArgsSchema> = CommandDefinition<S> & {
  ref(args: CommandRefArgs<S>): CommandRef;
};

// biome-ignore lint/suspicious/noExplicitAny: the registry stores commands of any argument schema.
type AnyCommand = Command<any>;

/**
 * Defines a command. Example:
 * ```ts
 * export const submitHours = defineCommand({
 *   name: "timesheet.submit",
 *   summary: "Submit hours for a day",
 *   args: z.object({ date: IsoDateSchema, hours: z.string() }),
 *   async handle(ctx, args) { … policy check, use case … return [textReply("Submitted.")]; },
 * });
 * // in a dialog: { kind: "confirm", command: submitHours.ref({ date, hours }), … }
 * ```
 */
export function defineCommand<S extends CommandArgsSchema>(definition: CommandDefinition<S>): Command<S> {
  return {
    ...definition,
    ref: (args) => ({
      name: definition.name,
      // Optional arguments left out stay out (a button payload has no `undefined`).
      args: Object.fromEntries(
        Object.entries(args as Record<string, ButtonValue | undefined>).filter(([, v]) => v !== undefined),
      ) as Record<string, ButtonValue>,
    }),
  };
}

/** Command handlers by name. Channels turn clicks into `CommandRef`s; the engine dispatches here. */
export class CommandRegistry {
  readonly #commands = new Map<string, AnyCommand>();

  constructor(commands: readonly AnyCommand[] = []) {
    for (const command of commands) this.register(command);
  }

  register(command: AnyCommand): this {
    if (this.#commands.has(command.name)) throw new Error(`command ${command.name} registered twice`);
    this.#commands.set(command.name, command);
    return this;
  }

  has(name: string): boolean {
    return this.#commands.has(name);
  }

  names(): string[] {
    return [...this.#commands.keys()].sort();
  }

  /** Validates the arguments with the command's schema and runs its handler. */
  async dispatch(ctx: CommandContext, ref: CommandRef): Promise<Reply[]> {
    const command = this.#commands.get(ref.name);
    if (!command) {
      throw new DomainError("conversation.unknown_command", `unknown command ${ref.name}`, {
        userMessage: "That button is no longer available.",
      });
    }
    const parsed = command.args.safeParse(ref.args);
    if (!parsed.success) {
      throw new DomainError("conversation.invalid_command", `${ref.name}: ${formatZodIssue(parsed.error)}`, {
        userMessage: "That button's data was not valid; please start again.",
      });
    }
    return command.handle(ctx, parsed.data);
  }
}
