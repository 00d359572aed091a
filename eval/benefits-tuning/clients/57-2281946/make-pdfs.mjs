import fs from "node:fs";
import { fileURLToPath } from "node:url";
import PDFDocument from "/work/main/node_modules/pdfkit/js/pdfkit.js";

// Two PDFs for Cedar Shoals Community Credit Union (EIN 57-2281946), plan year 2027:
//
//   lantern-select-hmo-500-sbc-2027.pdf: a Summary of Benefits and Coverage for the Lantern Select HMO 500 in
//   the federal SBC template, drawn on LANDSCAPE letter pages in navy and gold. The Common Medical Event
//   table has four columns (event / service / in-network / out-of-network) and the "Limitations, Exceptions"
//   text is NOT a column: it sits in a pale-gold BAND under each service row, spanning the service and cost
//   columns. Rows are placed one at a time (row + band kept together), so an event breaks across pages and is
//   repeated with "(continued)". The coverage examples are ONE comparison table (rows = cost items, columns =
//   Peg / Joe / Mia) instead of three boxes.
//
//   lantern-choice-hsa-3400-plan-highlights-2027.pdf: a carrier "Plan Highlights" sheet for the Lantern Choice
//   HSA 3400 in which every cost is written as a "You pay ..." sentence inside rounded CARDS laid out on a
//   two-by-N grid under green topic ribbons. No tables at all.
//
// The arrays below are the text of the PDFs; check-questions.mjs reads them instead of parsing the PDFs, and
// also checks that each PDF's real text layer holds every piece of them.
// Run: node make-pdfs.mjs (writes both PDFs to ./documents/).

const SBC_NAME = "lantern-select-hmo-500-sbc-2027.pdf";
const HL_NAME = "lantern-choice-hsa-3400-plan-highlights-2027.pdf";
const outPath = (name) => new URL(`./documents/${name}`, import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// SBC: Lantern Select HMO 500
// ---------------------------------------------------------------------------------------------
export const SBC_HEADER = [
  "Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services",
  "Lantern Health Plans of the Carolinas: Lantern Select HMO 500",
  "Coverage Period: 01/01/2027 - 12/31/2027",
  "Coverage for: Individual + Family | Plan Type: HMO",
  "Group: Cedar Shoals Community Credit Union (Group number CSC-22419)",
];

export const SBC_INTRO =
  "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan " +
  "would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be " +
  "provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of " +
  "coverage, visit www.lanternhealth.example/cedarshoals or call 1-877-555-0132. For general definitions of common terms, such as " +
  "allowed amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms see the Glossary. You can " +
  "view the Glossary at www.lanternhealth.example/glossary or call 1-877-555-0132 to request a copy.";

export const IMPORTANT_QUESTIONS_HEAD = ["Important Questions", "Answers", "Why This Matters:"];
export const IMPORTANT_QUESTIONS = [
  [
    "What is the overall deductible?",
    "$500 individual / $1,000 family. Individual applies to Employee Only coverage; family applies to Employee + One and Family " +
      "coverage. No one person pays more than $500.",
    "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have " +
      "other family members on the plan, each family member must meet their own individual deductible until the total amount of " +
      "deductible expenses paid by all family members meets the overall family deductible.",
  ],
  [
    "Are there services covered before you meet your deductible?",
    "Yes. Office visits, urgent care, emergency room care, lab work, prescription drugs and other services with a copay are covered " +
      "before you meet your deductible. Preventive care is covered at no charge.",
    "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may " +
      "apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible. See " +
      "a list of covered preventive services at www.lanternhealth.example/preventive.",
  ],
  ["Are there other deductibles for specific services?", "No.", "You don't have to meet deductibles for specific services."],
  [
    "What is the out-of-pocket limit for this plan?",
    "$3,500 individual / $7,000 family.",
    "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this " +
      "plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met.",
  ],
  [
    "What is not included in the out-of-pocket limit?",
    "Premiums, health care this plan doesn't cover, and care from out-of-network providers that is not emergency care.",
    "Even though you pay these expenses, they don't count toward the out-of-pocket limit.",
  ],
  [
    "Will you pay less if you use a network provider?",
    "Yes. This plan covers only Lantern Select network providers, except for emergencies. See www.lanternhealth.example/find or call " +
      "1-877-555-0132 for a list of network providers.",
    "This plan uses a provider network. You will pay less if you use a provider in the plan's network. You will pay the most if you " +
      "use an out-of-network provider, and you might receive a bill from a provider for the difference between the provider's charge " +
      "and what your plan pays (balance billing). Be aware your network provider might use an out-of-network provider for some " +
      "services (such as lab work). Check with your provider before you get services.",
  ],
  [
    "Do you need a referral to see a specialist?",
    "Yes. Your primary care provider (PCP) must give you a written referral. You don't need a referral for an OB-GYN, routine eye " +
      "exams, or mental health and substance use office visits.",
    "This plan will pay some or all of the costs to see a specialist for covered services but only if you have a referral before you " +
      "see the specialist.",
  ],
];

export const SBC_TABLE_NOTE =
  "All copayment and coinsurance costs shown in this chart are after your deductible has been met, if a deductible applies.";
export const SBC_TABLE_HEAD = [
  "Common Medical Event",
  "Services You May Need",
  "In-Network Provider (You will pay the least)",
  "Out-of-Network Provider (You will pay the most)",
];
export const LIMIT_LABEL = "Limitations, Exceptions, & Other Important Information:";

// [common medical event, [[service, in-network, out-of-network, limitations or null], ...]]
export const SBC_EVENTS = [
  [
    "If you visit a health care provider's office or clinic",
    [
      [
        "Primary care visit to treat an injury or illness",
        "$20 copay/visit",
        "Not covered",
        "Lantern Now virtual visits: $0 copay/visit. Each member chooses a PCP; if you don't choose one, Lantern assigns one.",
      ],
      [
        "Specialist visit",
        "$45 copay/visit",
        "Not covered",
        "Referral from your PCP required. Allergy injections without an office visit: $10 copay.",
      ],
      [
        "Preventive care/screening/immunization",
        "No charge",
        "Not covered",
        "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive. Then check " +
          "what your plan will pay for. Well-child visits and immunizations through age 18: No charge.",
      ],
    ],
  ],
  [
    "If you have a test",
    [
      ["Diagnostic test (x-ray, blood work)", "Lab: No charge; X-ray: $40 copay", "Not covered", "Lab work must be done at a Lantern Select lab."],
      [
        "Imaging (CT/PET scans, MRIs)",
        "$200 copay per scan",
        "Not covered",
        "Preauthorization required. Your network provider requests it; if it is denied, the scan is not covered.",
      ],
    ],
  ],
  [
    "If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.sweetgrassrx.example/lantern",
    [
      [
        "Generic drugs (Tier 1)",
        "$10 copay/prescription (retail, 30 days); $20 copay/prescription (mail order, 90 days)",
        "Not covered",
        "Generic contraceptives and ACA preventive drugs: No charge. Deductible does not apply to prescription drugs.",
      ],
      [
        "Preferred brand drugs (Tier 2)",
        "$35 copay/prescription (retail, 30 days); $70 copay/prescription (mail order, 90 days)",
        "Not covered",
        "Insulin: $25 copay per 30-day supply. If you ask for a brand when a generic is available, you also pay the price difference.",
      ],
      [
        "Non-preferred brand drugs (Tier 3)",
        "$65 copay/prescription (retail, 30 days); $130 copay/prescription (mail order, 90 days)",
        "Not covered",
        "Some drugs require step therapy.",
      ],
      [
        "Specialty drugs (Tier 4)",
        "$150 copay/prescription",
        "Not covered",
        "Preauthorization required. Sweetgrass Specialty Pharmacy only; up to a 30-day supply.",
      ],
    ],
  ],
  [
    "If you have outpatient surgery",
    [
      [
        "Facility fee (e.g., ambulatory surgery center)",
        "$250 copay",
        "Not covered",
        "Preauthorization required, except for colonoscopy and upper endoscopy. Hospital outpatient department: 20% coinsurance.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "Not covered", null],
    ],
  ],
  [
    "If you need immediate medical attention",
    [
      [
        "Emergency room care",
        "$300 copay/visit",
        "$300 copay/visit",
        "Copay waived if you are admitted. Out-of-network emergency care is covered at the in-network level and you can't be balance billed.",
      ],
      ["Emergency medical transportation", "$150 copay/trip", "$150 copay/trip", "Non-emergency transport requires preauthorization."],
      [
        "Urgent care",
        "$50 copay/visit",
        "$50 copay/visit",
        "Out-of-network urgent care is covered only when you are more than 50 miles from home.",
      ],
    ],
  ],
  [
    "If you have a hospital stay",
    [
      [
        "Facility fee (e.g., hospital room)",
        "20% coinsurance",
        "Not covered",
        "Preauthorization required for planned admissions. Emergency admissions must be reported within 2 business days.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "Not covered", null],
    ],
  ],
  [
    "If you need mental health, behavioral health, or substance abuse services",
    [
      [
        "Outpatient services",
        "$20 copay/office visit; 20% coinsurance for other outpatient services",
        "Not covered",
        "No referral needed. Preauthorization required for applied behavior analysis (ABA), partial hospitalization and intensive " +
          "outpatient programs.",
      ],
      ["Inpatient services", "20% coinsurance", "Not covered", "Preauthorization required, including residential treatment."],
    ],
  ],
  [
    "If you are pregnant",
    [
      [
        "Office visits",
        "No charge",
        "Not covered",
        "Cost sharing does not apply for preventive services. Depending on the type of services, coinsurance or copayment may apply. " +
          "Maternity care may include tests and services described elsewhere in the SBC (i.e. ultrasound).",
      ],
      ["Childbirth/delivery professional services", "20% coinsurance", "Not covered", null],
      [
        "Childbirth/delivery facility services",
        "20% coinsurance",
        "Not covered",
        "No preauthorization for stays of up to 48 hours (vaginal delivery) or 96 hours (cesarean section).",
      ],
    ],
  ],
  [
    "If you need help recovering or have other special health needs",
    [
      ["Home health care", "20% coinsurance", "Not covered", "Limited to 45 visits per year. Preauthorization required."],
      [
        "Rehabilitation services",
        "$30 copay/visit",
        "Not covered",
        "Physical and occupational therapy: 30 visits per year combined. Speech therapy: 20 visits per year. Cardiac rehabilitation: " +
          "36 visits per year. Referral required.",
      ],
      [
        "Habilitation services",
        "$30 copay/visit",
        "Not covered",
        "Limited to 30 visits per year, separate from the rehabilitation limits.",
      ],
      ["Skilled nursing care", "20% coinsurance", "Not covered", "Limited to 100 days per year. Preauthorization required."],
      [
        "Durable medical equipment",
        "20% coinsurance",
        "Not covered",
        "Preauthorization required for items costing more than $500. One breast pump per pregnancy: No charge.",
      ],
      ["Hospice services", "No charge", "Not covered", "Preauthorization required."],
    ],
  ],
  [
    "If your child needs dental or eye care",
    [
      ["Children's eye exam", "Not covered", "Not covered", "Routine eye exams are not covered by this medical plan; see the vision plan."],
      ["Children's glasses", "Not covered", "Not covered", null],
      ["Children's dental check-up", "Not covered", "Not covered", null],
    ],
  ],
];

export const EXCLUDED_TITLE = "Excluded Services & Other Covered Services:";
export const EXCLUDED_HEAD =
  "Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)";
export const EXCLUDED = [
  "Acupuncture",
  "Cosmetic surgery",
  "Dental care (Adult)",
  "Hearing aids",
  "Infertility treatment",
  "Long-term care",
  "Non-emergency care when traveling outside the U.S.",
  "Private-duty nursing",
  "Routine eye care (Adult and child)",
  "Routine foot care",
  "Weight loss programs",
];
export const OTHER_COVERED_HEAD =
  "Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)";
export const OTHER_COVERED = [
  "Bariatric surgery (preauthorization required)",
  "Chiropractic care (15 visits per year; $30 copay; referral required)",
  "Hearing exam (one per year; $20 copay)",
  "Infertility diagnosis",
  "Emergency care when traveling outside the U.S.",
];

export const RIGHTS = [
  [
    "Your Rights to Continue Coverage:",
    "There are agencies that can help if you want to continue your coverage after it ends. The contact information for those " +
      "agencies is: Cedar Shoals Human Resources, 1-864-555-0147, and the COBRA administrator, Tidemark COBRA Services, " +
      "1-866-555-0171. Other coverage options may be available to you too, including buying individual insurance coverage through " +
      "the Health Insurance Marketplace.",
  ],
  [
    "Your Grievance and Appeals Rights:",
    "There are agencies that can help if you have a complaint against your plan for a denial of a claim. This complaint is called a " +
      "grievance or appeal. For more information about your rights, look at the explanation of benefits you will receive for that " +
      "medical claim. Your plan documents also provide complete information to submit a claim, appeal, or a grievance for any reason " +
      "to your plan. You must file an appeal within 180 days of the denial. Contact Lantern Member Services at 1-877-555-0132.",
  ],
  [
    "Does this plan provide Minimum Essential Coverage? Yes",
    "Minimum Essential Coverage generally includes plans, health insurance available through the Marketplace or other individual " +
      "market policies, Medicare, Medicaid, CHIP, TRICARE, and certain other coverage.",
  ],
  [
    "Does this plan meet the Minimum Value Standards? Yes",
    "If your plan doesn't meet the Minimum Value Standards, you may be eligible for a premium tax credit to help you pay for a plan " +
      "through the Marketplace.",
  ],
];
export const LANGUAGE_ACCESS = [
  "Language Access Services:",
  "Spanish (Espanol): Para obtener asistencia en Espanol, llame al 1-877-555-0132.",
  "Chinese (Zhongwen): Ruguo xuyao Zhongwen de bangzhu, qing bodo zhege haoma 1-877-555-0132.",
];
export const SBC_CLOSING =
  "To see examples of how this plan might cover costs for a sample medical situation, see the next section.";

export const EXAMPLES_TITLE = "About these Coverage Examples:";
export const EXAMPLES_INTRO =
  "This is not a cost estimator. Treatments shown are just examples of how this plan might cover medical care. Your actual costs " +
  "will be different depending on the actual care you receive, the prices your providers charge, and many other factors. Focus on " +
  "the cost sharing amounts (deductibles, copayments and coinsurance) and excluded services under the plan. Use this information to " +
  "compare the portion of costs you might pay under different health plans. Please note these coverage examples are based on " +
  "self-only coverage.";
// One comparison table: first column is the row label, then Peg, Joe, Mia.
export const EXAMPLES_HEAD = [
  "",
  "Peg is Having a Baby (9 months of in-network pre-natal care and a hospital delivery)",
  "Managing Joe's Type 2 Diabetes (a year of routine in-network care of a well-controlled condition)",
  "Mia's Simple Fracture (in-network emergency room visit and follow up care)",
];
export const EXAMPLES_ROWS = [
  ["The plan's overall deductible", "$500", "$500", "$500"],
  ["Specialist copayment", "$45", "$45", "$45"],
  ["Hospital (facility) coinsurance", "20%", "20%", "20%"],
  ["Other coinsurance", "20%", "20%", "20%"],
  [
    "This EXAMPLE event includes services like",
    "Specialist office visits (prenatal care), Childbirth/Delivery Professional Services, Childbirth/Delivery Facility Services, Diagnostic tests (ultrasounds and blood work), Specialist visit (anesthesia)",
    "Primary care physician office visits (including disease education), Diagnostic tests (blood work), Prescription drugs, Durable medical equipment (glucose meter)",
    "Emergency room care (including medical supplies), Diagnostic test (x-ray), Durable medical equipment (crutches), Rehabilitation services (physical therapy)",
  ],
  ["Total Example Cost", "$12,700", "$5,600", "$2,800"],
  ["In this example, the patient would pay: Deductibles", "$500", "$100", "$500"],
  ["Copayments", "$10", "$900", "$500"],
  ["Coinsurance", "$2,300", "$0", "$200"],
  ["Limits or exclusions", "$60", "$20", "$0"],
  ["The total the patient would pay is", "$2,870", "$1,020", "$1,200"],
];
export const EXAMPLES_FOOT = "The plan would be responsible for the other costs of these EXAMPLE covered services.";
export const SBC_FOOTER =
  "Lantern Select HMO 500 SBC 2027 - Cedar Shoals Community Credit Union - questions: call 1-877-555-0132 or visit www.lanternhealth.example/cedarshoals.";

export function sbcText() {
  const p = [...SBC_HEADER, SBC_INTRO, IMPORTANT_QUESTIONS_HEAD.join(" | ")];
  for (const r of IMPORTANT_QUESTIONS) p.push(r.join(" | "));
  p.push(SBC_TABLE_NOTE, SBC_TABLE_HEAD.join(" | "));
  for (const [event, rows] of SBC_EVENTS) {
    p.push(event);
    for (const r of rows) {
      p.push(r.slice(0, 3).join(" | "));
      if (r[3]) p.push(`${LIMIT_LABEL} ${r[3]}`);
    }
  }
  p.push(EXCLUDED_TITLE, EXCLUDED_HEAD, EXCLUDED.join(" \u2022 "), OTHER_COVERED_HEAD, OTHER_COVERED.join(" \u2022 "));
  for (const [h, t] of RIGHTS) p.push(`${h} ${t}`);
  p.push(...LANGUAGE_ACCESS, SBC_CLOSING, EXAMPLES_TITLE, EXAMPLES_INTRO);
  p.push(EXAMPLES_HEAD.slice(1).join(" | "));
  for (const r of EXAMPLES_ROWS) p.push(r.join(" | "));
  p.push(EXAMPLES_FOOT, SBC_FOOTER);
  return p.join("\n");
}

function buildSbc() {
  // Landscape letter: 792 x 612 points.
  const PW = 792,
    PH = 612,
    L = 36,
    W = PW - 2 * L,
    TOP = 30,
    BOTTOM = PH - 46;
  const doc = new PDFDocument({
    size: [PW, PH],
    margins: { top: TOP, bottom: 20, left: L, right: L },
    bufferPages: true,
    info: { Title: "Summary of Benefits and Coverage - Lantern Select HMO 500 - 2027", Author: "Lantern Health Plans of the Carolinas" },
  });
  doc.pipe(fs.createWriteStream(outPath(SBC_NAME)));
  const NAVY = "#1d2f5a",
    GOLD = "#c99a2e",
    BAND = "#fbf3dc",
    GRID = "#8a93a8";
  const pad = 3;
  let y = TOP;
  const hgt = (t, w, size, font) => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(t || " ", { width: w - 2 * pad }) + 2 * pad;
  };
  const put = (t, x, yy, w, { size = 7.5, font = "Helvetica", color = "#000", align = "left" } = {}) => {
    doc.font(font).fontSize(size).fillColor(color).text(t, x + pad, yy + pad, { width: w - 2 * pad, align });
  };
  const hline = (x1, x2, yy, width = 0.4, color = GRID) =>
    doc.save().lineWidth(width).strokeColor(color).moveTo(x1, yy).lineTo(x2, yy).stroke().restore();
  const vline = (x, y1, y2, width = 0.4, color = GRID) =>
    doc.save().lineWidth(width).strokeColor(color).moveTo(x, y1).lineTo(x, y2).stroke().restore();
  const runningHead = () => {
    doc.save().rect(L, TOP, W, 16).fill(NAVY).restore();
    doc.font("Helvetica-Bold").fontSize(8).fillColor("#fff").text(SBC_HEADER[1], L + 6, TOP + 4, { width: 400, lineBreak: false });
    doc.font("Helvetica").fontSize(8).text(SBC_HEADER[2], L + 420, TOP + 4, { width: W - 426, align: "right", lineBreak: false });
    y = TOP + 22;
  };
  const newPage = () => {
    doc.addPage();
    runningHead();
  };

  // Page 1 title: navy block on the left, gold block with coverage facts on the right
  const titleW = 470;
  doc.font("Helvetica-Bold").fontSize(12);
  const th = doc.heightOfString(SBC_HEADER[0], { width: titleW - 16 }) + 26;
  doc.save().rect(L, y, titleW, th).fill(NAVY).restore();
  doc.save().rect(L + titleW, y, W - titleW, th).fill(GOLD).restore();
  doc.font("Helvetica-Bold").fontSize(12).fillColor("#fff").text(SBC_HEADER[0], L + 8, y + 6, { width: titleW - 16 });
  doc.font("Helvetica-Bold").fontSize(9).text(SBC_HEADER[1], L + 8, doc.y + 2, { width: titleW - 16 });
  doc.font("Helvetica").fontSize(8).fillColor("#000");
  doc.text(SBC_HEADER[2], L + titleW + 8, y + 6, { width: W - titleW - 16 });
  doc.text(SBC_HEADER[3], L + titleW + 8, doc.y + 2, { width: W - titleW - 16 });
  doc.text(SBC_HEADER[4], L + titleW + 8, doc.y + 2, { width: W - titleW - 16 });
  y += th + 6;
  doc.font("Helvetica").fontSize(7.5).fillColor("#000").text(SBC_INTRO, L, y, { width: W });
  y = doc.y + 8;

  // Important Questions: three columns, gold header, grid lines
  const qw = [170, 250, W - 420];
  const iqHead = () => {
    doc.save().rect(L, y, W, 15).fill(GOLD).restore();
    let x = L;
    IMPORTANT_QUESTIONS_HEAD.forEach((t, i) => {
      put(t, x, y, qw[i], { font: "Helvetica-Bold", size: 8, color: NAVY });
      x += qw[i];
    });
    y += 15;
  };
  iqHead();
  for (const r of IMPORTANT_QUESTIONS) {
    const fonts = ["Helvetica-Bold", "Helvetica", "Helvetica"];
    const h = Math.max(...r.map((t, i) => hgt(t, qw[i], 7.5, fonts[i])));
    if (y + h > BOTTOM) {
      newPage();
      iqHead();
    }
    let x = L;
    r.forEach((t, i) => {
      put(t, x, y, qw[i], { font: fonts[i], size: 7.5, color: i === 0 ? NAVY : "#000" });
      x += qw[i];
    });
    hline(L, L + W, y + h);
    vline(L + qw[0], y, y + h);
    vline(L + qw[0] + qw[1], y, y + h);
    y += h;
  }

  // Common Medical Event table: four columns, limitations in a band under each row
  if (y + 80 > BOTTOM) newPage();
  else y += 8;
  doc.font("Helvetica-Oblique").fontSize(7.5).fillColor("#000").text(SBC_TABLE_NOTE, L, y, { width: W });
  y = doc.y + 4;
  const cw = [150, 190, 190, W - 530];
  const tableHead = () => {
    const h = Math.max(...SBC_TABLE_HEAD.map((t, i) => hgt(t, cw[i], 8, "Helvetica-Bold")));
    doc.save().rect(L, y, W, h).fill(NAVY).restore();
    let x = L;
    SBC_TABLE_HEAD.forEach((t, i) => {
      put(t, x, y, cw[i], { font: "Helvetica-Bold", size: 8, color: "#fff" });
      x += cw[i];
    });
    y += h;
  };
  tableHead();
  const splits = [];
  for (const [event, rows] of SBC_EVENTS) {
    const eh = hgt(event, cw[0], 8, "Helvetica-Bold");
    let segStart = y;
    const label = (cont) => {
      put(event, L, segStart, cw[0], { font: "Helvetica-Bold", size: 8, color: NAVY });
      if (cont)
        doc.font("Helvetica-Oblique").fontSize(7).fillColor("#555").text("(continued)", L + pad, segStart + eh, { width: cw[0] - 2 * pad });
    };
    label(false);
    let minH = eh;
    rows.forEach((r, k) => {
      const bw = W - cw[0];
      let rh = Math.max(...r.slice(0, 3).map((t, i) => hgt(t, cw[i + 1], 7.5, i === 0 ? "Helvetica-Bold" : "Helvetica")));
      const bandText = r[3] ? `${LIMIT_LABEL} ${r[3]}` : null;
      const bh = bandText ? hgt(bandText, bw - 8, 7, "Helvetica-Oblique") : 0;
      if (y + rh + bh > BOTTOM) {
        if (k > 0) splits.push(event);
        vline(L + cw[0], segStart, y, 0.8, NAVY);
        newPage();
        tableHead();
        segStart = y;
        minH = eh + (k > 0 ? 10 : 0);
        label(k > 0);
      }
      let xx = L + cw[0];
      r.slice(0, 3).forEach((t, i) => {
        put(t, xx, y, cw[i + 1], { font: i === 0 ? "Helvetica-Bold" : "Helvetica", size: 7.5 });
        xx += cw[i + 1];
      });
      y += rh;
      if (bandText) {
        doc.save().rect(L + cw[0] + 4, y, bw - 8, bh).fill(BAND).restore();
        doc.save().rect(L + cw[0] + 4, y, 2, bh).fill(GOLD).restore();
        doc.font("Helvetica-BoldOblique").fontSize(7).fillColor("#6b4f10").text(`${LIMIT_LABEL} `, L + cw[0] + 4 + pad + 2, y + pad, {
          width: bw - 8 - 2 * pad - 2,
          continued: true,
        });
        doc.font("Helvetica-Oblique").fillColor("#222").text(r[3]);
        y += bh + 2;
      }
      if (k === rows.length - 1 && y - segStart < minH) y = segStart + minH;
      if (k < rows.length - 1) hline(L + cw[0], L + W, y);
    });
    vline(L + cw[0], segStart, y, 0.8, NAVY);
    hline(L, L + W, y, 1.2, NAVY);
  }
  if (splits.length === 0) throw new Error("no medical event broke across pages; adjust the layout");
  console.log(`${SBC_NAME}: events broken across pages:`, splits.join(" / "));

  // Excluded & other covered services: two side-by-side boxes with navy heads
  if (y + 110 > BOTTOM) newPage();
  else y += 12;
  doc.font("Helvetica-Bold").fontSize(9).fillColor(NAVY).text(EXCLUDED_TITLE, L, y, { width: W });
  y = doc.y + 3;
  const half = (W - 12) / 2;
  const boxes = [
    [EXCLUDED_HEAD, EXCLUDED],
    [OTHER_COVERED_HEAD, OTHER_COVERED],
  ];
  let yb = y;
  boxes.forEach(([head, items], i) => {
    const x = L + i * (half + 12);
    const hh = hgt(head, half, 7.5, "Helvetica-Bold");
    doc.save().rect(x, y, half, hh).fill(NAVY).restore();
    put(head, x, y, half, { font: "Helvetica-Bold", size: 7.5, color: "#fff" });
    doc.font("Helvetica").fontSize(8).fillColor("#000").text(items.join(" \u2022 "), x + pad, y + hh + 4, { width: half - 2 * pad });
    yb = Math.max(yb, doc.y + 4);
  });
  boxes.forEach((_, i) => doc.save().lineWidth(0.6).strokeColor(NAVY).rect(L + i * (half + 12), y, half, yb - y).stroke().restore());
  y = yb + 10;
  for (const [h, t] of RIGHTS) {
    if (y + 40 > BOTTOM) newPage();
    doc.font("Helvetica-Bold").fontSize(8).fillColor(NAVY).text(h, L, y, { width: W, continued: true });
    doc.font("Helvetica").fillColor("#000").text(` ${t}`);
    y = doc.y + 5;
  }
  doc.font("Helvetica-Bold").fontSize(8).fillColor(NAVY).text(LANGUAGE_ACCESS[0], L, y, { width: W });
  doc.font("Helvetica").fillColor("#000");
  for (const t of LANGUAGE_ACCESS.slice(1)) doc.text(t, L + 10, doc.y + 1, { width: W - 10 });
  doc.font("Helvetica-Oblique").text(SBC_CLOSING, L, doc.y + 8, { width: W });

  // Coverage examples: one comparison table on its own page
  newPage();
  doc.font("Helvetica-Bold").fontSize(10).fillColor(NAVY).text(EXAMPLES_TITLE, L, y, { width: W });
  doc.font("Helvetica").fontSize(7.5).fillColor("#000").text(EXAMPLES_INTRO, L, doc.y + 3, { width: W });
  y = doc.y + 10;
  const ew = [180, (W - 180) / 3, (W - 180) / 3, (W - 180) / 3];
  const hh = Math.max(...EXAMPLES_HEAD.map((t, i) => hgt(t, ew[i], 8.5, "Helvetica-Bold")));
  doc.save().rect(L, y, W, hh).fill(NAVY).restore();
  let x = L;
  EXAMPLES_HEAD.forEach((t, i) => {
    put(t, x, y, ew[i], { font: "Helvetica-Bold", size: 8.5, color: "#fff" });
    x += ew[i];
  });
  y += hh;
  EXAMPLES_ROWS.forEach((r, k) => {
    const strong = k === 5 || k === EXAMPLES_ROWS.length - 1;
    const font = strong ? "Helvetica-Bold" : "Helvetica";
    const h = Math.max(...r.map((t, i) => hgt(t, ew[i], 8, i === 0 ? "Helvetica-Bold" : font)));
    if (strong) doc.save().rect(L, y, W, h).fill(BAND).restore();
    let xx = L;
    r.forEach((t, i) => {
      put(t, xx, y, ew[i], { font: i === 0 ? "Helvetica-Bold" : font, size: 8, color: i === 0 ? NAVY : "#000", align: i === 0 || k === 4 ? "left" : "center" });
      xx += ew[i];
    });
    hline(L, L + W, y + h);
    y += h;
  });
  doc.save().lineWidth(0.8).strokeColor(NAVY).rect(L, y - 0, W, 0).stroke().restore();
  doc.font("Helvetica-Oblique").fontSize(8).fillColor("#000").text(EXAMPLES_FOOT, L, y + 8, { width: W });

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const keepB = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    hline(L, L + W, PH - 36, 1, GOLD);
    doc.font("Helvetica").fontSize(6.5).fillColor("#555").text(SBC_FOOTER, L, PH - 31, { width: W - 90, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, L + W - 80, PH - 31, { width: 80, align: "right", lineBreak: false });
    doc.page.margins.bottom = keepB;
  }
  doc.end();
}

// ---------------------------------------------------------------------------------------------
// Plan Highlights: Lantern Choice HSA 3400 ("You pay" cards)
// ---------------------------------------------------------------------------------------------
export const HL_BANNER = [
  "Lantern Health Plans of the Carolinas",
  "Plan Highlights 2027: Lantern Choice HSA 3400",
  "For employees of Cedar Shoals Community Credit Union | Group CSC-22419 | January 1 - December 31, 2027",
  "An HSA-qualified high deductible health plan on the Lantern Choice Open Access network. No referrals. You may use out-of-network " +
    "providers, but you pay more. Find a provider at www.lanternhealth.example/find or call 1-877-555-0132.",
];
export const HL_NOTE =
  "These highlights are a summary, not a contract. If they differ from the plan document, the plan document governs. " +
  "\"After the deductible\" means you pay the full allowed amount until your deductible is met.";

// Ribbons, each with cards: { title, lines: [...] }
export const HL_SECTIONS = [
  {
    ribbon: "The basics",
    cards: [
      {
        title: "Deductible",
        lines: [
          "In-network: You pay the first $3,400 for one person or $6,800 for a family each calendar year before the plan starts to share costs.",
          "Out-of-network: You pay the first $6,800 for one person or $13,600 for a family.",
          "The deductible is embedded: one family member never pays more than $3,400 in-network before coinsurance starts for that person.",
          "The one-person amounts apply to Employee Only coverage; the family amounts apply to Employee + One and Family coverage.",
        ],
      },
      {
        title: "Out-of-pocket maximum",
        lines: [
          "In-network: You pay no more than $6,000 for one person or $12,000 for a family in a calendar year.",
          "Out-of-network: You pay no more than $12,000 for one person or $24,000 for a family.",
          "No one family member pays more than $6,000 in-network.",
          "The deductible, coinsurance and copays count toward it. Premiums, preauthorization penalties and non-covered care do not.",
        ],
      },
      {
        title: "Coinsurance",
        lines: [
          "After the deductible, you pay 20% in-network and 40% out-of-network until you reach the out-of-pocket maximum.",
          "Out-of-network providers can bill you for the difference between their charge and the allowed amount.",
        ],
      },
      {
        title: "Lantern HSA employer deposit",
        lines: [
          "Cedar Shoals adds money to your health savings account every payday; see the enrollment memo for the amounts.",
          "Your HSA is held at Fernway HSA Trust. The money is yours to keep, even if you leave Cedar Shoals.",
        ],
      },
    ],
  },
  {
    ribbon: "Seeing a doctor",
    cards: [
      {
        title: "Preventive care",
        lines: [
          "In-network: You pay $0 for preventive care, screenings, immunizations and well-child visits. The deductible does not apply.",
          "Out-of-network: You pay 40% after the deductible.",
        ],
      },
      {
        title: "Doctor visits",
        lines: [
          "Primary care or specialist visit: You pay 20% after the deductible in-network, 40% after the deductible out-of-network.",
          "No referral is needed to see a specialist.",
        ],
      },
      {
        title: "Lantern Now virtual visits",
        lines: [
          "You pay $15 per virtual visit with a Lantern Now doctor, even before you meet your deductible.",
          "Virtual therapy and psychiatry visits through Lantern Now: You pay $15 per visit.",
        ],
      },
      {
        title: "Mental health and substance use",
        lines: [
          "Office visits and therapy: You pay 20% after the deductible in-network, 40% after the deductible out-of-network.",
          "Inpatient and residential care: You pay 20% after the deductible in-network; preauthorization required.",
        ],
      },
      {
        title: "Chiropractic and acupuncture",
        lines: [
          "Chiropractic care: You pay 20% after the deductible, up to 20 visits per year.",
          "Acupuncture: You pay 20% after the deductible, up to 12 visits per year (in-network only).",
        ],
      },
      {
        title: "Children's eye exam",
        lines: ["You pay $0 for one routine eye exam per year for members under age 19, in-network only. Glasses are not covered."],
      },
    ],
  },
  {
    ribbon: "Tests, urgent care and emergencies",
    cards: [
      {
        title: "Lab work and x-rays",
        lines: [
          "Lab work and x-rays: You pay 20% after the deductible in-network, 40% after the deductible out-of-network.",
        ],
      },
      {
        title: "MRI, CT and PET scans",
        lines: [
          "You pay 20% after the deductible in-network, 40% after the deductible out-of-network. Preauthorization is required.",
        ],
      },
      {
        title: "Urgent care",
        lines: ["You pay 20% after the deductible in-network, 40% after the deductible out-of-network."],
      },
      {
        title: "Emergency room",
        lines: [
          "You pay 20% after the deductible, in or out of network. Out-of-network emergency care is paid as in-network.",
          "Ambulance for an emergency: You pay 20% after the deductible.",
        ],
      },
    ],
  },
  {
    ribbon: "Prescription drugs (Sweetgrass Rx)",
    cards: [
      {
        title: "Retail pharmacy (up to 30 days)",
        lines: [
          "After the deductible you pay: $10 for generic, $45 for preferred brand and $80 for non-preferred brand drugs.",
          "Specialty drugs: You pay 20% up to $300 per prescription after the deductible, Sweetgrass Specialty Pharmacy only.",
        ],
      },
      {
        title: "Mail order (up to 90 days)",
        lines: ["After the deductible you pay: $25 for generic, $110 for preferred brand and $200 for non-preferred brand drugs."],
      },
      {
        title: "Preventive drug list",
        lines: [
          "Drugs on the Sweetgrass HSA Preventive List (for example, blood pressure, cholesterol, asthma inhalers and diabetes drugs) skip the deductible: you pay only the copay.",
          "Insulin: You pay $25 per 30-day supply, deductible waived. Generic contraceptives: You pay $0.",
          "Out-of-network pharmacies are not covered.",
        ],
      },
    ],
  },
  {
    ribbon: "Hospital, surgery and having a baby",
    cards: [
      {
        title: "Hospital stay",
        lines: ["You pay 20% after the deductible in-network, 40% after the deductible out-of-network. Preauthorization is required for planned stays."],
      },
      {
        title: "Outpatient surgery",
        lines: [
          "Surgery center or hospital outpatient: You pay 20% after the deductible in-network, 40% after the deductible out-of-network.",
        ],
      },
      {
        title: "Pregnancy",
        lines: [
          "Prenatal and postnatal visits: You pay $0 in-network.",
          "Delivery and the hospital stay: You pay 20% after the deductible in-network.",
          "One breast pump per pregnancy: You pay $0.",
        ],
      },
      {
        title: "Fertility",
        lines: [
          "Infertility testing: You pay 20% after the deductible.",
          "Artificial insemination (IUI): You pay 20% after the deductible, up to 3 cycles per lifetime. IVF is not covered.",
        ],
      },
    ],
  },
  {
    ribbon: "Therapy, recovery and equipment",
    cards: [
      {
        title: "Physical, occupational and speech therapy",
        lines: [
          "You pay 20% after the deductible, up to 40 visits per year for all three therapies combined.",
          "Habilitation for children with developmental delays counts toward the same 40 visits.",
        ],
      },
      {
        title: "Home health and skilled nursing",
        lines: [
          "Home health care: You pay 20% after the deductible, up to 60 visits per year.",
          "Skilled nursing facility: You pay 20% after the deductible, up to 60 days per year.",
        ],
      },
      {
        title: "Medical equipment",
        lines: [
          "Durable medical equipment such as CPAP machines, wheelchairs and insulin pumps: You pay 20% after the deductible.",
          "Items over $1,000 need preauthorization.",
        ],
      },
      {
        title: "Hearing",
        lines: [
          "Hearing exam: You pay 20% after the deductible, one per year.",
          "Hearing aids: You pay 20% after the deductible; the plan pays up to $1,500 per ear every 36 months.",
        ],
      },
      {
        title: "Hospice",
        lines: ["You pay $0 in-network for hospice care. Preauthorization is required."],
      },
    ],
  },
  {
    ribbon: "Preauthorization",
    cards: [
      {
        title: "What needs preauthorization",
        lines: [
          "Planned hospital stays; MRI, CT and PET scans; outpatient surgery; sleep studies; home health care; skilled nursing; " +
            "durable medical equipment over $1,000; specialty drugs; applied behavior analysis (ABA).",
        ],
      },
      {
        title: "If you skip it",
        lines: [
          "In-network providers get preauthorization for you. For out-of-network care you must call Lantern yourself.",
          "If you don't get required preauthorization, you pay a $400 penalty per admission or service, and the penalty does not count toward your out-of-pocket maximum.",
        ],
      },
    ],
  },
  {
    ribbon: "What the plan doesn't cover",
    cards: [
      {
        title: "Not covered",
        lines: [
          "Bariatric (weight loss) surgery; weight loss programs and drugs used only for weight loss; cosmetic surgery; adult dental " +
            "care; adult routine eye exams and all eyewear; IVF; long-term and custodial care; private-duty nursing; routine foot care; " +
            "non-emergency care outside the U.S.",
        ],
      },
      {
        title: "Extras for members",
        lines: [
          "Lantern 24/7 Nurse Line: 1-877-555-0199, free.",
          "Emergency care while traveling outside the U.S. is covered at the in-network level.",
        ],
      },
    ],
  },
  {
    ribbon: "Questions?",
    cards: [
      {
        title: "Lantern Member Services",
        lines: ["1-877-555-0132, Monday-Friday 8 a.m.-8 p.m. Eastern. www.lanternhealth.example/cedarshoals"],
      },
      {
        title: "Sweetgrass Rx and Fernway HSA Trust",
        lines: ["Sweetgrass Rx: 1-888-555-0126, 24 hours a day. Fernway HSA Trust: 1-855-555-0108, www.fernwayhsa.example"],
      },
    ],
  },
];
export const HL_FOOTER = "Lantern Choice HSA 3400 Plan Highlights 2027 - Cedar Shoals Community Credit Union - form LHP-PH-HSA3400-27";

export function highlightsText() {
  const p = [...HL_BANNER, HL_NOTE];
  for (const s of HL_SECTIONS) {
    p.push(s.ribbon);
    for (const c of s.cards) p.push(c.title, ...c.lines);
  }
  p.push(HL_FOOTER);
  return p.join("\n");
}

function buildHighlights() {
  const PW = 612,
    PH = 792,
    L = 34,
    W = PW - 2 * L,
    GAP = 12,
    CW = (W - GAP) / 2,
    BOTTOM = PH - 48;
  const doc = new PDFDocument({
    size: [PW, PH],
    margins: { top: 30, bottom: 20, left: L, right: L },
    bufferPages: true,
    info: { Title: "Plan Highlights - Lantern Choice HSA 3400 - 2027", Author: "Lantern Health Plans of the Carolinas" },
  });
  doc.pipe(fs.createWriteStream(outPath(HL_NAME)));
  const GREEN = "#2f6b4f",
    MINT = "#e6f2ec",
    EDGE = "#9cc3ae";
  const cardH = (c) => {
    doc.font("Helvetica-Bold").fontSize(8.5);
    let h = 8 + doc.heightOfString(c.title, { width: CW - 16 }) + 3;
    doc.font("Helvetica").fontSize(7.6);
    for (const t of c.lines) h += doc.heightOfString(t, { width: CW - 22 }) + 3;
    return h + 6;
  };
  const drawCard = (c, x, y, h) => {
    doc.save().roundedRect(x, y, CW, h, 6).fill(MINT).restore();
    doc.save().lineWidth(0.8).strokeColor(EDGE).roundedRect(x, y, CW, h, 6).stroke().restore();
    doc.font("Helvetica-Bold").fontSize(8.5).fillColor(GREEN).text(c.title, x + 8, y + 7, { width: CW - 16 });
    let yy = doc.y + 3;
    for (const t of c.lines) {
      doc.save().circle(x + 11, yy + 3.5, 1.6).fill(GREEN).restore();
      doc.font("Helvetica").fontSize(7.6).fillColor("#111").text(t, x + 16, yy, { width: CW - 22 });
      yy = doc.y + 3;
    }
  };
  let y = 30;
  doc.save().rect(L, y, W, 64).fill(GREEN).restore();
  doc.font("Helvetica").fontSize(8).fillColor("#fff").text(HL_BANNER[0], L + 12, y + 8, { width: W - 24 });
  doc.font("Helvetica-Bold").fontSize(16).text(HL_BANNER[1], L + 12, doc.y + 2, { width: W - 24 });
  doc.font("Helvetica").fontSize(8).text(HL_BANNER[2], L + 12, doc.y + 3, { width: W - 24 });
  y += 70;
  doc.font("Helvetica").fontSize(8).fillColor("#000").text(HL_BANNER[3], L, y, { width: W });
  doc.font("Helvetica-Oblique").fontSize(7.2).fillColor("#333").text(HL_NOTE, L, doc.y + 3, { width: W });
  y = doc.y + 8;
  const newPage = () => {
    doc.addPage();
    doc.font("Helvetica-Bold").fontSize(9).fillColor(GREEN).text(HL_BANNER[1], L, 30, { width: W, lineBreak: false });
    doc.save().lineWidth(1.2).strokeColor(GREEN).moveTo(L, 43).lineTo(L + W, 43).stroke().restore();
    y = 50;
  };
  for (const s of HL_SECTIONS) {
    // Cards go in pairs; a ribbon is kept with its first pair.
    const pairs = [];
    for (let i = 0; i < s.cards.length; i += 2) pairs.push(s.cards.slice(i, i + 2));
    const pairH = (pr) => Math.max(...pr.map(cardH));
    if (y + 22 + pairH(pairs[0]) > BOTTOM) newPage();
    doc.save().rect(L, y, W, 15).fill(GREEN).restore();
    doc.save().polygon([L + W - 14, y], [L + W, y], [L + W, y + 15]).fill("#fff").restore();
    doc.font("Helvetica-Bold").fontSize(9).fillColor("#fff").text(s.ribbon, L + 8, y + 3.5, { width: W - 30, lineBreak: false });
    y += 20;
    for (const pr of pairs) {
      const h = pairH(pr);
      if (y + h > BOTTOM) newPage();
      pr.forEach((c, i) => drawCard(c, L + i * (CW + GAP), y, h));
      y += h + 7;
    }
    y += 3;
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const keepB = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(6.5).fillColor("#666").text(HL_FOOTER, L, PH - 32, { width: W - 80, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, L + W - 70, PH - 32, { width: 70, align: "right", lineBreak: false });
    doc.page.margins.bottom = keepB;
  }
  doc.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  buildSbc();
  buildHighlights();
}

// File name -> text, for checkers that should not depend on a PDF parser.
export const PDF_TEXTS = { [SBC_NAME]: sbcText, [HL_NAME]: highlightsText };

// The page furniture (footer) drawn last on each page, starting with this text. check-questions.mjs cuts it
// off each page's text layer before it compares the PDF with the arrays.
export const PDF_FURNITURE = { [SBC_NAME]: SBC_FOOTER, [HL_NAME]: HL_FOOTER };
