import type { Send } from "./blocks";
import type { Panels as PanelData } from "./types";

const money = (v: string) => {
  const n = v.startsWith("-") ? v.slice(1) : v;
  const [whole, cents = "00"] = n.split(".");
  return `${v.startsWith("-") ? "-" : ""}$${(whole ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents.padEnd(2, "0").slice(0, 2)}`;
};

/** "due in 3h 12m" / "overdue by 40m" from an ISO instant. */
function slaClock(iso: string | null, now: number): { text: string; overdue: boolean } | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso) - now;
  const mins = Math.round(Math.abs(ms) / 60000);
  const span =
    mins >= 60 * 24
      ? `${Math.floor(mins / 1440)}d ${Math.floor((mins % 1440) / 60)}h`
      : mins >= 60
        ? `${Math.floor(mins / 60)}h ${mins % 60}m`
        : `${mins}m`;
  return ms >= 0 ? { text: `due in ${span}`, overdue: false } : { text: `overdue by ${span}`, overdue: true };
}

const STATE_LABEL: Record<string, string> = {
  approved: "Approved",
  submitted: "Waiting for approval",
  rejected: "Rejected",
  draft: "Draft",
};

/** The side panels making the core visible; each shows only when the persona may see it. */
export function Panels({ panels, send, busy }: { panels: PanelData | undefined; send: Send; busy: boolean }) {
  const now = Date.now();
  if (!panels) return <aside class="panels" aria-label="Details" />;
  return (
    <aside class="panels" aria-label="Details">
      {panels.paycheck !== undefined && (
        <section class="panel" aria-labelledby="p-paycheck">
          <h2 id="p-paycheck">Last paycheck</h2>
          {panels.paycheck === null ? (
            <p class="muted">No posted paycheck yet.</p>
          ) : (
            <>
              <p class="muted">Paid {panels.paycheck.payDate}</p>
              <dl class="ledger">
                <div>
                  <dt>Gross pay</dt>
                  <dd>{money(panels.paycheck.gross)}</dd>
                </div>
                {panels.paycheck.taxes.map((t) => (
                  <div key={t.item}>
                    <dt>{t.item}</dt>
                    <dd>-{money(t.amount)}</dd>
                  </div>
                ))}
                {panels.paycheck.deductions.map((d) => (
                  <div key={d.item}>
                    <dt>{d.item}</dt>
                    <dd>-{money(d.amount)}</dd>
                  </div>
                ))}
                <div class="total">
                  <dt>Net pay</dt>
                  <dd>{money(panels.paycheck.net)}</dd>
                </div>
              </dl>
              <details>
                <summary>How it was calculated</summary>
                <ul class="explain">
                  {panels.paycheck.explanation.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </details>
            </>
          )}
        </section>
      )}
      {panels.timesheets && (
        <section class="panel" aria-labelledby="p-timesheets">
          <h2 id="p-timesheets">My timesheets</h2>
          {panels.timesheets.length === 0 ? (
            <p class="muted">Nothing submitted yet.</p>
          ) : (
            <ul class="plain" data-testid="timesheets">
              {panels.timesheets.map((t) => (
                <li key={t.weekStart} class={`sheet sheet-${t.status}`}>
                  <strong>Week of {t.weekStart}</strong> · {t.totalHours} h ·{" "}
                  <span class="badge">{STATE_LABEL[t.status] ?? t.status}</span>
                  {t.decidedBy && <span class="muted"> by {t.decidedBy}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {panels.payRuns && (
        <section class="panel" aria-labelledby="p-runs">
          <h2 id="p-runs">Pay runs</h2>
          {panels.payRuns.runs.length === 0 ? (
            <p class="muted">No pay runs yet.</p>
          ) : (
            <ul class="plain">
              {panels.payRuns.runs.map((r) => (
                <li key={r.id}>
                  <strong>
                    {r.periodStart} – {r.periodEnd}
                  </strong>{" "}
                  · pays {r.payDate} · <span class="badge">{r.status}</span>
                  <progress
                    max={Math.max(r.total, 1)}
                    value={r.done}
                    aria-label={`Paychecks calculated for ${r.periodEnd}`}
                  />
                  <span class="muted">
                    {r.done}/{r.total} paychecks{r.errors ? `, ${r.errors} with errors` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {panels.payRuns.ledger.length > 0 && (
            <table class="ledger-table">
              <caption>Ledger totals by account</caption>
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Debit</th>
                  <th scope="col">Credit</th>
                </tr>
              </thead>
              <tbody>
                {panels.payRuns.ledger.map((l) => (
                  <tr key={l.account}>
                    <th scope="row">{l.account.replace(/_/g, " ")}</th>
                    <td>{money(l.debit)}</td>
                    <td>{money(l.credit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {panels.cases && (
        <section class="panel" aria-labelledby="p-cases">
          <h2 id="p-cases">Case queue</h2>
          {panels.cases.length === 0 ? (
            <p class="muted">No open cases.</p>
          ) : (
            <ul class="plain" data-testid="cases">
              {panels.cases.map((c) => {
                const first = slaClock(c.firstResponseDueAt, now);
                const resolution = slaClock(c.resolutionDueAt, now);
                return (
                  <li key={c.id} class="case">
                    <div>
                      <strong>{c.reference}</strong>{" "}
                      <span class={`badge prio-${c.priority}`}>{c.priority}</span>{" "}
                      <span class="badge">{c.state.replace(/_/g, " ")}</span>
                    </div>
                    <div>
                      {c.employeeName} · {c.clientName} · {c.category.replace(/_/g, " ")}
                    </div>
                    {c.summary && <div class="muted clamp">{c.summary}</div>}
                    <div class="sla">
                      {first && (
                        <span class={first.overdue ? "overdue" : ""}>First response {first.text}</span>
                      )}
                      {resolution && (
                        <span class={resolution.overdue ? "overdue" : ""}>Resolution {resolution.text}</span>
                      )}
                    </div>
                    {c.mine ? (
                      <span class="muted">Yours</span>
                    ) : (
                      <button
                        type="button"
                        class="btn btn-primary"
                        disabled={busy}
                        onClick={() =>
                          send({ name: "case.claim", args: { caseId: c.id } }, `Claim ${c.reference}`)
                        }
                      >
                        Claim {c.reference}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      {panels.jobs && (
        <section class="panel" aria-labelledby="p-jobs">
          <h2 id="p-jobs">Job queue</h2>
          <table class="jobs-table">
            <thead>
              <tr>
                <th scope="col">Queue</th>
                <th scope="col">Waiting</th>
                <th scope="col">Active</th>
                <th scope="col">Done</th>
                <th scope="col">Failed</th>
              </tr>
            </thead>
            <tbody>
              {panels.jobs.map((j) => (
                <tr key={j.queue}>
                  <th scope="row">{j.queue}</th>
                  <td>{j.waiting + j.delayed}</td>
                  <td>{j.active}</td>
                  <td>{j.completed}</td>
                  <td>{j.failed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </aside>
  );
}
