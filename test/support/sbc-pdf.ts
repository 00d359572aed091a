import PDFDocument from "pdfkit";

/**
 * Builds a Summary of Benefits and Coverage PDF in the federal template's layout (landscape, the
 * Important Questions table, the five-column Common Medical Event table with the event printed once
 * over its rows, wrapped cells with borders, the header repeated on each page, "Page N of M"
 * footers, the excluded and other covered services in bulleted columns) from a plan's figures. Tests
 * and the benefits evaluation use it so the PDF path is exercised without committing a binary.
 */
export type SbcPdfSpec = {
  planName: string;
  coveragePeriod: string;
  questions: [question: string, answer: string, why: string][];
  events: {
    event: string;
    rows: [service: string, network: string, outOfNetwork: string, limits: string][];
  }[];
  excluded: string[];
  otherCovered: string[];
  /** The cost columns' titles; the template's full wording wraps inside its narrow columns. */
  networkTitles?: [network: string, outOfNetwork: string];
  /**
   * Limitations printed in a band under each row, across the table ("Limitations, Exceptions, &
   * Other Important Information: …"), instead of in a column of their own.
   */
  limitationsBand?: boolean;
};

const PAGE = { width: 792, height: 612, margin: 36 };
const FONT = 8;

export async function buildSbcPdf(spec: SbcPdfSpec): Promise<Buffer> {
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: PAGE.margin, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font("Helvetica");

  const header = () => {
    doc.fontSize(9).font("Helvetica-Bold");
    doc.text(`Summary of Benefits and Coverage: ${spec.planName}`, PAGE.margin, 18, { lineBreak: false });
    doc.font("Helvetica").fontSize(FONT);
  };
  header();
  doc.fontSize(12).font("Helvetica-Bold").text(spec.planName, PAGE.margin, 40);
  doc
    .fontSize(FONT)
    .font("Helvetica")
    .text(`Coverage Period: ${spec.coveragePeriod}    Coverage for: Individual + Family`);
  doc.moveDown(1);

  let y = doc.y;
  const table = (widths: number[], head: string[], rows: string[][]) => {
    const drawRow = (cells: string[], bold: boolean) => {
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FONT);
      const heights = cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 8 }));
      const h = Math.max(...heights) + 8;
      if (y + h > PAGE.height - 40) {
        doc.addPage();
        header();
        y = 40;
        if (!bold) drawRow(head, true);
      }
      let x = PAGE.margin;
      cells.forEach((c, i) => {
        doc.rect(x, y, widths[i]!, h).stroke();
        if (c) doc.text(c, x + 4, y + 4, { width: widths[i]! - 8 });
        x += widths[i]!;
      });
      y += h;
    };
    drawRow(head, true);
    for (const r of rows) drawRow(r, false);
    doc.font("Helvetica");
  };

  table(
    [180, 230, 310],
    ["Important Questions", "Answers", "Why This Matters:"],
    spec.questions.map((q) => [...q]),
  );
  doc.addPage();
  header();
  y = 40;
  const titles = spec.networkTitles ?? [
    "Network Provider (You will pay the least)",
    "Out-of-Network Provider (You will pay the most)",
  ];
  if (spec.limitationsBand) {
    // Four columns, each row's limitations in an unruled band under it, from the services column on.
    const widths = [150, 190, 170, 170];
    const cells = (texts: string[], bold: boolean) => {
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FONT);
      const h = Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: widths[i]! - 8 }))) + 6;
      let x = PAGE.margin;
      texts.forEach((t, i) => {
        if (t) doc.text(t, x + 4, y + 3, { width: widths[i]! - 8 });
        x += widths[i]!;
      });
      y += h;
    };
    cells(["Common Medical Event", "Services You May Need", ...titles], true);
    for (const e of spec.events)
      e.rows.forEach((r, i) => {
        if (y > PAGE.height - 70) {
          doc.addPage();
          header();
          y = 40;
          cells(["Common Medical Event", "Services You May Need", ...titles], true);
        }
        cells([i === 0 ? e.event : "", r[0], r[1], r[2]], false);
        const note = `Limitations, Exceptions, & Other Important Information: ${r[3]}`;
        doc.font("Helvetica").fontSize(FONT - 0.5);
        doc.text(note, PAGE.margin + widths[0]! + 6, y, { width: 500 });
        y = doc.y + 6;
      });
  } else {
    table(
      [120, 150, 130, 130, 190],
      [
        "Common Medical Event",
        "Services You May Need",
        ...titles,
        "Limitations, Exceptions, & Other Important Information",
      ],
      // The event is printed once, over the first of its rows, as in the template's merged cell.
      spec.events.flatMap((e) => e.rows.map((r, i) => [i === 0 ? e.event : "", ...r])),
    );
  }

  doc.addPage();
  header();
  y = 40;
  doc.fontSize(10).font("Helvetica-Bold").text("Excluded Services & Other Covered Services:", PAGE.margin, y);
  const list = (title: string, items: string[]) => {
    doc
      .fontSize(FONT)
      .font("Helvetica-Bold")
      .text(title, PAGE.margin, doc.y + 6);
    doc.font("Helvetica");
    const top = doc.y + 4;
    const perColumn = Math.ceil(items.length / 3);
    let bottom = top;
    items.forEach((item, i) => {
      const column = Math.floor(i / perColumn);
      const row = i % perColumn;
      if (row === 0) doc.y = top;
      doc.text(`• ${item}`, PAGE.margin + column * 240, doc.y, { width: 220 });
      bottom = Math.max(bottom, doc.y);
    });
    doc.y = bottom;
  };
  list(
    "Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)",
    spec.excluded,
  );
  list(
    "Other Covered Services (Limitations may apply to these services. This isn't a complete list.)",
    spec.otherCovered,
  );
  doc.moveDown(2);
  doc.fontSize(10).font("Helvetica-Bold").text("Your Rights to Continue Coverage:", PAGE.margin);
  doc
    .fontSize(FONT)
    .font("Helvetica")
    .text("There are agencies that can help if you want to continue your coverage after it ends.", {
      width: 700,
    });

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc
      .fontSize(7)
      .text(`Page ${i + 1} of ${range.count}`, PAGE.width / 2 - 20, PAGE.height - 24, { lineBreak: false });
  }
  doc.end();
  return done;
}
