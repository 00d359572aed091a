// Draws the one PDF of this client: the Hollowbrook HSA Choice 3600 "2027
// Benefits Scorecard" - portrait letter pages, one line per service, a RATING
// WORD where a scorecard would show an icon (FREE / FLAT / SHARED / CAPPED /
// NO / KEY NUMBER), and what you pay in a grey RIGHT-HAND MARGIN COLUMN
// ("In: ..." over "Out: ..."). No tables, no grid lines between columns.
//
// Run:  node make-pdfs.mjs        (writes documents/hollowbrook-hsa-choice-3600-scorecard-2027.pdf)
// The arrays below are exported so the checker can compare them with the PDF's
// real text layer and with client.json; the PDF is only written when this file
// is run directly.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
export const PDF_FILE = "hollowbrook-hsa-choice-3600-scorecard-2027.pdf";

export const HEADER_LINES = [
  "2027 Benefits Scorecard",
  "Hollowbrook HSA Choice 3600",
  "High-deductible health plan with a health savings account (HSA)  |  Plan year January 1 - December 31, 2027",
  "Prepared for Millstone Notch Granite Works, Inc. (group 7720-MN) by Hollowbrook Health Cooperative",
  "How to read this scorecard: each line names a service, then gives a rating word where other scorecards show an icon, and lists what you pay in the grey column at the right. In = Hollowbrook Northern Valleys Network (in-network). Out = any other provider (out-of-network).",
];

export const LEGEND_LINES = [
  "KEY NUMBER = an amount that shapes your whole year",
  "FREE = you pay nothing in-network",
  "FLAT = a set dollar amount",
  "SHARED = you pay coinsurance after the deductible",
  "CAPPED = covered, but with a visit, day or dollar limit",
  "NO = not covered",
];

// sections of [service, detail, rating word, in-network cost, out-of-network cost]
export const SECTIONS = [
  {
    title: "1. Key numbers for the year",
    rows: [
      ["Deductible", "Embedded: on any tier other than Associate Only, each person meets no more than $3,600 and the whole family no more than $7,200. Does not apply to preventive care. In-network and out-of-network deductibles are separate.", "KEY NUMBER", "In: $3,600 individual / $7,200 family", "Out: $7,200 individual / $14,400 family"],
      ["Out-of-pocket maximum", "Includes the deductible, coinsurance, copays and prescriptions. No one person on family coverage pays more than $6,750 in-network in a calendar year. Premiums and balance billing never count.", "KEY NUMBER", "In: $6,750 individual / $13,500 family", "Out: $15,000 individual / $30,000 family"],
      ["Coinsurance", "Your share of the allowed amount once the deductible is met.", "KEY NUMBER", "In: 20% after deductible", "Out: 50% after deductible"],
      ["HSA deposit from Millstone Notch", "Paid into your Birchline HSA on each of the 24 paydays once your HSA account is open. You may add your own pre-tax money through payroll and change that amount any month.", "KEY NUMBER", "In: $600 a year (Associate Only) / $1,200 a year (all other tiers)", "Out: same deposit, whatever providers you use"],
    ],
  },
  {
    title: "2. Everyday care",
    rows: [
      ["Preventive care", "Annual physical, well-child visits, routine immunizations, screening mammogram and screening colonoscopy under ACA guidelines.", "FREE", "In: No charge, no deductible", "Out: 50% after deductible"],
      ["Primary care visit for an illness or injury", "Family doctor, internist, pediatrician, nurse practitioner or physician assistant.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Specialist visit", "No referral needed.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Hollowbrook Anywhere virtual visit", "Video or phone visit with a Hollowbrook Anywhere doctor, 24 hours a day, 7 days a week.", "FLAT", "In: $40 per visit until the deductible is met, then $0", "Out: Not covered"],
      ["Urgent care center", "Sprains, cuts that need stitches, fevers, infections.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Mental health and substance use office visit", "Counseling and therapy, in person or virtual; no visit limit.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Chiropractic care", "Limited to 10 visits per calendar year.", "CAPPED", "In: 20% after deductible", "Out: Not covered"],
      ["Acupuncture", "Limited to 12 visits per calendar year, for chronic pain or nausea only.", "CAPPED", "In: 20% after deductible", "Out: 50% after deductible"],
    ],
  },
  {
    title: "3. Tests and imaging",
    rows: [
      ["Lab work and blood tests", "Hospital or independent lab.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["X-rays", "Includes x-rays read by a radiologist.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["MRI, CT and PET scans", "Prior authorization required; if it is not obtained, benefits are reduced by 50%, up to $1,000 per scan.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Sleep study", "A home sleep test comes first; an overnight lab study needs prior authorization.", "SHARED", "In: 20% after deductible", "Out: Not covered"],
    ],
  },
  {
    title: "4. Prescription drugs (Hollowbrook Rx)",
    rows: [
      ["Preventive drug list", "Blood pressure, cholesterol, asthma inhaler and diabetes drugs on the Hollowbrook preventive list, generics and preferred brands.", "FREE", "In: $0, no deductible", "Out: Not covered"],
      ["Insulin", "Any insulin on the formulary.", "FLAT", "In: $25 per 30-day supply, no deductible", "Out: Not covered"],
      ["Generic drugs (Tier 1)", "Most common generics.", "FLAT", "In: $10 retail (30-day) / $20 mail order (90-day), after deductible", "Out: Not covered"],
      ["Preferred brand drugs (Tier 2)", "Brands on the preferred list.", "FLAT", "In: $35 retail (30-day) / $70 mail order (90-day), after deductible", "Out: Not covered"],
      ["Non-preferred brand drugs (Tier 3)", "Ask your doctor whether a Tier 1 or Tier 2 drug would work.", "FLAT", "In: $70 retail (30-day) / $140 mail order (90-day), after deductible", "Out: Not covered"],
      ["Specialty drugs (Tier 4)", "Filled only by Hollowbrook Specialty Pharmacy, 30-day supply at a time.", "SHARED", "In: 25% after deductible, up to $350 per fill", "Out: Not covered"],
    ],
  },
  {
    title: "5. Hospital and emergency",
    rows: [
      ["Emergency room", "Out-of-network emergencies are paid as in-network, and you cannot be balance billed for emergency care.", "SHARED", "In: 20% after deductible", "Out: 20% after the in-network deductible"],
      ["Ambulance, ground and air", "Air ambulance when medically necessary, including rescue from a quarry site.", "SHARED", "In: 20% after deductible", "Out: 20% after the in-network deductible"],
      ["Hospital stay", "Prior authorization required for planned admissions.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Outpatient surgery", "Surgery center or hospital outpatient department; physician and facility fees.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Inpatient mental health and substance use care", "Prior authorization required.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
    ],
  },
  {
    title: "6. Pregnancy and babies",
    rows: [
      ["Prenatal visits", "Routine visits and screenings while you are pregnant.", "FREE", "In: No charge, no deductible", "Out: 50% after deductible"],
      ["Delivery and hospital stay", "Mother and baby; add your newborn within 60 days of birth.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Breast pump", "One pump per pregnancy from a Hollowbrook supplier.", "FREE", "In: No charge", "Out: Not covered"],
      ["Infertility treatment", "Diagnosing infertility is covered as a specialist visit; treatment is not.", "NO", "In: Not covered", "Out: Not covered"],
    ],
  },
  {
    title: "7. Therapy and recovery",
    rows: [
      ["Physical, occupational and speech therapy", "Limited to 25 visits per calendar year, all three therapies combined.", "CAPPED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Home health care", "Limited to 60 visits per calendar year.", "CAPPED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Skilled nursing facility", "Limited to 60 days per calendar year.", "CAPPED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Durable medical equipment", "CPAP machines, crutches, knee braces; prior authorization for items over $1,500.", "SHARED", "In: 20% after deductible", "Out: 50% after deductible"],
      ["Hearing aids", "One hearing aid per ear every 36 months. The hearing exam is covered as a specialist visit.", "CAPPED", "In: 20% after deductible, up to $2,000 per ear", "Out: 50% after deductible, up to $2,000 per ear"],
    ],
  },
];

export const NOT_COVERED = [
  "Cosmetic surgery",
  "Adult dental care (see the Lamoille dental plans)",
  "Eyeglasses and contact lenses (see the Quillpoint vision plan)",
  "Infertility treatment",
  "Long-term care",
  "Massage therapy",
  "Private-duty nursing",
  "Routine foot care (except for diabetes)",
  "Weight-loss programs",
  "Work-related injuries covered by workers' compensation",
  "Non-emergency care outside the United States",
];

export const FOOTER_LINES = [
  "Questions? Hollowbrook Member Care 1-802-555-0146 (Mon-Fri 7:30 am - 7 pm Eastern) or hollowbrook-health.example/choice3600. Find a network provider at hollowbrook-health.example/find.",
  "This scorecard is a summary. The Hollowbrook plan document and certificate of coverage control.",
];

export const PAGE_FOOTER = (n, total) => `Hollowbrook HSA Choice 3600 - 2027 Benefits Scorecard - Page ${n} of ${total}`;

const PAGE = { size: "LETTER", layout: "portrait", margin: 36 };
const W = 612;
const H = 792;
const MAIN_X = 36;
const SERVICE_W = 296; // service name + detail
const RATING_X = 342;
const RATING_W = 80;
const MARGIN_X = 436; // the grey right-hand margin column
const MARGIN_W = 140;
const BOTTOM = H - 36 - 24;
const RATING_COLOR = { "KEY NUMBER": "#3d4f5c", FREE: "#2f6b3a", FLAT: "#345f8c", SHARED: "#7a5a1c", CAPPED: "#8a4b14", NO: "#8c1f1f" };

function rowHeight(doc, row) {
  doc.font("Helvetica-Bold").fontSize(9.5);
  let left = doc.heightOfString(row[0], { width: SERVICE_W });
  doc.font("Helvetica").fontSize(8);
  left += 2 + doc.heightOfString(row[1], { width: SERVICE_W });
  doc.font("Helvetica-Bold").fontSize(8);
  let right = doc.heightOfString(row[3], { width: MARGIN_W - 10 });
  doc.font("Helvetica").fontSize(8);
  right += 3 + doc.heightOfString(row[4], { width: MARGIN_W - 10 });
  return Math.max(left, right, 16) + 12;
}

function drawMarginBand(doc, y, h) {
  doc.rect(MARGIN_X, y, MARGIN_W, h).fill("#e9eaec");
}

function newPage(doc, state) {
  doc.addPage(PAGE);
  state.y = 36;
  // the margin column runs the full height of every page
  drawMarginBand(doc, 36, BOTTOM - 36);
  doc.font("Helvetica-Bold").fontSize(7.5).fillColor("#555555").text("WHAT YOU PAY", MARGIN_X + 5, 38, { width: MARGIN_W - 10, lineBreak: false });
  state.y = 52;
}

function drawSectionTitle(doc, title, state) {
  if (state.y + 60 > BOTTOM) newPage(doc, state);
  doc.rect(MAIN_X, state.y, MARGIN_X - MAIN_X - 8, 16).fill("#4a4a46");
  doc.fillColor("#ffffff").font("Helvetica-Bold").fontSize(10).text(title, MAIN_X + 6, state.y + 4, { width: 380, lineBreak: false });
  state.y += 22;
}

function drawRow(doc, row, state) {
  const h = rowHeight(doc, row);
  if (state.y + h > BOTTOM) newPage(doc, state);
  const y = state.y;
  doc.fillColor("#000000").font("Helvetica-Bold").fontSize(9.5).text(row[0], MAIN_X, y, { width: SERVICE_W });
  doc.font("Helvetica").fontSize(8).fillColor("#333333").text(row[1], MAIN_X, doc.y + 2, { width: SERVICE_W });
  // the rating word, boxed, where an icon would be
  doc.rect(RATING_X, y, RATING_W, 14).lineWidth(0.8).strokeColor(RATING_COLOR[row[2]] ?? "#000000").stroke();
  doc.font("Helvetica-Bold").fontSize(7.5).fillColor(RATING_COLOR[row[2]] ?? "#000000").text(row[2], RATING_X, y + 4, { width: RATING_W, align: "center", lineBreak: false });
  // costs in the margin column
  doc.font("Helvetica-Bold").fontSize(8).fillColor("#000000").text(row[3], MARGIN_X + 5, y, { width: MARGIN_W - 10 });
  doc.font("Helvetica").fontSize(8).fillColor("#000000").text(row[4], MARGIN_X + 5, doc.y + 3, { width: MARGIN_W - 10 });
  doc.moveTo(MAIN_X, y + h - 5).lineTo(MARGIN_X - 8, y + h - 5).lineWidth(0.3).strokeColor("#bbbbbb").dash(1, { space: 2 }).stroke().undash();
  state.y = y + h;
}

export async function makePdfs() {
  const require = createRequire(path.join(here, "../../../../package.json"));
  const PDFDocument = require("pdfkit");
  const doc = new PDFDocument({ ...PAGE, autoFirstPage: true, bufferPages: true, info: { Title: "Hollowbrook HSA Choice 3600 - 2027 Benefits Scorecard", Author: "Hollowbrook Health Cooperative" } });
  const out = path.join(here, "documents", PDF_FILE);
  const stream = fs.createWriteStream(out);
  doc.pipe(stream);
  const state = { y: 36 };

  // title block (full width, above the margin column)
  doc.font("Helvetica-Bold").fontSize(9).fillColor("#7a7a72").text(HEADER_LINES[0], MAIN_X, 36, { width: 540 });
  doc.font("Helvetica-Bold").fontSize(20).fillColor("#2b2b28").text(HEADER_LINES[1], MAIN_X, doc.y + 2, { width: 540 });
  doc.font("Helvetica").fontSize(9).fillColor("#000000").text(HEADER_LINES[2], MAIN_X, doc.y + 2, { width: 540 });
  doc.text(HEADER_LINES[3], MAIN_X, doc.y + 1, { width: 540 });
  doc.font("Helvetica-Oblique").fontSize(8.5).text(HEADER_LINES[4], MAIN_X, doc.y + 6, { width: 540 });
  // legend strip
  let ly = doc.y + 8;
  doc.rect(MAIN_X, ly, 540, 30).fill("#f4f3ee");
  doc.fillColor("#000000").font("Helvetica-Bold").fontSize(7.5);
  LEGEND_LINES.forEach((l, i) => {
    const col = i % 3;
    const row = Math.floor(i / 3);
    doc.text(l, MAIN_X + 6 + col * 178, ly + 5 + row * 12, { width: 172, lineBreak: false });
  });
  state.y = ly + 40;
  drawMarginBand(doc, state.y, BOTTOM - state.y);
  doc.font("Helvetica-Bold").fontSize(7.5).fillColor("#555555").text("WHAT YOU PAY", MARGIN_X + 5, state.y + 2, { width: MARGIN_W - 10, lineBreak: false });
  state.y += 16;

  for (const section of SECTIONS) {
    drawSectionTitle(doc, section.title, state);
    for (const row of section.rows) drawRow(doc, row, state);
    state.y += 6;
  }

  // not covered: rating NO, one item per line inside the main area
  if (state.y + 22 + NOT_COVERED.length * 12 + 60 > BOTTOM) newPage(doc, state);
  drawSectionTitle(doc, "8. Not covered (rating: NO)", state);
  doc.font("Helvetica").fontSize(8.5).fillColor("#000000");
  NOT_COVERED.forEach((s, i) => {
    doc.text(`NO  -  ${s}`, MAIN_X, state.y + i * 12, { width: MARGIN_X - MAIN_X - 10, lineBreak: false });
  });
  state.y += NOT_COVERED.length * 12 + 10;
  doc.font("Helvetica-Oblique").fontSize(8).fillColor("#000000");
  doc.text(FOOTER_LINES[0], MAIN_X, state.y, { width: MARGIN_X - MAIN_X - 10 });
  doc.text(FOOTER_LINES[1], MAIN_X, doc.y + 3, { width: MARGIN_X - MAIN_X - 10 });

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc.font("Helvetica").fontSize(7.5).fillColor("#555555").text(PAGE_FOOTER(i + 1, range.count), MAIN_X, H - 36 - 10, { width: 540, align: "center", lineBreak: false });
  }
  doc.end();
  await new Promise((res, rej) => {
    stream.on("finish", res);
    stream.on("error", rej);
  });
  return { file: out, pages: range.count };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { file, pages } = await makePdfs();
  console.log(`wrote ${path.relative(here, file)} (${pages} pages)`);
}
