/** The ASO admins' read-only view of the job queues (`GET /admin/queues`), as JSON or a page. */
export type QueueOverview = {
  backend: string;
  queues: {
    queue: string;
    /** Jobs by BullMQ state (waiting, active, delayed, prioritized, waiting-children, completed, failed). */
    counts: Record<string, number>;
    /** The latest failed jobs, newest first: no payloads. */
    failed: { id: string; name: string; attemptsMade: number; failedAt: string | null; reason: string }[];
  }[];
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page of the overview: one table of counts, then each queue's failed jobs. */
export function renderQueueOverview(overview: QueueOverview): string {
  const states = [...new Set(overview.queues.flatMap((q) => Object.keys(q.counts)))];
  const head = states.map((s) => `<th>${escapeHtml(s)}</th>`).join("");
  const rows = overview.queues
    .map(
      (q) =>
        `<tr><th>${escapeHtml(q.queue)}</th>${states.map((s) => `<td>${q.counts[s] ?? 0}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const failed = overview.queues
    .filter((q) => q.failed.length > 0)
    .map(
      (q) =>
        `<h2>Failed in ${escapeHtml(q.queue)}</h2>\n<table><tr><th>job</th><th>id</th><th>attempts</th><th>failed at</th><th>reason</th></tr>\n${q.failed
          .map(
            (j) =>
              `<tr><td>${escapeHtml(j.name)}</td><td>${escapeHtml(j.id)}</td><td>${j.attemptsMade}</td><td>${escapeHtml(j.failedAt ?? "")}</td><td>${escapeHtml(j.reason)}</td></tr>`,
          )
          .join("\n")}</table>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Queues</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}</style></head>
<body><h1>Queues (${escapeHtml(overview.backend)})</h1>
<table><tr><th>queue</th>${head}</tr>
${rows}</table>
${failed || "<p>No failed jobs.</p>"}
</body></html>
`;
}
