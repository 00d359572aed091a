import {
  type Actor,
  CLIENT_ROLES,
  type ClientRole,
  STAFF_ROLES,
  type StaffRole,
} from "../../core/policy/actor";
import type { IdentityRepository } from "../../db/identity-repository";

type EmployeeRow = NonNullable<Awaited<ReturnType<IdentityRepository["employeeById"]>>>;
type StaffRow = NonNullable<Awaited<ReturnType<IdentityRepository["staffById"]>>>;

/** An employee row as an Actor. Terminated employees are not actors (they get "not set up"). */
export function employeeActor(row: EmployeeRow): Actor | undefined {
  if (row.terminationDate) return undefined;
  const roles = row.roles.filter((r): r is ClientRole => (CLIENT_ROLES as readonly string[]).includes(r));
  return {
    kind: "employee",
    employeeId: row.id,
    clientId: row.clientId,
    roles: roles.includes("employee") ? roles : ["employee", ...roles],
    name: row.name,
    timezone: row.timezone ?? row.client.timezone,
  };
}

export function staffActor(row: StaffRow): Actor {
  return {
    kind: "staff",
    staffId: row.id,
    roles: row.roles.filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r)),
    name: row.name,
    timezone: row.timezone,
  };
}

/**
 * Who is writing from Slack: ASO staff first (their user ids are global to the ASO's workspace), then
 * the employee of the client that owns the workspace. `lookupEmail` is the `users.info` fallback; a
 * match is remembered. Undefined means "not set up yet" — the channel says so and nothing else runs.
 */
export async function resolveSlackActor(
  repo: IdentityRepository,
  input: { teamId: string; userId: string; lookupEmail?: () => Promise<string | undefined> },
): Promise<Actor | undefined> {
  const staff = await repo.staffBySlackUser(input.userId);
  if (staff) return staffActor(staff);
  const client = await repo.clientBySlackTeam(input.teamId);
  if (!client) return undefined;
  const employee = await repo.employeeBySlackUser(client.id, input.userId);
  if (employee) return employeeActor(employee);
  const email = await input.lookupEmail?.();
  if (!email) return undefined;
  const byEmail = await repo.employeeByEmail(email, client.id);
  if (!byEmail) return undefined;
  await repo.linkSlackUser(byEmail.id, input.userId);
  return employeeActor(byEmail);
}

/**
 * Who is writing from Teams: staff by AAD object id, else the employee of the client whose AAD tenant
 * this is, by object id or (first contact) by UPN/email, which is then remembered.
 */
export async function resolveTeamsActor(
  repo: IdentityRepository,
  input: { tenantId: string; aadObjectId: string; email?: string },
): Promise<Actor | undefined> {
  const staff = await repo.staffByTeamsUser(input.aadObjectId);
  if (staff) return staffActor(staff);
  const client = await repo.clientByTeamsTenant(input.tenantId);
  if (!client) return undefined;
  const employee = await repo.employeeByTeamsUser(client.id, input.aadObjectId);
  if (employee) return employeeActor(employee);
  if (!input.email) return undefined;
  const byEmail = await repo.employeeByEmail(input.email, client.id);
  if (!byEmail) return undefined;
  await repo.linkTeamsUser(byEmail.id, input.aadObjectId);
  return employeeActor(byEmail);
}

/** For the CLI (`aso ask --employee EMAIL`) and the playground's personas. */
export async function resolveActorByEmail(
  repo: IdentityRepository,
  email: string,
): Promise<Actor | undefined> {
  const staff = await repo.staffByEmail(email);
  if (staff) return staffActor(staff);
  const employee = await repo.employeeByEmail(email);
  return employee ? employeeActor(employee) : undefined;
}
