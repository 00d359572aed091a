// Renders documents/silver-epo-sbc.pdf (federal SBC template layout, landscape).
// Run from /work/main:  node eval/benefits-tuning/clients/66-6666666/make-pdf.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "documents", "silver-epo-sbc.pdf");

const doc = new PDFDocument({
  size: "LETTER",
  layout: "landscape",
  margins: { top: 20, bottom: 8, left: 30, right: 30 },
  bufferPages: true,
  info: { Title: "Cascade Freight Lines Silver EPO - Summary of Benefits and Coverage" },
});
doc.pipe(fs.createWriteStream(out));

const PAGE_W = 792;
const LEFT = 30;
const RIGHT = PAGE_W - 30;
const TOP = 44; // content starts below running header
const BOTTOM = 568; // content must end above footer
const FS = 7.5;
const PAD = 3;

const HEADER = "Cascade Freight Lines: Silver EPO | Coverage Period: 01/01/2026 \u2013 12/31/2026";

function drawRunningHeader() {
  doc.font("Helvetica-Bold").fontSize(8).fillColor("black");
  doc.text(HEADER, LEFT, 22, { width: RIGHT - LEFT, lineBreak: false });
  doc.font("Helvetica").fontSize(7);
  doc.text("Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services", LEFT + 380, 22.5, {
    width: RIGHT - LEFT - 380, align: "right", lineBreak: false,
  });
  doc.moveTo(LEFT, 34).lineTo(RIGHT, 34).lineWidth(0.8).stroke();
}

let y = TOP;
function newPage() {
  doc.addPage();
  drawRunningHeader();
  y = TOP;
}

function h(text, width, font = "Helvetica", size = FS) {
  doc.font(font).fontSize(size);
  return doc.heightOfString(text, { width: width - 2 * PAD, lineGap: 0.5 });
}
function cell(text, x, yy, width, font = "Helvetica", size = FS, align = "left") {
  doc.font(font).fontSize(size).fillColor("black");
  doc.text(text, x + PAD, yy + PAD, { width: width - 2 * PAD, lineGap: 0.5, align });
}
function box(x, yy, w, hh, fill) {
  if (fill) doc.save().rect(x, yy, w, hh).fillColor(fill).fill().restore();
  doc.rect(x, yy, w, hh).lineWidth(0.5).strokeColor("#444").stroke();
}
function para(text, { font = "Helvetica", size = 8, gap = 4, x = LEFT, width = RIGHT - LEFT } = {}) {
  doc.font(font).fontSize(size);
  const hh = doc.heightOfString(text, { width, lineGap: 0.5 });
  if (y + hh > BOTTOM) newPage();
  doc.fillColor("black").text(text, x, y, { width, lineGap: 0.5 });
  y += hh + gap;
}

// ---------------- Page 1: title + Important Questions ----------------
drawRunningHeader();
doc.font("Helvetica-Bold").fontSize(12).text("Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services", LEFT, y, { width: 560 });
doc.font("Helvetica-Bold").fontSize(9).text("Coverage for: Individual / Family | Plan Type: EPO", LEFT + 560, y + 2, { width: RIGHT - LEFT - 560, align: "right" });
y += 24;
para("Cascade Freight Lines: Silver EPO", { font: "Helvetica-Bold", size: 10, gap: 6 });
para(
  "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of coverage, visit www.cascadeepo.example or call 1-877-555-0163. For general definitions of common terms, such as allowed amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms, see the Glossary. You can view the Glossary at www.healthcare.gov/sbc-glossary or call 1-877-555-0163 to request a copy.",
  { size: 7.5, gap: 8 },
);

const IQ_COLS = [190, 200, RIGHT - LEFT - 390];
const IQ_HEAD = ["Important Questions", "Answers", "Why This Matters:"];
const IQ = [
  ["What is the overall deductible?", "$2,000 individual / $4,000 family for network providers. Out-of-network: not applicable.",
    "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have other family members on the plan, each family member must meet their own individual deductible until the total amount of deductible expenses paid by all family members meets the overall family deductible."],
  ["Are there services covered before you meet your deductible?", "Yes. Preventive care, primary care and specialist office visits, urgent care, emergency room care, generic drugs, and children's eye exams are covered before you meet your deductible.",
    "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible. See a list of covered preventive services at www.healthcare.gov/coverage/preventive-care-benefits/."],
  ["Are there other deductibles for specific services?", "No.", "You don't have to meet deductibles for specific services."],
  ["What is the out-of-pocket limit for this plan?", "$6,000 individual / $12,000 family for network providers.",
    "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met."],
  ["What is not included in the out-of-pocket limit?", "Premiums, balance-billed charges, and health care this plan doesn't cover.",
    "Even though you pay these expenses, they don't count toward the out-of-pocket limit."],
  ["Will you pay less if you use a network provider?", "Yes. See www.cascadeepo.example or call 1-877-555-0163 for a list of network providers.",
    "This plan uses a provider network. You will pay less if you use a provider in the plan's network. This is an Exclusive Provider Organization (EPO) plan: except for emergency care, services from out-of-network providers are not covered and you will pay the full cost. Be aware, your network provider might use an out-of-network provider for some services (such as lab work). Check with your provider before you get services."],
  ["Do you need a referral to see a specialist?", "No.", "You can see the network specialist you choose without a referral."],
];

function iqRow(cells, head) {
  const font = head ? "Helvetica-Bold" : "Helvetica";
  const hh = Math.max(...cells.map((c, i) => h(c, IQ_COLS[i], i === 0 && !head ? "Helvetica-Bold" : font))) + 2 * PAD;
  if (y + hh > BOTTOM) { newPage(); iqRow(IQ_HEAD, true); }
  let x = LEFT;
  cells.forEach((c, i) => {
    box(x, y, IQ_COLS[i], hh, head ? "#d9e2f0" : i === 0 ? "#f2f2f2" : null);
    cell(c, x, y, IQ_COLS[i], i === 0 || head ? "Helvetica-Bold" : "Helvetica");
    x += IQ_COLS[i];
  });
  y += hh;
}
iqRow(IQ_HEAD, true);
for (const r of IQ) iqRow(r, false);
y += 8;
para("All copayment and coinsurance costs shown in this chart are after your deductible has been met, if a deductible applies.", { font: "Helvetica-Bold", size: 7.5 });

// ---------------- Common Medical Event table ----------------
const C = [118, 150, 122, 122, RIGHT - LEFT - 512]; // column widths
const NC = "Not covered";
const CME = [
  ["If you visit a health care provider's office or clinic", [
    ["Primary care visit to treat an injury or illness", "$30 copay/visit; deductible does not apply", NC, "Virtual (telehealth) visits with a network provider: $10 copay/visit."],
    ["Specialist visit", "$60 copay/visit; deductible does not apply", NC, "No referral required. You must use a network specialist."],
    ["Preventive care/screening/ immunization", "No charge", NC, "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive. Then check what your plan will pay for."],
  ]],
  ["If you have a test", [
    ["Diagnostic test (x-ray, blood work)", "X-ray: $40 copay/test; Blood work: No charge", NC, "Lab work must be performed at a network lab. Hospital-based outpatient labs: 20% coinsurance."],
    ["Imaging (CT/PET scans, MRIs)", "$250 copay/test", NC, "Preauthorization is required. If you don't get preauthorization, benefits may be denied."],
  ]],
  ["If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.cascaderx.example", [
    ["Generic drugs (Tier 1)", "$10 copay/prescription (retail); $25 copay/prescription (mail order)", NC, "Covers up to a 30-day supply (retail) or a 90-day supply (mail order). Deductible does not apply."],
    ["Preferred brand drugs (Tier 2)", "$40 copay/prescription (retail); $100 copay/prescription (mail order)", NC, "Covers up to a 30-day supply (retail) or a 90-day supply (mail order). Step therapy may apply."],
    ["Non-preferred brand drugs (Tier 3)", "$80 copay/prescription (retail); $200 copay/prescription (mail order)", NC, "Covers up to a 30-day supply (retail) or a 90-day supply (mail order). Preauthorization may be required."],
    ["Specialty drugs (Tier 4)", "30% coinsurance, up to $350 per prescription", NC, "Must be filled through the designated specialty pharmacy. Limited to a 30-day supply."],
  ]],
  ["If you have outpatient surgery", [
    ["Facility fee (e.g., ambulatory surgery center)", "20% coinsurance", NC, "Preauthorization required."],
    ["Physician/surgeon fees", "20% coinsurance", NC, "None"],
  ]],
  ["If you need immediate medical attention", [
    ["Emergency room care", "$400 copay/visit", "$400 copay/visit", "Copay waived if admitted. Out-of-network emergency care is covered at the network level."],
    ["Emergency medical transportation", "20% coinsurance", "20% coinsurance", "Ground and air ambulance for emergencies only."],
    ["Urgent care", "$75 copay/visit; deductible does not apply", NC, "Network urgent care centers only."],
  ]],
  ["If you have a hospital stay", [
    ["Facility fee (e.g., hospital room)", "20% coinsurance", NC, "Preauthorization required for non-emergency admissions."],
    ["Physician/surgeon fees", "20% coinsurance", NC, "None"],
  ]],
  ["If you need mental health, behavioral health, or substance abuse services", [
    ["Outpatient services", "$30 copay/office visit; 20% coinsurance for other outpatient services", NC, "Virtual behavioral health visits: $0 copay/visit."],
    ["Inpatient services", "20% coinsurance", NC, "Preauthorization required."],
  ]],
  ["If you are pregnant", [
    ["Office visits", "No charge", NC, "Cost sharing does not apply to certain preventive services. Depending on the type of services, coinsurance or deductible may apply. Maternity care may include tests and services described elsewhere in the SBC (i.e. ultrasound)."],
    ["Childbirth/delivery professional services", "20% coinsurance", NC, "None"],
    ["Childbirth/delivery facility services", "$500 copay/admission, then 20% coinsurance", NC, "Your newborn must be enrolled within 31 days of birth."],
  ]],
  ["If you need help recovering or have other special health needs", [
    ["Home health care", "20% coinsurance", NC, "Limited to 60 visits per year. Preauthorization required."],
    ["Rehabilitation services", "$45 copay/visit", NC, "Physical, occupational, and speech therapy have a combined limit of 30 visits per year."],
    ["Habilitation services", "$45 copay/visit", NC, "Visits count toward the rehabilitation services visit limit."],
    ["Skilled nursing care", "20% coinsurance", NC, "Limited to 100 days per year. Preauthorization required."],
    ["Durable medical equipment", "20% coinsurance", NC, "Preauthorization required for items over $1,000."],
    ["Hospice services", "No charge", NC, "Preauthorization required."],
  ]],
  ["If your child needs dental or eye care", [
    ["Children's eye exam", "No charge", NC, "Limited to one exam per year."],
    ["Children's glasses", NC, NC, "None"],
    ["Children's dental check-up", NC, NC, "None"],
  ]],
];

function cmeHeader() {
  const h1 = 14, h2 = 22;
  const x0 = LEFT, x1 = x0 + C[0], x2 = x1 + C[1], x3 = x2 + C[2], x4 = x3 + C[3];
  box(x0, y, C[0], h1 + h2, "#d9e2f0"); cell("Common Medical Event", x0, y + 8, C[0], "Helvetica-Bold");
  box(x1, y, C[1], h1 + h2, "#d9e2f0"); cell("Services You May Need", x1, y + 8, C[1], "Helvetica-Bold");
  box(x2, y, C[2] + C[3], h1, "#d9e2f0"); cell("What You Will Pay", x2, y, C[2] + C[3], "Helvetica-Bold", FS, "center");
  box(x2, y + h1, C[2], h2, "#d9e2f0"); cell("Network Provider (You will pay the least)", x2, y + h1, C[2], "Helvetica-Bold");
  box(x3, y + h1, C[3], h2, "#d9e2f0"); cell("Out-of-Network Provider (You will pay the most)", x3, y + h1, C[3], "Helvetica-Bold");
  box(x4, y, C[4], h1 + h2, "#d9e2f0"); cell("Limitations, Exceptions, & Other Important Information", x4, y + 8, C[4], "Helvetica-Bold");
  y += h1 + h2;
}

newPage();
para("Common Medical Event table", { font: "Helvetica-Bold", size: 9, gap: 4 });
cmeHeader();
for (const [event, rows] of CME) {
  let groupTop = y;
  let first = true;
  let evH = h(event, C[0], "Helvetica-Bold") + 2 * PAD;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    let rh = Math.max(...r.map((c, j) => h(c, C[j + 1]))) + 2 * PAD;
    const remainingGroupIsLast = i === rows.length - 1;
    if (first) rh = Math.max(rh, remainingGroupIsLast ? evH : 0);
    if (y + rh > BOTTOM) {
      // close the event column on this page, continue on next page
      if (!first) box(LEFT, groupTop, C[0], y - groupTop, "#f2f2f2");
      if (!first) cell(event, LEFT, groupTop, C[0], "Helvetica-Bold");
      newPage();
      cmeHeader();
      groupTop = y;
      first = true;
    }
    let x = LEFT + C[0];
    r.forEach((c, j) => {
      box(x, y, C[j + 1], rh);
      cell(c, x, y, C[j + 1], j === 0 ? "Helvetica-Bold" : "Helvetica");
      x += C[j + 1];
    });
    y += rh;
    first = false;
  }
  if (y - groupTop < evH) {
    // grow last row to fit the event label
    const extra = evH - (y - groupTop);
    let x = LEFT + C[0];
    for (let j = 0; j < 4; j++) { box(x, y, C[j + 1], extra); x += C[j + 1]; }
    y += extra;
  }
  box(LEFT, groupTop, C[0], y - groupTop, "#f2f2f2");
  cell(event, LEFT, groupTop, C[0], "Helvetica-Bold");
}

// ---------------- Excluded / other covered services ----------------
y += 10;
function bulletColumns(title, items) {
  const titleH = h(title, RIGHT - LEFT, "Helvetica-Bold", 8) + 2 * PAD;
  const colW = (RIGHT - LEFT) / 3;
  const per = Math.ceil(items.length / 3);
  const cols = [items.slice(0, per), items.slice(per, 2 * per), items.slice(2 * per)];
  doc.font("Helvetica").fontSize(FS);
  const colH = cols.map((list) => list.reduce((s, t) => s + doc.heightOfString(`\u2022 ${t}`, { width: colW - 2 * PAD - 4 }) + 2, 0));
  const bodyH = Math.max(...colH) + 2 * PAD;
  if (y + titleH + bodyH > BOTTOM) newPage();
  box(LEFT, y, RIGHT - LEFT, titleH, "#d9e2f0");
  cell(title, LEFT, y, RIGHT - LEFT, "Helvetica-Bold", 8);
  y += titleH;
  box(LEFT, y, RIGHT - LEFT, bodyH);
  cols.forEach((list, i) => {
    let yy = y + PAD;
    for (const t of list) {
      doc.font("Helvetica").fontSize(FS).fillColor("black");
      doc.text(`\u2022 ${t}`, LEFT + i * colW + PAD + 2, yy, { width: colW - 2 * PAD - 4 });
      yy += doc.heightOfString(`\u2022 ${t}`, { width: colW - 2 * PAD - 4 }) + 2;
    }
  });
  y += bodyH + 8;
}
para("Excluded Services & Other Covered Services:", { font: "Helvetica-Bold", size: 9, gap: 3 });
bulletColumns("Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)", [
  "Acupuncture", "Bariatric surgery", "Cosmetic surgery", "Dental care (Adult)", "Infertility treatment", "Long-term care",
  "Non-emergency care when traveling outside the U.S.", "Private-duty nursing", "Routine eye care (Adult)", "Routine foot care", "Weight loss programs",
]);
bulletColumns("Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)", [
  "Chiropractic care (limited to 20 visits per year)", "Hearing aids (limited to one hearing aid per ear every 36 months)",
  "Allergy testing and injections", "Diabetes education", "Second opinions from network providers", "Telehealth visits with network providers",
]);

para("Your Rights to Continue Coverage: There are agencies that can help if you want to continue your coverage after it ends. The contact information for those agencies is: the Department of Labor's Employee Benefits Security Administration at 1-866-444-3272 or www.dol.gov/ebsa/healthreform. Other coverage options may be available to you too, including buying individual insurance coverage through the Health Insurance Marketplace. For more information about the Marketplace, visit www.HealthCare.gov or call 1-800-318-2596.", { size: 7.5, gap: 6 });
para("Your Grievance and Appeals Rights: There are agencies that can help if you have a complaint against your plan for a denial of a claim. This complaint is called a grievance or appeal. For more information about your rights, look at the explanation of benefits you will receive for that medical claim. Your plan documents also provide complete information on how to submit a claim, appeal, or a grievance for any reason to your plan. For more information about your rights, this notice, or assistance, contact: Cascade Freight Lines Benefits Service Center at 1-877-555-0163.", { size: 7.5, gap: 6 });
para("Does this plan provide Minimum Essential Coverage? Yes. Minimum Essential Coverage generally includes plans, health insurance available through the Marketplace or other individual market policies, Medicare, Medicaid, CHIP, TRICARE, and certain other coverage.", { size: 7.5, gap: 6 });
para("Does this plan meet the Minimum Value Standards? Yes. If your plan doesn't meet the Minimum Value Standards, you may be eligible for a premium tax credit to help you pay for a plan through the Marketplace.", { size: 7.5, gap: 6 });
para("Language Access Services: Spanish (Espa\u00f1ol): Para obtener asistencia en Espa\u00f1ol, llame al 1-877-555-0163.", { size: 7.5, gap: 10 });

// Coverage examples
newPage();
para("About these Coverage Examples:", { font: "Helvetica-Bold", size: 9, gap: 3 });
para("This is not a cost estimator. Treatments shown are just examples of how this plan might cover medical care. Your actual costs will be different depending on the actual care you receive, the prices your providers charge, and many other factors. Focus on the cost sharing amounts (deductibles, copayments and coinsurance) and excluded services under the plan. Use this information to compare the portion of costs you might pay under different health plans. Please note these coverage examples are based on self-only coverage.", { size: 7.5, gap: 8 });
const EX = [
  ["Peg is Having a Baby (9 months of in-network pre-natal care and a hospital delivery)", [
    ["The plan's overall deductible", "$2,000"], ["Specialist copayment", "$60"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"],
    ["Total Example Cost", "$12,700"], ["Deductibles", "$2,000"], ["Copayments", "$500"], ["Coinsurance", "$1,900"], ["Limits or exclusions", "$60"], ["The total Peg would pay is", "$4,460"],
  ]],
  ["Managing Joe's Type 2 Diabetes (a year of routine in-network care of a well-controlled condition)", [
    ["The plan's overall deductible", "$2,000"], ["Specialist copayment", "$60"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"],
    ["Total Example Cost", "$5,600"], ["Deductibles", "$400"], ["Copayments", "$900"], ["Coinsurance", "$100"], ["Limits or exclusions", "$20"], ["The total Joe would pay is", "$1,420"],
  ]],
  ["Mia's Simple Fracture (in-network emergency room visit and follow up care)", [
    ["The plan's overall deductible", "$2,000"], ["Specialist copayment", "$60"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"],
    ["Total Example Cost", "$2,800"], ["Deductibles", "$1,100"], ["Copayments", "$600"], ["Coinsurance", "$120"], ["Limits or exclusions", "$0"], ["The total Mia would pay is", "$1,820"],
  ]],
];
const exW = (RIGHT - LEFT - 20) / 3;
let exTop = y;
EX.forEach(([title, lines], i) => {
  const x = LEFT + i * (exW + 10);
  let yy = exTop;
  const th = h(title, exW, "Helvetica-Bold", 8) + 2 * PAD;
  box(x, yy, exW, th, "#d9e2f0");
  cell(title, x, yy, exW, "Helvetica-Bold", 8);
  yy += th;
  lines.forEach(([k, v], j) => {
    const rh = 13;
    if (j === 4 || j === 5) {
      // section labels
    }
    box(x, yy, exW, rh, j === 4 || j === 9 ? "#f2f2f2" : null);
    doc.font(j === 4 || j === 9 ? "Helvetica-Bold" : "Helvetica").fontSize(FS).fillColor("black");
    doc.text(k, x + PAD, yy + PAD, { width: exW - 60, lineBreak: false });
    doc.text(v, x + exW - 55, yy + PAD, { width: 50, align: "right", lineBreak: false });
    yy += rh;
  });
  y = Math.max(y, yy);
});
y += 10;
para("The plan would be responsible for the other costs of these EXAMPLE covered services.", { font: "Helvetica-Bold", size: 8 });

// ---------------- footers ----------------
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  doc.moveTo(LEFT, 580).lineTo(RIGHT, 580).lineWidth(0.5).strokeColor("#444").stroke();
  doc.font("Helvetica").fontSize(7.5).fillColor("black");
  doc.text(`Page ${i + 1} of ${range.count}`, LEFT, 586, { width: RIGHT - LEFT, align: "center", lineBreak: false });
  doc.text("SBC Template (OMB Control Number 0938-1146)", LEFT, 586, { width: 250, lineBreak: false });
}
doc.end();
