// Builds the three PDF plan documents for the fictional employer
// Crescent Tidewater Marine, Inc. (EIN 72-5190384).
//
//   node eval/benefits-heldout/clients/72-5190384/make-pdfs.mjs              -> writes PDFs into documents/
//   node eval/benefits-heldout/clients/72-5190384/make-pdfs.mjs --text-only  -> prints {file: text} JSON
//
// Every string drawn on a page goes through put(), which also records it, so
// check-questions.mjs can verify expected figures and cite phrases against the
// exact text written into each PDF. Table cells are placed with explicit x/y.

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
const SERIF = "Times-Roman";
const SERIF_B = "Times-Bold";

// ---------------------------------------------------------------- helpers

function open(file, { landscape = false, title, author, margins } = {}) {
  const doc = new PDFDocument({
    size: "LETTER",
    layout: landscape ? "landscape" : "portrait",
    margins: margins ?? { top: 40, bottom: 40, left: 36, right: 36 },
    bufferPages: true,
    info: {
      Title: title,
      Author: author,
      CreationDate: new Date("2025-10-20T15:00:00Z"),
      ModDate: new Date("2025-10-20T15:00:00Z"),
    },
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
  const { doc } = ctx;
  doc.font(font).fontSize(size).fillColor(color);
  doc.text(str, x, y, rest);
  if (record) ctx.lines.push(str);
}

function measure(ctx, str, width, font = SANS, size = 9, extra = {}) {
  ctx.doc.font(font).fontSize(size);
  return ctx.doc.heightOfString(str, { width, ...extra });
}

function pageBottom(ctx, reserve = 0) {
  const { doc } = ctx;
  return doc.page.height - doc.page.margins.bottom - reserve;
}

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

// Generic grid table. rows: array of string[] or { section: "TITLE" }.
// Returns the y below the table. Breaks pages between rows and repeats the header.
function table(ctx, spec) {
  const {
    x,
    widths,
    header,
    rows,
    size = 8,
    headerSize = size,
    pad = 3,
    headerFill = "#1f3b57",
    headerColor = "#ffffff",
    sectionFill = "#d9e2ec",
    zebra = null,
    firstColBold = false,
    reserve = 24,
    topOnNewPage,
  } = spec;
  let { y } = spec;
  const { doc } = ctx;
  const total = widths.reduce((a, b) => a + b, 0);

  const drawHeader = () => {
    if (!header) return;
    const h = Math.max(...header.map((c, i) => measure(ctx, c, widths[i] - 2 * pad, SANS_B, headerSize))) + 2 * pad;
    let cx = x;
    header.forEach((c, i) => {
      box(ctx, cx, y, widths[i], h, { fill: headerFill, stroke: "#000000" });
      put(ctx, c, cx + pad, y + pad, { font: SANS_B, size: headerSize, color: headerColor, width: widths[i] - 2 * pad });
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
      const fill = zebra && r % 2 === 1 ? zebra : null;
      box(ctx, cx, y, widths[i], h, { fill, stroke: "#000000" });
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
// 1. Summary of Benefits and Coverage - Gulfstar Choice POS 750 (portrait)
// =====================================================================

function buildSbc() {
  const ctx = open("gulfstar-choice-pos-750-sbc-2026.pdf", {
    title: "Summary of Benefits and Coverage - Gulfstar Choice POS 750 - 2026",
    author: "Gulfstar Health Plan, Inc.",
  });
  const { doc } = ctx;
  const L = 36;
  const W = doc.page.width - 72;
  const TOP = 40;

  const pageHeader = () => {
    put(ctx, "Gulfstar Health Plan: Gulfstar Choice POS 750", L, TOP, { font: SANS_B, size: 8, record: false, width: W / 2 });
    put(ctx, "Coverage Period: 01/01/2026 - 12/31/2026", L + W / 2, TOP, { font: SANS, size: 8, record: false, width: W / 2, align: "right" });
    hline(ctx, L, L + W, TOP + 12, "#1f3b57", 1);
    return TOP + 18;
  };

  // --- page 1 title block
  box(ctx, L, TOP, W, 44, { fill: "#1f3b57", stroke: null });
  put(ctx, "Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services", L + 8, TOP + 6, {
    font: SANS_B, size: 11, color: "#ffffff", width: W - 180,
  });
  put(ctx, "Coverage Period: 01/01/2026 - 12/31/2026", L + W - 170, TOP + 6, { font: SANS_B, size: 8, color: "#ffffff", width: 162, align: "right" });
  put(ctx, "Gulfstar Health Plan: Gulfstar Choice POS 750", L, TOP + 52, { font: SANS_B, size: 10, width: W / 2 });
  put(ctx, "Coverage for: Individual + Family | Plan Type: POS", L + W / 2, TOP + 52, { font: SANS_B, size: 8.5, width: W / 2, align: "right" });
  put(ctx, "Group: Crescent Tidewater Marine, Inc. | Group No. GS-448120", L, TOP + 66, { size: 8, width: W });

  let y = TOP + 82;
  const intro =
    "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of coverage, visit www.gulfstarhealth.example/crescenttidewater or call 1-800-555-0117. For general definitions of common terms, such as allowed amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms, see the Glossary. You can view the Glossary at www.gulfstarhealth.example/glossary or call 1-800-555-0117 to request a copy.";
  const ih = measure(ctx, intro, W - 16, SANS, 8) + 12;
  box(ctx, L, y, W, ih, { fill: "#eef3f8", stroke: "#1f3b57" });
  put(ctx, intro, L + 8, y + 6, { size: 8, width: W - 16 });
  y += ih + 10;

  const iq = [
    [
      "What is the overall deductible?",
      "For network providers: $750 individual / $1,500 family. For out-of-network providers: $1,500 individual / $3,000 family.",
      "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have other family members on the plan, each family member must meet their own individual deductible until the total amount of deductible expenses paid by all family members meets the overall family deductible.",
    ],
    [
      "Are there services covered before you meet your deductible?",
      "Yes. Office visits, virtual visits, urgent care, emergency room visits, imaging copays, prescription drugs and in-network preventive care are covered before you meet your deductible.",
      "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible. See a list of covered preventive services at www.gulfstarhealth.example/preventive.",
    ],
    ["Are there other deductibles for specific services?", "No.", "You don't have to meet deductibles for specific services."],
    [
      "What is the out-of-pocket limit for this plan?",
      "For network providers: $4,000 individual / $8,000 family. For out-of-network providers: $8,000 individual / $16,000 family.",
      "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met.",
    ],
    [
      "What is not included in the out-of-pocket limit?",
      "Premiums, balance-billed charges, penalties for failure to obtain preauthorization, and health care this plan doesn't cover.",
      "Even though you pay these expenses, they don't count toward the out-of-pocket limit.",
    ],
    [
      "Will you pay less if you use a network provider?",
      "Yes. See www.gulfstarhealth.example/findcare or call 1-800-555-0117 for a list of network providers.",
      "This plan uses a provider network. You will pay less if you use a provider in the plan's network. You will pay the most if you use an out-of-network provider, and you might receive a bill from a provider for the difference between the provider's charge and what your plan pays (balance billing). Be aware your network provider might use an out-of-network provider for some services (such as lab work). Check with your provider before you get services.",
    ],
    [
      "Do you need a referral to see a specialist?",
      "Yes. Your primary care provider (PCP) must send a referral before you see a specialist, except for OB/GYN, behavioral health and acupuncture visits.",
      "This plan will pay some or all of the costs to see a specialist for covered services but only if you have a referral before you see the specialist.",
    ],
  ];
  y = table(ctx, {
    x: L,
    y,
    widths: [150, 170, W - 320],
    header: ["Important Questions", "Answers", "Why This Matters:"],
    rows: iq,
    size: 8,
    firstColBold: true,
    reserve: 20,
    topOnNewPage: pageHeader,
  });

  // --- common medical event table (new page)
  doc.addPage();
  y = pageHeader();
  put(ctx, "All copayment and coinsurance costs shown in this chart are after your deductible has been met, if a deductible applies.", L, y, {
    font: SANS_B, size: 8.5, width: W,
  });
  y += 14;

  const cw = [92, 112, 88, 88, W - 380];
  const head = [
    "Common Medical Event",
    "Services You May Need",
    "What You Will Pay: Network Provider (You will pay the least)",
    "What You Will Pay: Out-of-Network Provider (You will pay the most)",
    "Limitations, Exceptions, & Other Important Information",
  ];
  const groups = [
    {
      event: "If you visit a health care provider's office or clinic",
      rows: [
        ["Primary care visit to treat an injury or illness", "$25 copay/visit", "40% coinsurance", "Deductible does not apply in-network. Includes in-network retail clinics. Each family member should choose a PCP."],
        ["Specialist visit", "$50 copay/visit", "40% coinsurance", "Referral from your PCP required, except OB/GYN, behavioral health and acupuncture. Deductible does not apply in-network."],
        ["Preventive care/screening/immunization", "No charge", "40% coinsurance", "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive. Then check what your plan will pay for."],
        ["Virtual visit (Gulfstar Virtual Care)", "$10 copay/visit", "Not covered", "Through the Gulfstar Virtual Care app or website only. Available 24 hours a day."],
      ],
    },
    {
      event: "If you have a test",
      rows: [
        ["Diagnostic test (x-ray, blood work)", "Lab: No charge; X-ray: 20% coinsurance", "40% coinsurance", "Lab is no charge only at Gulfstar preferred labs; 20% coinsurance at hospital-based labs."],
        ["Imaging (CT/PET scans, MRIs)", "$250 copay/scan", "40% coinsurance", "Preauthorization required. If you don't get preauthorization, benefits will be reduced by 50% of the total cost of the service."],
      ],
    },
    {
      event: "If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.gulfstarhealth.example/rx",
      rows: [
        ["Generic drugs (Tier 1)", "$10 copay/prescription (retail, 30-day supply); $25 copay (mail order, 90-day supply)", "Not covered", "Out-of-network pharmacies are not covered except for emergencies. Deductible does not apply."],
        ["Preferred brand drugs (Tier 2)", "$40 copay/prescription (retail); $100 copay (mail order, 90-day supply)", "Not covered", "Mail order is 2.5 times the retail copay."],
        ["Non-preferred brand drugs (Tier 3)", "$75 copay/prescription (retail); $187.50 copay (mail order, 90-day supply)", "Not covered", "Prior authorization may be required. If you request a brand when a generic is available, you pay the generic copay plus the cost difference."],
        ["Specialty drugs (Tier 4)", "25% coinsurance up to $300 per fill", "Not covered", "Must be filled through Gulfstar Specialty Pharmacy. Limited to a 30-day supply."],
      ],
    },
    {
      event: "If you have outpatient surgery",
      rows: [
        ["Facility fee (e.g., ambulatory surgery center)", "20% coinsurance", "40% coinsurance", "Preauthorization required for certain procedures."],
        ["Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
      ],
    },
    {
      event: "If you need immediate medical attention",
      rows: [
        ["Emergency room care", "$350 copay/visit", "$350 copay/visit", "Copay waived if admitted. Deductible does not apply. Out-of-network emergency care is paid at the network level."],
        ["Emergency medical transportation", "20% coinsurance", "20% coinsurance", "Non-emergency transport requires preauthorization."],
        ["Urgent care", "$60 copay/visit", "40% coinsurance", "Deductible does not apply in-network. Out-of-network urgent care is subject to the deductible."],
      ],
    },
    {
      event: "If you have a hospital stay",
      rows: [
        ["Facility fee (e.g., hospital room)", "20% coinsurance", "40% coinsurance", "Preauthorization required. If you don't get preauthorization, benefits will be reduced by 50% of the total cost of the service."],
        ["Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
      ],
    },
    {
      event: "If you need mental health, behavioral health, or substance abuse services",
      rows: [
        ["Outpatient services", "$25 copay/office visit; 20% coinsurance for other outpatient services", "40% coinsurance", "No referral required for behavioral health office visits. Preauthorization required for intensive outpatient and partial hospitalization."],
        ["Inpatient services", "20% coinsurance", "40% coinsurance", "Preauthorization required."],
      ],
    },
    {
      event: "If you are pregnant",
      rows: [
        ["Office visits", "No charge", "40% coinsurance", "Cost sharing does not apply to certain preventive services. Depending on the type of services, coinsurance or deductible may apply. Maternity care may include tests and services described elsewhere in the SBC (i.e. ultrasound)."],
        ["Childbirth/delivery professional services", "20% coinsurance", "40% coinsurance", "None"],
        ["Childbirth/delivery facility services", "20% coinsurance", "40% coinsurance", "Notify Gulfstar within 48 hours of admission."],
      ],
    },
    {
      event: "If you need help recovering or have other special health needs",
      rows: [
        ["Home health care", "20% coinsurance", "40% coinsurance", "Limited to 60 visits per year. Preauthorization required."],
        ["Rehabilitation services", "$40 copay/visit", "40% coinsurance", "Limited to 30 visits per year for physical, occupational and speech therapy combined."],
        ["Habilitation services", "$40 copay/visit", "40% coinsurance", "Visits count toward the 30-visit rehabilitation limit."],
        ["Skilled nursing care", "20% coinsurance", "40% coinsurance", "Limited to 60 days per year. Preauthorization required."],
        ["Durable medical equipment", "20% coinsurance", "40% coinsurance", "Preauthorization required for items over $1,000."],
        ["Hospice services", "No charge", "40% coinsurance", "Preauthorization required."],
      ],
    },
    {
      event: "If your child needs dental or eye care",
      rows: [
        ["Children's eye exam", "Not covered", "Not covered", "Not covered under this medical plan. See the ClearBayou vision plan."],
        ["Children's glasses", "Not covered", "Not covered", "Not covered under this medical plan."],
        ["Children's dental check-up", "Not covered", "Not covered", "Not covered under this medical plan. See the Lagniappe dental plan."],
      ],
    },
  ];

  const pad = 3;
  const size = 7.5;
  const drawHead = () => {
    const hh = Math.max(...head.map((c, i) => measure(ctx, c, cw[i] - 2 * pad, SANS_B, size))) + 2 * pad;
    let cx = L;
    head.forEach((c, i) => {
      box(ctx, cx, y, cw[i], hh, { fill: "#1f3b57", stroke: "#000000" });
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
    box(ctx, L, y, cw[0], gh, { fill: "#eef3f8", stroke: "#000000" });
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

  // --- excluded services and other covered services
  doc.addPage();
  y = pageHeader();
  put(ctx, "Excluded Services & Other Covered Services:", L, y, { font: SANS_B, size: 10, width: W });
  y += 16;
  const exHead = "Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)";
  const excluded = [
    "Bariatric surgery (weight-loss surgery)",
    "Cosmetic surgery",
    "Dental care (Adult)",
    "Infertility treatment",
    "Long-term care",
    "Non-emergency care when traveling outside the U.S.",
    "Routine eye care (Adult)",
    "Weight loss programs",
  ];
  const ocHead = "Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)";
  const other = [
    "Acupuncture ($35 copay/visit; limited to 20 visits per year)",
    "Chiropractic care ($40 copay/visit; limited to 20 visits per year)",
    "Hearing aids (up to $1,500 per ear every 36 months)",
    "Private-duty nursing (preauthorization required)",
    "Routine foot care (for members with diabetes)",
  ];
  const listBox = (headTxt, items) => {
    const hh = measure(ctx, headTxt, W - 12, SANS_B, 8.5) + 8;
    box(ctx, L, y, W, hh, { fill: "#1f3b57", stroke: "#000000" });
    put(ctx, headTxt, L + 6, y + 4, { font: SANS_B, size: 8.5, color: "#ffffff", width: W - 12 });
    y += hh;
    // two columns, items placed top-to-bottom with measured heights
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
  listBox(exHead, excluded);
  listBox(ocHead, other);

  const prose = [
    ["Your Rights to Continue Coverage:", "There are agencies that can help if you want to continue your coverage after it ends. The contact information for those agencies is: Gulfstar Member Services at 1-800-555-0117, or the Crescent Tidewater Benefits Team at (504) 555-0142 or benefits@crescenttidewater.example. Other coverage options may be available to you too, including buying individual insurance coverage through the Health Insurance Marketplace. For more information about the Marketplace, call Gulfstar Member Services."],
    ["Your Grievance and Appeals Rights:", "There are agencies that can help if you have a complaint against your plan for a denial of a claim. This complaint is called a grievance or appeal. For more information about your rights, look at the explanation of benefits you will receive for that medical claim. Your plan documents also provide complete information to submit a claim, appeal, or a grievance for any reason to your plan. For more information about your rights, this notice, or assistance, contact: Gulfstar Appeals Unit, P.O. Box 4410, Metairie, LA 70009, 1-800-555-0117."],
    ["Does this plan provide Minimum Essential Coverage? Yes.", "Minimum Essential Coverage generally includes plans, health insurance available through the Marketplace or other individual market policies, Medicare, Medicaid, CHIP, TRICARE, and certain other coverage. If you are eligible for certain types of Minimum Essential Coverage, you may not be eligible for the premium tax credit."],
    ["Does this plan meet the Minimum Value Standards? Yes.", "If your plan doesn't meet the Minimum Value Standards, you may be eligible for a premium tax credit to help you pay for a plan through the Marketplace."],
    ["Language Access Services:", "Spanish (Español): Para obtener asistencia en Español, llame al 1-800-555-0117. Tagalog (Tagalog): Kung kailangan ninyo ang tulong sa Tagalog tumawag sa 1-800-555-0117. French (Français): Pour obtenir de l'aide en français, appelez le 1-800-555-0117."],
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
  put(ctx, "To see examples of how this plan might cover costs for a sample medical situation, see the next section.", L, y, { font: SANS_I, size: 8.5, width: W });

  // --- coverage examples
  doc.addPage();
  y = pageHeader();
  put(ctx, "About these Coverage Examples:", L, y, { font: SANS_B, size: 10, width: W });
  y += 14;
  const about =
    "This is not a cost estimator. Treatments shown are just examples of how this plan might cover medical care. Your actual costs will be different depending on the actual care you receive, the prices your providers charge, and many other factors. Focus on the cost sharing amounts (deductibles, copayments and coinsurance) and excluded services under the plan. Use this information to compare the portion of costs you might pay under different health plans. Please note these coverage examples are based on self-only coverage.";
  put(ctx, about, L, y, { size: 8.5, width: W });
  y += measure(ctx, about, W, SANS, 8.5) + 12;

  const ex = [
    {
      title: "Peg is Having a Baby",
      sub: "(9 months of in-network pre-natal care and a hospital delivery)",
      params: [["The plan's overall deductible", "$750"], ["Specialist copayment", "$50"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"]],
      total: "$12,700",
      pays: [["Deductibles", "$750"], ["Copayments", "$10"], ["Coinsurance", "$2,300"], ["Limits or exclusions", "$60"]],
      sum: "$3,120",
      name: "Peg",
    },
    {
      title: "Managing Joe's Type 2 Diabetes",
      sub: "(a year of routine in-network care of a well-controlled condition)",
      params: [["The plan's overall deductible", "$750"], ["Specialist copayment", "$50"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"]],
      total: "$5,600",
      pays: [["Deductibles", "$100"], ["Copayments", "$1,100"], ["Coinsurance", "$90"], ["Limits or exclusions", "$20"]],
      sum: "$1,310",
      name: "Joe",
    },
    {
      title: "Mia's Simple Fracture",
      sub: "(in-network emergency room visit and follow up care)",
      params: [["The plan's overall deductible", "$750"], ["Specialist copayment", "$50"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"]],
      total: "$2,800",
      pays: [["Deductibles", "$750"], ["Copayments", "$500"], ["Coinsurance", "$160"], ["Limits or exclusions", "$0"]],
      sum: "$1,410",
      name: "Mia",
    },
  ];
  const colW = (W - 20) / 3;
  ex.forEach((e, i) => {
    const cx = L + i * (colW + 10);
    let cy = y;
    box(ctx, cx, cy, colW, 34, { fill: "#1f3b57", stroke: null });
    put(ctx, e.title, cx + 5, cy + 4, { font: SANS_B, size: 9.5, color: "#ffffff", width: colW - 10 });
    put(ctx, e.sub, cx + 5, cy + 17, { size: 7, color: "#ffffff", width: colW - 10 });
    cy += 40;
    for (const [k, v] of e.params) {
      put(ctx, `${k}   ${v}`, cx, cy, { size: 8, width: colW, record: false });
      ctx.lines.push(`${k} ${v}`);
      cy += 12;
    }
    cy += 4;
    box(ctx, cx, cy, colW, 16, { fill: "#eef3f8", stroke: "#000000" });
    put(ctx, `Total Example Cost   ${e.total}`, cx + 5, cy + 4, { font: SANS_B, size: 8.5, width: colW - 10, record: false });
    ctx.lines.push(`Total Example Cost ${e.total}`);
    cy += 22;
    put(ctx, `In this example, ${e.name} would pay:`, cx, cy, { font: SANS_B, size: 8, width: colW });
    cy += 12;
    const rows = e.pays.map(([k, v]) => [k, v]);
    cy = table(ctx, { x: cx, y: cy, widths: [colW - 60, 60], header: ["Cost Sharing", "Amount"], rows, size: 8, headerFill: "#d9e2ec", headerColor: "#000000" });
    box(ctx, cx, cy, colW, 16, { fill: "#eef3f8", stroke: "#000000" });
    put(ctx, `The total ${e.name} would pay is   ${e.sum}`, cx + 5, cy + 4, { font: SANS_B, size: 8.5, width: colW - 10, record: false });
    ctx.lines.push(`The total ${e.name} would pay is ${e.sum}`);
  });
  y += 230;
  put(ctx, "The plan would be responsible for the other costs of these EXAMPLE covered services.", L, y, { font: SANS_B, size: 8.5, width: W });

  footers(ctx, (n, total) => {
    const fy = doc.page.height - 30;
    put(ctx, "* For more information about limitations and exceptions, see the plan or policy document at www.gulfstarhealth.example/crescenttidewater.", L, fy, {
      size: 6.5, width: W - 80, record: false,
    });
    put(ctx, `Page ${n} of ${total}`, L + W - 70, fy, { size: 7, width: 70, align: "right", record: false });
  });
  doc.end();
}

// =====================================================================
// 2. Carrier benefit grid - Gulfstar Saver HSA 3300 (landscape)
// =====================================================================

function buildGrid() {
  const ctx = open("gulfstar-saver-hsa-3300-benefit-grid-2026.pdf", {
    landscape: true,
    title: "Gulfstar Saver HSA 3300 - 2026 Benefit Grid",
    author: "Gulfstar Health Plan, Inc.",
    margins: { top: 36, bottom: 36, left: 36, right: 36 },
  });
  const { doc } = ctx;
  const L = 36;
  const W = doc.page.width - 72;

  const banner = (first) => {
    box(ctx, L, 36, W, 30, { fill: "#0b5d5b", stroke: null });
    put(ctx, "GULFSTAR HEALTH PLAN", L + 10, 42, { font: SANS_B, size: 14, color: "#ffffff", width: 260, record: first });
    put(ctx, "2026 BENEFIT GRID  |  Gulfstar Saver HSA 3300", L + 280, 45, { font: SANS_B, size: 10, color: "#ffffff", width: W - 290, align: "right", record: first });
    return 74;
  };

  let y = banner(true);
  put(ctx, "HSA-qualified High Deductible Health Plan  |  Group: Crescent Tidewater Marine, Inc.  |  Group No. GS-448120  |  Plan Year 01/01/2026 - 12/31/2026", L, y, {
    font: SANS_B, size: 8.5, width: W,
  });
  y += 13;
  put(ctx, "Amounts shown are what the member pays. Percentages are of the Gulfstar allowed amount. \"Deductible Applies? Yes\" means you pay the full allowed amount until the deductible is met, then the coinsurance or copay shown.", L, y, {
    size: 8, width: W,
  });
  y += 22;

  const widths = [200, 120, 120, 78, W - 518];
  const header = ["Benefit", "In-Network: You Pay", "Out-of-Network: You Pay", "Deductible Applies?", "Limits & Notes"];
  const rows = [
    { section: "PLAN PROVISIONS" },
    ["Calendar-year deductible - employee only", "$3,300", "$6,600", "-", "Applies to employee-only coverage."],
    ["Calendar-year deductible - with dependents", "$6,600", "$13,200", "-", "Non-embedded: the full family deductible must be met before the plan pays coinsurance for any covered family member."],
    ["Coinsurance (after deductible)", "20%", "50%", "Yes", "Out-of-network providers may balance bill above the allowed amount."],
    ["Out-of-pocket maximum - employee only", "$6,000", "$12,000", "-", "Includes deductible, coinsurance and prescription drug cost sharing."],
    ["Out-of-pocket maximum - with dependents", "$12,000", "$24,000", "-", "Embedded: no one family member pays more than $6,000 in-network."],
    ["In- and out-of-network amounts cross-apply", "No", "No", "-", "Amounts paid in-network do not count toward the out-of-network deductible or out-of-pocket maximum, and vice versa."],
    ["Lifetime maximum", "Unlimited", "Unlimited", "-", ""],
    { section: "PREVENTIVE CARE" },
    ["Routine physicals and well-child visits", "No charge", "50%", "No (in-network)", "Frequency per ACA preventive care guidelines."],
    ["Immunizations (including flu shots)", "No charge", "50%", "No (in-network)", "Flu shots are also covered at in-network pharmacies."],
    ["Preventive screenings (mammogram, colonoscopy)", "No charge", "50%", "No (in-network)", "Screening colonoscopy covered starting at age 45. A diagnostic colonoscopy is subject to the deductible."],
    { section: "OFFICE VISITS" },
    ["Primary care office visit", "20%", "50%", "Yes", "No PCP selection required."],
    ["Specialist office visit", "20%", "50%", "Yes", "No referral required."],
    ["Gulfstar Virtual Care (telehealth)", "$0", "Not covered", "No", "Deductible waived. Medical and behavioral health visits through the Gulfstar Virtual Care app."],
    ["Allergy testing and injections", "20%", "50%", "Yes", ""],
    ["Chiropractic care", "20%", "50%", "Yes", "Limited to 12 visits per calendar year."],
    ["Acupuncture", "Not covered", "Not covered", "-", "Excluded. See Certificate of Coverage, Article 9."],
    { section: "URGENT AND EMERGENCY CARE" },
    ["Urgent care center", "20%", "50%", "Yes", "Retail clinics are paid the same as urgent care."],
    ["Emergency room", "20%", "20%", "Yes", "Out-of-network emergency care is paid at the in-network level."],
    ["Ambulance (ground and air)", "20%", "20%", "Yes", "Non-emergency transport requires prior authorization."],
    { section: "TESTS AND IMAGING" },
    ["Lab work (Gulfstar preferred lab)", "20%", "50%", "Yes", ""],
    ["X-ray and ultrasound", "20%", "50%", "Yes", ""],
    ["Advanced imaging (MRI, CT, PET)", "20%", "50%", "Yes", "Prior authorization required."],
    { section: "HOSPITAL AND SURGERY" },
    ["Inpatient hospital stay", "20%", "50%", "Yes", "Prior authorization required."],
    ["Outpatient surgery", "20%", "50%", "Yes", "Prior authorization required for certain procedures."],
    ["Bariatric surgery", "20%", "Not covered", "Yes", "Covered only at a Gulfstar Center of Excellence with prior authorization; BMI of 40 or more, or 35 or more with a related condition; one procedure per lifetime."],
    ["Organ transplants", "20%", "Not covered", "Yes", "Center of Excellence only."],
    { section: "MENTAL HEALTH AND SUBSTANCE USE" },
    ["Outpatient therapy and psychiatry visits", "20%", "50%", "Yes", "Virtual behavioral health visits through Gulfstar Virtual Care: $0."],
    ["Inpatient and residential treatment", "20%", "50%", "Yes", "Prior authorization required."],
    { section: "MATERNITY" },
    ["Prenatal care", "No charge", "50%", "No (in-network)", ""],
    ["Delivery and inpatient maternity stay", "20%", "50%", "Yes", "Notify Gulfstar within 48 hours of admission."],
    { section: "THERAPY AND EXTENDED CARE" },
    ["Physical, occupational and speech therapy", "20%", "50%", "Yes", "Limited to 40 visits per calendar year, combined."],
    ["Home health care", "20%", "50%", "Yes", "Limited to 100 visits per calendar year."],
    ["Skilled nursing facility", "20%", "50%", "Yes", "Limited to 100 days per calendar year."],
    ["Durable medical equipment", "20%", "50%", "Yes", ""],
    ["Hospice", "20%", "50%", "Yes", "Prior authorization required."],
    ["Hearing aids", "Not covered", "Not covered", "-", "Excluded. Hearing exams to diagnose an illness or injury are covered as specialist visits."],
    { section: "PRESCRIPTION DRUGS (GULFSTAR RX)" },
    ["HSA Preventive Drug List - generics", "$5", "Not covered", "No", "Deductible waived. Includes generic blood pressure, cholesterol, diabetes and asthma maintenance drugs."],
    ["HSA Preventive Drug List - brands", "20%", "Not covered", "No", "Deductible waived."],
    ["Insulin", "$25 per 30-day supply", "Not covered", "No", "Deductible waived for all covered insulins."],
    ["Tier 1 generic (30-day retail)", "$15", "Not covered", "Yes", "After the deductible is met."],
    ["Tier 2 preferred brand (30-day retail)", "$45", "Not covered", "Yes", "After the deductible is met."],
    ["Tier 3 non-preferred brand (30-day retail)", "$80", "Not covered", "Yes", "After the deductible is met."],
    ["Tier 4 specialty", "30%", "Not covered", "Yes", "Gulfstar Specialty Pharmacy only; 30-day supply."],
    ["Mail order (90-day supply), Tiers 1-3", "2.5x the retail copay", "Not covered", "Yes", "After the deductible is met."],
  ];
  y = table(ctx, {
    x: L,
    y,
    widths,
    header,
    rows,
    size: 8.5,
    headerFill: "#0b5d5b",
    sectionFill: "#cfe5e3",
    zebra: "#f4f8f8",
    firstColBold: true,
    reserve: 22,
    topOnNewPage: () => banner(false) + 4,
  });

  const notes = [
    "HSA-qualified plan: This plan is designed to be paired with a Health Savings Account. Except for preventive care, insulin, HSA Preventive Drug List items and Gulfstar Virtual Care, you pay the full allowed amount for services until the deductible is met.",
    "This benefit grid is a summary only. If it conflicts with the Certificate of Coverage, the Certificate of Coverage governs. Questions? Gulfstar Member Services 1-800-555-0117 | Nurse Line 1-800-555-0119 | www.gulfstarhealth.example",
  ];
  y += 8;
  for (const n of notes) {
    const h = measure(ctx, n, W, SANS, 8);
    if (y + h > pageBottom(ctx, 22)) {
      doc.addPage();
      y = banner(false) + 4;
    }
    put(ctx, n, L, y, { size: 8, width: W });
    y += h + 5;
  }

  footers(ctx, (n, total) => {
    const fy = doc.page.height - 26;
    put(ctx, `GS-SAVER3300-CTM-2026  |  Form BG-26  |  Page ${n} of ${total}`, L, fy, { size: 7, width: W, align: "right", record: false });
  });
  doc.end();
}

// =====================================================================
// 3. Employee handbook excerpt (portrait, two columns + full-width tables)
// =====================================================================

function buildHandbook() {
  const ctx = open("crescent-tidewater-employee-handbook-2026-excerpt.pdf", {
    title: "Crescent Tidewater Marine, Inc. - Employee Handbook (Excerpt) - 2026",
    author: "Crescent Tidewater Marine, Inc. Human Resources",
    margins: { top: 54, bottom: 50, left: 48, right: 48 },
  });
  const { doc } = ctx;
  const L = 48;
  const W = doc.page.width - 96;
  const GAP = 20;
  const COLW = (W - GAP) / 2;
  const TOP = 54;
  const BOTTOM = () => pageBottom(ctx, 10);

  const runningHead = () => {
    put(ctx, "Crescent Tidewater Marine, Inc.  |  Employee Handbook  |  Revised January 2026", L, 30, { font: SERIF, size: 8, color: "#555555", width: W, record: false });
    hline(ctx, L, L + W, 42, "#8a6d3b", 0.75);
  };

  const flow = { col: 0, y: TOP, colTop: TOP };
  const colX = () => L + flow.col * (COLW + GAP);
  const nextCol = () => {
    if (flow.col === 0) {
      flow.col = 1;
      flow.y = flow.colTop;
    } else {
      doc.addPage();
      runningHead();
      flow.col = 0;
      flow.colTop = TOP;
      flow.y = TOP;
    }
  };
  // headings are kept with the paragraph that follows them
  let pendingHeading = null;
  const headingHeight = (hd) => measure(ctx, hd.text, COLW, SANS_B, hd.size) + (hd.level === 1 ? 8 : 3);
  const drawHeading = (hd) => {
    const h = measure(ctx, hd.text, COLW, SANS_B, hd.size);
    put(ctx, hd.text, colX(), flow.y, { font: SANS_B, size: hd.size, color: "#1d3c34", width: COLW });
    if (hd.level === 1) {
      flow.y += h + 2;
      hline(ctx, colX(), colX() + COLW, flow.y, "#8a6d3b", 0.75);
      flow.y += 6;
    } else {
      flow.y += h + 3;
    }
  };
  const para = (text, { font = SERIF, size = 9.5, after = 6, indent = 0 } = {}) => {
    const h = measure(ctx, text, COLW - indent, font, size, { lineGap: 1 });
    const hs = pendingHeading ? pendingHeading.reduce((a, hd) => a + headingHeight(hd), 0) : 0;
    if (flow.y + hs + h > BOTTOM()) nextCol();
    if (pendingHeading) {
      pendingHeading.forEach(drawHeading);
      pendingHeading = null;
    }
    put(ctx, text, colX() + indent, flow.y, { font, size, width: COLW - indent, lineGap: 1 });
    flow.y += h + after;
  };
  const heading = (text, level = 1) => {
    const hd = { text, level, size: level === 1 ? 12.5 : 10.5 };
    if (pendingHeading) pendingHeading.push(hd);
    else pendingHeading = [hd];
  };
  const bullets = (items) => items.forEach((t) => para(`- ${t}`, { indent: 6, after: 3 }));
  const fullWidth = (draw) => {
    doc.addPage();
    runningHead();
    const yEnd = draw(TOP);
    flow.col = 0;
    flow.colTop = yEnd + 16;
    flow.y = flow.colTop;
  };

  // --- cover block
  runningHead();
  box(ctx, L, TOP, W, 70, { fill: "#1d3c34", stroke: null });
  put(ctx, "Crescent Tidewater Marine, Inc.", L + 14, TOP + 10, { font: SERIF_B, size: 20, color: "#ffffff", width: W - 28 });
  put(ctx, "Employee Handbook - Excerpt: Sections 1 through 6 (Benefits Year 2026)", L + 14, TOP + 38, { font: SANS, size: 10, color: "#f3e6c8", width: W - 28 });
  put(ctx, "Harvey  |  Houma  |  Lake Charles", L + 14, TOP + 52, { font: SANS, size: 8.5, color: "#f3e6c8", width: W - 28 });
  flow.colTop = TOP + 86;
  flow.y = flow.colTop;

  heading("1. Welcome to Crescent Tidewater");
  para("Crescent Tidewater Marine, Inc. has repaired, fleeted and moved vessels on the lower Mississippi and the Gulf Coast since 1978. What started as a two-crane repair dock on the Harvey Canal is now a company of about 1,150 people working at our headquarters and main shipyard in Harvey, our fabrication and drydock yard in Houma, and our barge fleeting and logistics terminal in Lake Charles.");
  para("This handbook explains the policies that apply to all regular employees. It is not a contract of employment, and it does not change the at-will nature of employment with the company. Where a collective bargaining agreement, a plan document or an insurance contract says something different, that document controls. Benefit plan details are governed by the official plan documents and insurance certificates issued by each carrier.");
  para("If you have questions about anything in this handbook, talk with your supervisor or contact Human Resources at (504) 555-0142 or hr@crescenttidewater.example.");

  heading("2. Employment Basics");
  heading("2.1 Employment classifications", 2);
  para("Regular full-time employees are scheduled to work 30 or more hours per week on an ongoing basis. Regular part-time employees are scheduled for fewer than 30 hours per week. Seasonal employees are hired for a defined project or season, usually no longer than six months. Temporary employees supplied by a staffing agency are employees of that agency, not of Crescent Tidewater.");
  para("Employees are also classified as exempt or non-exempt under the Fair Labor Standards Act. Non-exempt employees are paid overtime at one and one-half times their regular rate for hours worked over 40 in a workweek. The workweek begins at 12:00 a.m. Sunday and ends at 11:59 p.m. Saturday.");
  heading("2.2 Introductory period", 2);
  para("New and rehired employees serve a 90-day introductory period. During this time your supervisor will review your safety record, attendance and skills. Completion of the introductory period does not change the at-will relationship.");
  heading("2.3 Pay schedule", 2);
  para("All employees are paid biweekly, every other Friday, for a total of 26 paychecks in 2026. The first payday of 2026 is Friday, January 9. Pay is issued by direct deposit; employees without a bank account may request a pay card. If a payday falls on a bank holiday, pay is deposited on the preceding business day.");
  para("Non-exempt yard employees record time with their badge at the gate time clocks. Office employees record time in the online timekeeping system by 10:00 a.m. on the Monday after the end of each workweek. Falsifying time records is grounds for immediate termination.");

  heading("3. Safety and Conduct");
  heading("3.1 Safety first", 2);
  para("Every employee has stop-work authority. If you see an unsafe condition, you are expected to stop the job and notify your supervisor, without fear of retaliation. Hard hats, safety glasses, hearing protection and high-visibility vests are required in all yard areas. Personal flotation devices are required on docks, barges and vessels without guardrails. Hot work, confined-space entry and lifting over 10 tons require a written permit.");
  para("Report every injury, however minor, to your supervisor before the end of your shift. Work-related injuries are handled through the company's workers' compensation program, not through the medical plans described in Section 5.");
  heading("3.2 Drug and alcohol testing", 2);
  para("Crescent Tidewater is a drug-free workplace. Employees in safety-sensitive positions, including all licensed mariners and commercial drivers, are subject to U.S. Coast Guard and Department of Transportation testing rules, including pre-employment, random, post-accident and reasonable-suspicion testing. All other employees are subject to pre-employment and reasonable-suspicion testing.");
  heading("3.3 Yard access and credentials", 2);
  para("Access to the Harvey and Lake Charles terminals is restricted under federal maritime security rules. Employees who need unescorted access must hold a valid Transportation Worker Identification Credential (TWIC) and must notify Security within 24 hours if the card is lost, stolen or expires.");
  heading("3.4 Severe weather and hurricanes", 2);
  para("The Hurricane Preparedness Plan is activated when a named storm is forecast to reach the Louisiana coast within 72 hours. Yard shutdown and reopening decisions are announced by text message and on the employee hotline, (504) 555-0188. Employees designated as storm crew must report as directed.");
  heading("3.5 Standards of conduct", 2);
  para("Employees are expected to treat coworkers, customers and vendors with respect. Harassment, threats, violence, theft and possession of weapons on company property are prohibited. Concerns may be reported to any supervisor, to Human Resources, or anonymously through the ethics line at 1-800-555-0171.");

  heading("4. Time Off");
  heading("4.1 Paid time off (PTO)", 2);
  para("Regular full-time employees accrue PTO each pay period, based on years of continuous service:");
  bullets(["0 through 2 years of service: 120 hours per year", "3 through 5 years of service: 160 hours per year", "6 or more years of service: 200 hours per year"]);
  para("Up to 80 hours of unused PTO may be carried over into the next calendar year. PTO should be requested at least two weeks in advance except for illness. Regular part-time employees accrue PTO at half the full-time rate.");
  heading("4.2 Holidays", 2);
  para("The company observes ten paid holidays in 2026: New Year's Day, Martin Luther King Jr. Day, Mardi Gras Day (Tuesday, February 17), Good Friday, Memorial Day, Independence Day, Labor Day, Thanksgiving Day, the day after Thanksgiving and Christmas Day. Yard employees who are required to work on a holiday are paid holiday pay plus pay for hours worked.");
  heading("4.3 Other leave", 2);
  para("Bereavement leave: up to three paid days for the death of an immediate family member. Jury duty: paid at regular base pay for up to ten working days per year. Military leave is provided according to USERRA. Eligible employees may take up to 12 weeks of job-protected leave under the Family and Medical Leave Act.");
  para("Paid parental leave: after one year of service, regular full-time employees receive four weeks of paid parental leave at 100% of base pay following the birth of a child or the placement of a child for adoption or foster care, to be taken within 12 months of the birth or placement.");

  heading("5. Your 2026 Benefits");
  heading("5.1 Who is eligible", 2);
  para("Regular full-time employees are eligible for the benefits in this section. Coverage begins on the first day of the month following 30 days of employment. Regular part-time, seasonal and temporary employees are not eligible for medical, dental or vision coverage, but may participate in the 401(k) plan.");
  para("Eligible dependents include your legal spouse and your children up to age 26 (biological, adopted, step-children, foster children, and children for whom you are the legal guardian). Children of any age who are incapable of self-support because of a disability that began before age 26 may remain covered. Parents, grandparents, and other relatives are not eligible dependents, even if they live with you or you claim them on your tax return.");
  heading("5.2 Enrolling and making changes", 2);
  para("You choose your benefits when you are hired and each year during open enrollment. Open enrollment for the 2026 plan year ran from November 3 through November 21, 2025. Your elections stay in effect for the full calendar year unless you have a qualifying life event - such as marriage, divorce, the birth or adoption of a child, a dependent losing other coverage, or a change in your spouse's employment - and you request the change within 31 days of the event. Changes are effective on the date of the event for births and adoptions and on the first of the following month for all other events.");
  para("Enroll or make changes in the Tidewater Benefits Portal at benefits.crescenttidewater.example. If you add a spouse or child, you must upload proof of the relationship (such as a marriage certificate or birth certificate) within 31 days, or the dependent will be removed from coverage back to the date coverage started. If you do not make elections during open enrollment, your medical, dental and vision elections carry over to the next year, but HSA contributions must be re-elected each year.");
  para("Your share of medical, dental and vision premiums is deducted before taxes under the company's Section 125 plan. Crescent Tidewater does not make cash payments to employees who waive coverage.");

  // full-width premium and comparison tables
  fullWidth((top) => {
    let y = top;
    put(ctx, "5.3 Your Cost Per Paycheck (biweekly, 26 paychecks in 2026)", L, y, { font: SANS_B, size: 11, color: "#1d3c34", width: W });
    y += 16;
    put(ctx, "These are the amounts deducted from each paycheck for your coverage level. Amounts are the same at all three locations.", L, y, { font: SERIF, size: 9, width: W });
    y += 14;
    const widths = [130, 96, 96, 96, W - 418];
    const head = ["Coverage Level", "Choice POS 750", "Saver HSA 3300", "Lagniappe Dental PPO", "ClearBayou Vision"];
    y = table(ctx, {
      x: L, y, widths, header: head, size: 9, headerFill: "#1d3c34", zebra: "#f6f1e4", firstColBold: true,
      rows: [
        ["Employee only", "$68.40", "$24.15", "$9.85", "$3.10"],
        ["Employee + Spouse", "$182.75", "$88.60", "$19.40", "$6.05"],
        ["Employee + Child(ren)", "$151.20", "$72.35", "$22.75", "$6.45"],
        ["Employee + Family", "$264.90", "$131.80", "$33.10", "$9.60"],
      ],
    });
    y += 12;
    put(ctx, "Crescent Tidewater's Cost Per Paycheck (company contribution toward the same coverage)", L, y, { font: SANS_B, size: 10, color: "#1d3c34", width: W });
    y += 14;
    y = table(ctx, {
      x: L, y, widths, header: head, size: 9, headerFill: "#8a6d3b", zebra: "#f6f1e4", firstColBold: true,
      rows: [
        ["Employee only", "$289.60", "$262.30", "$14.20", "$0.00"],
        ["Employee + Spouse", "$574.30", "$521.40", "$26.10", "$0.00"],
        ["Employee + Child(ren)", "$512.85", "$468.90", "$28.60", "$0.00"],
        ["Employee + Family", "$801.45", "$732.10", "$41.90", "$0.00"],
      ],
    });
    y += 6;
    put(ctx, "Vision coverage is fully employee-paid. Company contributions are shown for information only and are not taxable to you.", L, y, { font: SERIF, size: 8.5, width: W });
    y += 20;

    put(ctx, "5.4 Medical Plans at a Glance (in-network benefits)", L, y, { font: SANS_B, size: 11, color: "#1d3c34", width: W });
    y += 16;
    y = table(ctx, {
      x: L, y, widths: [170, 170, W - 340], size: 8.5, headerFill: "#1d3c34", zebra: "#f6f1e4", firstColBold: true,
      header: ["Feature", "Gulfstar Choice POS 750", "Gulfstar Saver HSA 3300"],
      rows: [
        ["Plan type", "Point of Service (POS); PCP referral required for specialists", "HSA-qualified high deductible health plan; no referrals"],
        ["Deductible (individual / family)", "$750 / $1,500", "$3,300 / $6,600"],
        ["Out-of-pocket maximum (individual / family)", "$4,000 / $8,000", "$6,000 / $12,000"],
        ["Coinsurance after deductible", "20%", "20%"],
        ["Doctor's office visit (primary care)", "$25 copay", "20% after deductible"],
        ["Specialist visit", "$50 copay (referral required)", "20% after deductible"],
        ["Virtual visit (Gulfstar Virtual Care)", "$10 copay", "$0"],
        ["Urgent care", "$60 copay", "20% after deductible"],
        ["Emergency room", "$350 copay (waived if admitted)", "20% after deductible"],
        ["Generic prescription (30-day retail)", "$10 copay", "$15 after deductible ($5 for HSA Preventive Drug List generics)"],
        ["Company HSA contribution", "Not HSA-eligible", "$750 employee only / $1,500 all other coverage levels"],
      ],
    });
    y += 8;
    const diff = "Key coverage differences: The Choice POS 750 covers acupuncture (20 visits per year) and hearing aids, which the Saver HSA 3300 excludes. The Saver HSA 3300 covers bariatric (weight-loss) surgery at a Gulfstar Center of Excellence, which the Choice POS 750 excludes. Both plans use the Gulfstar network and the Gulfstar Rx pharmacy program.";
    put(ctx, diff, L, y, { font: SERIF, size: 9.5, width: W, lineGap: 1 });
    y += measure(ctx, diff, W, SERIF, 9.5, { lineGap: 1 });
    return y;
  });

  heading("5.5 Health Savings Account (HSA)", 2);
  para("If you enroll in the Saver HSA 3300, you can open a Health Savings Account with Pontchartrain Trust, our HSA custodian. Crescent Tidewater contributes $750 per year if you cover yourself only, or $1,500 per year for any other coverage level, deposited in equal amounts each pay period. New hires receive a prorated contribution.");
  para("You may add your own pre-tax contributions through payroll and change them at any time. The 2026 IRS contribution limits, which include the company contribution, are $4,400 for self-only coverage and $8,750 for family coverage (any coverage level other than employee only). Employees age 55 or older may make an additional $1,000 catch-up contribution. You cannot contribute to an HSA if you are enrolled in Medicare or covered by another non-HSA-qualified health plan, such as a spouse's PPO.");
  para("The HSA belongs to you: unused money rolls over every year and stays with you if you leave the company. Pontchartrain Trust can be reached at 1-800-555-0161 or www.ptrusthsa.example.");
  heading("5.6 Dental and vision", 2);
  para("The Lagniappe Dental PPO 1500 covers preventive care at 100%, basic services at 80% and major services at 50% in-network, with a $1,500 annual maximum per person and orthodontia for children. The ClearBayou Vision Select plan covers an annual eye exam for a $10 copay and provides allowances for frames or contact lenses. See each carrier's summary for details.");
  heading("5.7 Life and disability insurance", 2);
  para("Basic Life and AD&D insurance equal to 1x your annual base salary, up to a maximum of $150,000, is provided at no cost to you. You may buy supplemental life insurance for yourself in multiples of your salary up to 5x (maximum $500,000), and for your spouse and children, during your initial enrollment or open enrollment.");
  para("Short-term disability pays 60% of your weekly base pay, up to $1,000 per week, beginning on the eighth day of a covered illness or injury, for up to 12 weeks. Long-term disability pays 60% of monthly base pay, up to $8,000 per month, after a 90-day waiting period. Both are company-paid.");
  heading("5.8 Employee Assistance Program", 2);
  para("Harborline EAP offers confidential help with stress, anxiety, family issues, grief and substance use. You and members of your household may receive up to 6 free counseling sessions per issue per year. Call 1-800-555-0150 or visit www.harborlineeap.example, 24 hours a day.");
  heading("5.9 401(k) retirement savings plan", 2);
  para("Employees age 18 or older may join the 401(k) plan after 60 days of employment. Crescent Tidewater matches 100% of the first 3% of pay you contribute plus 50% of the next 2%. Your contributions and the company match are always 100% vested.");
  heading("5.10 Tuition assistance", 2);
  para("After one year of service, regular full-time employees may be reimbursed up to $3,000 per calendar year for approved courses related to their current job or a career path at the company, including welding certifications and Coast Guard license upgrades. A grade of C or better is required.");

  heading("6. Benefits Contacts");
  bullets([
    "Crescent Tidewater Benefits Team: (504) 555-0142, benefits@crescenttidewater.example",
    "Gulfstar Health Plan (medical and pharmacy): 1-800-555-0117, www.gulfstarhealth.example",
    "Gulfstar 24/7 Nurse Line: 1-800-555-0119",
    "Lagniappe Dental Mutual: 1-800-555-0129, www.lagniappedental.example",
    "ClearBayou Vision: 1-800-555-0133, www.clearbayouvision.example",
    "Pontchartrain Trust HSA: 1-800-555-0161",
    "Harborline EAP: 1-800-555-0150",
  ]);
  para("This excerpt summarizes the benefit programs in effect on January 1, 2026. Crescent Tidewater reserves the right to amend or terminate any benefit plan at any time.", { font: SERIF, size: 8.5 });

  footers(ctx, (n, total) => {
    put(ctx, `HR-HB-2026.1   Page ${n} of ${total}`, L, doc.page.height - 32, { font: SERIF, size: 8, color: "#555555", width: W, align: "center", record: false });
  });
  doc.end();
}

buildSbc();
buildGrid();
buildHandbook();

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
