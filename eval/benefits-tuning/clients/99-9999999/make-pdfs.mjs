// Run from /work/main (or the worktree root): node eval/benefits-tuning/clients/99-9999999/make-pdfs.mjs
import PDFDocument from "pdfkit";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sbc, dental } from "./pdf-content.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = (f) => path.join(here, "documents", f);

function table(doc, rows, widths, { x0 = 36, size = 7.5, headerFill = "#d9e2f3", bottom } = {}) {
  const pad = 3;
  let y = doc.y;
  rows.forEach((row, i) => {
    doc.font(i === 0 ? "Helvetica-Bold" : "Helvetica").fontSize(size);
    const h = Math.max(...row.map((c, j) => doc.heightOfString(c || " ", { width: widths[j] - 2 * pad }))) + 2 * pad;
    if (y + h > (bottom ?? doc.page.height - 50)) { doc.addPage(); y = doc.page.margins.top; }
    let x = x0;
    row.forEach((c, j) => {
      if (i === 0) doc.rect(x, y, widths[j], h).fillAndStroke(headerFill, "#000000");
      else doc.rect(x, y, widths[j], h).stroke();
      doc.fillColor("#000000").text(c, x + pad, y + pad, { width: widths[j] - 2 * pad });
      x += widths[j];
    });
    y += h;
  });
  doc.x = x0; doc.y = y + 8;
}

// 1. SBC
{
  const doc = new PDFDocument({ size: "LETTER", layout: "landscape", margin: 36 });
  doc.pipe(fs.createWriteStream(out(sbc.file)));
  doc.font("Helvetica-Bold").fontSize(12).text(sbc.header[0]);
  doc.font("Helvetica").fontSize(9);
  for (const l of sbc.header.slice(1)) doc.text(l);
  doc.moveDown(0.5).fontSize(8).text(sbc.intro, { width: 720 }).moveDown(0.5);
  table(doc, sbc.important, [200, 260, 260], { size: 8 });
  doc.addPage();
  table(doc, sbc.events, [130, 150, 150, 120, 170]);
  doc.font("Helvetica-Bold").fontSize(8).text("Excluded Services & Other Covered Services:", 36);
  doc.rect(36, doc.y, 720, 70).stroke();
  const y0 = doc.y + 4;
  doc.font("Helvetica").fontSize(8).text(sbc.excluded, 40, y0, { width: 710 });
  doc.moveDown(0.5).text(sbc.other, 40, doc.y, { width: 710 });
  doc.end();
}

// 2. Dental flyer
{
  const doc = new PDFDocument({ size: "LETTER", margin: 40 });
  doc.pipe(fs.createWriteStream(out(dental.file)));
  doc.rect(0, 0, doc.page.width, 80).fill("#0b6e4f");
  doc.fillColor("#ffffff").font("Helvetica-Bold").fontSize(15).text(dental.title, 40, 25, { width: 530 });
  doc.font("Helvetica-Oblique").fontSize(10).text(dental.subtitle, 40, 55);
  doc.fillColor("#000000"); doc.x = 40; doc.y = 100;
  table(doc, [dental.columns, ...dental.rows], [200, 165, 165], { x0: 40, size: 9, headerFill: "#c8e6c9" });
  doc.font("Helvetica").fontSize(8.5);
  for (const n of dental.notes) doc.text("- " + n, 40, doc.y, { width: 530 }).moveDown(0.3);
  doc.end();
}
console.log("PDFs written");
