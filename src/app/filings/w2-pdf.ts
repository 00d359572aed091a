import PDFDocument from "pdfkit";
import { utcMidnight } from "../../core/calendar/iso-date";
import type { FilingAddress } from "../../core/filings/efw2";
import { type W2Form, type W3, w2Copies } from "../../core/filings/form-w2-copy";

/** Letter portrait; one form in the top half of each page, as the red-ink Copy A is laid out. */
const PAGE = { width: 612, height: 792, left: 36, top: 40 };
const LABEL = 5.5;
const VALUE = 9;

type Doc = PDFKit.PDFDocument;

/**
 * A PDF whose bytes depend only on its content and `issuedOn`: pdfkit derives the file ID from the
 * document info, so fixing the creation date (the request's date) fixes every byte.
 */
function newDocument(title: string, issuedOn: string): { doc: Doc; done: Promise<Buffer> } {
  const date = utcMidnight(issuedOn);
  if (Number.isNaN(date.getTime())) throw new Error(`issuedOn: not a date: ${issuedOn}`);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Producer: "aso", Creator: "aso", CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

/** One labelled box: the printed label at the top left, the value below it. */
function box(
  doc: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  label: string,
  value: string | string[] = "",
) {
  doc.lineWidth(0.6).rect(x, y, w, h).stroke();
  doc
    .font("Helvetica")
    .fontSize(LABEL)
    .text(label, x + 2, y + 2, { width: w - 4, lineBreak: false, height: LABEL + 2 });
  const lines = Array.isArray(value) ? value : [value];
  doc.font("Courier").fontSize(VALUE);
  lines.forEach((line, i) => {
    if (line) doc.text(line, x + 4, y + 10 + i * (VALUE + 1), { width: w - 8, lineBreak: false });
  });
}

function addressLines(name: string, address: FilingAddress | undefined): string[] {
  return address
    ? [name, address.street, `${address.city}, ${address.state} ${address.zip}`]
    : [name, "(address not on file)"];
}

const check = (on: boolean) => (on ? "[X]" : "[ ]");

function drawW2(doc: Doc, f: W2Form, copyLabel: string): void {
  doc.addPage();
  const x0 = PAGE.left;
  const y0 = PAGE.top;
  const left = 270;
  const col = 135;
  const row = 24;
  const xr = x0 + left;
  box(doc, x0, y0, 80, row, "22222", "");
  box(doc, x0 + 80, y0, 190, row, "a  Employee's social security number", f.ssn);
  box(doc, xr, y0, col * 2, row, "OMB No. 1545-0008", "");
  let y = y0 + row;
  box(doc, x0, y, left, row, "b  Employer identification number (EIN)", f.employer.ein);
  box(doc, xr, y, col, row, "1  Wages, tips, other compensation", f.box1);
  box(doc, xr + col, y, col, row, "2  Federal income tax withheld", f.box2);
  y += row;
  box(
    doc,
    x0,
    y,
    left,
    row * 3,
    "c  Employer's name, address, and ZIP code",
    addressLines(f.employer.name, f.employer.address),
  );
  box(doc, xr, y, col, row, "3  Social security wages", f.box3);
  box(doc, xr + col, y, col, row, "4  Social security tax withheld", f.box4);
  box(doc, xr, y + row, col, row, "5  Medicare wages and tips", f.box5);
  box(doc, xr + col, y + row, col, row, "6  Medicare tax withheld", f.box6);
  box(doc, xr, y + row * 2, col, row, "7  Social security tips", f.box7);
  box(doc, xr + col, y + row * 2, col, row, "8  Allocated tips", f.box8);
  y += row * 3;
  box(doc, x0, y, left, row, "d  Control number", f.controlNumber);
  box(doc, xr, y, col, row, "9", f.box9);
  box(doc, xr + col, y, col, row, "10  Dependent care benefits", f.box10);
  y += row;
  box(doc, x0, y, left, row * 2, "e  Employee's first name and initial    Last name    Suff.", [
    f.employee.name,
  ]);
  box(doc, xr, y, col, row, "11  Nonqualified plans", f.box11);
  const twelve = (i: number) => {
    const c = f.box12[i];
    return c ? `${c.code.padEnd(3, " ")} ${c.amount}` : "";
  };
  box(doc, xr + col, y, col, row, "12a  See instructions for box 12  (Code)", twelve(0));
  box(
    doc,
    xr,
    y + row,
    col,
    row,
    "13  Statutory employee / Retirement plan / Third-party sick pay",
    `${check(f.box13.statutoryEmployee)} ${check(f.box13.retirementPlan)} ${check(f.box13.thirdPartySickPay)}`,
  );
  box(doc, xr + col, y + row, col, row, "12b  (Code)", twelve(1));
  y += row * 2;
  box(
    doc,
    x0,
    y,
    left,
    row * 2,
    "f  Employee's address and ZIP code",
    addressLines("", f.employee.address).slice(1),
  );
  box(
    doc,
    xr,
    y,
    col,
    row * 2,
    "14  Other",
    f.box14.map((o) => `${o.label} ${o.amount}`),
  );
  box(doc, xr + col, y, col, row, "12c  (Code)", twelve(2));
  box(doc, xr + col, y + row, col, row, "12d  (Code)", twelve(3));
  y += row * 2;
  const widths = [34, 120, 76, 70, 70, 70, 100];
  const heads = [
    "15  State",
    "Employer's state ID number",
    "16  State wages, tips, etc.",
    "17  State income tax",
    "18  Local wages, tips, etc.",
    "19  Local income tax",
    "20  Locality name",
  ];
  for (let line = 0; line < 2; line++) {
    const s = f.states[line];
    const l = f.locals[line];
    const cells = [
      s?.state ?? "",
      s?.employerStateId ?? "",
      s?.wages ?? "",
      s?.tax ?? "",
      l?.wages ?? "",
      l?.tax ?? "",
      l?.locality ?? "",
    ];
    let x = x0;
    widths.forEach((w, i) => {
      box(doc, x, y, w, row, line === 0 ? heads[i]! : "", cells[i]!);
      x += w;
    });
    y += row;
  }
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text("W-2", x0, y + 8, { lineBreak: false });
  doc
    .font("Helvetica-Bold")
    .fontSize(9)
    .text("Wage and Tax Statement", x0 + 40, y + 10, { lineBreak: false });
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text(String(f.year), x0 + 250, y + 8, { lineBreak: false });
  doc
    .font("Helvetica")
    .fontSize(6)
    .text("Department of the Treasury—Internal Revenue Service", x0 + 330, y + 10, { lineBreak: false });
  doc
    .font("Helvetica")
    .fontSize(7)
    .text(copyLabel, x0, y + 28, { lineBreak: false });
}

/**
 * The W-2s as a PDF, one form per page (an employee with over four box 12 entries or over two states
 * gets a second form carrying the rest), each box where the printed form has it.
 */
export async function renderW2Pdf(
  forms: readonly W2Form[],
  options: { issuedOn: string; copy?: string },
): Promise<Buffer> {
  const { doc, done } = newDocument("Form W-2 Wage and Tax Statement", options.issuedOn);
  const copy = options.copy ?? "Copy B—To Be Filed With Employee's FEDERAL Tax Return.";
  for (const form of forms) for (const page of w2Copies(form)) drawW2(doc, page, copy);
  if (forms.length === 0) doc.addPage();
  doc.end();
  return done;
}

/** Form W-3 as a PDF, its boxes where the printed transmittal has them. */
export async function renderW3Pdf(w3: W3, options: { issuedOn: string; contact?: string }): Promise<Buffer> {
  const { doc, done } = newDocument("Form W-3 Transmittal of Wage and Tax Statements", options.issuedOn);
  doc.addPage();
  const x0 = PAGE.left;
  const left = 270;
  const col = 135;
  const row = 24;
  const xr = x0 + left;
  let y = PAGE.top;
  box(doc, x0, y, 80, row, "33333", "");
  box(doc, x0 + 80, y, 190, row, "a  Control number", "");
  box(doc, xr, y, col * 2, row, "OMB No. 1545-0008", "");
  y += row;
  box(doc, x0, y, left, row * 2, "b  Kind of Payer / Kind of Employer", [
    `Kind of Payer: [X] ${w3.kindOfPayer}`,
    `Kind of Employer: [X] ${w3.kindOfEmployer}`,
  ]);
  box(doc, xr, y, col, row, "1  Wages, tips, other compensation", w3.box1);
  box(doc, xr + col, y, col, row, "2  Federal income tax withheld", w3.box2);
  box(doc, xr, y + row, col, row, "3  Social security wages", w3.box3);
  box(doc, xr + col, y + row, col, row, "4  Social security tax withheld", w3.box4);
  y += row * 2;
  box(doc, x0, y, 135, row, "c  Total number of Forms W-2", String(w3.formsCount));
  box(doc, x0 + 135, y, 135, row, "d  Establishment number", "");
  box(doc, xr, y, col, row, "5  Medicare wages and tips", w3.box5);
  box(doc, xr + col, y, col, row, "6  Medicare tax withheld", w3.box6);
  y += row;
  box(doc, x0, y, left, row, "e  Employer identification number (EIN)", w3.employer.ein);
  box(doc, xr, y, col, row, "7  Social security tips", w3.box7);
  box(doc, xr + col, y, col, row, "8  Allocated tips", w3.box8);
  y += row;
  box(doc, x0, y, left, row * 2, "f  Employer's name", [w3.employer.name]);
  box(doc, xr, y, col, row, "9", "");
  box(doc, xr + col, y, col, row, "10  Dependent care benefits", w3.box10);
  box(doc, xr, y + row, col, row, "11  Nonqualified plans", w3.box11);
  box(doc, xr + col, y + row, col, row, "12a  Deferred compensation", w3.box12a);
  y += row * 2;
  box(
    doc,
    x0,
    y,
    left,
    row * 2,
    "g  Employer's address and ZIP code",
    addressLines("", w3.employer.address).slice(1),
  );
  box(doc, xr, y, col, row, "13  For third-party sick pay use only", check(w3.box13ThirdPartySickPay));
  box(doc, xr + col, y, col, row, "12b", "");
  box(doc, xr, y + row, col * 2, row, "14  Income tax withheld by payer of third-party sick pay", w3.box14);
  y += row * 2;
  box(doc, x0, y, left, row, "h  Other EIN used this year", "");
  y += row;
  box(doc, x0, y, 60, row, "15  State", w3.box15.state);
  box(doc, x0 + 60, y, left - 60, row, "Employer's state ID number", w3.box15.employerStateId);
  y += row;
  box(doc, x0, y, col, row, "16  State wages, tips, etc.", w3.box16);
  box(doc, x0 + col, y, col, row, "17  State income tax", w3.box17);
  box(doc, xr, y, col, row, "18  Local wages, tips, etc.", w3.box18);
  box(doc, xr + col, y, col, row, "19  Local income tax", w3.box19);
  y += row;
  box(doc, x0, y, left * 2, row, "Employer's contact person", options.contact ?? "");
  y += row;
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text("W-3", x0, y + 8, { lineBreak: false });
  doc
    .font("Helvetica-Bold")
    .fontSize(9)
    .text("Transmittal of Wage and Tax Statements", x0 + 40, y + 10, { lineBreak: false });
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text(String(w3.year), x0 + 250, y + 8, { lineBreak: false });
  doc
    .font("Helvetica")
    .fontSize(6)
    .text("Department of the Treasury—Internal Revenue Service", x0 + 330, y + 10, { lineBreak: false });
  doc.end();
  return done;
}
