import { Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The process's Prometheus metrics, served at `GET /metrics` (src/http/server.ts). Events are counted
 * where they happen (HTTP requests, Slack acks, channel delivery failures); the state shared by every
 * process (jobs by queue and state, pay-run progress) is read from the queue and the database when
 * scraped, so any `aso serve` reports it, whichever worker did the work. Labels never hold personal data.
 */
export const metricsRegistry = new Registry();

export const httpRequestSeconds = new Histogram({
  name: "aso_http_request_duration_seconds",
  help: "HTTP request latency by method, route and status",
  labelNames: ["method", "route", "status"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** Slack retries a request it has no answer to within 3 s: the buckets straddle that limit. */
export const slackAckSeconds = new Histogram({
  name: "aso_slack_ack_duration_seconds",
  help: "Time from a Slack request's arrival to its acknowledgement, by HTTP status",
  labelNames: ["status"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
  registers: [metricsRegistry],
});

export const deliveryFailures = new Counter({
  name: "aso_notification_delivery_failures_total",
  help: "Notification deliveries a channel refused or failed (the job retries them), by channel",
  labelNames: ["channel"] as const,
  registers: [metricsRegistry],
});

export const deliveriesDropped = new Counter({
  name: "aso_notification_deliveries_dropped_total",
  help: "Outbound messages dropped because their destination can no longer receive them, by channel and reason",
  labelNames: ["channel", "reason"] as const,
  registers: [metricsRegistry],
});

export const jobsByState = new Gauge({
  name: "aso_jobs",
  help: "Jobs by queue and state (waiting, active, delayed, completed, failed, prioritized, waiting-children)",
  labelNames: ["queue", "state"] as const,
  registers: [metricsRegistry],
});

export const payRunPaychecks = new Gauge({
  name: "aso_pay_run_paychecks",
  help: "Pay runs being calculated: paychecks expected and written so far, by run and paycheck status",
  labelNames: ["run", "status"] as const,
  registers: [metricsRegistry],
});

/** What the scrape reads from the shared queue and database (the composition root supplies it). */
export type SharedState = {
  jobCounts(): Promise<{ queue: string; counts: Record<string, number> }[]>;
  payRunProgress(): Promise<{ runId: string; expected: number; byStatus: Record<string, number> }[]>;
};

/** Refreshes the scrape-time gauges, then renders every metric in Prometheus's text format. */
export async function renderMetrics(shared?: SharedState): Promise<string> {
  if (shared) {
    const [queues, runs] = await Promise.all([shared.jobCounts(), shared.payRunProgress()]);
    jobsByState.reset();
    for (const { queue, counts } of queues)
      for (const [state, n] of Object.entries(counts)) jobsByState.set({ queue, state }, n);
    payRunPaychecks.reset();
    for (const run of runs) {
      payRunPaychecks.set({ run: run.runId, status: "expected" }, run.expected);
      for (const [status, n] of Object.entries(run.byStatus))
        payRunPaychecks.set({ run: run.runId, status }, n);
    }
  }
  return metricsRegistry.metrics();
}

export const METRICS_CONTENT_TYPE = metricsRegistry.contentType;
