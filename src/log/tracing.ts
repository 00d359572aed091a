import { type Attributes, type Span, SpanStatusCode, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";

/**
 * OpenTelemetry traces, sent only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set: one span per HTTP request
 * (named by its route pattern, never its raw path) and one per job run. Without an endpoint the API's
 * no-op tracer answers and nothing is exported. Spans carry route, status, job name and request id —
 * never a message, a payload or a person's figures.
 */
export type Tracing = {
  /** Exports what is buffered and stops; later spans are no-ops. */
  shutdown(): Promise<void>;
};

/** Starts exporting spans over OTLP/HTTP when an endpoint is configured; undefined otherwise. */
export function startTracing(
  env: {
    OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
    OTEL_SERVICE_NAME?: string | undefined;
  },
  role: "serve" | "worker",
): Tracing | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return undefined;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      "service.name": env.OTEL_SERVICE_NAME ?? "aso-hr-assistant",
      "service.instance.role": role,
    }),
    // The base URL is the collector's, as OTLP's convention has it; traces go to its /v1/traces.
    spanProcessors: [
      new BatchSpanProcessor(
        new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces`, timeoutMillis: 10_000 }),
      ),
    ],
  });
  trace.setGlobalTracerProvider(provider);
  return {
    async shutdown() {
      try {
        await provider.shutdown();
      } finally {
        trace.disable();
      }
    },
  };
}

const tracer = () => trace.getTracer("aso-hr-assistant");

function startSpan(name: string, attributes: Attributes): Span {
  return tracer().startSpan(name, { attributes });
}

/**
 * A request's span, opened when it arrives; `end` names it by the route pattern once the router has
 * matched one, with the response's status (5xx marks it an error).
 */
export function startRequestSpan(
  method: string,
  requestId: string,
): { end(route: string, status: number): void } {
  const span = startSpan(method, { "http.request.method": method, "request.id": requestId });
  return {
    end(route, status) {
      span.updateName(`${method} ${route}`);
      span.setAttributes({ "http.route": route, "http.response.status_code": status });
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}

/** Runs `work` inside a span that ends with it, marked as an error when it throws. */
export async function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  const span = startSpan(name, attributes);
  try {
    return await work();
  } catch (error) {
    // The error's class only: its message may quote what a person typed.
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.name ?? "Error" });
    throw error;
  } finally {
    span.end();
  }
}
