import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { addDays, type IsoDate } from "../../core/calendar/iso-date";
import type { Clock } from "../../core/clock";
import { hourlyExternalIds, importApprovedWeeks } from "../../db/approved-time-import";
import { hasAnyClient } from "../../db/census-repository";
import type { Database } from "../../db/database";
import { DomainError } from "../../errors/domain-error";
import { formatZodIssue } from "../../errors/zod-issues";
import { type AddStaffResult, addStaff, StaffInputSchema } from "./add-staff";
import { type ImportSummary, importCensus, parseCensus } from "./import-census";

/** The demo data directory: census files, staff, and plan documents per EIN. */
export const DEMO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../prisma/demo");

/** The demo census files, in import order. */
export const DEMO_CENSUS_FILES = ["acme-manufacturing.json", "sunrise-clinics.json"] as const;

/** Where the benefits helper keeps each demo client's plan documents: `prisma/demo/documents/<ein>/`. */
export function demoDocumentsDir(ein: string): string {
  return join(DEMO_DIR, "documents", ein);
}

export type DemoLoadResult =
  | { loaded: false; reason: "database has clients" }
  | { loaded: true; census: ImportSummary[]; staff: AddStaffResult[] };

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new DomainError("input.invalid", `${path}: ${(error as Error).message}`);
  }
}

/**
 * Loads the demo data (two client employers with plans and employees, then the ASO staff) when the
 * database has no client yet; does nothing otherwise. `aso serve` calls it on first start of an
 * empty embedded database.
 */
export async function loadDemoData(
  db: Database,
  options: { clock: Clock; dir?: string } = { clock: { now: () => new Date() } },
): Promise<DemoLoadResult> {
  if (await hasAnyClient(db)) return { loaded: false, reason: "database has clients" };
  const dir = options.dir ?? DEMO_DIR;
  const census: ImportSummary[] = [];
  for (const file of DEMO_CENSUS_FILES) {
    const path = join(dir, file);
    let parsed: ReturnType<typeof parseCensus>;
    try {
      parsed = parseCensus(readJson(path));
    } catch (error) {
      throw new DomainError("input.invalid", `${path}: ${(error as Error).message}`);
    }
    census.push(await importCensus(db, parsed, { clock: options.clock, requestId: `demo:${file}` }));
  }
  const staffPath = join(dir, "staff.json");
  const staffList = z.array(StaffInputSchema).safeParse(readJson(staffPath));
  if (!staffList.success) {
    throw new DomainError("input.invalid", `${staffPath}: ${formatZodIssue(staffList.error)}`);
  }
  const staff: AddStaffResult[] = [];
  for (const entry of staffList.data) {
    staff.push(await addStaff(db, entry, { clock: options.clock, requestId: "demo:staff.json" }));
  }
  await loadDemoTime(db, join(dir, "timesheets.json"), options.clock);
  return { loaded: true, census, staff };
}

const Hours = z.string().regex(/^\d{1,2}(\.\d{1,2})?$/);
const DemoTimeSchema = z.object({
  clients: z.array(
    z.object({
      ein: z.string(),
      weekStarts: z.array(z.iso.date()).min(1),
      /** Hours Sunday to Saturday (the demo clients' workweek starts on Sunday). */
      defaultWeek: z.array(Hours).length(7),
      weeks: z.record(z.string(), z.array(z.array(Hours).length(7))),
    }),
  ),
});

/**
 * The demo's approved time (`timesheets.json`): the weeks before the demo, so the README's pay
 * periods pay every hourly employee. Each hourly employee works the default week unless listed.
 */
async function loadDemoTime(db: Database, path: string, clock: Clock): Promise<void> {
  const parsed = DemoTimeSchema.safeParse(readJson(path));
  if (!parsed.success) throw new DomainError("input.invalid", `${path}: ${formatZodIssue(parsed.error)}`);
  for (const client of parsed.data.clients) {
    const hourly = await hourlyExternalIds(db, client.ein);
    const weeks = hourly.flatMap((externalId) =>
      client.weekStarts.map((weekStart, w) => {
        const hours = client.weeks[externalId]?.[w] ?? client.defaultWeek;
        return {
          externalId,
          weekStart,
          weekEnd: addDays(weekStart as IsoDate, 6),
          days: hours
            .map((h, d) => ({ date: addDays(weekStart as IsoDate, d), hours: h }))
            .filter((d) => d.hours !== "0"),
        };
      }),
    );
    await importApprovedWeeks(db, client.ein, weeks, { requestId: "demo:timesheets.json", at: clock.now() });
  }
}
