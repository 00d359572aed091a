import PDFDocument from "pdfkit";
import type { DocumentModel } from "../../core/documents/document-model";

/**
 * Lays a document out as a PDF with pdfkit's built-in Helvetica (no font files, no network). The
 * bytes depend only on the model and `createdAt`: the PDF's dates are the request's, never the clock,
 * and pdfkit adds nothing random without encryption, so the same request renders byte-identical.
 */
export async function renderPdf(model: DocumentModel, createdAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "LETTER",
    margin: 54,
    compress: false,
    info: {
      Title: model.title,
      Producer: "ASO HR assistant",
      Creator: "ASO HR assistant",
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font("Helvetica-Bold").fontSize(18).text(model.title, left);
  doc.moveDown(0.3);
  doc.font("Helvetica").fontSize(10);
  for (const line of model.header) doc.text(line);
  for (const section of model.sections) {
    doc.moveDown(0.8);
    if (section.kind === "paragraphs") {
      if (section.heading) doc.font("Helvetica-Bold").fontSize(12).text(section.heading).moveDown(0.3);
      doc.font("Helvetica").fontSize(11);
      for (const paragraph of section.paragraphs)
        doc.text(paragraph, left, undefined, { width }).moveDown(0.6);
      continue;
    }
    doc.font("Helvetica-Bold").fontSize(12).text(section.heading, left).moveDown(0.2);
    const first = width * 0.5;
    const rest = section.columns.length > 1 ? (width - first) / (section.columns.length - 1) : 0;
    const x = (i: number) => (i === 0 ? left : left + first + (i - 1) * rest);
    const row = (cells: readonly string[], font: string) => {
      const y = doc.y;
      doc.font(font).fontSize(10);
      cells.forEach((cell, i) => {
        doc.text(cell, x(i), y, {
          width: i === 0 ? first : rest,
          align: i === 0 ? "left" : "right",
          lineBreak: false,
        });
      });
      doc.x = left;
      doc.y = y + 14;
    };
    row(section.columns, "Helvetica-Bold");
    if (section.rows.length === 0) row(["None", ...section.columns.slice(1).map(() => "")], "Helvetica");
    for (const cells of section.rows) row(cells, "Helvetica");
  }
  if (model.footer) {
    doc.moveDown(1.5);
    doc.font("Helvetica").fontSize(8).text(model.footer, left, undefined, { width });
  }
  doc.end();
  return done;
}
