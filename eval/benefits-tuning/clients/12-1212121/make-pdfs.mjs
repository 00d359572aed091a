// Builds the two PDF plan documents for the fictional employer
// Elkhorn Basin Hospital District (EIN 12-1212121).
//
//   node eval/benefits-tuning/clients/12-1212121/make-pdfs.mjs              -> writes PDFs into documents/
//   node eval/benefits-tuning/clients/12-1212121/make-pdfs.mjs --text-only  -> prints {file: text} JSON
//
// Every string drawn on a page goes through put() (or a table row, recorded with its cells joined
// by " | "), so check-questions.mjs can verify expected figures and cite phrases against the exact
// text written into each PDF. Table cells are placed with explicit x/y.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, "documents");
const TEXT_ONLY = process.argv.includes("--text-only");
const recorded = {};
const pending = [];

const SANS = "Helvetica";
const SANS_B = "Helvetica-Bold";
const SANS_I = "Helvetica-Oblique";

// ---------------------------------------------------------------- helpers

function open(file, { landscape = false, title, author, margins } = {}) {
  const doc = new PDFDocument({
    size: "LETTER",
    layout: landscape ? "landscape" : "portrait",
    margins: margins ?? { top: 40, bottom: 40, left: 36, right: 36 },
    bufferPages: true,
    info: { Title: title, Author: author, CreationDate: new Date("2025-09-30T16:00:00Z"), ModDate: new Date("2025-09-30T16:00:00Z") },
  });
  const ctx = { doc, file, lines: [] };
  recorded[file] = ctx.lines;
  if (TEXT_ONLY) {
    doc.on("data", () => {});
  } else {
    fs.mkdirSync(OUT, { recursive: true });
    const stream = fs.createWriteStream(path.join(OUT, file));
    pending.push(new Promise((resolve) => stream.on("finish", resolve)));
    doc.pipe(stream);
  }
  return ctx;
}

function put(ctx, str, x, y, opts = {}) {
  const { font = SANS, size = 9, color = "#000000", record = true, ...rest } = opts;
  ctx.doc.font(font).fontSize(size).fillColor(color);
  ctx.doc.text(str, x, y, rest);
  if (record) ctx.lines.push(str);
}

function measure(ctx, str, width, font = SANS, size = 9, extra = {}) {
  ctx.doc.font(font).fontSize(size);
  return ctx.doc.heightOfString(str, { width, ...extra });
}

const pageBottom = (ctx, reserve = 0) => ctx.doc.page.height - ctx.doc.page.margins.bottom - reserve;

function hline(ctx, x1, x2, y, color = "#000000", width = 0.5) {
  ctx.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
}

function box(ctx, x, y, w, h, { fill, stroke = "#000000", lineWidth = 0.5 } = {}) {
  const { doc } = ctx;
  doc.save().lineWidth(lineWidth);
  if (fill && stroke) doc.rect(x, y, w, h).fillAndStroke(fill, stroke);
  else if (fill) doc.rect(x, y, w, h).fill(fill);
  else doc.rect(x, y, w, h).strokeColor(stroke).stroke();
  doc.restore();
}

// Grid table. rows: string[] or { section: "TITLE" }. Cells are drawn at explicit x/y; the header
// is repeated after a page break. Returns the y below the table.
function table(ctx, spec) {
  const { x, widths, header, rows, size = 8, pad = 3, headerFill = "#3d4f2f", headerColor = "#ffffff", sectionFill = "#e3e8d6", zebra = null, firstColBold = false, reserve = 24, topOnNewPage } = spec;
  let { y } = spec;
  const { doc } = ctx;
  const total = widths.reduce((a, b) => a + b, 0);
  const drawHeader = () => {
    if (!header) return;
    const h = Math.max(...header.map((c, i) => measure(ctx, c, widths[i] - 2 * pad, SANS_B, size))) + 2 * pad;
    let cx = x;
    header.forEach((c, i) => {
      box(ctx, cx, y, widths[i], h, { fill: headerFill, stroke: "#000000" });
      put(ctx, c, cx + pad, y + pad, { font: SANS_B, size, color: headerColor, width: widths[i] - 2 * pad });
      cx += widths[i];
    });
    ctx.lines.push("");
    y += h;
  };
  const newPage = () => {
    doc.addPage();
    y = topOnNewPage ? topOnNewPage() : doc.page.margins.top;
    drawHeader();
  };
  drawHeader();
  rows.forEach((row, r) => {
    if (row.section) {
      const h = measure(ctx, row.section, total - 2 * pad, SANS_B, size) + 2 * pad;
      if (y + h + 30 > pageBottom(ctx, reserve)) newPage();
      box(ctx, x, y, total, h, { fill: sectionFill, stroke: "#000000" });
      put(ctx, row.section, x + pad, y + pad, { font: SANS_B, size, width: total - 2 * pad });
      y += h;
      return;
    }
    const fonts = row.map((_, i) => (firstColBold && i === 0 ? SANS_B : SANS));
    const h = Math.max(...row.map((c, i) => measure(ctx, c, widths[i] - 2 * pad, fonts[i], size))) + 2 * pad;
    if (y + h > pageBottom(ctx, reserve)) newPage();
    let cx = x;
    row.forEach((c, i) => {
      box(ctx, cx, y, widths[i], h, { fill: zebra && r % 2 === 1 ? zebra : null, stroke: "#000000" });
      doc.font(fonts[i]).fontSize(size).fillColor("#000000");
      doc.text(c, cx + pad, y + pad, { width: widths[i] - 2 * pad });
      cx += widths[i];
    });
    ctx.lines.push(row.join(" | "));
    y += h;
  });
  return y;
}

function footers(ctx, render) {
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    render(i - range.start + 1, range.count);
    doc.page.margins.bottom = saved;
  }
}

// =====================================================================
// 1. Summary of Benefits and Coverage - Granite Range Select HMO 500 (portrait)
// =====================================================================

function buildSbc() {
  const ctx = open("granite-range-select-hmo-500-sbc-2026.pdf", {
    title: "Summary of Benefits and Coverage - Granite Range Select HMO 500 - 2026",
    author: "Granite Range Health Plan, Inc.",
  });
  const { doc } = ctx;
  const L = 36;
  const W = doc.page.width - 72;
  const TOP = 40;
  const NAVY = "#2e3d55";

  const pageHeader = () => {
    put(ctx, "Granite Range Health Plan: Select HMO 500", L, TOP, { font: SANS_B, size: 8, record: false, width: W / 2 });
    put(ctx, "Coverage Period: 01/01/2026 - 12/31/2026", L + W / 2, TOP, { size: 8, record: false, width: W / 2, align: "right" });
    hline(ctx, L, L + W, TOP + 12, NAVY, 1);
    return TOP + 18;
  };

  box(ctx, L, TOP, W, 44, { fill: NAVY, stroke: null });
  put(ctx, "Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services", L + 8, TOP + 6, { font: SANS_B, size: 11, color: "#ffffff", width: W - 180 });
  put(ctx, "Coverage Period: 01/01/2026 - 12/31/2026", L + W - 170, TOP + 6, { font: SANS_B, size: 8, color: "#ffffff", width: 162, align: "right" });
  put(ctx, "Granite Range Health Plan: Granite Range Select HMO 500", L, TOP + 52, { font: SANS_B, size: 10, width: W * 0.6 });
  put(ctx, "Coverage for: Individual + Family | Plan Type: HMO", L + W * 0.6, TOP + 52, { font: SANS_B, size: 8.5, width: W * 0.4, align: "right" });
  put(ctx, "Group: Elkhorn Basin Hospital District | Group No. GR-60213", L, TOP + 66, { size: 8, width: W });

  let y = TOP + 82;
  const intro =
    "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of coverage, visit www.granitehealth.example/elkhornbasin or call 1-800-555-0144. For general definitions of common terms, such as allowed amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms, see the Glossary at www.granitehealth.example/glossary.";
  const ih = measure(ctx, intro, W - 16, SANS, 8) + 12;
  box(ctx, L, y, W, ih, { fill: "#eef1f6", stroke: NAVY });
  put(ctx, intro, L + 8, y + 6, { size: 8, width: W - 16 });
  y += ih + 10;

  const iq = [
    ["What is the overall deductible?", "$500 individual / $1,000 family. Out-of-network care is not covered, except emergency care.", "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have other family members on the plan, each family member must meet their own individual deductible until the total amount of deductible expenses paid by all family members meets the overall family deductible."],
    ["Are there services covered before you meet your deductible?", "Yes. Office visits, virtual visits, urgent care, emergency room visits, lab, x-ray and imaging copays, therapy visits, prescription drugs and preventive care are covered before you meet your deductible.", "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible."],
    ["Are there other deductibles for specific services?", "No.", "You don't have to meet deductibles for specific services."],
    ["What is the out-of-pocket limit for this plan?", "$3,500 individual / $7,000 family.", "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met."],
    ["What is not included in the out-of-pocket limit?", "Premiums, health care this plan doesn't cover, and care from out-of-network providers that is not emergency care.", "Even though you pay these expenses, they don't count toward the out-of-pocket limit."],
    ["Will you pay less if you use a network provider?", "Yes. This plan covers care only from the Granite Range Select network. See www.granitehealth.example/select or call 1-800-555-0144 for a list of network providers.", "This plan uses a provider network. You will pay less if you use a provider in the plan's network. Except for emergencies, this plan pays nothing for care from an out-of-network provider. Elkhorn Basin Regional Medical Center and all District clinics are in the Select network."],
    ["Do you need a referral to see a specialist?", "Yes. Each member chooses a primary care provider (PCP). Your PCP must send a referral before you see a specialist, except for OB/GYN and behavioral health visits.", "This plan will pay some or all of the costs to see a specialist for covered services but only if you have a referral before you see the specialist."],
  ];
  y = table(ctx, { x: L, y, widths: [150, 180, W - 330], header: ["Important Questions", "Answers", "Why This Matters:"], rows: iq, size: 8, firstColBold: true, headerFill: NAVY, sectionFill: "#eef1f6", reserve: 20, topOnNewPage: pageHeader });

  doc.addPage();
  y = pageHeader();
  put(ctx, "All copayment and coinsurance costs shown in this chart are after your deductible has been met, if a deductible applies.", L, y, { font: SANS_B, size: 8.5, width: W });
  y += 14;
  const cw = [92, 116, 92, 70, W - 370];
  const head = ["Common Medical Event", "Services You May Need", "What You Will Pay: Network Provider (You will pay the least)", "What You Will Pay: Out-of-Network Provider", "Limitations, Exceptions, & Other Important Information"];
  const groups = [
    { event: "If you visit a health care provider's office or clinic", rows: [
      ["Primary care visit to treat an injury or illness", "$20 copay/visit", "Not covered", "Deductible does not apply. Each family member must choose a Select network PCP."],
      ["Specialist visit", "$40 copay/visit", "Not covered", "PCP referral required, except OB/GYN and behavioral health. Deductible does not apply."],
      ["Preventive care/screening/immunization", "No charge", "Not covered", "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive."],
      ["Virtual visit (GraniteCare Virtual)", "No charge", "Not covered", "Through the GraniteCare Virtual app or website, 24 hours a day."],
    ] },
    { event: "If you have a test", rows: [
      ["Diagnostic test (x-ray, blood work)", "Lab: No charge; X-ray: $25 copay", "Not covered", "Deductible does not apply."],
      ["Imaging (CT/PET scans, MRIs)", "$150 copay/scan", "Not covered", "Prior authorization required."],
    ] },
    { event: "If you need drugs to treat your illness or condition (Granite Rx)", rows: [
      ["Generic drugs (Tier 1)", "$10 copay (retail, 30-day supply); $20 copay (mail order, 90-day supply)", "Not covered", "Deductible does not apply to prescription drugs."],
      ["Preferred brand drugs (Tier 2)", "$40 copay (retail); $80 copay (mail order, 90-day supply)", "Not covered", "Insulin: $20 copay per 30-day supply."],
      ["Non-preferred brand drugs (Tier 3)", "$75 copay (retail); $150 copay (mail order, 90-day supply)", "Not covered", "Prior authorization may be required."],
      ["Specialty drugs (Tier 4)", "$150 copay per fill", "Not covered", "Must be filled through Granite Specialty Pharmacy; 30-day supply."],
    ] },
    { event: "If you have outpatient surgery", rows: [
      ["Facility fee (e.g., ambulatory surgery center)", "$250 copay per surgery", "Not covered", "Deductible applies. Prior authorization required."],
      ["Physician/surgeon fees", "15% coinsurance", "Not covered", "Deductible applies."],
    ] },
    { event: "If you need immediate medical attention", rows: [
      ["Emergency room care", "$250 copay/visit", "$250 copay/visit", "Copay waived if admitted. Deductible does not apply."],
      ["Emergency medical transportation", "$150 copay per trip", "$150 copay per trip", "Deductible applies. Ground and air ambulance."],
      ["Urgent care", "$45 copay/visit", "$45 copay/visit", "Out-of-network urgent care is covered only outside the Select service area."],
    ] },
    { event: "If you have a hospital stay", rows: [
      ["Facility fee (e.g., hospital room)", "$350 copay per day, up to $1,050 per admission", "Not covered", "Deductible applies. Prior authorization required, except emergencies."],
      ["Physician/surgeon fees", "15% coinsurance", "Not covered", "Deductible applies."],
    ] },
    { event: "If you need mental health, behavioral health, or substance abuse services", rows: [
      ["Outpatient services", "$20 copay/office visit", "Not covered", "No referral required for behavioral health office visits."],
      ["Inpatient services", "$350 copay per day, up to $1,050 per admission", "Not covered", "Prior authorization required."],
    ] },
    { event: "If you are pregnant", rows: [
      ["Office visits", "No charge", "Not covered", "Depending on the type of services, a copayment or deductible may apply."],
      ["Childbirth/delivery professional services", "15% coinsurance", "Not covered", "Deductible applies."],
      ["Childbirth/delivery facility services", "$350 copay per day, up to $1,050 per admission", "Not covered", "Stays up to 48 hours (vaginal delivery) or 96 hours (C-section) need no prior authorization."],
    ] },
    { event: "If you need help recovering or have other special health needs", rows: [
      ["Home health care", "15% coinsurance", "Not covered", "Limited to 60 visits per year. Prior authorization required."],
      ["Rehabilitation services", "$30 copay/visit", "Not covered", "Limited to 20 visits per year for physical, occupational and speech therapy combined."],
      ["Habilitation services", "$30 copay/visit", "Not covered", "Visits count toward the 20-visit rehabilitation limit."],
      ["Skilled nursing care", "15% coinsurance", "Not covered", "Limited to 60 days per year. Prior authorization required."],
      ["Durable medical equipment", "15% coinsurance", "Not covered", "Prior authorization required for items over $1,500."],
      ["Hospice services", "No charge", "Not covered", "Prior authorization required."],
    ] },
    { event: "If your child needs dental or eye care", rows: [
      ["Children's eye exam", "Not covered", "Not covered", "See the Kestrel Vision Plus plan."],
      ["Children's glasses", "Not covered", "Not covered", "See the Kestrel Vision Plus plan."],
      ["Children's dental check-up", "Not covered", "Not covered", "See the Cordillera Dental PPO 2000 plan."],
    ] },
  ];
  const pad = 3;
  const size = 7.5;
  const drawHead = () => {
    const hh = Math.max(...head.map((c, i) => measure(ctx, c, cw[i] - 2 * pad, SANS_B, size))) + 2 * pad;
    let cx = L;
    head.forEach((c, i) => {
      box(ctx, cx, y, cw[i], hh, { fill: NAVY, stroke: "#000000" });
      put(ctx, c, cx + pad, y + pad, { font: SANS_B, size, color: "#ffffff", width: cw[i] - 2 * pad });
      cx += cw[i];
    });
    ctx.lines.push("");
    y += hh;
  };
  drawHead();
  for (const g of groups) {
    const rh = g.rows.map((r) => Math.max(...r.map((c, i) => measure(ctx, c, cw[i + 1] - 2 * pad, i === 0 ? SANS_B : SANS, size))) + 2 * pad);
    const eh = measure(ctx, g.event, cw[0] - 2 * pad, SANS_B, size) + 2 * pad;
    const sum = rh.reduce((a, b) => a + b, 0);
    if (eh > sum) rh[rh.length - 1] += eh - sum;
    const gh = Math.max(eh, sum);
    if (y + gh > pageBottom(ctx, 24)) {
      doc.addPage();
      y = pageHeader();
      drawHead();
    }
    box(ctx, L, y, cw[0], gh, { fill: "#eef1f6", stroke: "#000000" });
    put(ctx, g.event, L + pad, y + pad, { font: SANS_B, size, width: cw[0] - 2 * pad });
    let ry = y;
    g.rows.forEach((r, k) => {
      let cx = L + cw[0];
      r.forEach((c, i) => {
        box(ctx, cx, ry, cw[i + 1], rh[k], { stroke: "#000000" });
        doc.font(i === 0 ? SANS_B : SANS).fontSize(size).fillColor("#000000");
        doc.text(c, cx + pad, ry + pad, { width: cw[i + 1] - 2 * pad });
        cx += cw[i + 1];
      });
      ctx.lines.push(r.join(" | "));
      ry += rh[k];
    });
    y += gh;
  }

  doc.addPage();
  y = pageHeader();
  put(ctx, "Excluded Services & Other Covered Services:", L, y, { font: SANS_B, size: 10, width: W });
  y += 16;
  const listBox = (headTxt, items) => {
    const hh = measure(ctx, headTxt, W - 12, SANS_B, 8.5) + 8;
    box(ctx, L, y, W, hh, { fill: NAVY, stroke: "#000000" });
    put(ctx, headTxt, L + 6, y + 4, { font: SANS_B, size: 8.5, color: "#ffffff", width: W - 12 });
    y += hh;
    const colW = (W - 12) / 2;
    const half = Math.ceil(items.length / 2);
    const cols = [items.slice(0, half), items.slice(half)];
    const colHeights = cols.map((c) => c.reduce((a, it) => a + measure(ctx, `- ${it}`, colW - 8, SANS, 8.5) + 4, 0));
    const bh = Math.max(...colHeights) + 8;
    box(ctx, L, y, W, bh, { stroke: "#000000" });
    cols.forEach((c, ci) => {
      let iy = y + 5;
      for (const it of c) {
        put(ctx, `- ${it}`, L + 6 + ci * colW, iy, { size: 8.5, width: colW - 8 });
        iy += measure(ctx, `- ${it}`, colW - 8, SANS, 8.5) + 4;
      }
    });
    y += bh + 10;
  };
  listBox("Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)", [
    "Acupuncture",
    "Bariatric surgery (weight-loss surgery)",
    "Cosmetic surgery",
    "Dental care (Adult)",
    "Infertility treatment (diagnosis is covered)",
    "Long-term care",
    "Non-emergency care from out-of-network providers",
    "Non-emergency care when traveling outside the U.S.",
    "Routine eye care (Adult)",
    "Weight loss programs",
  ]);
  listBox("Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)", [
    "Chiropractic care ($30 copay/visit; limited to 12 visits per year)",
    "Hearing aids (up to $1,500 per ear every 36 months)",
    "Anti-obesity medications (preferred brand copay; prior authorization and BMI criteria apply)",
    "Routine foot care (for members with diabetes)",
  ]);

  const prose = [
    ["Your Rights to Continue Coverage:", "There are agencies that can help if you want to continue your coverage after it ends. The contact information for those agencies is: Granite Range Member Services at 1-800-555-0144, or Elkhorn Basin Hospital District Human Resources at (208) 555-0176. Other coverage options may be available to you too, including buying individual insurance coverage through the Health Insurance Marketplace."],
    ["Your Grievance and Appeals Rights:", "There are agencies that can help if you have a complaint against your plan for a denial of a claim. This complaint is called a grievance or appeal. For more information about your rights, look at the explanation of benefits you will receive for that medical claim. Contact: Granite Range Appeals, P.O. Box 1187, Boise, ID 83701, 1-800-555-0144."],
    ["Does this plan provide Minimum Essential Coverage? Yes.", "Minimum Essential Coverage generally includes plans, health insurance available through the Marketplace or other individual market policies, Medicare, Medicaid, CHIP, TRICARE, and certain other coverage."],
    ["Does this plan meet the Minimum Value Standards? Yes.", "If your plan doesn't meet the Minimum Value Standards, you may be eligible for a premium tax credit to help you pay for a plan through the Marketplace."],
    ["Language Access Services:", "Spanish (Español): Para obtener asistencia en Español, llame al 1-800-555-0144."],
  ];
  for (const [h, t] of prose) {
    const th = measure(ctx, t, W, SANS, 8.5);
    if (y + th + 16 > pageBottom(ctx, 24)) {
      doc.addPage();
      y = pageHeader();
    }
    put(ctx, h, L, y, { font: SANS_B, size: 9, width: W });
    y += 12;
    put(ctx, t, L, y, { size: 8.5, width: W });
    y += th + 8;
  }

  doc.addPage();
  y = pageHeader();
  put(ctx, "About these Coverage Examples:", L, y, { font: SANS_B, size: 10, width: W });
  y += 14;
  const about = "This is not a cost estimator. Treatments shown are just examples of how this plan might cover medical care. Your actual costs will be different depending on the actual care you receive, the prices your providers charge, and many other factors. Please note these coverage examples are based on self-only coverage.";
  put(ctx, about, L, y, { size: 8.5, width: W });
  y += measure(ctx, about, W, SANS, 8.5) + 12;
  const params = [["The plan's overall deductible", "$500"], ["Specialist copayment", "$40"], ["Hospital (facility) copayment", "$350 per day"], ["Other coinsurance", "15%"]];
  const ex = [
    { title: "Peg is Having a Baby", sub: "(9 months of in-network pre-natal care and a hospital delivery)", total: "$12,700", pays: [["Deductibles", "$500"], ["Copayments", "$700"], ["Coinsurance", "$610"], ["Limits or exclusions", "$60"]], sum: "$1,870", name: "Peg" },
    { title: "Managing Joe's Type 2 Diabetes", sub: "(a year of routine in-network care of a well-controlled condition)", total: "$5,600", pays: [["Deductibles", "$0"], ["Copayments", "$780"], ["Coinsurance", "$0"], ["Limits or exclusions", "$20"]], sum: "$800", name: "Joe" },
    { title: "Mia's Simple Fracture", sub: "(in-network emergency room visit and follow up care)", total: "$2,800", pays: [["Deductibles", "$300"], ["Copayments", "$455"], ["Coinsurance", "$40"], ["Limits or exclusions", "$0"]], sum: "$795", name: "Mia" },
  ];
  const colW = (W - 20) / 3;
  ex.forEach((e, i) => {
    const cx = L + i * (colW + 10);
    let cy = y;
    box(ctx, cx, cy, colW, 34, { fill: NAVY, stroke: null });
    put(ctx, e.title, cx + 5, cy + 4, { font: SANS_B, size: 9.5, color: "#ffffff", width: colW - 10 });
    put(ctx, e.sub, cx + 5, cy + 17, { size: 7, color: "#ffffff", width: colW - 10 });
    cy += 40;
    for (const [k, v] of params) {
      put(ctx, `${k}   ${v}`, cx, cy, { size: 8, width: colW, record: false });
      ctx.lines.push(`${k} ${v}`);
      cy += 12;
    }
    cy += 4;
    box(ctx, cx, cy, colW, 16, { fill: "#eef1f6", stroke: "#000000" });
    put(ctx, `Total Example Cost   ${e.total}`, cx + 5, cy + 4, { font: SANS_B, size: 8.5, width: colW - 10, record: false });
    ctx.lines.push(`Total Example Cost ${e.total}`);
    cy += 22;
    put(ctx, `In this example, ${e.name} would pay:`, cx, cy, { font: SANS_B, size: 8, width: colW });
    cy += 12;
    for (const [k, v] of e.pays) {
      put(ctx, k, cx, cy, { size: 8, width: colW - 50, record: false });
      put(ctx, v, cx + colW - 50, cy, { size: 8, width: 50, align: "right", record: false });
      ctx.lines.push(`${k} ${v}`);
      cy += 12;
    }
    hline(ctx, cx, cx + colW, cy);
    cy += 3;
    put(ctx, `The total ${e.name} would pay is`, cx, cy, { font: SANS_B, size: 8, width: colW - 50, record: false });
    put(ctx, e.sum, cx + colW - 50, cy, { font: SANS_B, size: 8, width: 50, align: "right", record: false });
    ctx.lines.push(`The total ${e.name} would pay is ${e.sum}`);
  });

  footers(ctx, (n, total) => {
    put(ctx, `Granite Range Select HMO 500 SBC   Page ${n} of ${total}`, L, doc.page.height - 28, { size: 7.5, color: "#555555", width: W, align: "center", record: false });
  });
  doc.end();
}

// =====================================================================
// 2. Medical plan comparison grid - three plans as columns (landscape)
// =====================================================================

function buildGrid() {
  const ctx = open("granite-range-medical-plan-comparison-grid-2026.pdf", {
    landscape: true,
    title: "Granite Range Health Plan - 2026 Medical Plan Comparison - Elkhorn Basin Hospital District",
    author: "Granite Range Health Plan, Inc.",
    margins: { top: 36, bottom: 36, left: 36, right: 36 },
  });
  const { doc } = ctx;
  const L = 36;
  const W = doc.page.width - 72;
  const GREEN = "#3d4f2f";

  const pageTop = () => {
    put(ctx, "GRANITE RANGE HEALTH PLAN  |  2026 Medical Plan Comparison  |  Elkhorn Basin Hospital District", L, 24, { font: SANS_B, size: 8, color: GREEN, width: W, record: false });
    hline(ctx, L, L + W, 36, GREEN, 1);
    return 42;
  };
  box(ctx, L, 30, W, 40, { fill: GREEN, stroke: null });
  put(ctx, "2026 Medical Plan Comparison", L + 10, 36, { font: SANS_B, size: 15, color: "#ffffff", width: W / 2 });
  put(ctx, "In-network benefits. Amounts are what the member pays.", L + 10, 55, { size: 8.5, color: "#ffffff", width: W / 2 });
  put(ctx, "Elkhorn Basin Hospital District\nPlan year January 1 - December 31, 2026", L + W / 2, 38, { font: SANS_B, size: 9, color: "#ffffff", width: W / 2 - 10, align: "right" });
  let y = 80;
  const note = "\"After deductible\" means you pay the full allowed amount until your deductible is met. Copays on the Select HMO 500 and Choice PPO 1500 apply before the deductible unless marked \"after deductible\". Elkhorn Basin Regional Medical Center and all District clinics are in network for all three plans.";
  put(ctx, note, L, y, { size: 8, width: W });
  y += measure(ctx, note, W, SANS, 8) + 8;

  const rows = [
    { section: "PLAN BASICS" },
    ["Network", "Granite Range Select network only", "Granite Range PPO network; out-of-network also covered", "Granite Range PPO network; out-of-network also covered"],
    ["Specialist referral", "Required from your PCP (not for OB/GYN or behavioral health)", "Not required", "Not required"],
    ["Deductible (individual / family)", "$500 / $1,000", "$1,500 / $3,000", "$3,400 / $6,800"],
    ["Out-of-pocket maximum (individual / family)", "$3,500 / $7,000", "$5,000 / $10,000", "$6,200 / $12,400"],
    ["Coinsurance", "15%", "20%", "10%"],
    ["HSA-eligible", "No", "No", "Yes"],
    { section: "DOCTOR VISITS" },
    ["Primary care visit", "$20 copay", "$30 copay", "10% after deductible"],
    ["Specialist visit", "$40 copay", "$60 copay", "10% after deductible"],
    ["GraniteCare Virtual visit", "$0", "$10 copay", "$0"],
    ["Preventive care", "$0", "$0", "$0"],
    ["Mental health office visit", "$20 copay", "$30 copay", "10% after deductible"],
    { section: "URGENT AND EMERGENCY CARE" },
    ["Urgent care", "$45 copay", "$75 copay", "10% after deductible"],
    ["Emergency room", "$250 copay (waived if admitted)", "$400 copay (waived if admitted)", "10% after deductible"],
    ["Ambulance", "$150 copay after deductible", "20% after deductible", "10% after deductible"],
    { section: "TESTS, HOSPITAL AND SURGERY" },
    ["Lab work", "$0", "20% after deductible (10%, no deductible, at District facilities)", "10% after deductible"],
    ["MRI, CT, PET", "$150 copay per scan", "$200 copay per scan", "10% after deductible"],
    ["Inpatient hospital stay", "$350 per day after deductible, up to $1,050 per admission", "20% after deductible", "10% after deductible"],
    ["Outpatient surgery (facility)", "$250 copay after deductible", "20% after deductible", "10% after deductible"],
    { section: "THERAPY AND SPECIAL SERVICES" },
    ["Physical, occupational, speech therapy", "$30 copay; 20 visits per year", "$40 copay; 40 visits per year", "10% after deductible; 30 visits per year"],
    ["Chiropractic care", "$30 copay; 12 visits per year", "$35 copay; 20 visits per year", "10% after deductible; 15 visits per year"],
    ["Acupuncture", "Not covered", "$40 copay; 20 visits per year", "10% after deductible; 10 visits per year"],
    ["Hearing aids", "Up to $1,500 per ear every 36 months", "Not covered", "Not covered"],
    ["Bariatric surgery", "Not covered", "20% after deductible (Center of Excellence)", "10% after deductible (Center of Excellence)"],
    ["Infertility treatment", "Not covered (diagnosis only)", "20% after deductible; $15,000 lifetime maximum", "Not covered (diagnosis only)"],
    ["Anti-obesity (weight-loss) medications", "Preferred brand copay; prior authorization", "Not covered", "Not covered"],
    { section: "PRESCRIPTION DRUGS (30-DAY RETAIL)" },
    ["Generic", "$10 copay", "$15 copay", "$10 copay after deductible"],
    ["Preferred brand", "$40 copay", "$45 copay", "$40 copay after deductible"],
    ["Non-preferred brand", "$75 copay", "$80 copay", "$70 copay after deductible"],
    ["Specialty", "$150 copay per fill", "25% up to $250 per fill", "10% after deductible"],
    ["Insulin", "$20 copay", "$35 copay", "$25 copay, no deductible"],
    { section: "OUT-OF-NETWORK" },
    ["Out-of-network deductible (individual / family)", "Not covered (emergencies only)", "$3,000 / $6,000", "$6,800 / $13,600"],
    ["Out-of-network out-of-pocket maximum", "Not applicable", "$10,000 / $20,000", "$12,400 / $24,800"],
    ["Out-of-network coinsurance", "Not covered (emergencies only)", "40% after deductible", "40% after deductible"],
  ];
  const widths = [190, (W - 190) / 3, (W - 190) / 3, (W - 190) / 3];
  table(ctx, { x: L, y, widths, header: ["Benefit", "Select HMO 500", "Choice PPO 1500", "Saver HSA 3400"], rows, size: 8.5, firstColBold: true, zebra: "#f5f6ef", headerFill: GREEN, reserve: 20, topOnNewPage: pageTop });

  footers(ctx, (n, total) => {
    put(ctx, `GR-CMP-2026-EBHD   This comparison is a summary; the plan documents control.   Page ${n} of ${total}`, L, doc.page.height - 24, { size: 7.5, color: "#555555", width: W, align: "center", record: false });
  });
  doc.end();
}

buildSbc();
buildGrid();

if (TEXT_ONLY) {
  const out = {};
  for (const [file, lines] of Object.entries(recorded)) out[file] = lines.join("\n");
  process.stdout.write(JSON.stringify(out));
} else {
  await Promise.all(pending);
  for (const file of Object.keys(recorded)) {
    const size = fs.statSync(path.join(OUT, file)).size;
    console.log(`wrote documents/${file} (${size} bytes)`);
  }
}
