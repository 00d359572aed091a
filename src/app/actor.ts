/** Roles at a client employer (census) and at the ASO (staff). */
export const CLIENT_ROLES = ["employee", "manager", "client_admin"] as const;
export const STAFF_ROLES = ["specialist", "senior_specialist", "aso_admin"] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = ClientRole | StaffRole;

/**
 * Who is acting. Resolved by code from the channel identity (Slack team + user, Teams tenant +
 * AAD object id, playground persona, CLI flags), never by the language model.
 */
export type Actor =
  | {
      kind: "employee";
      employeeId: string;
      clientId: string;
      roles: readonly ClientRole[];
      name: string;
      timezone: string;
    }
  | { kind: "staff"; staffId: string; roles: readonly StaffRole[]; name: string; timezone: string }
  | { kind: "system"; name: string };
