import { parts } from "../calendar/iso-date";
import { pickDated } from "../tables/dated";
import { LOCAL_REMITTANCE_RULES } from "../tables/locals/local-remittance";
import { Accounts } from "./accounts";
import { addTo, type Draft, newDraft, type Posting } from "./deposit-drafts";
import type { Form941Schedule } from "./deposit-schedule";
import { stateDue } from "./state-deposits";

/**
 * Local tax remittances: one deposit per locality, tax and period, by the tax's rule in
 * `LOCAL_REMITTANCE_RULES`. The posting's memo is `<locality code> <tax code>` (see the journal);
 * a tax with no rule is returned unscheduled with the reason.
 */
export function localDeposits(
  postings: readonly Posting[],
  form941ScheduleByYear: Readonly<Record<number, Form941Schedule>>,
): { drafts: Draft[]; unscheduled: Posting[]; reasons: Map<Posting, string> } {
  const drafts = new Map<string, Draft>();
  const unscheduled: Posting[] = [];
  const reasons = new Map<Posting, string>();
  for (const p of postings) {
    if (p.account !== Accounts.localTaxesPayable) continue;
    const [jurisdiction = "", code = ""] = (p.memo ?? "").split(" ");
    const entry = remittanceRule(code, p.payDate);
    if (!entry) {
      unscheduled.push(p);
      reasons.set(p, "local tax remittance schedule not loaded");
      continue;
    }
    const due = stateDue(
      entry.value.rule,
      p.payDate,
      form941ScheduleByYear[parts(p.payDate).year] ?? "monthly",
    );
    const id = `LOCAL-${jurisdiction}-${code}-${due.key}`;
    let draft = drafts.get(id);
    if (!draft) {
      draft = newDraft({
        id,
        payee: "local_tax_collector",
        agency: entry.value.agency,
        state: jurisdiction.slice(0, 2).toUpperCase(),
        dueDate: due.dueDate,
        rule: `${code} for ${jurisdiction}, ${due.words}`,
        ...(entry.unverified ? { unverified: true as const } : {}),
      });
      drafts.set(id, draft);
    }
    addTo(draft, p);
  }
  return { drafts: [...drafts.values()], unscheduled, reasons };
}

function remittanceRule(code: string, payDate: string) {
  return pickDated(LOCAL_REMITTANCE_RULES[code] ?? [], payDate);
}

/**
 * The due date of one local-tax liability line (memo `<locality code> <tax code>`), or null when no
 * remittance rule is loaded for the tax. No local rule follows the client's 941 schedule.
 */
export function localDueDate(memo: string | null, payDate: string): string | null {
  const code = (memo ?? "").split(" ")[1] ?? "";
  const entry = remittanceRule(code, payDate);
  return entry ? stateDue(entry.value.rule, payDate, "monthly").dueDate : null;
}
