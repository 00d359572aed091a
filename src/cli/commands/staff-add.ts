import { addStaff } from "../../app/census/add-staff";
import { systemClock } from "../../app/clock";
import { loadEnv } from "../../config/env";
import { openDatabase } from "../../db/database";
import { DomainError, isDomainError } from "../../errors/domain-error";
import { parseCommandArgs, requireOption } from "../args";
import type { CliCommand } from "../command";

/** Input field names as the flags that carry them, so an error names the flag. */
const FLAG_OF: Record<string, string> = {
  email: "--email",
  name: "--name",
  roles: "--role",
  slackUserId: "--slack-user",
  teamsUserId: "--teams-user",
  timezone: "--timezone",
  clients: "--client",
};

const usage =
  "aso staff add --email EMAIL --name NAME --slack-user ID [--teams-user ID] " +
  "[--role specialist|senior_specialist|aso_admin]... [--client EIN]... [--timezone TZ]";

/**
 * `aso staff add`: adds an ASO staff member (or updates the one with that email). `--role` and
 * `--client` may repeat; the default role is `specialist`. A Teams user id alone is enough when the
 * person has no Slack account.
 */
export const staffAddCommand: CliCommand = {
  summary: "add or update an ASO staff member (specialist, senior specialist, admin)",
  usage,
  async run(io) {
    const { values } = parseCommandArgs(
      io.args,
      {
        email: { type: "string" },
        name: { type: "string" },
        "slack-user": { type: "string" },
        "teams-user": { type: "string" },
        role: { type: "string", multiple: true },
        client: { type: "string", multiple: true },
        timezone: { type: "string" },
      },
      usage,
    );
    const email = requireOption(values.email, "--email", usage);
    const name = requireOption(values.name, "--name", usage);
    if (!values["slack-user"] && !values["teams-user"]) requireOption(undefined, "--slack-user", usage);
    const db = await openDatabase(loadEnv(io.env));
    try {
      const result = await addStaff(
        db,
        {
          email,
          name,
          roles: (values.role ?? ["specialist"]) as ("specialist" | "senior_specialist" | "aso_admin")[],
          slackUserId: values["slack-user"] ?? null,
          teamsUserId: values["teams-user"] ?? null,
          ...(values.timezone ? { timezone: values.timezone } : {}),
          clients: values.client ?? [],
        },
        { clock: systemClock },
      ).catch((error: unknown) => {
        if (!isDomainError(error, "input.invalid")) throw error;
        const message = error.message.replace(
          /^([a-zA-Z]+)(\[\d+\])?:/,
          (_, field: string) => `${FLAG_OF[field] ?? field}:`,
        );
        throw new DomainError("input.invalid", message);
      });
      const s = result.staff;
      const clients = s.clientEins.length > 0 ? `, clients ${s.clientEins.join(", ")}` : "";
      io.stdout.write(`staff ${result.status}: ${s.name} <${s.email}> (${s.roles.join(", ")}${clients})\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
