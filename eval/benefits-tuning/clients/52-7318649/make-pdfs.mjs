import fs from "node:fs";
import { fileURLToPath } from "node:url";
import PDFDocument from "/work/main/node_modules/pdfkit/js/pdfkit.js";

// Two PDFs for Kestrel Point Boatworks (EIN 52-7318649), plan year 2027:
//
//  1. saltmeadow-ppo-1250-sbc-2027.pdf: a 5-page Summary of Benefits and Coverage laid out like the
//     federal SBC template: a header block, the "Important Questions" table (Important Questions |
//     Answers | Why This Matters), the "Common Medical Event" table with a two-level header, wrapped
//     cells and event cells spanning several rows, the "Excluded Services & Other Covered Services"
//     box, rights / appeals / language-access text and the three coverage examples.
//  2. saltmeadow-hsa-3600-member-booklet-2027.pdf: a half-letter (5.5 x 8.5 in) carrier member
//     booklet in prose: a cover, numbered chapters of paragraphs, running headers and page numbers.
//
// The arrays below are the text of the PDFs; check-questions.mjs reads them instead of parsing the PDFs.
// Run: node make-pdfs.mjs (writes both PDFs to ./documents/).

const SBC_NAME = "saltmeadow-ppo-1250-sbc-2027.pdf";
const BOOKLET_NAME = "saltmeadow-hsa-3600-member-booklet-2027.pdf";
const outPath = (name) => new URL(`./documents/${name}`, import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// 1. Summary of Benefits and Coverage: Saltmeadow PPO 1250
// ---------------------------------------------------------------------------------------------

export const SBC_HEADER = [
  "Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services",
  "Saltmeadow Health: Saltmeadow PPO 1250",
  "Coverage Period: 01/01/2027 - 12/31/2027",
  "Coverage for: Individual + Family | Plan Type: PPO",
  "Group: Kestrel Point Boatworks, Inc. (Group number KPB-55120)",
];

export const SBC_INTRO =
  "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan " +
  "would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be " +
  "provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of " +
  "coverage, visit www.saltmeadowhealth.example/kestrel or call 1-888-555-0164. For general definitions of common terms, such as " +
  "allowed amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms see the Glossary. You can " +
  "view the Glossary at www.saltmeadowhealth.example/glossary or call 1-888-555-0164 to request a copy.";

export const IMPORTANT_QUESTIONS_HEAD = ["Important Questions", "Answers", "Why This Matters:"];
export const IMPORTANT_QUESTIONS = [
  [
    "What is the overall deductible?",
    "Network: $1,250 individual / $2,500 family. Out-of-network: $2,500 individual / $5,000 family.",
    "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have " +
      "other family members on the plan, each family member must meet their own individual deductible until the total amount of " +
      "deductible expenses paid by all family members meets the overall family deductible.",
  ],
  [
    "Are there services covered before you meet your deductible?",
    "Yes. Preventive care, office visits, urgent care, emergency room care, imaging copays, rehabilitation visits and prescription " +
      "drugs are covered before you meet your deductible.",
    "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may " +
      "apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible. See " +
      "a list of covered preventive services at www.saltmeadowhealth.example/preventive.",
  ],
  [
    "Are there other deductibles for specific services?",
    "No.",
    "You don't have to meet deductibles for specific services.",
  ],
  [
    "What is the out-of-pocket limit for this plan?",
    "Network: $4,500 individual / $9,000 family. Out-of-network: $9,000 individual / $18,000 family.",
    "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this " +
      "plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met.",
  ],
  [
    "What is not included in the out-of-pocket limit?",
    "Premiums, balance-billed charges, preauthorization penalties, and health care this plan doesn't cover.",
    "Even though you pay these expenses, they don't count toward the out-of-pocket limit.",
  ],
  [
    "Will you pay less if you use a network provider?",
    "Yes. See www.saltmeadowhealth.example/findcare or call 1-888-555-0164 for a list of network providers.",
    "This plan uses a provider network. You will pay less if you use a provider in the plan's network. You will pay the most if you " +
      "use an out-of-network provider, and you might receive a bill from a provider for the difference between the provider's charge " +
      "and what your plan pays (balance billing). Be aware your network provider might use an out-of-network provider for some " +
      "services (such as lab work). Check with your provider before you get services.",
  ],
  [
    "Do you need a referral to see a specialist?",
    "No.",
    "You can see the specialist you choose without a referral.",
  ],
];

export const SBC_TABLE_NOTE =
  "All copayment and coinsurance costs shown in this chart are after your deductible has been met, if a deductible applies.";

export const SBC_TABLE_HEAD = [
  "Common Medical Event",
  "Services You May Need",
  "What You Will Pay",
  "Network Provider (You will pay the least)",
  "Out-of-Network Provider (You will pay the most)",
  "Limitations, Exceptions, & Other Important Information",
];

// [common medical event, [[service, network, out-of-network, limitations], ...]]
export const SBC_EVENTS = [
  [
    "If you visit a health care provider's office or clinic",
    [
      [
        "Primary care visit to treat an injury or illness",
        "$30 copay/visit; deductible does not apply",
        "40% coinsurance",
        "Virtual visits through Saltmeadow Anywhere: $10 copay/visit; deductible does not apply.",
      ],
      [
        "Specialist visit",
        "$60 copay/visit; deductible does not apply",
        "40% coinsurance",
        "Allergy injections with no office visit billed: $15 copay/visit.",
      ],
      [
        "Preventive care/screening/immunization",
        "No charge",
        "40% coinsurance",
        "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive. Then " +
          "check what your plan will pay for.",
      ],
    ],
  ],
  [
    "If you have a test",
    [
      [
        "Diagnostic test (x-ray, blood work)",
        "X-ray: $50 copay/test; deductible does not apply. Blood work: No charge at a freestanding lab; 20% coinsurance at a hospital lab",
        "40% coinsurance",
        "None",
      ],
      [
        "Imaging (CT/PET scans, MRIs)",
        "$250 copay/scan; deductible does not apply",
        "40% coinsurance",
        "Preauthorization required. If you don't get preauthorization, benefits are reduced by 50% up to $500 per scan.",
      ],
    ],
  ],
  [
    "If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.pellucidrx.example/saltmeadow",
    [
      [
        "Generic drugs (Tier 1)",
        "$10 copay/retail (30-day supply); $25 copay/mail order (90-day supply)",
        "Not covered",
        "No charge for ACA preventive drugs, including generic contraceptives. Deductible does not apply to prescription drugs.",
      ],
      [
        "Preferred brand drugs (Tier 2)",
        "$40 copay/retail; $100 copay/mail order",
        "Not covered",
        "Step therapy may apply. Insulin: $25 copay per 30-day supply.",
      ],
      [
        "Non-preferred brand drugs (Tier 3)",
        "$75 copay/retail; $187.50 copay/mail order",
        "Not covered",
        "If a generic is available and you choose the brand, you pay the Tier 1 copay plus the cost difference.",
      ],
      [
        "Specialty drugs (Tier 4)",
        "30% coinsurance up to $250 per fill",
        "Not covered",
        "Preauthorization required. Must be filled through Pellucid Specialty Pharmacy; 30-day supply only.",
      ],
    ],
  ],
  [
    "If you have outpatient surgery",
    [
      [
        "Facility fee (e.g., ambulatory surgery center)",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required for surgery in a hospital outpatient department.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
    ],
  ],
  [
    "If you need immediate medical attention",
    [
      [
        "Emergency room care",
        "$350 copay/visit; deductible does not apply",
        "$350 copay/visit; deductible does not apply",
        "Copay waived if admitted.",
      ],
      ["Emergency medical transportation", "20% coinsurance", "20% coinsurance", "Ground and air ambulance."],
      [
        "Urgent care",
        "$60 copay/visit; deductible does not apply",
        "40% coinsurance",
        "Retail walk-in clinics: $30 copay/visit.",
      ],
    ],
  ],
  [
    "If you have a hospital stay",
    [
      [
        "Facility fee (e.g., hospital room)",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required for planned admissions. Notify Saltmeadow within 48 hours of an emergency admission.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
    ],
  ],
  [
    "If you need mental health, behavioral health, or substance abuse services",
    [
      [
        "Outpatient services",
        "Office visit: $30 copay/visit; deductible does not apply. Other outpatient services: 20% coinsurance",
        "40% coinsurance",
        "Virtual therapy through Saltmeadow Anywhere: $10 copay/visit. Preauthorization required for intensive outpatient, partial " +
          "hospitalization and applied behavior analysis (ABA).",
      ],
      [
        "Inpatient services",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required, including residential treatment.",
      ],
    ],
  ],
  [
    "If you are pregnant",
    [
      [
        "Office visits",
        "No charge",
        "40% coinsurance",
        "Cost sharing does not apply for preventive services. Depending on the type of services, coinsurance or copayment may apply. " +
          "Maternity care may include tests and services described elsewhere in the SBC (i.e. ultrasound).",
      ],
      ["Childbirth/delivery professional services", "20% coinsurance", "40% coinsurance", "None"],
      [
        "Childbirth/delivery facility services",
        "20% coinsurance",
        "40% coinsurance",
        "Notify Saltmeadow within 48 hours of admission.",
      ],
    ],
  ],
  [
    "If you need help recovering or have other special health needs",
    [
      [
        "Home health care",
        "20% coinsurance",
        "40% coinsurance",
        "Limited to 60 visits per year. Preauthorization required.",
      ],
      [
        "Rehabilitation services",
        "$40 copay/visit; deductible does not apply",
        "40% coinsurance",
        "Physical and occupational therapy: 30 visits per year combined. Speech therapy: 20 visits per year.",
      ],
      [
        "Habilitation services",
        "$40 copay/visit; deductible does not apply",
        "40% coinsurance",
        "Visit limits are shared with rehabilitation services.",
      ],
      [
        "Skilled nursing care",
        "20% coinsurance",
        "40% coinsurance",
        "Limited to 60 days per year. Preauthorization required.",
      ],
      [
        "Durable medical equipment",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required for items over $1,000.",
      ],
      ["Hospice services", "No charge", "40% coinsurance", "Preauthorization required."],
    ],
  ],
  [
    "If your child needs dental or eye care",
    [
      ["Children's eye exam", "Not covered", "Not covered", "Not covered under this medical plan."],
      ["Children's glasses", "Not covered", "Not covered", "None"],
      ["Children's dental check-up", "Not covered", "Not covered", "None"],
    ],
  ],
];

export const EXCLUDED_TITLE = "Excluded Services & Other Covered Services:";
export const EXCLUDED_HEAD =
  "Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)";
export const EXCLUDED = [
  "Bariatric surgery",
  "Cosmetic surgery",
  "Dental care (Adult)",
  "Hearing aids",
  "Infertility treatment",
  "Long-term care",
  "Non-emergency care when traveling outside the U.S.",
  "Private-duty nursing",
  "Routine eye care (Adult)",
  "Routine foot care",
  "Weight loss programs",
];
export const OTHER_COVERED_HEAD =
  "Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)";
export const OTHER_COVERED = [
  "Acupuncture (12 visits per year)",
  "Chiropractic care (20 visits per year)",
  "Hearing exam (specialist copay)",
];

export const RIGHTS = [
  [
    "Your Rights to Continue Coverage:",
    "There are agencies that can help if you want to continue your coverage after it ends. The contact information for those " +
      "agencies is: Kestrel Point Boatworks Human Resources, 1-410-555-0117, and the COBRA administrator, Plumbline Benefit " +
      "Services, 1-855-555-0102. Other coverage options may be available to you too, including buying individual insurance coverage " +
      "through the Health Insurance Marketplace.",
  ],
  [
    "Your Grievance and Appeals Rights:",
    "There are agencies that can help if you have a complaint against your plan for a denial of a claim. This complaint is called a " +
      "grievance or appeal. For more information about your rights, look at the explanation of benefits you will receive for that " +
      "medical claim. Your plan documents also provide complete information to submit a claim, appeal, or a grievance for any reason " +
      "to your plan. You must file an appeal within 180 days of the denial. For more information, contact Saltmeadow Member Services " +
      "at 1-888-555-0164.",
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
  "Spanish (Espa\u00f1ol): Para obtener asistencia en Espa\u00f1ol, llame al 1-888-555-0164.",
  "Tagalog (Tagalog): Kung kailangan ninyo ang tulong sa Tagalog tumawag sa 1-888-555-0164.",
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
// Each example: title, subtitle, plan terms, services, total, cost sharing rows, total you pay.
export const EXAMPLES = [
  {
    title: "Peg is Having a Baby",
    name: "Peg",
    subtitle: "(9 months of in-network pre-natal care and a hospital delivery)",
    terms: [
      ["The plan's overall deductible", "$1,250"],
      ["Specialist copayment", "$60"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
    ],
    services:
      "This EXAMPLE event includes services like: Specialist office visits (prenatal care), Childbirth/Delivery Professional " +
      "Services, Childbirth/Delivery Facility Services, Diagnostic tests (ultrasounds and blood work), Specialist visit (anesthesia)",
    total: ["Total Example Cost", "$12,700"],
    share: [
      ["Deductibles", "$1,250"],
      ["Copayments", "$10"],
      ["Coinsurance", "$2,200"],
      ["Limits or exclusions", "$60"],
    ],
    youPay: ["The total Peg would pay is", "$3,520"],
  },
  {
    title: "Managing Joe's Type 2 Diabetes",
    name: "Joe",
    subtitle: "(a year of routine in-network care of a well-controlled condition)",
    terms: [
      ["The plan's overall deductible", "$1,250"],
      ["Specialist copayment", "$60"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
    ],
    services:
      "This EXAMPLE event includes services like: Primary care physician office visits (including disease education), Diagnostic " +
      "tests (blood work), Prescription drugs, Durable medical equipment (glucose meter)",
    total: ["Total Example Cost", "$5,600"],
    share: [
      ["Deductibles", "$400"],
      ["Copayments", "$1,100"],
      ["Coinsurance", "$60"],
      ["Limits or exclusions", "$20"],
    ],
    youPay: ["The total Joe would pay is", "$1,580"],
  },
  {
    title: "Mia's Simple Fracture",
    name: "Mia",
    subtitle: "(in-network emergency room visit and follow up care)",
    terms: [
      ["The plan's overall deductible", "$1,250"],
      ["Specialist copayment", "$60"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
    ],
    services:
      "This EXAMPLE event includes services like: Emergency room care (including medical supplies), Diagnostic test (x-ray), " +
      "Durable medical equipment (crutches), Rehabilitation services (physical therapy)",
    total: ["Total Example Cost", "$2,800"],
    share: [
      ["Deductibles", "$900"],
      ["Copayments", "$600"],
      ["Coinsurance", "$100"],
      ["Limits or exclusions", "$0"],
    ],
    youPay: ["The total Mia would pay is", "$1,600"],
  },
];
export const EXAMPLES_FOOT =
  "The plan would be responsible for the other costs of these EXAMPLE covered services.";
export const SBC_FOOTER =
  "* For more information about limitations and exceptions, see the plan or policy document at www.saltmeadowhealth.example/kestrel.";

export function sbcText() {
  const p = [...SBC_HEADER, SBC_INTRO, IMPORTANT_QUESTIONS_HEAD.join(" | ")];
  for (const r of IMPORTANT_QUESTIONS) p.push(r.join(" | "));
  p.push(SBC_TABLE_NOTE);
  p.push(
    `${SBC_TABLE_HEAD[0]} | ${SBC_TABLE_HEAD[1]} | ${SBC_TABLE_HEAD[2]}: ${SBC_TABLE_HEAD[3]} | ${SBC_TABLE_HEAD[4]} | ${SBC_TABLE_HEAD[5]}`,
  );
  for (const [event, rows] of SBC_EVENTS) {
    p.push(event);
    for (const r of rows) p.push(r.join(" | "));
  }
  p.push(
    EXCLUDED_TITLE,
    EXCLUDED_HEAD,
    EXCLUDED.join(" \u2022 "),
    OTHER_COVERED_HEAD,
    OTHER_COVERED.join(" \u2022 "),
  );
  for (const [h, t] of RIGHTS) p.push(`${h} ${t}`);
  p.push(...LANGUAGE_ACCESS, SBC_CLOSING, EXAMPLES_TITLE, EXAMPLES_INTRO);
  for (const e of EXAMPLES) {
    p.push(`${e.title} ${e.subtitle}`);
    for (const t of e.terms) p.push(t.join(" "));
    p.push(e.services, e.total.join(" "), `In this example, ${e.name} would pay:`);
    p.push("Cost Sharing");
    for (const s of e.share) p.push(s.join(" "));
    p.push(e.youPay.join(" "));
  }
  p.push(EXAMPLES_FOOT, SBC_FOOTER);
  return p.join("\n");
}

function buildSbc() {
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: 36, bottom: 36, left: 36, right: 36 },
    bufferPages: true,
    info: {
      Title: "Summary of Benefits and Coverage - Saltmeadow PPO 1250 - 2027",
      Author: "Saltmeadow Health",
    },
  });
  doc.pipe(fs.createWriteStream(outPath(SBC_NAME)));
  const L = 36,
    W = 540,
    TOP = 36,
    BOTTOM = 792 - 58;
  const pad = 3;
  const NAVY = "#1f3b5a",
    SHADE = "#dce6f0",
    LINE = "#6b7f95";
  let y = TOP;
  const hgt = (t, w, size, font) => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(t || " ", { width: w - 2 * pad }) + 2 * pad;
  };
  const cell = (
    t,
    x,
    yy,
    w,
    h,
    { size = 7.6, font = "Helvetica", fill = null, color = "#000", align = "left" } = {},
  ) => {
    if (fill) doc.save().rect(x, yy, w, h).fill(fill).restore();
    doc.save().lineWidth(0.5).strokeColor(LINE).rect(x, yy, w, h).stroke().restore();
    if (t)
      doc
        .font(font)
        .fontSize(size)
        .fillColor(color)
        .text(t, x + pad, yy + pad, { width: w - 2 * pad, align });
  };
  const smallHeader = () => {
    doc
      .font("Helvetica")
      .fontSize(7.5)
      .fillColor("#333")
      .text(`${SBC_HEADER[1]}   |   ${SBC_HEADER[2]}   |   ${SBC_HEADER[3]}`, L, TOP, {
        width: W,
        align: "right",
      });
    y = TOP + 16;
  };
  const newPage = () => {
    doc.addPage();
    smallHeader();
  };

  // Page 1 header block
  doc.save().rect(L, y, W, 58).fill(NAVY).restore();
  doc
    .font("Helvetica-Bold")
    .fontSize(11)
    .fillColor("#fff")
    .text(SBC_HEADER[0], L + 8, y + 6, { width: 320 });
  doc
    .font("Helvetica-Bold")
    .fontSize(9)
    .text(SBC_HEADER[1], L + 8, y + 36, { width: 330 });
  doc
    .font("Helvetica")
    .fontSize(8)
    .text(SBC_HEADER[2], L + W - 200, y + 6, { width: 192, align: "right" });
  doc.text(SBC_HEADER[3], L + W - 200, y + 22, { width: 192, align: "right" });
  doc.text(SBC_HEADER[4], L + W - 200, y + 38, { width: 192, align: "right" });
  y += 64;
  const ih = hgt(SBC_INTRO, W, 7.6, "Helvetica");
  cell(SBC_INTRO, L, y, W, ih, { fill: "#f3f6f9" });
  y += ih + 8;

  // Important Questions table
  const qw = [130, 170, 240];
  let x = L;
  IMPORTANT_QUESTIONS_HEAD.forEach((t, i) => {
    cell(t, x, y, qw[i], 16, { font: "Helvetica-Bold", size: 8.5, fill: SHADE });
    x += qw[i];
  });
  y += 16;
  for (const r of IMPORTANT_QUESTIONS) {
    const fonts = ["Helvetica-Bold", "Helvetica", "Helvetica"];
    const h = Math.max(...r.map((t, i) => hgt(t, qw[i], 7.8, fonts[i])));
    x = L;
    r.forEach((t, i) => {
      cell(t, x, y, qw[i], h, { font: fonts[i], size: 7.8, fill: i === 0 ? "#f3f6f9" : null });
      x += qw[i];
    });
    y += h;
  }

  // Common Medical Event table (always starts on page 2)
  newPage();
  doc.font("Helvetica-Oblique").fontSize(7.5).fillColor("#000").text(SBC_TABLE_NOTE, L, y, { width: W });
  y = doc.y + 4;
  const cw = [92, 98, 104, 96, 150];
  const tableHead = () => {
    const h1 = Math.max(hgt(SBC_TABLE_HEAD[0], cw[0], 8, "Helvetica-Bold"), 16);
    const h2 = Math.max(
      hgt(SBC_TABLE_HEAD[3], cw[2], 7.5, "Helvetica-Bold"),
      hgt(SBC_TABLE_HEAD[4], cw[3], 7.5, "Helvetica-Bold"),
    );
    const hAll = Math.max(h1 + h2, hgt(SBC_TABLE_HEAD[5], cw[4], 8, "Helvetica-Bold"));
    const head = { font: "Helvetica-Bold", size: 8, fill: SHADE };
    cell(SBC_TABLE_HEAD[0], L, y, cw[0], hAll, head);
    cell(SBC_TABLE_HEAD[1], L + cw[0], y, cw[1], hAll, head);
    cell(SBC_TABLE_HEAD[2], L + cw[0] + cw[1], y, cw[2] + cw[3], hAll - h2, { ...head, align: "center" });
    cell(SBC_TABLE_HEAD[3], L + cw[0] + cw[1], y + hAll - h2, cw[2], h2, { ...head, size: 7.5 });
    cell(SBC_TABLE_HEAD[4], L + cw[0] + cw[1] + cw[2], y + hAll - h2, cw[3], h2, { ...head, size: 7.5 });
    cell(SBC_TABLE_HEAD[5], L + cw[0] + cw[1] + cw[2] + cw[3], y, cw[4], hAll, head);
    y += hAll;
  };
  tableHead();
  for (const [event, rows] of SBC_EVENTS) {
    const hs = rows.map((r) =>
      Math.max(...r.map((t, i) => hgt(t, cw[i + 1], 7.5, i === 0 ? "Helvetica-Bold" : "Helvetica"))),
    );
    const eh = hgt(event, cw[0], 8, "Helvetica-Bold");
    const sum = hs.reduce((a, b) => a + b, 0);
    if (eh > sum) hs[hs.length - 1] += eh - sum;
    const total = Math.max(eh, sum);
    if (y + total > BOTTOM) {
      newPage();
      tableHead();
    }
    // The event cell spans all of its service rows.
    cell(event, L, y, cw[0], total, { font: "Helvetica-Bold", size: 8, fill: "#eef2f6" });
    rows.forEach((r, k) => {
      let xx = L + cw[0];
      r.forEach((t, i) => {
        cell(t, xx, y, cw[i + 1], hs[k], { font: i === 0 ? "Helvetica-Bold" : "Helvetica", size: 7.5 });
        xx += cw[i + 1];
      });
      y += hs[k];
    });
  }

  // Excluded Services & Other Covered Services box
  // Excluded services, rights and language access start a new page, as in the federal template.
  newPage();
  doc.save().rect(L, y, W, 16).fill(NAVY).restore();
  doc
    .font("Helvetica-Bold")
    .fontSize(9)
    .fillColor("#fff")
    .text(EXCLUDED_TITLE, L + 6, y + 4, { width: W - 12 });
  y += 16;
  const boxTop = y;
  y += 4;
  doc
    .font("Helvetica-Bold")
    .fontSize(8)
    .fillColor("#000")
    .text(EXCLUDED_HEAD, L + 6, y, { width: W - 12 });
  y = doc.y + 3;
  const per = Math.ceil(EXCLUDED.length / 3);
  let maxY = y;
  for (let c = 0; c < 3; c++) {
    doc.font("Helvetica").fontSize(8);
    let yy = y;
    for (const t of EXCLUDED.slice(c * per, (c + 1) * per)) {
      doc.text(`\u2022  ${t}`, L + 10 + c * (W / 3), yy, { width: W / 3 - 14 });
      yy = doc.y + 1;
    }
    maxY = Math.max(maxY, yy);
  }
  y = maxY + 6;
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor(LINE)
    .moveTo(L, y)
    .lineTo(L + W, y)
    .stroke()
    .restore();
  y += 4;
  doc
    .font("Helvetica-Bold")
    .fontSize(8)
    .text(OTHER_COVERED_HEAD, L + 6, y, { width: W - 12 });
  y = doc.y + 3;
  OTHER_COVERED.forEach((t, c) => {
    doc
      .font("Helvetica")
      .fontSize(8)
      .text(`\u2022  ${t}`, L + 10 + c * (W / 3), y, { width: W / 3 - 14 });
  });
  y = doc.y + 6;
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor(NAVY)
    .rect(L, boxTop, W, y - boxTop)
    .stroke()
    .restore();
  y += 10;

  // Rights, appeals, MEC/MV, language access
  for (const [h, t] of RIGHTS) {
    const hh = hgt(`${h} ${t}`, W, 8, "Helvetica") + 4;
    if (y + hh > BOTTOM) newPage();
    doc.font("Helvetica-Bold").fontSize(8).fillColor("#000").text(h, L, y, { width: W, continued: true });
    doc.font("Helvetica").text(` ${t}`);
    y = doc.y + 6;
  }
  doc.save().rect(L, y, W, 46).fill("#f3f6f9").restore();
  doc
    .font("Helvetica-Bold")
    .fontSize(8)
    .fillColor("#000")
    .text(LANGUAGE_ACCESS[0], L + 6, y + 4, { width: W - 12 });
  doc.font("Helvetica").text(LANGUAGE_ACCESS[1], L + 6, doc.y + 2, { width: W - 12 });
  doc.text(LANGUAGE_ACCESS[2], L + 6, doc.y + 2, { width: W - 12 });
  y += 52;
  if (y + 14 > BOTTOM) newPage();
  doc.font("Helvetica-Oblique").fontSize(8).text(SBC_CLOSING, L, y, { width: W, align: "center" });

  // Coverage examples page
  newPage();
  doc.save().rect(L, y, W, 16).fill(NAVY).restore();
  doc
    .font("Helvetica-Bold")
    .fontSize(9.5)
    .fillColor("#fff")
    .text(EXAMPLES_TITLE, L + 6, y + 3, { width: W - 12 });
  y += 20;
  doc.font("Helvetica").fontSize(8).fillColor("#000").text(EXAMPLES_INTRO, L, y, { width: W });
  y = doc.y + 10;
  const ew = (W - 16) / 3;
  let colBottom = y;
  EXAMPLES.forEach((e, i) => {
    const ex = L + i * (ew + 8);
    let yy = y;
    doc.save().rect(ex, yy, ew, 30).fill(SHADE).restore();
    doc
      .font("Helvetica-Bold")
      .fontSize(9)
      .fillColor("#000")
      .text(e.title, ex + 4, yy + 3, { width: ew - 8, align: "center" });
    doc
      .font("Helvetica")
      .fontSize(7)
      .text(e.subtitle, ex + 4, doc.y + 1, { width: ew - 8, align: "center" });
    yy = Math.max(yy + 34, doc.y + 6);
    for (const [k, v] of e.terms) {
      doc
        .font("Helvetica-Bold")
        .fontSize(7.8)
        .text(k, ex + 4, yy, { width: ew - 60 });
      doc.font("Helvetica-Bold").text(v, ex + ew - 56, yy, { width: 52, align: "right" });
      yy += 13;
    }
    yy += 4;
    doc
      .font("Helvetica")
      .fontSize(7.5)
      .text(e.services, ex + 4, yy, { width: ew - 8 });
    yy = doc.y + 6;
    doc.save().rect(ex, yy, ew, 16).fill("#eef2f6").restore();
    doc
      .font("Helvetica-Bold")
      .fontSize(8.5)
      .text(e.total[0], ex + 4, yy + 4, { width: ew - 60 });
    doc.text(e.total[1], ex + ew - 56, yy + 4, { width: 52, align: "right" });
    yy += 22;
    doc
      .font("Helvetica")
      .fontSize(8)
      .text(`In this example, ${e.name} would pay:`, ex + 4, yy, { width: ew - 8 });
    yy = doc.y + 3;
    doc
      .font("Helvetica-Bold")
      .fontSize(8)
      .text("Cost Sharing", ex + 4, yy, { width: ew - 8 });
    yy = doc.y + 2;
    for (const [k, v] of e.share) {
      doc
        .save()
        .lineWidth(0.4)
        .strokeColor(LINE)
        .moveTo(ex + 4, yy - 1)
        .lineTo(ex + ew - 4, yy - 1)
        .stroke()
        .restore();
      doc
        .font("Helvetica")
        .fontSize(8)
        .text(k, ex + 8, yy + 1, { width: ew - 64 });
      doc.text(v, ex + ew - 56, yy + 1, { width: 52, align: "right" });
      yy += 13;
    }
    doc.save().rect(ex, yy, ew, 16).fill("#eef2f6").restore();
    doc
      .font("Helvetica-Bold")
      .fontSize(8)
      .text(e.youPay[0], ex + 4, yy + 4, { width: ew - 60 });
    doc.text(e.youPay[1], ex + ew - 56, yy + 4, { width: 52, align: "right" });
    yy += 20;
    doc
      .save()
      .lineWidth(0.6)
      .strokeColor(LINE)
      .rect(ex, y, ew, yy - y)
      .stroke()
      .restore();
    colBottom = Math.max(colBottom, yy);
  });
  y = colBottom + 10;
  doc.font("Helvetica-Oblique").fontSize(8).text(EXAMPLES_FOOT, L, y, { width: W, align: "center" });

  // Footers with page numbers on every page
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(7)
      .fillColor("#333")
      .text(SBC_FOOTER, L, 792 - 46, { width: W - 60, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, L + W - 60, 792 - 46, {
      width: 60,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = keep;
  }
  doc.end();
}

// ---------------------------------------------------------------------------------------------
// 2. Member booklet in prose: Saltmeadow HSA 3600
// ---------------------------------------------------------------------------------------------

export const BOOKLET_COVER = [
  "Saltmeadow Health",
  "Saltmeadow HSA 3600",
  "Your 2027 Member Booklet",
  "A high-deductible health plan designed to work with a health savings account",
  "Prepared for employees of Kestrel Point Boatworks, Inc. | Group number KPB-55120",
  "Coverage period: January 1, 2027 through December 31, 2027",
];

// [chapter title, [paragraphs]]
export const BOOKLET_CHAPTERS = [
  [
    "1. Welcome to the Saltmeadow HSA 3600",
    [
      "This booklet explains, in plain language, how the Saltmeadow HSA 3600 works for Kestrel Point Boatworks employees and their " +
        "covered family members. It is a summary. If anything in it is different from the group policy and the Kestrel Point " +
        "Boatworks health plan document, those documents control.",
      "The HSA 3600 is a high-deductible health plan, or HDHP. That means you pay the full Saltmeadow negotiated rate for most care " +
        "until you meet your deductible. In exchange the premium is lower, and because the plan meets the IRS rules for an HDHP, you " +
        "can put money into a health savings account (HSA) and use it, tax-free, to pay your share of costs.",
      "You can see any licensed provider you like, but you pay less when you use the Saltmeadow Tidewater Network. Network " +
        "providers have agreed to accept the Saltmeadow negotiated rate as payment in full, so they will not bill you for more than " +
        "your deductible and coinsurance. You do not need a referral to see a specialist, and you do not have to choose a primary care " +
        "doctor, although we encourage you to have one.",
    ],
  ],
  [
    "2. Your deductible",
    [
      "For care from network providers, the deductible is $3,600 if you are covered by yourself and $7,200 if you also cover one or " +
        "more family members. Care from out-of-network providers has a separate deductible of $7,200 for one person and $14,400 for a " +
        "family. Amounts you pay toward one of these deductibles do not count toward the other.",
      "The family deductible is embedded. When you cover family members, no one person has to pay more than $3,600 toward the " +
        "network deductible before the plan starts paying coinsurance for that person. Once the family together has paid $7,200, the " +
        "network deductible is met for everyone on the plan for the rest of the calendar year.",
      "The deductible runs on the calendar year and starts over every January 1. It is not prorated when your coverage starts " +
        "partway through the year, and amounts you paid under another plan before you joined do not carry over.",
      "A few services are paid before you meet the deductible: network preventive care, virtual visits through Saltmeadow Anywhere, " +
        "and medicines on the Preventive Drug List. Everything else, including office visits to treat an illness, lab work, X-rays and " +
        "prescriptions that are not on the Preventive Drug List, counts toward the deductible first.",
    ],
  ],
  [
    "3. Coinsurance and your out-of-pocket maximum",
    [
      "After you meet the deductible you pay coinsurance: 10% of the negotiated rate for network care and 30% of the allowed amount " +
        "for out-of-network care. The plan pays the rest.",
      "The network out-of-pocket maximum is $6,800 for one person and $13,600 for a family. Within family coverage, no one person " +
        "pays more than $6,800. The out-of-network out-of-pocket maximum is $13,600 for one person and $27,200 for a family. Your " +
        "deductible, coinsurance and prescription drug costs all count toward the out-of-pocket maximum. Premiums, charges for " +
        "services the plan does not cover, and any amount an out-of-network provider bills above the allowed amount do not count.",
      "Once you reach the network out-of-pocket maximum, the plan pays 100% of covered network care, including prescriptions, for the " +
        "rest of the calendar year.",
    ],
  ],
  [
    "4. Preventive care",
    [
      "Network preventive care is covered in full, with no deductible. That includes your annual physical, well-woman visits, " +
        "well-child visits and childhood immunizations, flu and other adult vaccines, routine screenings such as mammograms and " +
        "screening colonoscopies, and prenatal care. Out of network, preventive care is subject to the out-of-network deductible and " +
        "30% coinsurance.",
      "If your doctor treats a problem during a preventive visit, for example a sinus infection or a follow-up on your blood " +
        "pressure, that part of the visit is billed as an office visit and applies to your deductible.",
      "The Preventive Drug List includes selected medicines that keep a chronic condition from getting worse, such as generic blood " +
        "pressure medicines, statins, asthma inhalers, and insulin and glucose test strips. These are covered before the deductible. " +
        "You pay 10% coinsurance for them, except insulin, which costs you $25 for a 30-day supply. Generic birth control and the other " +
        "medicines that federal law treats as preventive cost $0.",
    ],
  ],
  [
    "5. Doctor visits and virtual care",
    [
      "Office visits with a primary care doctor or a specialist, such as a dermatologist, a cardiologist, an orthopedist for a knee " +
        "or shoulder problem, or an allergist, are paid at the negotiated rate until you meet the deductible, and then at 10% " +
        "coinsurance. The average Saltmeadow negotiated rate for a primary care visit in Maryland is about $135, so plan on paying " +
        "roughly that for a sick visit until your deductible is met.",
      "Saltmeadow Anywhere virtual visits, for medical care, dermatology and therapy, by video or phone, 24 hours a day, cost $0, " +
        "even before you meet your deductible. Use the Saltmeadow app or call 1-888-555-0164.",
      "Allergy shots and other injections given in the doctor's office are subject to the deductible and then 10% coinsurance.",
      "Chiropractic care is covered for up to 15 visits per calendar year, subject to the deductible and coinsurance. Acupuncture is " +
        "not covered.",
    ],
  ],
  [
    "6. Tests, imaging and outpatient surgery",
    [
      "Lab work and X-rays are covered at 10% after the deductible. A freestanding Saltmeadow network lab usually costs much less " +
        "than a hospital lab for the same blood test, and what you pay before the deductible is based on that lower rate.",
      "MRI, CT and PET scans are covered at 10% after the deductible and need preauthorization. When a network provider orders the " +
        "scan, the provider asks for preauthorization for you. If you use an out-of-network provider, getting preauthorization is your " +
        "responsibility, and without it Saltmeadow reduces the benefit by 50%.",
      "Outpatient surgery, for example a colonoscopy with polyp removal, a knee arthroscopy or cataract surgery, is covered at 10% " +
        "after the deductible in network and 30% after the out-of-network deductible. Outpatient surgery in a hospital needs " +
        "preauthorization; surgery at a network ambulatory surgery center does not.",
    ],
  ],
  [
    "7. Urgent and emergency care",
    [
      "Urgent care centers and retail walk-in clinics are covered at 10% after the deductible in network and 30% after the deductible " +
        "out of network. For a cold, a rash or a minor sprain, a Saltmeadow Anywhere virtual visit is free and usually faster.",
      "Emergency room visits are covered at 10% after the network deductible, whether the hospital is in or out of network. If you " +
        "are admitted, the emergency room charges become part of the hospital stay. Ground and air ambulance transport in an emergency " +
        "is covered at 10% after the network deductible. Out-of-network emergency providers may not bill you more than your network " +
        "cost share for emergency care.",
      "Outside the United States, only emergency care is covered. Routine or planned care abroad is not covered.",
    ],
  ],
  [
    "8. Hospital stays, maternity and newborn care",
    [
      "Inpatient hospital stays are covered at 10% after the deductible in network and 30% out of network. Planned admissions need " +
        "preauthorization. Emergency admissions must be reported to Saltmeadow within 48 hours.",
      "Prenatal visits are preventive and cost $0 in network. Delivery and the hospital stay for mother and baby are covered at 10% " +
        "after the deductible. The plan covers at least 48 hours in the hospital after a vaginal delivery and 96 hours after a " +
        "cesarean section without preauthorization. Breast pumps are covered in full when ordered through a network medical supply " +
        "company. Your newborn is covered from birth only if you add the baby to your coverage within the time your employer allows.",
      "Infertility: tests to diagnose infertility are covered like any other care. Infertility treatment, including in vitro " +
        "fertilization (IVF), artificial insemination and fertility drugs, is not covered.",
    ],
  ],
  [
    "9. Mental health and substance use care",
    [
      "Therapy and counseling with a network psychologist, counselor or social worker, and visits with a psychiatrist, are covered at " +
        "10% after the deductible. Therapy through Saltmeadow Anywhere costs $0. There is no limit on the number of visits.",
      "Intensive outpatient programs, partial hospitalization, residential treatment and inpatient stays are covered at 10% after the " +
        "deductible and need preauthorization. Applied behavior analysis (ABA) for autism is covered at 10% after the deductible with " +
        "preauthorization.",
      "Your employer may also offer a separate employee assistance program with free short-term counseling. Check your employer's " +
        "benefits materials.",
    ],
  ],
  [
    "10. Prescription drugs",
    [
      "Pellucid Rx manages the pharmacy benefit. Until you meet the deductible, you pay the full Pellucid Rx negotiated price for " +
        "prescriptions that are not on the Preventive Drug List. After the deductible, you pay a copay for each 30-day supply at a " +
        "network pharmacy: $10 for generic drugs (Tier 1), $35 for preferred brand drugs (Tier 2) and $70 for non-preferred brand " +
        "drugs (Tier 3). Specialty drugs (Tier 4) are 20% coinsurance up to $200 per fill.",
      "A 90-day supply through Pellucid Home Delivery costs two and a half times the 30-day copay: $25, $87.50 and $175 for Tiers 1 " +
        "to 3. Specialty drugs are limited to a 30-day supply from Pellucid Specialty Pharmacy.",
      "Some drugs need preauthorization or step therapy. Drugs prescribed for weight loss, including GLP-1 drugs used for weight " +
        "loss, are not covered. GLP-1 drugs prescribed for type 2 diabetes are covered as preferred brand drugs with preauthorization.",
      "To check a drug's tier or price, use the drug price tool at pellucidrx.example or call Pellucid Rx at 1-888-555-0177.",
    ],
  ],
  [
    "11. Therapy, equipment and other services",
    [
      "Physical, occupational and speech therapy are covered at 10% after the deductible, up to 40 visits per calendar year for all " +
        "three therapies combined.",
      "Home health care is covered at 10% after the deductible, up to 60 visits per calendar year. Skilled nursing facility care is " +
        "covered at 10% after the deductible, up to 60 days per calendar year. Hospice care is covered in full once the deductible is met.",
      "Durable medical equipment such as CPAP machines, crutches, wheelchairs and insulin pumps is covered at 10% after the deductible. " +
        "Items that cost more than $1,000 need preauthorization.",
      "Hearing aids are covered at 10% after the deductible, up to $2,000 per ear every 36 months. A hearing exam is covered like an " +
        "office visit.",
      "Bariatric (weight-loss) surgery is covered only at a Saltmeadow Center of Excellence, with preauthorization, for members who " +
        "meet Saltmeadow's medical criteria.",
    ],
  ],
  [
    "12. What the plan does not cover",
    [
      "The HSA 3600 does not cover: acupuncture; cosmetic surgery and procedures; routine dental care for adults; routine eye exams, " +
        "glasses and contact lenses (enroll in a vision plan for these); infertility treatment; long-term custodial care; private-duty " +
        "nursing; massage therapy; weight-loss programs and weight-loss drugs; reversal of sterilization; routine foot care, except for " +
        "members with diabetes; and non-emergency care outside the United States.",
      "This is not a complete list. The group policy lists every exclusion.",
    ],
  ],
  [
    "13. Using out-of-network providers",
    [
      "Out of network, Saltmeadow pays based on the allowed amount, which is 140% of what Medicare would pay for the same service. " +
        "If the provider charges more than that, you may be billed for the difference. This is called balance billing. Balance-billed " +
        "amounts do not count toward your deductible or out-of-pocket maximum.",
      "Federal law protects you from surprise bills for emergency care, and for care from out-of-network doctors such as " +
        "anesthesiologists or radiologists at a network hospital or surgery center.",
      "Out-of-network providers may ask you to pay up front and file the claim yourself. Send claims for out-of-network care within " +
        "365 days of the date of service.",
    ],
  ],
  [
    "14. Your health savings account",
    [
      "The HSA 3600 is designed to be paired with a health savings account at Gannet Trust. The money in the HSA belongs to you. It " +
        "rolls over from year to year and stays with you if you leave your job or change plans.",
      "To put money into an HSA you must be covered by an HDHP and have no other health coverage that pays before the deductible, for " +
        "example a general-purpose health care flexible spending account, a spouse's non-HDHP plan, or Medicare. Ask your employer " +
        "how much it contributes and when.",
      "Use your Gannet Trust debit card at the pharmacy or doctor's office, or pay out of pocket and reimburse yourself later. Keep " +
        "your receipts in case the IRS asks for them.",
    ],
  ],
  [
    "15. Preauthorization, appeals and contacts",
    [
      "Preauthorization is needed for planned hospital and skilled nursing admissions; MRI, CT and PET scans; outpatient surgery in a " +
        "hospital; home health care; durable medical equipment over $1,000; specialty drugs; bariatric surgery; ABA therapy; and mental " +
        "health intensive outpatient, partial hospitalization and residential care.",
      "If Saltmeadow denies a claim or a preauthorization request, you may appeal within 180 days of the denial. Urgent appeals are " +
        "decided within 72 hours.",
      "Saltmeadow Member Services: 1-888-555-0164, Monday through Friday, 8 a.m. to 8 p.m. Eastern. 24-hour Nurse Line: " +
        "1-888-555-0181. Pellucid Rx: 1-888-555-0177. Find a network provider at saltmeadowhealth.example/findcare.",
    ],
  ],
];

export const BOOKLET_RUNNING_HEAD = "Saltmeadow HSA 3600  |  2027 Member Booklet";

export function bookletText() {
  const p = [...BOOKLET_COVER, "In this booklet:", ...BOOKLET_CHAPTERS.map((c) => c[0])];
  for (const [t, paras] of BOOKLET_CHAPTERS) p.push(t, ...paras);
  return p.join("\n");
}

function buildBooklet() {
  const PW = 396,
    PH = 612,
    M = 44;
  const doc = new PDFDocument({
    size: [PW, PH],
    margins: { top: 54, bottom: 54, left: M, right: M },
    bufferPages: true,
    info: { Title: "Saltmeadow HSA 3600 - 2027 Member Booklet", Author: "Saltmeadow Health" },
  });
  doc.pipe(fs.createWriteStream(outPath(BOOKLET_NAME)));
  const TEAL = "#20635f";
  const W = PW - 2 * M;

  // Cover
  doc.save().rect(0, 0, PW, 230).fill(TEAL).restore();
  doc.font("Helvetica").fontSize(11).fillColor("#fff").text(BOOKLET_COVER[0], M, 50, { width: W });
  doc.font("Helvetica-Bold").fontSize(24).text(BOOKLET_COVER[1], M, 90, { width: W });
  doc.font("Helvetica").fontSize(14).text(BOOKLET_COVER[2], M, 128, { width: W });
  doc.font("Helvetica-Oblique").fontSize(9.5).text(BOOKLET_COVER[3], M, 168, { width: W });
  doc.font("Helvetica").fontSize(8.5).fillColor("#000").text(BOOKLET_COVER[4], M, 250, { width: W });
  doc.text(BOOKLET_COVER[5], M, doc.y + 4, { width: W });
  doc.font("Helvetica-Bold").fontSize(10).fillColor(TEAL).text("In this booklet:", M, 310, { width: W });
  doc.font("Times-Roman").fontSize(10).fillColor("#000");
  for (const [t] of BOOKLET_CHAPTERS) doc.text(t, M + 10, doc.y + 2, { width: W - 10 });

  // Chapters: prose that flows from page to page
  doc.addPage();
  for (const [title, paras] of BOOKLET_CHAPTERS) {
    if (doc.y > PH - 54 - 90) doc.addPage();
    doc.moveDown(0.6);
    doc.font("Helvetica-Bold").fontSize(12).fillColor(TEAL).text(title, M, doc.y, { width: W });
    doc
      .moveTo(M, doc.y + 2)
      .lineTo(M + W, doc.y + 2)
      .lineWidth(0.6)
      .strokeColor(TEAL)
      .stroke();
    doc.moveDown(0.5);
    for (const para of paras) {
      doc.font("Times-Roman").fontSize(10).fillColor("#000").text(para, M, doc.y, {
        width: W,
        align: "justify",
        lineGap: 1.5,
        indent: 12,
      });
      doc.moveDown(0.45);
    }
  }

  // Running headers and page numbers (not on the cover)
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const keepT = doc.page.margins.top,
      keepB = doc.page.margins.bottom;
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(7.5)
      .fillColor("#555")
      .text(BOOKLET_RUNNING_HEAD, M, 26, { width: W, lineBreak: false });
    doc.text("Kestrel Point Boatworks", M, 26, { width: W, align: "right", lineBreak: false });
    doc
      .moveTo(M, 38)
      .lineTo(M + W, 38)
      .lineWidth(0.4)
      .strokeColor("#999")
      .stroke();
    doc.text(`${i + 1}`, M, PH - 34, { width: W, align: "center", lineBreak: false });
    doc.page.margins.top = keepT;
    doc.page.margins.bottom = keepB;
  }
  doc.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  buildSbc();
  buildBooklet();
}

// File name -> text, for checkers that should not depend on a PDF parser.
export const PDF_TEXTS = { [SBC_NAME]: sbcText, [BOOKLET_NAME]: bookletText };

// The page furniture (footer / running header) that is drawn last on each page, starting with this
// text. check-questions.mjs cuts it off each page's text layer before it compares the PDF with the arrays.
export const PDF_FURNITURE = { [SBC_NAME]: SBC_FOOTER, [BOOKLET_NAME]: BOOKLET_RUNNING_HEAD };
