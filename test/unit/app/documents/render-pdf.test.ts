import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../../../src/app/documents/render-pdf";
import { buildEmploymentVerification } from "../../../../src/core/documents/employment-verification";

const model = buildEmploymentVerification({
  employer: { name: "Acme Manufacturing", payFrequency: "weekly" },
  employee: {
    name: "Alex Example",
    hireDate: "2024-03-01",
    terminationDate: null,
    payType: "hourly",
    payRate: "25.5",
  },
  asOf: "2026-12-04",
  includePay: true,
});

describe("renderPdf", () => {
  it("renders the same request byte-identical, whenever it runs", async () => {
    const at = new Date("2026-12-04T15:00:00Z");
    const first = await renderPdf(model, at);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderPdf(model, at);
    expect(second.equals(first)).toBe(true);
    // The date inside is the request's: another request time gives other bytes.
    expect((await renderPdf(model, new Date("2026-12-05T15:00:00Z"))).equals(first)).toBe(false);
  });

  it("reads back the names and figures it was given", async () => {
    const pdf = await renderPdf(model, new Date("2026-12-04T15:00:00Z"));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Employment verification");
    expect(text).toContain("Alex Example is currently employed by Acme Manufacturing");
    expect(text).toContain("Pay: $25.50 per hour.");
  });
});
