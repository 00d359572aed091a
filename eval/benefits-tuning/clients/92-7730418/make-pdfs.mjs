// Draws the one PDF of this client: the Northbound HSA Saver 3400 Summary of
// Benefits and Coverage, on LANDSCAPE pages, with the in-network services and
// the out-of-network services as two separate numbered tables stacked one
// after the other (Table A, then Table B, each continuing across pages with a
// repeated header), then a Section C of exclusions / other covered services.
//
// Run:  node make-pdfs.mjs        (writes documents/northbound-hsa-saver-3400-sbc-2027.pdf)
// The arrays below are exported so check-questions.mjs can compare them with
// the PDF's text layer and with client.json.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
export const PDF_FILE = "northbound-hsa-saver-3400-sbc-2027.pdf";

export const HEADER_LINES = [
  "Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services",
  "Northbound Health Alliance  |  Northbound HSA Saver 3400 (HDHP with PPO network)  |  Coverage Period: 01/01/2027 - 12/31/2027",
  "Group: Kettleback Marine Processing, Inc. (group no. NB-44718)  |  Coverage for: Crew Member Only, Crew Member + Spouse/Partner, Crew Member + Child(ren), Crew Member + Family",
  "This plan is a high deductible health plan (HDHP) that can be paired with a health savings account (HSA). Read Table A for Northbound Preferred (in-network) providers and Table B for all other (out-of-network) providers. Row numbers match between the two tables.",
];

// [row no., service, what you pay, limits/notes]
export const TABLE_A = [
  ["A1", "Overall deductible", "$3,400 individual / $6,800 family", "Family coverage: the $6,800 family deductible must be met before the plan pays for any one member (non-embedded deductible). Does not apply to preventive care."],
  ["A2", "Out-of-pocket limit", "$6,500 individual / $13,000 family", "Embedded: no one person on family coverage pays more than $6,500. Includes deductible, coinsurance, copays and prescription drug costs."],
  ["A3", "What does not count toward the out-of-pocket limit", "Premiums, balance-billed charges, penalties for not getting prior authorization, and health care this plan does not cover", ""],
  ["A4", "Preventive care / screening / immunization", "No charge, deductible does not apply", "Annual physical, well-child visits, routine immunizations, screening mammogram and screening colonoscopy under ACA guidelines."],
  ["A5", "Primary care visit to treat an injury or illness", "20% coinsurance after deductible", "None"],
  ["A6", "Specialist visit", "20% coinsurance after deductible", "No referral needed."],
  ["A7", "Virtual visit (Northbound NowCare video or phone)", "$49 per visit until deductible is met, then 20% coinsurance", "Available 24/7 in all 50 states."],
  ["A8", "Diagnostic test (x-ray, blood work)", "20% coinsurance after deductible", "None"],
  ["A9", "Imaging (CT/PET scans, MRIs)", "20% coinsurance after deductible", "Prior authorization required; $500 penalty if not obtained."],
  ["A10", "Generic drugs (Tier 1)", "$10 copay retail (30-day) / $25 copay mail order (90-day), after deductible", "Generics on the IRS preventive drug list (blood pressure, cholesterol, diabetes): $0, deductible does not apply."],
  ["A11", "Preferred brand drugs (Tier 2)", "$40 copay retail (30-day) / $100 copay mail order (90-day), after deductible", "Insulin: $35 per 30-day supply, deductible does not apply."],
  ["A12", "Non-preferred brand drugs (Tier 3)", "$75 copay retail (30-day) / $190 copay mail order (90-day), after deductible", "None"],
  ["A13", "Specialty drugs (Tier 4)", "20% coinsurance after deductible, up to $300 per fill", "Must be filled by Northbound Specialty Pharmacy; 30-day supply only."],
  ["A14", "Outpatient surgery: facility fee (e.g., ambulatory surgery center)", "20% coinsurance after deductible", "Prior authorization required for some procedures."],
  ["A15", "Outpatient surgery: physician/surgeon fees", "20% coinsurance after deductible", "None"],
  ["A16", "Emergency room care", "20% coinsurance after deductible", "Out-of-network ER visits are paid as in-network."],
  ["A17", "Emergency medical transportation (ground and air ambulance)", "20% coinsurance after deductible", "Air ambulance covered when medically necessary, including transfer from Southeast Alaska to a Seattle-area hospital."],
  ["A18", "Urgent care", "20% coinsurance after deductible", "None"],
  ["A19", "Hospital stay: facility fee (e.g., hospital room)", "20% coinsurance after deductible", "Prior authorization required for non-emergency admissions."],
  ["A20", "Hospital stay: physician/surgeon fees", "20% coinsurance after deductible", "None"],
  ["A21", "Mental health / substance use disorder: outpatient services", "20% coinsurance after deductible", "Office visits and virtual counseling; no visit limit."],
  ["A22", "Mental health / substance use disorder: inpatient services", "20% coinsurance after deductible", "Prior authorization required."],
  ["A23", "Pregnancy: office visits", "No charge for prenatal care, deductible does not apply", "Postnatal visits: 20% coinsurance after deductible."],
  ["A24", "Childbirth / delivery: facility and professional services", "20% coinsurance after deductible", "Newborn must be added within 60 days of birth."],
  ["A25", "Home health care", "20% coinsurance after deductible", "Limited to 60 visits per calendar year."],
  ["A26", "Rehabilitation services (physical, occupational, speech therapy)", "20% coinsurance after deductible", "Limited to 30 visits per calendar year, all therapies combined."],
  ["A27", "Chiropractic care", "20% coinsurance after deductible", "Limited to 12 visits per calendar year."],
  ["A28", "Skilled nursing care", "20% coinsurance after deductible", "Limited to 100 days per calendar year."],
  ["A29", "Durable medical equipment (e.g., CPAP machine, crutches)", "20% coinsurance after deductible", "Prior authorization required for items over $1,000."],
  ["A30", "Hospice services", "No charge after deductible", "None"],
  ["A31", "Hearing aids", "20% coinsurance after deductible", "One hearing aid per ear every 36 months; plan pays up to $2,500 per ear."],
  ["A32", "Children's eye exam and glasses", "Not covered", "See the separate Lumenwell vision plan."],
  ["A33", "Children's dental check-up", "Not covered", "See the separate Tongass dental plans."],
];

export const TABLE_B = [
  ["B1", "Overall deductible", "$6,800 individual / $13,600 family", "In-network and out-of-network deductibles are separate and do not count toward each other."],
  ["B2", "Out-of-pocket limit", "$13,000 individual / $26,000 family", "Out-of-network providers may also bill you the difference between their charge and the allowed amount (balance billing)."],
  ["B4", "Preventive care / screening / immunization", "45% coinsurance after deductible", "None"],
  ["B5", "Primary care visit to treat an injury or illness", "45% coinsurance after deductible", "None"],
  ["B6", "Specialist visit", "45% coinsurance after deductible", "None"],
  ["B7", "Virtual visit", "Not covered", "Only Northbound NowCare virtual visits are covered."],
  ["B8", "Diagnostic test (x-ray, blood work)", "45% coinsurance after deductible", "None"],
  ["B9", "Imaging (CT/PET scans, MRIs)", "45% coinsurance after deductible", "Prior authorization required; $500 penalty if not obtained."],
  ["B10", "Prescription drugs (all tiers)", "Not covered", "Except urgent fills while traveling: submit a claim and you are reimbursed less the in-network copay."],
  ["B14", "Outpatient surgery: facility fee", "45% coinsurance after deductible", "Prior authorization required for some procedures."],
  ["B15", "Outpatient surgery: physician/surgeon fees", "45% coinsurance after deductible", "None"],
  ["B16", "Emergency room care", "20% coinsurance after the in-network deductible", "Paid as in-network; you cannot be balance billed for emergency care."],
  ["B17", "Emergency medical transportation (ground and air ambulance)", "20% coinsurance after the in-network deductible", "Paid as in-network for emergencies."],
  ["B18", "Urgent care", "45% coinsurance after deductible", "None"],
  ["B19", "Hospital stay: facility fee", "45% coinsurance after deductible", "Prior authorization required; $500 penalty if not obtained."],
  ["B20", "Hospital stay: physician/surgeon fees", "45% coinsurance after deductible", "None"],
  ["B21", "Mental health / substance use disorder: outpatient services", "45% coinsurance after deductible", "None"],
  ["B22", "Mental health / substance use disorder: inpatient services", "45% coinsurance after deductible", "Prior authorization required."],
  ["B23", "Pregnancy: office visits", "45% coinsurance after deductible", "None"],
  ["B24", "Childbirth / delivery: facility and professional services", "45% coinsurance after deductible", "None"],
  ["B25", "Home health care", "45% coinsurance after deductible", "Counts toward the 60-visit limit in row A25."],
  ["B26", "Rehabilitation services", "45% coinsurance after deductible", "Counts toward the 30-visit limit in row A26."],
  ["B27", "Chiropractic care", "Not covered", "None"],
  ["B28", "Skilled nursing care", "45% coinsurance after deductible", "Counts toward the 100-day limit in row A28."],
  ["B29", "Durable medical equipment", "45% coinsurance after deductible", "None"],
  ["B30", "Hospice services", "45% coinsurance after deductible", "None"],
  ["B31", "Hearing aids", "45% coinsurance after deductible", "Counts toward the $2,500 per ear maximum in row A31."],
];

export const SECTION_C_EXCLUDED = [
  "Cosmetic surgery",
  "Dental care (adult)",
  "Infertility treatment",
  "Long-term care",
  "Non-emergency care when traveling outside the U.S.",
  "Private-duty nursing",
  "Routine foot care (except for diabetes)",
  "Weight loss programs",
];

export const SECTION_C_OTHER_COVERED = [
  "Bariatric surgery (prior authorization and 6-month supervised program required)",
  "Diabetes education (up to 10 hours per calendar year)",
  "Second surgical opinion (no charge after deductible)",
  "Allergy testing and shots (20% coinsurance after deductible)",
];

export const FOOTER_LINES = [
  "Questions: Northbound Member Services 1-907-555-0172 (Mon-Fri 7 am - 6 pm Alaska time) or northbound-health.example/sbc. Find a Northbound Preferred provider at northbound-health.example/find.",
  "This is only a summary. The plan document controls. Cost-sharing shown is what the member pays.",
];

const PAGE = { size: "LETTER", layout: "landscape", margin: 34 };
const COLS = [40, 230, 215, 239]; // widths; total 724 = 792 - 2*34
const FONT_SIZE = 8.5;

function rowHeight(doc, row) {
  let h = 0;
  row.forEach((cell, i) => {
    doc.font(i === 2 ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
    h = Math.max(h, doc.heightOfString(cell || " ", { width: COLS[i] - 8 }));
  });
  return h + 8;
}

function drawHeaderRow(doc, title, y) {
  const x0 = PAGE.margin;
  doc.rect(x0, y, 724, 18).fill("#0b3c5d");
  doc.fillColor("#ffffff").font("Helvetica-Bold").fontSize(9.5).text(title, x0 + 6, y + 5, { width: 712, lineBreak: false });
  y += 18;
  const heads = ["Row", "Service you may need", "What you will pay", "Limitations, exceptions & other important information"];
  doc.rect(x0, y, 724, 16).fill("#d9e6ef");
  let x = x0;
  heads.forEach((h, i) => {
    doc.fillColor("#000000").font("Helvetica-Bold").fontSize(8).text(h, x + 4, y + 4, { width: COLS[i] - 8, lineBreak: false });
    x += COLS[i];
  });
  return y + 16;
}

function drawTable(doc, title, rows, state) {
  const bottom = 612 - PAGE.margin - 30;
  let y = state.y;
  if (y + 60 > bottom) {
    newPage(doc, state);
    y = state.y;
  }
  y = drawHeaderRow(doc, title, y);
  rows.forEach((row, r) => {
    const h = rowHeight(doc, row);
    if (y + h > bottom) {
      newPage(doc, state);
      y = drawHeaderRow(doc, `${title} (continued)`, state.y);
    }
    if (r % 2 === 1) doc.rect(PAGE.margin, y, 724, h).fill("#f3f6f8");
    let x = PAGE.margin;
    row.forEach((cell, i) => {
      doc.fillColor("#000000").font(i === 2 ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
      if (cell) doc.text(cell, x + 4, y + 4, { width: COLS[i] - 8 });
      x += COLS[i];
    });
    doc.moveTo(PAGE.margin, y + h).lineTo(PAGE.margin + 724, y + h).lineWidth(0.4).strokeColor("#9fb3c2").stroke();
    y += h;
  });
  state.y = y + 14;
}

function newPage(doc, state) {
  doc.addPage(PAGE);
  state.page += 1;
  state.y = PAGE.margin;
}

export async function makePdfs() {
  const require = createRequire(path.join(here, "../../../../package.json"));
  const PDFDocument = require("pdfkit");
  const doc = new PDFDocument({ ...PAGE, autoFirstPage: true, bufferPages: true, info: { Title: "Northbound HSA Saver 3400 SBC 2027", Author: "Northbound Health Alliance" } });
  const out = path.join(here, "documents", PDF_FILE);
  const stream = fs.createWriteStream(out);
  doc.pipe(stream);
  const state = { page: 1, y: PAGE.margin };

  doc.font("Helvetica-Bold").fontSize(12.5).fillColor("#0b3c5d").text(HEADER_LINES[0], PAGE.margin, state.y, { width: 724 });
  doc.font("Helvetica").fontSize(9).fillColor("#000000");
  for (const line of HEADER_LINES.slice(1)) doc.text(line, { width: 724 });
  state.y = doc.y + 10;

  drawTable(doc, "TABLE A - IN-NETWORK: Northbound Preferred providers", TABLE_A, state);
  drawTable(doc, "TABLE B - OUT-OF-NETWORK: all other providers (rows not listed here are the same as Table A)", TABLE_B, state);

  if (state.y + 150 > 612 - PAGE.margin - 30) newPage(doc, state);
  const y0 = state.y;
  doc.font("Helvetica-Bold").fontSize(9.5).fillColor("#0b3c5d").text("SECTION C - Services this plan generally does NOT cover", PAGE.margin, y0, { width: 350 });
  doc.font("Helvetica").fontSize(8.5).fillColor("#000000");
  for (const s of SECTION_C_EXCLUDED) doc.text(`- ${s}`, PAGE.margin + 6, doc.y + 2, { width: 340 });
  const leftEnd = doc.y;
  doc.font("Helvetica-Bold").fontSize(9.5).fillColor("#0b3c5d").text("Other covered services (limits may apply)", PAGE.margin + 370, y0, { width: 354 });
  doc.font("Helvetica").fontSize(8.5).fillColor("#000000");
  for (const s of SECTION_C_OTHER_COVERED) doc.text(`- ${s}`, PAGE.margin + 376, doc.y + 2, { width: 348 });
  state.y = Math.max(leftEnd, doc.y) + 14;
  doc.font("Helvetica-Oblique").fontSize(8);
  for (const line of FOOTER_LINES) doc.text(line, PAGE.margin, doc.y > state.y ? doc.y : state.y, { width: 724 });

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc.font("Helvetica").fontSize(7.5).fillColor("#555555").text(`SBC - Northbound HSA Saver 3400 - 2027    Page ${i + 1} of ${range.count}`, PAGE.margin, 612 - PAGE.margin - 10, { width: 724, align: "right", lineBreak: false });
  }
  doc.end();
  await new Promise((res, rej) => {
    stream.on("finish", res);
    stream.on("error", rej);
  });
  return [out];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const files = await makePdfs();
  for (const f of files) console.log(`wrote ${path.relative(here, f)}`);
}
