import { extractText, getDocumentProxy } from "unpdf";
import { toPaycheckFigures } from "../../../src/app/payroll/build-paycheck-input";
import { computePaycheck } from "../../../src/core/payroll/compute-paycheck";
import type { Database } from "../../../src/db/database";

/** The text of a PDF (the bytes may sit inside an upload body: from `%PDF` to the last `%%EOF`). */
export async function pdfText(bytes: Buffer): Promise<string> {
  const start = bytes.indexOf("%PDF");
  const end = bytes.lastIndexOf("%%EOF");
  const pdf = bytes.subarray(start, end + 5);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text;
}

/** Posts a paycheck as an approved pay run leaves it (engine figures, run `posted`); returns its figures. */
export async function postPaycheck(
  db: Database,
  who: { clientId: string; employeeId: string },
  payDate: string,
  period: { start: string; end: string },
  hours = "80",
) {
  const request = {
    payDate,
    payFrequency: "biweekly" as const,
    earnings: [{ code: "regular" as const, hours, rate: "25.00" }],
    federalW4: { version: 2020 as const, filingStatus: "single" as const },
    workState: "PA",
  };
  const result = computePaycheck(request);
  const run = await db.prisma.payRun.create({
    data: {
      clientId: who.clientId,
      periodStart: new Date(period.start),
      periodEnd: new Date(period.end),
      payDate: new Date(payDate),
      status: "posted",
      employeeCount: 1,
      createdBy: "test",
    },
  });
  const figures = toPaycheckFigures(
    { input: request, employerContributions: [], ytdMedicareWagesBefore: "0" },
    result,
    {
      employeeId: who.employeeId,
      payDate,
      periodStart: period.start,
      periodEnd: period.end,
      workState: "PA",
    },
  );
  await db.prisma.paycheck.create({
    data: {
      runId: run.id,
      clientId: who.clientId,
      employeeId: who.employeeId,
      status: "calculated",
      payDate: new Date(payDate),
      gross: result.gross,
      net: result.net,
      figures,
      explanation: result.explanation,
    },
  });
  return result;
}
