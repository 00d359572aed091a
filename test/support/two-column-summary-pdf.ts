import PDFDocument from "pdfkit";

/**
 * Builds a carrier's benefit summary set in two page columns: each column holds sections, each a
 * title bar over an "IN-NETWORK / OUT-OF-NETWORK" header, rows of service / in-network /
 * out-of-network whose labels and prices wrap inside narrow cells, and a note as wide as the column.
 * A full-width title runs above both columns and a footer under them.
 */
export type SummarySection = {
  title: string;
  rows: [service: string, network: string, outOfNetwork: string][];
  note: string;
};

export async function buildTwoColumnSummaryPdf(spec: {
  planName: string;
  left: SummarySection[];
  right: SummarySection[];
}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "LETTER", margin: 32 });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text(`Benefit Summary: ${spec.planName}`, 42, 40, { lineBreak: false });
  doc
    .font("Helvetica")
    .fontSize(7.5)
    .text(
      "This summary highlights what you pay for common covered services. It is not a contract; the plan document governs.",
      32,
      64,
      { lineBreak: false },
    );
  const column = (x: number, sections: SummarySection[]) => {
    let y = 90;
    for (const section of sections) {
      doc
        .font("Helvetica-Bold")
        .fontSize(9)
        .text(section.title, x + 2, y, { lineBreak: false });
      y += 14;
      doc
        .fontSize(6.5)
        .text("IN-NETWORK", x + 118, y, { lineBreak: false })
        .text("OUT-OF-NETWORK", x + 182, y, { lineBreak: false });
      y += 12;
      doc.font("Helvetica").fontSize(7);
      for (const [service, network, outOfNetwork] of section.rows) {
        const height = Math.max(
          doc.heightOfString(service, { width: 110 }),
          doc.heightOfString(network, { width: 60 }),
          doc.heightOfString(outOfNetwork, { width: 76 }),
        );
        doc
          .text(service, x, y, { width: 110 })
          .text(network, x + 118, y, { width: 60 })
          .text(outOfNetwork, x + 182, y, { width: 76 });
        y += height + 4;
        doc
          .moveTo(x, y - 2)
          .lineTo(x + 262, y - 2)
          .lineWidth(0.3)
          .strokeColor("#999999")
          .stroke();
      }
      doc.text(section.note, x, y + 2, { width: 262 });
      y += doc.heightOfString(section.note, { width: 262 }) + 16;
    }
  };
  column(34, spec.left);
  column(316, spec.right);
  doc.fontSize(6.5).text(`${spec.planName} Benefit Summary - Page 1 of 1`, 32, 740, { lineBreak: false });
  doc.end();
  return done;
}
