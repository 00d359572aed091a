// Builds the PDF documents for the fictional employer Harborlight Marine Logistics, Inc. (EIN 77-7777777).
// Run from /work/main:  node eval/benefits-tuning/clients/77-7777777/make-pdfs.mjs
//
// The Summary of Benefits and Coverage is laid out like the federal SBC template, with every table
// cell drawn at an explicit x/y position. Each string that is drawn is also recorded, so that
// check-questions.mjs can verify figures and cite phrases against the text the PDF contains
// (import { sbcText } from "./make-pdfs.mjs").

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import PDFDocument from "pdfkit";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SBC_FILE = "bluewater-hsa-choice-1700-sbc.pdf";

const PLAN = "Bluewater HSA Choice 1700";
const CARRIER = "Bluewater Health Alliance";
const PERIOD = "Coverage Period: 01/01/2026 - 12/31/2026";

// ---------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------

const intro =
  "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan " +
  "would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be " +
  "provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of " +
  "coverage, call (360) 555-0118 or visit www.bluewaterhealth.example. For general definitions of common terms, such as allowed amount, " +
  "balance billing, coinsurance, copayment, deductible, provider, or other underlined terms, see the Glossary. You can view the Glossary " +
  "at www.bluewaterhealth.example/glossary or call (360) 555-0118 to request a copy.";

const importantQuestions = [
  [
    "What is the overall deductible?",
    "Network: $1,700 individual / $3,400 family. Out-of-network: $3,400 individual / $6,800 family.",
    "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have other " +
      "family members on the plan, the overall family deductible must be met before the plan begins to pay for any family member.",
  ],
  [
    "Are there services covered before you meet your deductible?",
    "Yes. In-network preventive care and Bluewater Virtual Care are covered before you meet your deductible. Drugs on the Bluewater HSA Preventive Drug List are also covered before the deductible.",
    "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may apply. " +
      "For example, this plan covers certain preventive services without cost sharing and before you meet your deductible.",
  ],
  ["Are there other deductibles for specific services?", "No.", "You don't have to meet deductibles for specific services."],
  [
    "What is the out-of-pocket limit for this plan?",
    "Network: $5,000 individual / $10,000 family. Out-of-network: $12,000 individual / $24,000 family.",
    "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this plan, " +
      "they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met.",
  ],
  [
    "What is not included in the out-of-pocket limit?",
    "Premiums, balance-billed charges, and health care this plan doesn't cover.",
    "Even though you pay these expenses, they don't count toward the out-of-pocket limit.",
  ],
  [
    "Will you pay less if you use a network provider?",
    "Yes. Bluewater Open Access PPO network. See www.bluewaterhealth.example/find-care or call (360) 555-0118 for a list of network providers.",
    "This plan uses a provider network. You will pay less if you use a provider in the plan's network. You will pay the most if you use an " +
      "out-of-network provider, and you might receive a bill from a provider for the difference between the provider's charge and what your " +
      "plan pays (balance billing).",
  ],
  ["Do you need a referral to see a specialist?", "No.", "You can see the specialist you choose without a referral."],
];

// [common medical event, services you may need, network provider, out-of-network provider, limitations]
const events = [
  ["If you visit a health care provider's office or clinic", "Primary care visit to treat an injury or illness", "20% coinsurance", "40% coinsurance",
    "Bluewater Virtual Care visits: No charge; deductible does not apply."],
  ["", "Specialist visit", "20% coinsurance", "40% coinsurance", "None"],
  ["", "Preventive care/screening/immunization", "No charge", "40% coinsurance",
    "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive. Then check what your plan will pay for."],
  ["If you have a test", "Diagnostic test (x-ray, blood work)", "20% coinsurance", "40% coinsurance", "None"],
  ["", "Imaging (CT/PET scans, MRIs)", "20% coinsurance", "40% coinsurance", "Prior authorization required."],
  ["If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.bluewaterhealth.example/druglist",
    "Generic drugs (Tier 1)", "$15 copay (retail); $30 copay (mail order) after deductible", "Not covered",
    "Retail covers up to a 30-day supply; mail order up to a 90-day supply. The deductible does not apply to drugs on the Bluewater HSA Preventive Drug List."],
  ["", "Preferred brand drugs (Tier 2)", "$50 copay (retail); $100 copay (mail order) after deductible", "Not covered", "None"],
  ["", "Non-preferred brand drugs (Tier 3)", "$90 copay (retail); $180 copay (mail order) after deductible", "Not covered", "None"],
  ["", "Specialty drugs (Tier 4)", "30% coinsurance, up to $300 per fill, after deductible", "Not covered",
    "Must be filled through Bluewater Specialty Pharmacy. Prior authorization required."],
  ["If you have outpatient surgery", "Facility fee (e.g., ambulatory surgery center)", "20% coinsurance", "40% coinsurance", "Prior authorization required for some procedures."],
  ["", "Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
  ["If you need immediate medical attention", "Emergency room care", "20% coinsurance", "20% coinsurance",
    "Out-of-network emergency care is paid at the network level."],
  ["", "Emergency medical transportation", "20% coinsurance", "20% coinsurance", "None"],
  ["", "Urgent care", "20% coinsurance", "40% coinsurance", "None"],
  ["If you have a hospital stay", "Facility fee (e.g., hospital room)", "20% coinsurance", "40% coinsurance", "Prior authorization required for non-emergency admissions."],
  ["", "Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
  ["If you need mental health, behavioral health, or substance abuse services", "Outpatient services",
    "20% coinsurance", "40% coinsurance", "Includes office visits with therapists and counselors. No visit limit."],
  ["", "Inpatient services", "20% coinsurance", "40% coinsurance", "Prior authorization required."],
  ["If you are pregnant", "Office visits", "No charge", "40% coinsurance",
    "Cost sharing does not apply to certain preventive services. Depending on the type of services, coinsurance may apply."],
  ["", "Childbirth/delivery professional services", "20% coinsurance", "40% coinsurance", "None"],
  ["", "Childbirth/delivery facility services", "20% coinsurance", "40% coinsurance", "None"],
  ["If you need help recovering or have other special health needs", "Home health care", "20% coinsurance", "40% coinsurance",
    "Limited to 60 visits per plan year."],
  ["", "Rehabilitation services", "20% coinsurance", "40% coinsurance",
    "Physical, occupational and speech therapy limited to 25 visits per plan year combined."],
  ["", "Habilitation services", "20% coinsurance", "40% coinsurance", "Counts toward the rehabilitation visit limit."],
  ["", "Skilled nursing care", "20% coinsurance", "40% coinsurance", "Limited to 100 days per plan year."],
  ["", "Durable medical equipment", "20% coinsurance", "40% coinsurance", "None"],
  ["", "Hospice services", "No charge", "40% coinsurance", "Deductible applies out-of-network."],
  ["If your child needs dental or eye care", "Children's eye exam", "Not covered", "Not covered",
    "Routine eye exams may be covered under a separate vision plan."],
  ["", "Children's glasses", "Not covered", "Not covered", "None"],
  ["", "Children's dental check-up", "Not covered", "Not covered", "None"],
];

const excluded = [
  "Chiropractic care",
  "Cosmetic surgery",
  "Dental care (Adult)",
  "Infertility treatment (assisted reproductive technology, such as IVF)",
  "Long-term care",
  "Routine eye care (Adult)",
  "Routine foot care",
  "Weight loss programs and weight-loss drugs",
];
const otherCovered = [
  "Acupuncture (12 visits per plan year, 20% coinsurance after deductible in-network)",
  "Hearing aids (1 hearing aid per ear every 36 months, up to $1,500 per aid)",
  "Non-emergency care when traveling outside the U.S. (out-of-network benefits apply)",
  "Routine hearing exam (1 per plan year)",
];

const rights =
  "Your Rights to Continue Coverage: There are agencies that can help if you want to continue your coverage after it ends. The contact " +
  "information for those agencies is: the Department of Labor's Employee Benefits Security Administration at 1-866-444-3272 or " +
  "www.dol.gov/ebsa/healthreform. Other coverage options may be available to you too, including buying individual insurance coverage " +
  "through the Health Insurance Marketplace.";
const grievance =
  "Your Grievance and Appeals Rights: There are agencies that can help if you have a complaint against your plan for a denial of a claim. " +
  "For more information about your rights, contact Bluewater Health Alliance Appeals at (360) 555-0118, PO Box 4410, Seabright, WA 98661.";
const mec = "Does this plan provide Minimum Essential Coverage? Yes. Does this plan meet the Minimum Value Standards? Yes.";
const hsaNote =
  "This plan is a high deductible health plan (HDHP) that is eligible to be paired with a Health Savings Account (HSA). " +
  "You pay the full allowed amount for covered services (including prescription drugs) until the deductible is met, except for in-network " +
  "preventive care, Bluewater Virtual Care and drugs on the Bluewater HSA Preventive Drug List.";
const language = "Spanish (Español): Para obtener asistencia en Español, llame al (360) 555-0118.";

const examples = [
  {
    title: "Peg is Having a Baby",
    sub: "(9 months of in-network pre-natal care and a hospital delivery)",
    params: [["The plan's overall deductible", "$1,700"], ["Specialist coinsurance", "20%"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"]],
    total: "$12,700",
    pays: [["Deductibles", "$1,700"], ["Copayments", "$0"], ["Coinsurance", "$2,200"], ["Limits or exclusions", "$60"]],
    who: "Peg",
    sum: "$3,960",
  },
  {
    title: "Managing Joe's Type 2 Diabetes",
    sub: "(a year of routine in-network care of a well-controlled condition)",
    params: [["The plan's overall deductible", "$1,700"], ["Specialist coinsurance", "20%"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"]],
    total: "$5,600",
    pays: [["Deductibles", "$1,700"], ["Copayments", "$500"], ["Coinsurance", "$200"], ["Limits or exclusions", "$20"]],
    who: "Joe",
    sum: "$2,420",
  },
  {
    title: "Mia's Simple Fracture",
    sub: "(in-network emergency room visit and follow up care)",
    params: [["The plan's overall deductible", "$1,700"], ["Specialist coinsurance", "20%"], ["Hospital (facility) coinsurance", "20%"], ["Other coinsurance", "20%"]],
    total: "$2,800",
    pays: [["Deductibles", "$1,700"], ["Copayments", "$0"], ["Coinsurance", "$220"], ["Limits or exclusions", "$0"]],
    who: "Mia",
    sum: "$1,920",
  },
];

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

const PAGE_W = 792;
const PAGE_H = 612;
const M = 36;
const BOTTOM = PAGE_H - 48;

function render(out) {
  const drawn = [];
  const doc = new PDFDocument({
    size: "LETTER",
    layout: "landscape",
    margins: { top: M, left: M, right: M, bottom: 10 },
    autoFirstPage: false,
    bufferPages: true,
    info: {
      Title: `Summary of Benefits and Coverage - ${PLAN}`,
      Author: CARRIER,
      Subject: "Harborlight Marine Logistics, Inc. - 2026",
      CreationDate: new Date("2025-10-01T00:00:00Z"),
      ModDate: new Date("2025-10-01T00:00:00Z"),
    },
  });
  if (out) doc.pipe(out);
  let pageNo = 0;

  const text = (str, x, y, opts = {}) => {
    const { font = "Helvetica", size = 8, color = "black", ...rest } = opts;
    doc.font(font).fontSize(size).fillColor(color);
    doc.text(str, x, y, { lineBreak: true, ...rest });
    drawn.push(str);
  };
  const heightOf = (str, w, font = "Helvetica", size = 8) => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(str, { width: w });
  };
  // a table cell at an explicit position
  const cell = (x, y, w, h, str, { fill, font, size = 8, color } = {}) => {
    if (fill) doc.rect(x, y, w, h).fillAndStroke(fill, "#444444");
    else doc.rect(x, y, w, h).lineWidth(0.5).strokeColor("#444444").stroke();
    if (str) text(str, x + 4, y + 4, { width: w - 8, font, size, color });
  };
  // a row of cells: widths[] from x0, height fitted to the tallest cell
  const row = (y, x0, widths, values, styles = []) => {
    let h = 0;
    values.forEach((v, i) => {
      const s = styles[i] || {};
      h = Math.max(h, heightOf(v || " ", widths[i] - 8, s.font, s.size || 8) + 8);
    });
    let x = x0;
    values.forEach((v, i) => {
      cell(x, y, widths[i], h, v, styles[i] || {});
      x += widths[i];
    });
    return h;
  };
  const rowHeight = (widths, values, styles = []) => {
    let h = 0;
    values.forEach((v, i) => {
      const s = styles[i] || {};
      h = Math.max(h, heightOf(v || " ", widths[i] - 8, s.font, s.size || 8) + 8);
    });
    return h;
  };

  const header = () => {
    doc.addPage();
    pageNo += 1;
    text("Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services", M, 24, { font: "Helvetica-Bold", size: 10, width: 480 });
    text(PERIOD, 540, 24, { size: 8, width: 216, align: "right" });
    text(`${CARRIER}: ${PLAN}`, M, 38, { font: "Helvetica-Bold", size: 12, width: 480 });
    text("Coverage for: Individual + Family | Plan Type: HDHP/PPO", 540, 40, { size: 8, width: 216, align: "right" });
    doc.moveTo(M, 56).lineTo(PAGE_W - M, 56).lineWidth(1).strokeColor("#1f4e79").stroke();
    text("Harborlight Marine Logistics, Inc. Group BW-604418", M, PAGE_H - 30, { size: 7, width: 300 });
    return 64;
  };

  // ---- Page 1: intro + important questions
  let y = header();
  doc.rect(M, y, PAGE_W - 2 * M, 62).fillAndStroke("#eef3f8", "#1f4e79");
  text(intro, M + 6, y + 6, { width: PAGE_W - 2 * M - 12, size: 7.5 });
  y += 70;
  text(hsaNote, M, y, { width: PAGE_W - 2 * M, size: 7.5, font: "Helvetica-Oblique" });
  y += 26;
  const qW = [190, 250, 280];
  const hdrStyle = { fill: "#1f4e79", font: "Helvetica-Bold", color: "white" };
  y += row(y, M, qW, ["Important Questions", "Answers", "Why This Matters:"], [hdrStyle, hdrStyle, hdrStyle]);
  for (const [q, a, why] of importantQuestions) {
    const styles = [{ font: "Helvetica-Bold" }, {}, { size: 7.5 }];
    const h = rowHeight(qW, [q, a, why], styles);
    if (y + h > BOTTOM) y = header();
    y += row(y, M, qW, [q, a, why], styles);
  }

  // ---- Pages 2-4: common medical events
  const eW = [130, 160, 140, 120, 170];
  const eHead = ["Common Medical Event", "Services You May Need", "What You Will Pay: Network Provider (You will pay the least)",
    "What You Will Pay: Out-of-Network Provider (You will pay the most)", "Limitations, Exceptions, & Other Important Information"];
  const eventTable = () => {
    let yy = header();
    text("All coinsurance and copayment costs shown in this chart are after your deductible has been met, if a deductible applies.", M, yy, { size: 8, font: "Helvetica-Oblique", width: PAGE_W - 2 * M });
    yy += 14;
    yy += row(yy, M, eW, eHead, eHead.map(() => hdrStyle));
    return yy;
  };
  y = eventTable();
  for (const [ev, svc, net, oon, lim] of events) {
    const vals = [ev, svc, net, oon, lim];
    const styles = [{ font: "Helvetica-Bold", fill: ev ? "#dbe5f1" : undefined }, {}, {}, {}, { size: 7.5 }];
    const h = rowHeight(eW, vals, styles);
    if (y + h > BOTTOM) y = eventTable();
    y += row(y, M, eW, vals, styles);
  }

  // ---- Page 5: excluded services, rights
  y = header();
  const fullW = PAGE_W - 2 * M;
  y += row(y, M, [fullW], ["Excluded Services & Other Covered Services:"], [hdrStyle]);
  const colW = fullW / 2;
  y += row(y, M, [fullW], ["Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)"], [{ font: "Helvetica-Bold", fill: "#dbe5f1" }]);
  for (let i = 0; i < excluded.length; i += 2) {
    y += row(y, M, [colW, colW], [`- ${excluded[i]}`, excluded[i + 1] ? `- ${excluded[i + 1]}` : ""]);
  }
  y += row(y, M, [fullW], ["Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)"], [{ font: "Helvetica-Bold", fill: "#dbe5f1" }]);
  for (let i = 0; i < otherCovered.length; i += 2) {
    y += row(y, M, [colW, colW], [`- ${otherCovered[i]}`, otherCovered[i + 1] ? `- ${otherCovered[i + 1]}` : ""]);
  }
  y += 10;
  for (const para of [rights, grievance, mec, language]) {
    text(para, M, y, { width: fullW, size: 8 });
    y += heightOf(para, fullW, "Helvetica", 8) + 8;
  }

  // ---- Page 6: coverage examples, three explicitly positioned boxes
  y = header();
  text("About these Coverage Examples:", M, y, { font: "Helvetica-Bold", size: 10, width: fullW });
  y += 14;
  const about =
    "This is not a cost estimator. Treatments shown are just examples of how this plan might cover medical care. Your actual costs will be " +
    "different depending on the actual care you receive, the prices your providers charge, and many other factors. Focus on the cost sharing " +
    "amounts (deductibles, copayments and coinsurance) and excluded services under the plan. Use this information to compare the portion of " +
    "costs you might pay under different health plans. Please note these coverage examples are based on self-only coverage.";
  text(about, M, y, { width: fullW, size: 7.5 });
  y += heightOf(about, fullW, "Helvetica", 7.5) + 8;
  const boxW = (fullW - 20) / 3;
  examples.forEach((ex, i) => {
    const x = M + i * (boxW + 10);
    let yy = y;
    yy += row(yy, x, [boxW], [ex.title], [hdrStyle]);
    yy += row(yy, x, [boxW], [ex.sub], [{ size: 7.5, font: "Helvetica-Oblique" }]);
    for (const [k, v] of ex.params) yy += row(yy, x, [boxW - 60, 60], [k, v]);
    yy += row(yy, x, [boxW - 60, 60], ["Total Example Cost", ex.total], [{ font: "Helvetica-Bold" }, { font: "Helvetica-Bold" }]);
    yy += row(yy, x, [boxW], [`In this example, ${ex.who} would pay:`], [{ font: "Helvetica-Bold", fill: "#dbe5f1" }]);
    yy += row(yy, x, [boxW], ["Cost Sharing"], [{ font: "Helvetica-Oblique" }]);
    for (const [k, v] of ex.pays.slice(0, 3)) yy += row(yy, x, [boxW - 60, 60], [k, v]);
    yy += row(yy, x, [boxW], ["What isn't covered"], [{ font: "Helvetica-Oblique" }]);
    yy += row(yy, x, [boxW - 60, 60], ex.pays[3]);
    yy += row(yy, x, [boxW - 60, 60], [`The total ${ex.who} would pay is`, ex.sum], [{ font: "Helvetica-Bold" }, { font: "Helvetica-Bold" }]);
  });
  text("The plan would be responsible for the other costs of these EXAMPLE covered services.", M, BOTTOM - 14, { size: 8, font: "Helvetica-Bold", width: fullW });

  // page footers, once the page count is known
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    text(`Page ${i + 1} of ${range.count}`, PAGE_W - M - 80, PAGE_H - 30, { size: 7, width: 80, align: "right" });
  }
  doc.end();
  return { drawn, pages: pageNo };
}

/** The strings drawn into the SBC, in drawing order, one per line. */
export function sbcText() {
  return render(null).drawn.join("\n");
}

async function main() {
  const outPath = path.join(HERE, "documents", SBC_FILE);
  const stream = fs.createWriteStream(outPath);
  const done = new Promise((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  const { pages } = render(stream);
  await done;
  console.log(`wrote ${path.relative(process.cwd(), outPath)} (${pages} pages, ${fs.statSync(outPath).size} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
