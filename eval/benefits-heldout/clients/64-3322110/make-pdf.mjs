// Makes documents/larkspur-hmo-select-sbc-2026.pdf (federal SBC template layout).
// Run from /work/main:  node eval/benefits-heldout/clients/64-3322110/make-pdf.mjs
import PDFDocument from "pdfkit";
import fs from "fs";
import path from "path";
import { fileURLToPath } from "url";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "documents", "larkspur-hmo-select-sbc-2026.pdf");

const PAGE_W = 792, PAGE_H = 612, M = 36;
const TOP = 92;              // content starts below the page header
const BOTTOM = PAGE_H - 46;  // content ends above the footer
const INK = "#1d2b36", ACCENT = "#6b2d5c", SHADE = "#f1e7ee", LINE = "#8a7a86";

const doc = new PDFDocument({ size: "LETTER", layout: "landscape", margins: { top: M, left: M, right: M, bottom: 30 }, bufferPages: true,
  info: { Title: "Larkspur HMO Select - Summary of Benefits and Coverage 2026", Author: "Meridian Crest Health Plans" } });
doc.pipe(fs.createWriteStream(out));

function pageHeader() {
  doc.save().rect(0, 0, PAGE_W, 64).fill(ACCENT).restore();
  doc.fillColor("#ffffff").font("Helvetica-Bold").fontSize(13)
    .text("Larkspur HMO Select  |  Meridian Crest Health Plans", M, 14, { width: 420, lineBreak: false });
  doc.font("Helvetica").fontSize(8.5)
    .text("Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services", M, 34, { width: 440, lineBreak: false });
  doc.font("Helvetica").fontSize(8.5)
    .text("Coverage Period: 01/01/2026 - 12/31/2026", 500, 14, { width: 256, align: "right", lineBreak: false })
    .text("Coverage for: Individual + Family  |  Plan Type: HMO", 500, 28, { width: 256, align: "right", lineBreak: false })
    .text("Offered by Larkspur Valley Health Network", 500, 42, { width: 256, align: "right", lineBreak: false });
  doc.fillColor(INK);
}

function newPage() { doc.addPage(); pageHeader(); return TOP; }

const PAD = 4;
function cellHeight(text, width, font = "Helvetica", size = 8) {
  doc.font(font).fontSize(size);
  return doc.heightOfString(text, { width: width - 2 * PAD, lineGap: 1 }) + 2 * PAD;
}
function cell(text, x, y, w, h, { font = "Helvetica", size = 8, fill = null, color = INK, align = "left" } = {}) {
  if (fill) doc.save().rect(x, y, w, h).fill(fill).restore();
  doc.save().lineWidth(0.6).strokeColor(LINE).rect(x, y, w, h).stroke().restore();
  doc.fillColor(color).font(font).fontSize(size).text(text, x + PAD, y + PAD, { width: w - 2 * PAD, lineGap: 1, align });
  doc.fillColor(INK);
}

function headerRow(cols, y) {
  const h = Math.max(...cols.map(c => cellHeight(c.title, c.width, "Helvetica-Bold", 8.5)));
  let x = M;
  for (const c of cols) { cell(c.title, x, y, c.width, h, { font: "Helvetica-Bold", size: 8.5, fill: ACCENT, color: "#ffffff" }); x += c.width; }
  return y + h;
}

// groups: [{label, rows: [[c1, c2, ...]]}]; first column merged per group when label given.
function table(cols, groups, y, { boldFirst = false } = {}) {
  y = headerRow(cols, y);
  for (const g of groups) {
    const rowHs = g.rows.map(r => Math.max(...r.map((t, i) => cellHeight(t, cols[i + (g.label !== undefined ? 1 : 0)].width,
      boldFirst && i === 0 ? "Helvetica-Bold" : "Helvetica"))));
    let gh = rowHs.reduce((a, b) => a + b, 0);
    if (g.label !== undefined) gh = Math.max(gh, cellHeight(g.label, cols[0].width, "Helvetica-Bold"));
    if (y + gh > BOTTOM) { y = newPage(); y = headerRow(cols, y); }
    let x0 = M;
    if (g.label !== undefined) {
      cell(g.label, M, y, cols[0].width, gh, { font: "Helvetica-Bold", fill: SHADE });
      x0 = M + cols[0].width;
    }
    let ry = y;
    g.rows.forEach((r, ri) => {
      let x = x0; const h = ri === g.rows.length - 1 ? y + gh - ry : rowHs[ri];
      r.forEach((t, i) => {
        const ci = i + (g.label !== undefined ? 1 : 0);
        cell(t, x, ry, cols[ci].width, h, { font: boldFirst && i === 0 ? "Helvetica-Bold" : "Helvetica" });
        x += cols[ci].width;
      });
      ry += h;
    });
    y += gh;
  }
  return y;
}

// ---------- Page 1 ----------
pageHeader();
let y = TOP;
doc.font("Helvetica").fontSize(8.5).fillColor(INK).text(
  "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of coverage, visit www.meridiancrest.example/select or call 1-800-555-0177. For general definitions of common terms, such as allowed amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms, see the Glossary.",
  M, y, { width: PAGE_W - 2 * M, lineGap: 1 });
y = doc.y + 10;

const iq = [
  ["What is the overall deductible?",
   "For network providers: $250 individual / $500 family. Out-of-network providers: not covered, except emergency care.",
   "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have other family members on the plan, each family member must meet their own individual deductible until the total amount of deductible expenses paid by all family members meets the overall family deductible."],
  ["Are there services covered before you meet your deductible?",
   "Yes. Preventive care, primary care and specialist office visits, urgent care, emergency room care, mental health office visits, home health care, rehabilitation and habilitation visits, and prescription drugs are covered before you meet your deductible.",
   "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible."],
  ["Are there other deductibles for specific services?", "No.", "You don't have to meet deductibles for specific services."],
  ["What is the out-of-pocket limit for this plan?",
   "For network providers: $3,500 individual / $7,000 family. Out-of-network providers: not applicable; out-of-network care is not covered except emergencies.",
   "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met."],
  ["What is not included in the out-of-pocket limit?",
   "Premiums, health care this plan doesn't cover, and penalties for failure to obtain preauthorization for services.",
   "Even though you pay these expenses, they don't count toward the out-of-pocket limit."],
  ["Will you pay less if you use a network provider?",
   "Yes. This plan uses the Meridian Crest Select HMO network. See www.meridiancrest.example/select or call 1-800-555-0177 for a list of network providers.",
   "This plan does not pay for services from out-of-network providers, except emergency care. You might receive a bill from a provider for the difference between the provider's charge and what your plan pays (balance billing). Be aware your network provider might use an out-of-network provider for some services (such as lab work). Check with your provider before you get services."],
  ["Do you need a referral to see a specialist?",
   "Yes. You need a written referral from your primary care provider (PCP) before you see a specialist.",
   "This plan will pay some or all of the costs to see a specialist for covered services but only if you have a referral before you see the specialist."],
];
y = table([{ title: "Important Questions", width: 170 }, { title: "Answers", width: 240 }, { title: "Why This Matters:", width: 310 }],
  iq.map(r => ({ rows: [r] })), y, { boldFirst: true });

// ---------- Main table ----------
y = newPage();
doc.font("Helvetica").fontSize(8.5).text(
  "All copayment and coinsurance costs shown in this chart are after your deductible has been met, if a deductible applies.", M, y, { width: PAGE_W - 2 * M });
y = doc.y + 6;

const cols = [
  { title: "Common Medical Event", width: 132 },
  { title: "Services You May Need", width: 136 },
  { title: "What You Will Pay: Network Provider (You will pay the least)", width: 136 },
  { title: "What You Will Pay: Out-of-Network Provider (You will pay the most)", width: 118 },
  { title: "Limitations, Exceptions, & Other Important Information", width: 198 },
];
const NC = "Not covered";
const groups = [
  { label: "If you visit a health care provider's office or clinic", rows: [
    ["Primary care visit to treat an injury or illness", "$25 copay/visit", NC, "Deductible does not apply. Your PCP must be in the Select HMO network."],
    ["Specialist visit", "$50 copay/visit", NC, "Referral from your PCP required. Deductible does not apply."],
    ["Preventive care/screening/immunization", "No charge", NC, "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive."],
  ]},
  { label: "If you have a test", rows: [
    ["Diagnostic test (x-ray, blood work)", "X-ray: $35 copay/test; Blood work: No charge", NC, "None"],
    ["Imaging (CT/PET scans, MRIs)", "$200 copay/scan after deductible", NC, "Preauthorization required. If preauthorization is not obtained, the service will not be covered."],
  ]},
  { label: "If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.meridiancrest.example/rx", rows: [
    ["Generic drugs (Tier 1)", "$10 copay/prescription (retail, 30-day supply); $20 copay (mail order, 90-day supply)", NC, "Deductible does not apply. Must use a Select HMO network pharmacy."],
    ["Preferred brand drugs (Tier 2)", "$40 copay/prescription (retail); $80 copay (mail order)", NC, "Deductible does not apply."],
    ["Non-preferred brand drugs (Tier 3)", "$75 copay/prescription (retail); $150 copay (mail order)", NC, "Deductible does not apply."],
    ["Specialty drugs (Tier 4)", "25% coinsurance up to $250 per fill", NC, "Preauthorization required. Must be filled by the Meridian Crest specialty pharmacy; 30-day supply only."],
  ]},
  { label: "If you have outpatient surgery", rows: [
    ["Facility fee (e.g., ambulatory surgery center)", "$300 copay/surgery after deductible", NC, "Preauthorization required."],
    ["Physician/surgeon fees", "No charge", NC, "None"],
  ]},
  { label: "If you need immediate medical attention", rows: [
    ["Emergency room care", "$350 copay/visit", "$350 copay/visit", "Copay waived if you are admitted. Deductible does not apply."],
    ["Emergency medical transportation", "$150 copay/trip", "$150 copay/trip", "Ground and air ambulance for emergencies only."],
    ["Urgent care", "$60 copay/visit", NC, "Use a Select HMO network urgent care center. No referral needed."],
  ]},
  { label: "If you have a hospital stay", rows: [
    ["Facility fee (e.g., hospital room)", "$600 copay/admission after deductible", NC, "Preauthorization required, except for emergency admissions."],
    ["Physician/surgeon fees", "No charge", NC, "None"],
  ]},
  { label: "If you need mental health, behavioral health, or substance abuse services", rows: [
    ["Outpatient services", "$25 copay/office visit; No charge for other outpatient services", NC, "No referral needed for mental health office visits."],
    ["Inpatient services", "$600 copay/admission after deductible", NC, "Preauthorization required."],
  ]},
  { label: "If you are pregnant", rows: [
    ["Office visits", "No charge", NC, "Cost sharing does not apply to preventive services. Maternity care may include tests and services described elsewhere in the SBC (i.e. ultrasound)."],
    ["Childbirth/delivery professional services", "No charge", NC, "None"],
    ["Childbirth/delivery facility services", "$600 copay/admission after deductible", NC, "Notify Meridian Crest within 2 days of admission."],
  ]},
  { label: "If you need help recovering or have other special health needs", rows: [
    ["Home health care", "$30 copay/visit", NC, "Limited to 60 visits per year. Preauthorization required."],
    ["Rehabilitation services", "$40 copay/visit", NC, "Limited to 30 visits per year for physical, occupational and speech therapy combined."],
    ["Habilitation services", "$40 copay/visit", NC, "Limited to 30 visits per year."],
    ["Skilled nursing care", "$600 copay/admission after deductible", NC, "Limited to 100 days per year. Preauthorization required."],
    ["Durable medical equipment", "20% coinsurance after deductible", NC, "Preauthorization required."],
    ["Hospice services", "No charge", NC, "Preauthorization required."],
  ]},
  { label: "If your child needs dental or eye care", rows: [
    ["Children's eye exam", "No charge", NC, "1 exam per year, under age 19."],
    ["Children's glasses", NC, NC, "None"],
    ["Children's dental check-up", NC, NC, "None"],
  ]},
];
y = table(cols, groups, y);

// ---------- Excluded services & other covered services ----------
const excluded = ["Acupuncture", "Bariatric surgery", "Cosmetic surgery", "Dental care (Adult)", "Hearing aids", "Infertility treatment",
  "Long-term care", "Non-emergency care when traveling outside the U.S.", "Private-duty nursing", "Routine eye care (Adult)",
  "Routine foot care", "Weight loss programs"];
const other = ["Chiropractic care (limited to 12 visits per year; referral required)", "Second opinion (with PCP referral)",
  "Abortion (covered as required by state law)", "Hearing exam (1 per year)"];
const listH = 24 + 13 * excluded.length + 20;
if (y + 30 + listH > BOTTOM) y = newPage(); else y += 16;
doc.font("Helvetica-Bold").fontSize(11).fillColor(ACCENT).text("Excluded Services & Other Covered Services:", M, y);
y = doc.y + 6;
const colW = (PAGE_W - 2 * M - 20) / 2;
function bulletBox(title, items, x, y0) {
  const th = cellHeight(title, colW, "Helvetica-Bold", 8.5);
  cell(title, x, y0, colW, th, { font: "Helvetica-Bold", size: 8.5, fill: SHADE });
  let yy = y0 + th + 6;
  doc.font("Helvetica").fontSize(8.5).fillColor(INK);
  for (const it of items) {
    doc.text("\u2022", x + 8, yy, { width: 10, lineBreak: false });
    doc.text(it, x + 20, yy, { width: colW - 26 });
    yy = doc.y + 3;
  }
  doc.save().lineWidth(0.6).strokeColor(LINE).rect(x, y0, colW, yy - y0 + 3).stroke().restore();
  return yy;
}
const y1 = bulletBox("Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)", excluded, M, y);
const y2 = bulletBox("Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)", other, M + colW + 20, y);
y = Math.max(y1, y2) + 10;

// ---------- Coverage examples ----------
y = newPage();
doc.font("Helvetica-Bold").fontSize(11).fillColor(ACCENT).text("About these Coverage Examples:", M, y);
doc.font("Helvetica").fontSize(8.5).fillColor(INK).text(
  "This is not a cost estimator. Treatments shown are just examples of how this plan might cover medical care. Your actual costs will be different depending on the actual care you receive, the prices your providers charge, and many other factors. Focus on the cost sharing amounts (deductibles, copayments and coinsurance) and excluded services under the plan. The examples are based on self-only coverage.",
  M, doc.y + 4, { width: PAGE_W - 2 * M, lineGap: 1 });
y = doc.y + 10;
const ex = [
  { t: "Peg is Having a Baby (9 months of in-network pre-natal care and a hospital delivery)", total: "$12,700",
    lines: [["The plan's overall deductible", "$250"], ["Specialist copayment", "$50"], ["Hospital (facility) copayment", "$600"], ["Other coinsurance", "20%"]],
    pay: [["Deductibles", "$250"], ["Copayments", "$610"], ["Coinsurance", "$0"], ["Limits or exclusions", "$60"], ["The total Peg would pay is", "$920"]] },
  { t: "Managing Joe's Type 2 Diabetes (a year of routine in-network care of a well-controlled condition)", total: "$5,600",
    lines: [["The plan's overall deductible", "$250"], ["Specialist copayment", "$50"], ["Hospital (facility) copayment", "$600"], ["Other coinsurance", "20%"]],
    pay: [["Deductibles", "$0"], ["Copayments", "$700"], ["Coinsurance", "$0"], ["Limits or exclusions", "$20"], ["The total Joe would pay is", "$720"]] },
  { t: "Mia's Simple Fracture (in-network emergency room visit and follow up care)", total: "$2,800",
    lines: [["The plan's overall deductible", "$250"], ["Specialist copayment", "$50"], ["Hospital (facility) copayment", "$600"], ["Other coinsurance", "20%"]],
    pay: [["Deductibles", "$250"], ["Copayments", "$500"], ["Coinsurance", "$0"], ["Limits or exclusions", "$0"], ["The total Mia would pay is", "$750"]] },
];
const exW = (PAGE_W - 2 * M - 24) / 3;
ex.forEach((e, i) => {
  const x = M + i * (exW + 12);
  let yy = y;
  const th = cellHeight(e.t, exW, "Helvetica-Bold", 9);
  cell(e.t, x, yy, exW, th, { font: "Helvetica-Bold", size: 9, fill: ACCENT, color: "#ffffff" });
  yy += th;
  for (const [a, b] of e.lines) { cell(a, x, yy, exW - 60, 18); cell(b, x + exW - 60, yy, 60, 18, { align: "right" }); yy += 18; }
  cell("This EXAMPLE event includes services like: specialist office visits, diagnostic tests, and hospital or emergency services.", x, yy, exW, 34, { size: 7.5 });
  yy += 34;
  cell("Total Example Cost", x, yy, exW - 60, 18, { font: "Helvetica-Bold", fill: SHADE }); cell(e.total, x + exW - 60, yy, 60, 18, { font: "Helvetica-Bold", fill: SHADE, align: "right" }); yy += 18;
  cell("In this example, the patient would pay:", x, yy, exW, 18, { font: "Helvetica-Bold" }); yy += 18;
  e.pay.forEach(([a, b], k) => {
    const last = k === e.pay.length - 1;
    cell(a, x, yy, exW - 60, 18, { font: last ? "Helvetica-Bold" : "Helvetica", fill: last ? SHADE : null });
    cell(b, x + exW - 60, yy, 60, 18, { font: last ? "Helvetica-Bold" : "Helvetica", fill: last ? SHADE : null, align: "right" });
    yy += 18;
  });
});

// ---------- Footers ----------
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(range.start + i);
  const old = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.save().lineWidth(0.5).strokeColor(LINE).moveTo(M, PAGE_H - 34).lineTo(PAGE_W - M, PAGE_H - 34).stroke().restore();
  doc.font("Helvetica").fontSize(7.5).fillColor("#555555")
    .text("Questions: Call 1-800-555-0177 or visit www.meridiancrest.example/select", M, PAGE_H - 28, { width: 400, lineBreak: false });
  doc.font("Helvetica-Bold").fontSize(8).fillColor(INK)
    .text(`Page ${i + 1} of ${range.count}`, PAGE_W - M - 120, PAGE_H - 28, { width: 120, align: "right", lineBreak: false });
  doc.page.margins.bottom = old;
}
doc.end();
console.log("wrote", out);
