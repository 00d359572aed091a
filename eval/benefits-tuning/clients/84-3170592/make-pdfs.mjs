import fs from "node:fs";
import { fileURLToPath } from "node:url";
import PDFDocument from "/work/main/node_modules/pdfkit/js/pdfkit.js";

// Two PDFs for Larkspur Grounds & Tree Co. (EIN 84-3170592), plan year 2027:
//
//   aspenmark-hsa-3300-sbc-2027.pdf: a Summary of Benefits and Coverage for the Aspenmark HSA 3300 in the
//   federal SBC template, drawn on PORTRAIT letter pages in a small font (7 pt in the table): shaded
//   header rows (dark teal with white text), no vertical cell borders, thin grey rules between rows and a
//   heavier rule between medical events. The two cost columns are titled "In-Network Provider (You will
//   pay the least)" and "Out-of-Network Provider (You will pay the most)". The Common Medical Event table
//   starts on page 1 right after the Important Questions, and rows are placed one at a time, so a medical
//   event breaks across pages (the event name is repeated on the next page with "(continued)").
//
//   aspenmark-ppo-1000-benefit-summary-2027.pdf: a two-page carrier "Benefit Summary" for the Aspenmark
//   PPO 1000 with a TWO-COLUMN page layout: a banner across the top of page 1; the left column holds the
//   "Your costs at a glance" box (deductible, out-of-pocket maximum, coinsurance) and office visits; the
//   right column holds urgent and emergency care, tests, hospital, maternity and prescription drugs.
//   Page 2 has therapy and other covered services (left) and preauthorization, exclusions and contacts
//   (right). Each column is a series of plum section bars with three-part rows (service / in-network /
//   out-of-network) separated by dotted rules.
//
// The arrays below are the text of the PDFs; check-questions.mjs reads them instead of parsing the PDFs,
// and also checks that each PDF's real text layer holds every piece of them.
// Run: node make-pdfs.mjs (writes both PDFs to ./documents/).

const SBC_NAME = "aspenmark-hsa-3300-sbc-2027.pdf";
const SUM_NAME = "aspenmark-ppo-1000-benefit-summary-2027.pdf";
const outPath = (name) => new URL(`./documents/${name}`, import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// SBC: Aspenmark HSA 3300
// ---------------------------------------------------------------------------------------------
export const SBC_HEADER = [
  "Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services",
  "Aspenmark Health Plan of Colorado: Aspenmark HSA 3300",
  "Coverage Period: 01/01/2027 - 12/31/2027",
  "Coverage for: Individual + Family | Plan Type: PPO (HSA-qualified high deductible health plan)",
  "Employer group: Larkspur Grounds & Tree Co. (Group number LGT-60318)",
];

export const SBC_INTRO =
  "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan " +
  "would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be " +
  "provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of " +
  "coverage, visit www.aspenmarkhealth.example/larkspur or call 1-800-555-0163. For general definitions of common terms, such as " +
  "allowed amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms see the Glossary. You can " +
  "view the Glossary at www.aspenmarkhealth.example/glossary or call 1-800-555-0163 to request a copy.";

export const IMPORTANT_QUESTIONS_HEAD = ["Important Questions", "Answers", "Why This Matters:"];
export const IMPORTANT_QUESTIONS = [
  [
    "What is the overall deductible?",
    "$3,300 individual / $6,600 family for in-network providers; $6,600 individual / $13,200 family for out-of-network providers. " +
      "The individual amount applies to Employee Only coverage; the family amount applies to every other coverage tier.",
    "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have " +
      "other family members on the policy, the overall family deductible must be met before the plan begins to pay.",
  ],
  [
    "Are there services covered before you meet your deductible?",
    "Yes. Preventive care, well-child care, prenatal office visits, Aspenmark Anywhere Care virtual visits and drugs on the " +
      "Cobblerock Preventive Drug List are covered before you meet your deductible.",
    "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may " +
      "apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible. See " +
      "a list of covered preventive services at www.aspenmarkhealth.example/preventive.",
  ],
  ["Are there other deductibles for specific services?", "No.", "You don't have to meet deductibles for specific services."],
  [
    "What is the out-of-pocket limit for this plan?",
    "$5,500 individual / $11,000 family for in-network providers; $11,000 individual / $22,000 family for out-of-network providers. " +
      "No one person pays more than $5,500 for in-network care.",
    "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this " +
      "plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met.",
  ],
  [
    "What is not included in the out-of-pocket limit?",
    "Premiums, balance-billed charges, the $500 penalty for not getting preauthorization, and health care this plan doesn't cover.",
    "Even though you pay these expenses, they don't count toward the out-of-pocket limit.",
  ],
  [
    "Will you pay less if you use a network provider?",
    "Yes. See www.aspenmarkhealth.example/find or call 1-800-555-0163 for a list of network providers.",
    "This plan uses a provider network. You will pay less if you use a provider in the plan's network. You will pay the most if you " +
      "use an out-of-network provider, and you might receive a bill from a provider for the difference between the provider's charge " +
      "and what your plan pays (balance billing). Be aware your network provider might use an out-of-network provider for some " +
      "services (such as lab work). Check with your provider before you get services.",
  ],
  ["Do you need a referral to see a specialist?", "No.", "You can see the specialist you choose without a referral."],
];

export const SBC_TABLE_NOTE =
  "All copayment and coinsurance costs shown in this chart are after your deductible has been met, if a deductible applies.";

export const SBC_TABLE_HEAD = [
  "Common Medical Event",
  "Services You May Need",
  "What You Will Pay",
  "In-Network Provider (You will pay the least)",
  "Out-of-Network Provider (You will pay the most)",
  "Limitations, Exceptions, & Other Important Information",
];

// [common medical event, [[service, in-network, out-of-network, limitations], ...]]
export const SBC_EVENTS = [
  [
    "If you visit a health care provider's office or clinic",
    [
      [
        "Primary care visit to treat an injury or illness",
        "20% coinsurance",
        "40% coinsurance",
        "Virtual visits through Aspenmark Anywhere Care: $0 copay/visit; deductible does not apply.",
      ],
      [
        "Specialist visit",
        "20% coinsurance",
        "40% coinsurance",
        "No referral needed. Allergy testing and allergy injections are covered as specialist services.",
      ],
      [
        "Preventive care/screening/immunization",
        "No charge",
        "40% coinsurance",
        "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive. Then " +
          "check what your plan will pay for. Well-child visits and immunizations through age 18: No charge in-network.",
      ],
    ],
  ],
  [
    "If you have a test",
    [
      ["Diagnostic test (x-ray, blood work)", "20% coinsurance", "40% coinsurance", "None"],
      [
        "Imaging (CT/PET scans, MRIs)",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required. If you don't get preauthorization, you pay a $500 penalty per scan, and the penalty does not " +
          "count toward your out-of-pocket limit.",
      ],
    ],
  ],
  [
    "If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.cobblerockrx.example/aspenmark",
    [
      [
        "Generic drugs",
        "$10 copay/prescription (retail, up to 30 days); $25 copay/prescription (mail order, up to 90 days)",
        "Not covered",
        "Your deductible applies first, except for drugs on the Cobblerock Preventive Drug List (for example, generic blood pressure, " +
          "cholesterol, asthma and antidepressant drugs), which are not subject to the deductible. Generic contraceptives: No charge.",
      ],
      [
        "Preferred brand drugs",
        "$40 copay/prescription (retail, up to 30 days); $100 copay/prescription (mail order, up to 90 days)",
        "Not covered",
        "Deductible applies first. Insulin on the Preventive Drug List: $25 copay per 30-day supply; deductible does not apply.",
      ],
      [
        "Non-preferred brand drugs",
        "$75 copay/prescription (retail, up to 30 days); $190 copay/prescription (mail order, up to 90 days)",
        "Not covered",
        "Deductible applies first. Some drugs require step therapy.",
      ],
      [
        "Specialty drugs",
        "20% coinsurance up to $250 per prescription",
        "Not covered",
        "Deductible applies first. Preauthorization required. Must be filled through Cobblerock Specialty Pharmacy; up to a 30-day " +
          "supply.",
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
        "Preauthorization required, except for colonoscopy and other endoscopy.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
    ],
  ],
  [
    "If you need immediate medical attention",
    [
      [
        "Emergency room care",
        "20% coinsurance",
        "20% coinsurance",
        "Out-of-network emergency care is paid at the in-network level, and the in-network deductible applies. No preauthorization " +
          "needed.",
      ],
      [
        "Emergency medical transportation",
        "20% coinsurance",
        "20% coinsurance",
        "Ground and air ambulance for emergencies. Non-emergency ambulance transfers need preauthorization.",
      ],
      ["Urgent care", "20% coinsurance", "40% coinsurance", "None"],
    ],
  ],
  [
    "If you have a hospital stay",
    [
      [
        "Facility fee (e.g., hospital room)",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required for planned admissions; $500 penalty if you don't get it. Notify Aspenmark within 48 hours of an " +
          "emergency admission.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
    ],
  ],
  [
    "If you need mental health, behavioral health, or substance abuse services",
    [
      [
        "Outpatient services",
        "20% coinsurance",
        "40% coinsurance",
        "Virtual therapy through Aspenmark Anywhere Care: $0 copay/visit; deductible does not apply. Preauthorization required for " +
          "applied behavior analysis (ABA), partial hospitalization and intensive outpatient programs.",
      ],
      ["Inpatient services", "20% coinsurance", "40% coinsurance", "Preauthorization required, including residential treatment."],
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
        "Notify Aspenmark within 48 hours of admission. Stays of up to 48 hours after a vaginal delivery or 96 hours after a " +
          "cesarean section need no preauthorization.",
      ],
    ],
  ],
  [
    "If you need help recovering or have other special health needs",
    [
      ["Home health care", "20% coinsurance", "40% coinsurance", "Limited to 60 visits per year. Preauthorization required."],
      [
        "Rehabilitation services",
        "20% coinsurance",
        "40% coinsurance",
        "Physical, occupational and speech therapy: 40 visits per year combined. Cardiac rehabilitation: 36 visits per year.",
      ],
      [
        "Habilitation services",
        "20% coinsurance",
        "40% coinsurance",
        "Limited to 40 visits per year, separate from the rehabilitation limit. Includes speech and occupational therapy for " +
          "children with developmental delays.",
      ],
      ["Skilled nursing care", "20% coinsurance", "40% coinsurance", "Limited to 60 days per year. Preauthorization required."],
      [
        "Durable medical equipment",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required for items costing more than $1,500. Includes CPAP machines. One breast pump per pregnancy: No " +
          "charge in-network.",
      ],
      ["Hospice services", "No charge", "40% coinsurance", "Preauthorization required."],
    ],
  ],
  [
    "If your child needs dental or eye care",
    [
      ["Children's eye exam", "No charge", "Not covered", "One routine eye exam per year for members under age 19."],
      ["Children's glasses", "Not covered", "Not covered", "Not covered under this medical plan."],
      ["Children's dental check-up", "Not covered", "Not covered", "Not covered under this medical plan."],
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
  "Routine eye care (Adult)",
  "Routine foot care",
  "Weight loss programs",
];
export const OTHER_COVERED_HEAD =
  "Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)";
export const OTHER_COVERED = [
  "Bariatric surgery (preauthorization required)",
  "Chiropractic care (20 visits per year)",
  "Emergency care when traveling outside the U.S.",
  "Hearing exam (one per year)",
];

export const RIGHTS = [
  [
    "Your Rights to Continue Coverage:",
    "There are agencies that can help if you want to continue your coverage after it ends. The contact information for those " +
      "agencies is: the Larkspur People & Safety team, 1-970-555-0182, and the COBRA administrator, Ponderosa COBRA Solutions, " +
      "1-888-555-0119. Other coverage options may be available to you too, including buying individual insurance coverage through " +
      "the Health Insurance Marketplace.",
  ],
  [
    "Your Grievance and Appeals Rights:",
    "There are agencies that can help if you have a complaint against your plan for a denial of a claim. This complaint is called a " +
      "grievance or appeal. For more information about your rights, look at the explanation of benefits you will receive for that " +
      "medical claim. Your plan documents also provide complete information to submit a claim, appeal, or a grievance for any reason " +
      "to your plan. You must file an appeal within 180 days of the denial. For more information, contact Aspenmark Member Services " +
      "at 1-800-555-0163.",
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
  "Spanish (Espanol): Para obtener asistencia en Espanol, llame al 1-800-555-0163.",
  "Vietnamese (Tieng Viet): De duoc ho tro bang Tieng Viet, xin goi 1-800-555-0163.",
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
const EX_TERMS = [
  ["The plan's overall deductible", "$3,300"],
  ["Specialist coinsurance", "20%"],
  ["Hospital (facility) coinsurance", "20%"],
  ["Other coinsurance", "20%"],
];
export const EXAMPLES = [
  {
    title: "Peg is Having a Baby",
    name: "Peg",
    subtitle: "(9 months of in-network pre-natal care and a hospital delivery)",
    terms: EX_TERMS,
    services:
      "This EXAMPLE event includes services like: Specialist office visits (prenatal care), Childbirth/Delivery Professional " +
      "Services, Childbirth/Delivery Facility Services, Diagnostic tests (ultrasounds and blood work), Specialist visit (anesthesia)",
    total: ["Total Example Cost", "$12,700"],
    share: [
      ["Deductibles", "$3,300"],
      ["Copayments", "$0"],
      ["Coinsurance", "$1,800"],
      ["Limits or exclusions", "$60"],
    ],
    youPay: ["The total Peg would pay is", "$5,160"],
  },
  {
    title: "Managing Joe's Type 2 Diabetes",
    name: "Joe",
    subtitle: "(a year of routine in-network care of a well-controlled condition)",
    terms: EX_TERMS,
    services:
      "This EXAMPLE event includes services like: Primary care physician office visits (including disease education), Diagnostic " +
      "tests (blood work), Prescription drugs, Durable medical equipment (glucose meter)",
    total: ["Total Example Cost", "$5,600"],
    share: [
      ["Deductibles", "$3,300"],
      ["Copayments", "$300"],
      ["Coinsurance", "$400"],
      ["Limits or exclusions", "$20"],
    ],
    youPay: ["The total Joe would pay is", "$4,020"],
  },
  {
    title: "Mia's Simple Fracture",
    name: "Mia",
    subtitle: "(in-network emergency room visit and follow up care)",
    terms: EX_TERMS,
    services:
      "This EXAMPLE event includes services like: Emergency room care (including medical supplies), Diagnostic test (x-ray), " +
      "Durable medical equipment (crutches), Rehabilitation services (physical therapy)",
    total: ["Total Example Cost", "$2,800"],
    share: [
      ["Deductibles", "$2,800"],
      ["Copayments", "$0"],
      ["Coinsurance", "$0"],
      ["Limits or exclusions", "$0"],
    ],
    youPay: ["The total Mia would pay is", "$2,800"],
  },
];
export const EXAMPLES_FOOT = "The plan would be responsible for the other costs of these EXAMPLE covered services.";
export const SBC_FOOTER =
  "Aspenmark HSA 3300 SBC 2027 - Larkspur Grounds & Tree Co. - questions: call 1-800-555-0163 or visit www.aspenmarkhealth.example/larkspur.";

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
  p.push(EXCLUDED_TITLE, EXCLUDED_HEAD, EXCLUDED.join(" \u2022 "), OTHER_COVERED_HEAD, OTHER_COVERED.join(" \u2022 "));
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
  // Portrait letter: 612 x 792 points, small type, rules instead of cell borders.
  const PW = 612,
    PH = 792,
    L = 36,
    W = PW - 2 * L,
    TOP = 34,
    BOTTOM = PH - 50;
  const doc = new PDFDocument({
    size: [PW, PH],
    margins: { top: TOP, bottom: 30, left: L, right: L },
    bufferPages: true,
    info: { Title: "Summary of Benefits and Coverage - Aspenmark HSA 3300 - 2027", Author: "Aspenmark Health Plan of Colorado" },
  });
  doc.pipe(fs.createWriteStream(outPath(SBC_NAME)));
  const TEAL = "#1f5c66",
    SHADE = "#dbe9eb",
    RULE = "#9aa9ab";
  const pad = 3;
  let y = TOP;
  const hgt = (t, w, size, font) => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(t || " ", { width: w - 2 * pad }) + 2 * pad;
  };
  const put = (t, x, yy, w, { size = 7, font = "Helvetica", color = "#000", align = "left" } = {}) => {
    doc.font(font).fontSize(size).fillColor(color).text(t, x + pad, yy + pad, { width: w - 2 * pad, align });
  };
  const rule = (x1, x2, yy, width = 0.35, color = RULE) =>
    doc.save().lineWidth(width).strokeColor(color).moveTo(x1, yy).lineTo(x2, yy).stroke().restore();
  const runningHead = () => {
    doc.font("Helvetica-Bold").fontSize(7.5).fillColor(TEAL).text(SBC_HEADER[1], L, TOP, { width: 300, lineBreak: false });
    doc
      .font("Helvetica")
      .fontSize(7.5)
      .text(SBC_HEADER[2], L + 300, TOP, { width: W - 300, align: "right", lineBreak: false });
    rule(L, L + W, TOP + 11, 1.2, TEAL);
    y = TOP + 16;
  };
  const newPage = () => {
    doc.addPage();
    runningHead();
  };

  // Page 1: title block between two teal rules, intro box, Important Questions
  rule(L, L + W, y, 2.2, TEAL);
  y += 6;
  doc.font("Helvetica-Bold").fontSize(11.5).fillColor(TEAL).text(SBC_HEADER[0], L, y, { width: 330 });
  doc.font("Helvetica-Bold").fontSize(9).fillColor("#000").text(SBC_HEADER[1], L, doc.y + 3, { width: 330 });
  const titleBottom = doc.y;
  doc.font("Helvetica").fontSize(7.5);
  doc.text(SBC_HEADER[2], L + 345, y, { width: W - 345, align: "right" });
  doc.text(SBC_HEADER[3], L + 345, doc.y + 2, { width: W - 345, align: "right" });
  doc.text(SBC_HEADER[4], L + 345, doc.y + 2, { width: W - 345, align: "right" });
  y = Math.max(titleBottom, doc.y) + 5;
  rule(L, L + W, y, 0.8, TEAL);
  y += 6;
  const ih = hgt(SBC_INTRO, W, 7, "Helvetica");
  doc.save().rect(L, y, W, ih).fill("#f3f6f6").restore();
  doc.save().lineWidth(0.5).strokeColor(RULE).rect(L, y, W, ih).stroke().restore();
  put(SBC_INTRO, L, y, W, { size: 7 });
  y += ih + 7;

  const qw = [128, 178, W - 306];
  const shadedHead = (labels, widths, h) => {
    doc.save().rect(L, y, W, h).fill(TEAL).restore();
    let x = L;
    labels.forEach((t, i) => {
      put(t, x, y, widths[i], { font: "Helvetica-Bold", size: 7.5, color: "#fff" });
      x += widths[i];
    });
    y += h;
  };
  shadedHead(IMPORTANT_QUESTIONS_HEAD, qw, 14);
  IMPORTANT_QUESTIONS.forEach((r, k) => {
    const fonts = ["Helvetica-Bold", "Helvetica-Bold", "Helvetica"];
    const h = Math.max(...r.map((t, i) => hgt(t, qw[i], 7, fonts[i])));
    if (k % 2 === 1) doc.save().rect(L, y, W, h).fill("#f5f9f9").restore();
    let x = L;
    r.forEach((t, i) => {
      put(t, x, y, qw[i], { font: fonts[i], size: 7, color: i === 0 ? TEAL : "#000" });
      x += qw[i];
    });
    y += h;
    rule(L, L + W, y);
  });
  y += 8;

  // Common Medical Event table, starting on page 1. Rows are placed one at a time.
  doc.font("Helvetica-Oblique").fontSize(7).fillColor("#000").text(SBC_TABLE_NOTE, L, y, { width: W });
  y = doc.y + 3;
  const cw = [92, 92, 80, 80, W - 344];
  const tableHead = () => {
    const h2 = Math.max(hgt(SBC_TABLE_HEAD[3], cw[2], 7, "Helvetica-Bold"), hgt(SBC_TABLE_HEAD[4], cw[3], 7, "Helvetica-Bold"));
    const h1 = 12;
    const hAll = h1 + h2;
    doc.save().rect(L, y, W, hAll).fill(TEAL).restore();
    const white = { font: "Helvetica-Bold", size: 7.5, color: "#fff" };
    put(SBC_TABLE_HEAD[0], L, y, cw[0], white);
    put(SBC_TABLE_HEAD[1], L + cw[0], y, cw[1], white);
    put(SBC_TABLE_HEAD[2], L + cw[0] + cw[1], y - 1, cw[2] + cw[3], { ...white, align: "center" });
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor("#fff")
      .moveTo(L + cw[0] + cw[1] + 4, y + h1)
      .lineTo(L + cw[0] + cw[1] + cw[2] + cw[3] - 4, y + h1)
      .stroke()
      .restore();
    put(SBC_TABLE_HEAD[3], L + cw[0] + cw[1], y + h1, cw[2], { ...white, size: 7 });
    put(SBC_TABLE_HEAD[4], L + cw[0] + cw[1] + cw[2], y + h1, cw[3], { ...white, size: 7 });
    put(SBC_TABLE_HEAD[5], L + cw[0] + cw[1] + cw[2] + cw[3], y, cw[4], white);
    y += hAll;
  };
  tableHead();
  const splits = [];
  for (const [event, rows] of SBC_EVENTS) {
    const eh = hgt(event, cw[0], 7.5, "Helvetica-Bold");
    let segStart = y;
    const label = (cont) => {
      doc.save().rect(L, segStart, cw[0] - 2, eh + (cont ? 10 : 0)).fill(SHADE).restore();
      put(event, L, segStart, cw[0] - 2, { font: "Helvetica-Bold", size: 7.5, color: TEAL });
      if (cont)
        doc
          .font("Helvetica-Oblique")
          .fontSize(6.5)
          .fillColor("#333")
          .text("(continued)", L + pad, segStart + eh, { width: cw[0] - 2 * pad });
    };
    label(false);
    let minH = eh;
    rows.forEach((r, k) => {
      let h = Math.max(...r.map((t, i) => hgt(t, cw[i + 1], 7, i === 0 ? "Helvetica-Bold" : "Helvetica")));
      if (y + h > BOTTOM) {
        if (k > 0) splits.push(event);
        newPage();
        tableHead();
        segStart = y;
        minH = eh + (k > 0 ? 10 : 0);
        label(k > 0);
      }
      if (k === rows.length - 1 && y + h - segStart < minH) h = minH - (y - segStart);
      let xx = L + cw[0];
      r.forEach((t, i) => {
        put(t, xx, y, cw[i + 1], { font: i === 0 ? "Helvetica-Bold" : "Helvetica", size: 7 });
        xx += cw[i + 1];
      });
      y += h;
      if (k < rows.length - 1) rule(L + cw[0], L + W, y);
    });
    rule(L, L + W, y, 1, TEAL);
  }
  if (splits.length === 0) throw new Error("no medical event broke across pages; adjust the layout");
  console.log(`${SBC_NAME}: events broken across pages:`, splits.join(" / "));

  // Excluded services & other covered services: one shaded head, two stacked lists
  if (y + 120 > BOTTOM) newPage();
  else y += 12;
  doc.save().rect(L, y, W, 14).fill(TEAL).restore();
  put(EXCLUDED_TITLE, L, y, W, { font: "Helvetica-Bold", size: 8, color: "#fff" });
  y += 16;
  for (const [head, items] of [
    [EXCLUDED_HEAD, EXCLUDED],
    [OTHER_COVERED_HEAD, OTHER_COVERED],
  ]) {
    doc.save().rect(L, y, W, 12).fill(SHADE).restore();
    put(head, L, y - 1, W, { font: "Helvetica-Bold", size: 7 });
    y += 13;
    doc.font("Helvetica").fontSize(7.5).fillColor("#000").text(items.join(" \u2022 "), L + pad, y, { width: W - 2 * pad });
    y = doc.y + 4;
    rule(L, L + W, y);
    y += 4;
  }
  if (y + 170 > BOTTOM) newPage();
  else y += 6;
  for (const [h, t] of RIGHTS) {
    doc.font("Helvetica-Bold").fontSize(7.5).fillColor(TEAL).text(h, L, y, { width: W, continued: true });
    doc.font("Helvetica").fillColor("#000").text(` ${t}`);
    y = doc.y + 5;
  }
  doc.font("Helvetica-Bold").fontSize(7.5).fillColor(TEAL).text(LANGUAGE_ACCESS[0], L, y, { width: W });
  doc.font("Helvetica").fillColor("#000");
  for (const t of LANGUAGE_ACCESS.slice(1)) doc.text(t, L + 10, doc.y + 1, { width: W - 10 });
  doc.font("Helvetica-Oblique").text(SBC_CLOSING, L, doc.y + 8, { width: W });

  // Coverage examples: stacked bands on the last page, each with terms (left) and cost sharing (right)
  newPage();
  doc.font("Helvetica-Bold").fontSize(9).fillColor(TEAL).text(EXAMPLES_TITLE, L, y, { width: W });
  doc.font("Helvetica").fontSize(7.5).fillColor("#000").text(EXAMPLES_INTRO, L, doc.y + 3, { width: W });
  y = doc.y + 10;
  for (const e of EXAMPLES) {
    const top = y;
    doc.save().rect(L, y, W, 24).fill(TEAL).restore();
    doc.font("Helvetica-Bold").fontSize(9).fillColor("#fff").text(e.title, L + 6, y + 3, { width: W - 12 });
    doc.font("Helvetica").fontSize(7.5).text(e.subtitle, L + 6, doc.y, { width: W - 12 });
    y += 28;
    const half = (W - 20) / 2;
    let yl = y;
    for (const [a, b] of e.terms) {
      doc.font("Helvetica").fontSize(7.5).fillColor("#000").text(a, L + 6, yl, { width: half - 60, lineBreak: false });
      doc.font("Helvetica-Bold").text(b, L + half - 50, yl, { width: 50, align: "right", lineBreak: false });
      yl += 11;
    }
    doc.font("Helvetica").fontSize(7).text(e.services, L + 6, yl + 3, { width: half - 6 });
    yl = doc.y + 4;
    doc.font("Helvetica-Bold").fontSize(8).text(e.total[0], L + 6, yl, { width: half - 60, lineBreak: false });
    doc.text(e.total[1], L + half - 50, yl, { width: 50, align: "right", lineBreak: false });
    yl += 12;
    const xr = L + half + 20;
    let yr = y;
    doc.font("Helvetica-Bold").fontSize(8).text(`In this example, ${e.name} would pay:`, xr, yr, { width: half });
    yr = doc.y + 2;
    doc.save().rect(xr, yr, half, 11).fill(SHADE).restore();
    doc.font("Helvetica-Bold").fontSize(7.5).fillColor("#000").text("Cost Sharing", xr + 3, yr + 2, { width: half - 6 });
    yr += 13;
    for (const [a, b] of e.share) {
      doc.font("Helvetica").fontSize(7.5).text(a, xr + 3, yr, { width: half - 70, lineBreak: false });
      doc.text(b, xr + half - 60, yr, { width: 56, align: "right", lineBreak: false });
      yr += 11;
      rule(xr, xr + half, yr - 1.5);
    }
    doc.font("Helvetica-Bold").fontSize(8).fillColor(TEAL).text(e.youPay[0], xr + 3, yr + 3, { width: half - 70, lineBreak: false });
    doc.text(e.youPay[1], xr + half - 60, yr + 3, { width: 56, align: "right", lineBreak: false });
    yr += 16;
    y = Math.max(yl, yr) + 6;
    rule(L, L + W, y, 1, TEAL);
    doc.save().lineWidth(0.5).strokeColor(RULE).rect(L, top, W, y - top).stroke().restore();
    y += 10;
  }
  doc.font("Helvetica-Oblique").fontSize(7.5).fillColor("#000").text(EXAMPLES_FOOT, L, y, { width: W });

  // Footer and page numbers, drawn last on every page
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const keepB = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    rule(L, L + W, PH - 42, 0.5, TEAL);
    doc.font("Helvetica").fontSize(6.5).fillColor("#555").text(SBC_FOOTER, L, PH - 38, { width: W - 80, lineBreak: true });
    doc.text(`Page ${i + 1} of ${range.count}`, L + W - 70, PH - 38, { width: 70, align: "right", lineBreak: false });
    doc.page.margins.bottom = keepB;
  }
  doc.end();
}

// ---------------------------------------------------------------------------------------------
// Benefit Summary: Aspenmark PPO 1000 (two columns)
// ---------------------------------------------------------------------------------------------
export const SUM_BANNER = [
  "Aspenmark Health Plan of Colorado",
  "Benefit Summary: Aspenmark PPO 1000",
  "Larkspur Grounds & Tree Co. | Group LGT-60318 | Plan year January 1, 2027 - December 31, 2027",
  "Network: Aspenmark Summit Network (PPO). Find a provider at www.aspenmarkhealth.example/find or call 1-800-555-0163.",
];
export const SUM_INTRO =
  "This summary highlights what you pay for common covered services. It is not a contract; if this summary and the plan document " +
  "disagree, the plan document governs. The amounts shown are what you pay. You do not need a referral to see a specialist.";

// Each section: { title, head: [in, out] | null, rows: [[service, in, out]], notes: [..], text: [..] }
const NET = ["IN-NETWORK", "OUT-OF-NETWORK"];
export const SUM_LEFT_1 = [
  {
    title: "Your costs at a glance",
    box: true,
    head: NET,
    rows: [
      ["Calendar-year deductible (individual / family)", "$1,000 / $2,000", "$2,000 / $4,000"],
      ["Out-of-pocket maximum (individual / family)", "$4,500 / $9,000", "$9,000 / $18,000"],
      ["Coinsurance (what you pay after the deductible)", "20%", "40%"],
      ["Lifetime maximum", "Unlimited", "Unlimited"],
    ],
    notes: [
      "The individual amounts apply to Employee Only coverage. The family amounts apply when two or more people are covered " +
        "(Employee + Spouse/Domestic Partner, Employee + Child(ren) or Family).",
      "The deductible is embedded: no one person pays more than $1,000 in-network before the plan starts paying coinsurance for " +
        "that person.",
      "Services with a copay are not subject to the deductible unless the chart says \"after deductible\". Copays, coinsurance, the " +
        "deductible and prescription drug copays all count toward the out-of-pocket maximum.",
      "In-network and out-of-network amounts are separate and do not count toward each other.",
    ],
  },
  {
    title: "Office visits",
    head: NET,
    rows: [
      ["Primary care (PCP) office visit", "$25 copay", "40% after deductible"],
      ["Specialist office visit (no referral needed)", "$50 copay", "40% after deductible"],
      ["Virtual visit through Aspenmark Anywhere Care", "$10 copay", "Not applicable"],
      ["Preventive care, well-woman exam and screenings", "$0", "40% after deductible"],
      ["Well-child visits and immunizations (through age 18)", "$0", "40% after deductible"],
      ["Mental health or substance use office visit or therapy session", "$25 copay", "40% after deductible"],
      ["Chiropractic visit (12 visits per year)", "$35 copay", "40% after deductible"],
      ["Acupuncture (10 visits per year)", "$35 copay", "Not covered"],
      ["Allergy injection (no office visit billed)", "$10 copay", "40% after deductible"],
      ["Retail clinic (walk-in clinic inside a pharmacy)", "$15 copay", "40% after deductible"],
    ],
    notes: ["If your doctor does a procedure in the office (for example, removing a mole), you pay 20% after deductible for the procedure in addition to the visit copay."],
  },
];
export const SUM_RIGHT_1 = [
  {
    title: "Urgent and emergency care",
    head: NET,
    rows: [
      ["Urgent care center", "$60 copay", "40% after deductible"],
      ["Emergency room (copay waived if you are admitted)", "$350 copay", "$350 copay"],
      ["Ambulance (emergency)", "20% after deductible", "20% after deductible"],
    ],
    notes: ["Out-of-network emergency care is paid at the in-network level, and you can't be balance billed for it."],
  },
  {
    title: "Tests and imaging",
    head: NET,
    rows: [
      ["Lab work at an independent lab", "$0", "40% after deductible"],
      ["X-ray and ultrasound", "$50 copay", "40% after deductible"],
      ["MRI, CT and PET scans (preauthorization required)", "20% after deductible", "40% after deductible"],
    ],
    notes: [],
  },
  {
    title: "Hospital and surgery",
    head: NET,
    rows: [
      ["Inpatient hospital stay (preauthorization required)", "20% after deductible", "40% after deductible"],
      ["Outpatient surgery at an ambulatory surgery center", "$250 copay", "40% after deductible"],
      ["Outpatient surgery at a hospital", "20% after deductible", "40% after deductible"],
      ["Inpatient mental health or substance use care", "20% after deductible", "40% after deductible"],
    ],
    notes: [],
  },
  {
    title: "Maternity",
    head: NET,
    rows: [
      ["Prenatal and postnatal office visits", "$0", "40% after deductible"],
      ["Delivery and hospital stay", "20% after deductible", "40% after deductible"],
    ],
    notes: ["Your newborn's care after birth is covered only if you add the baby to your coverage (see the Larkspur benefits guide)."],
  },
  {
    title: "Prescription drugs (Cobblerock Rx)",
    head: ["RETAIL (30 DAYS)", "MAIL ORDER (90 DAYS)"],
    rows: [
      ["Tier 1: generic", "$10 copay", "$20 copay"],
      ["Tier 2: preferred brand", "$40 copay", "$80 copay"],
      ["Tier 3: non-preferred brand", "$70 copay", "$140 copay"],
      ["Tier 4: specialty (Cobblerock Specialty Pharmacy only)", "20% up to $200", "Not available"],
    ],
    notes: [
      "No deductible applies to prescription drugs.",
      "Generic contraceptives and ACA preventive drugs: $0. Insulin: $25 copay per 30-day supply.",
      "If you ask for a brand drug when a generic is available, you pay the generic copay plus the cost difference.",
      "Out-of-network pharmacies are not covered except in an emergency. Check your drug's tier at www.cobblerockrx.example/aspenmark.",
    ],
  },
];
export const SUM_LEFT_2 = [
  {
    title: "Therapy and recovery",
    head: NET,
    rows: [
      ["Physical and occupational therapy (25 visits per year combined)", "$35 copay", "40% after deductible"],
      ["Speech therapy (25 visits per year)", "$35 copay", "40% after deductible"],
      ["Habilitation therapy for children (counts toward the limits above)", "$35 copay", "40% after deductible"],
      ["Cardiac rehabilitation (36 visits per year)", "$35 copay", "40% after deductible"],
      ["Home health care (90 visits per year)", "20% after deductible", "40% after deductible"],
      ["Skilled nursing facility (90 days per year)", "20% after deductible", "40% after deductible"],
      ["Hospice", "$0", "40% after deductible"],
      ["Durable medical equipment", "20% after deductible", "40% after deductible"],
    ],
    notes: ["Durable medical equipment over $750 needs preauthorization. Visit limits count in-network and out-of-network visits together."],
  },
  {
    title: "Other covered services",
    head: NET,
    rows: [
      ["Hearing exam (one per year)", "$0", "40% after deductible"],
      ["Hearing aids (one per ear every 36 months, up to $1,000 per ear)", "20% after deductible", "40% after deductible"],
      ["Infertility diagnosis (testing only)", "20% after deductible", "40% after deductible"],
      ["Breast pump (one per pregnancy)", "$0", "Not covered"],
      ["Tubal ligation", "$0", "40% after deductible"],
      ["Vasectomy", "20% after deductible", "40% after deductible"],
    ],
    notes: [],
  },
];
export const SUM_RIGHT_2 = [
  {
    title: "Preauthorization",
    text: [
      "Your network provider asks Aspenmark for preauthorization. If you use an out-of-network provider, you must call Aspenmark " +
        "yourself. If a required preauthorization isn't obtained, benefits are reduced by 50%, up to $1,000 per admission or service.",
      "Preauthorization is required for: inpatient admissions (except emergencies and childbirth); MRI, CT and PET scans; outpatient " +
        "surgery (except colonoscopy and other endoscopy); home health care; skilled nursing facility stays; durable medical " +
        "equipment over $750; specialty drugs; applied behavior analysis (ABA).",
    ],
  },
  {
    title: "What's not covered",
    list: [
      "Bariatric (weight loss) surgery",
      "Cosmetic surgery",
      "Dental care",
      "Infertility treatment, including IVF and IUI",
      "Long-term and custodial care",
      "Private-duty nursing",
      "Routine eye exams and eyewear (see the Brightmesa Vision plan)",
      "Routine foot care",
      "Weight loss programs and drugs used only for weight loss",
      "Non-emergency care outside the U.S.",
    ],
  },
  {
    title: "Good to know",
    text: [
      "Aspenmark 24/7 NurseLine: 1-800-555-0177, free for members.",
      "ID cards arrive within 10 business days of enrollment; you can print a temporary card at www.aspenmarkhealth.example.",
      "Claims for out-of-network care must be filed within 12 months of the date of service.",
    ],
  },
  {
    title: "Questions?",
    text: [
      "Aspenmark Member Services: 1-800-555-0163, Monday-Friday 7 a.m.-7 p.m. Mountain Time.",
      "Cobblerock Rx: 1-888-555-0145, 24 hours a day.",
    ],
  },
];
export const SUM_FOOTER = "Aspenmark PPO 1000 Benefit Summary 2027 - Larkspur Grounds & Tree Co. - form AHP-BS-PPO1000-27";

function sectionText(s) {
  const p = [];
  p.push(s.head ? `${s.title} | ${s.head.join(" | ")}` : s.title);
  for (const r of s.rows ?? []) p.push(r.join(" | "));
  for (const n of s.notes ?? []) p.push(n);
  for (const t of s.text ?? []) p.push(t);
  for (const t of s.list ?? []) p.push(t);
  return p;
}
export function summaryText() {
  const p = [...SUM_BANNER, SUM_INTRO];
  for (const s of [...SUM_LEFT_1, ...SUM_RIGHT_1, ...SUM_LEFT_2, ...SUM_RIGHT_2]) p.push(...sectionText(s));
  p.push(SUM_FOOTER);
  return p.join("\n");
}

function buildSummary() {
  const PW = 612,
    PH = 792,
    L = 32,
    W = PW - 2 * L,
    GAP = 16,
    CW = (W - GAP) / 2,
    BOTTOM = PH - 44;
  const doc = new PDFDocument({
    size: [PW, PH],
    margins: { top: 30, bottom: 20, left: L, right: L },
    bufferPages: true,
    info: { Title: "Benefit Summary - Aspenmark PPO 1000 - 2027", Author: "Aspenmark Health Plan of Colorado" },
  });
  doc.pipe(fs.createWriteStream(outPath(SUM_NAME)));
  const PLUM = "#5b3a6e",
    LIGHT = "#efe7f3",
    DOT = "#b9a6c4";
  const cols = [118, 64, CW - 182];
  const size = 7.3;
  const h = (t, w, font = "Helvetica", sz = size) => {
    doc.font(font).fontSize(sz);
    return doc.heightOfString(t, { width: w - 4 });
  };
  // Draws one section in a column starting at y; returns the new y.
  const section = (s, x, y) => {
    const start = y;
    doc.save().rect(x, y, CW, 14).fill(PLUM).restore();
    doc.font("Helvetica-Bold").fontSize(8.5).fillColor("#fff").text(s.title, x + 4, y + 3, { width: CW - 8, lineBreak: false });
    y += 14;
    if (s.head) {
      doc.save().rect(x, y, CW, 11).fill(LIGHT).restore();
      doc.font("Helvetica-Bold").fontSize(6.3).fillColor(PLUM);
      doc.text(s.head[0], x + cols[0] + 2, y + 3, { width: cols[1] - 4, lineBreak: false });
      doc.text(s.head[1], x + cols[0] + cols[1] + 2, y + 3, { width: cols[2] - 4, lineBreak: false });
      y += 12;
    }
    for (const r of s.rows ?? []) {
      const rh = Math.max(h(r[0], cols[0]), h(r[1], cols[1], "Helvetica-Bold"), h(r[2], cols[2])) + 4;
      doc.font("Helvetica").fontSize(size).fillColor("#000").text(r[0], x + 2, y + 2, { width: cols[0] - 4 });
      doc.font("Helvetica-Bold").text(r[1], x + cols[0] + 2, y + 2, { width: cols[1] - 4 });
      doc.font("Helvetica").text(r[2], x + cols[0] + cols[1] + 2, y + 2, { width: cols[2] - 4 });
      y += rh;
      doc.save().lineWidth(0.5).dash(1, { space: 1.5 }).strokeColor(DOT).moveTo(x, y).lineTo(x + CW, y).stroke().undash().restore();
    }
    for (const n of s.notes ?? []) {
      doc.font("Helvetica-Oblique").fontSize(6.6).fillColor("#333").text(n, x + 2, y + 3, { width: CW - 4 });
      y = doc.y;
    }
    for (const t of s.text ?? []) {
      doc.font("Helvetica").fontSize(size).fillColor("#000").text(t, x + 2, y + 3, { width: CW - 4 });
      y = doc.y + 1;
    }
    if (s.list) {
      for (const t of s.list) {
        doc.font("Helvetica").fontSize(size).fillColor("#000").text(`\u2022`, x + 3, y + 2, { lineBreak: false });
        doc.text(t, x + 11, y + 2, { width: CW - 14 });
        y = doc.y;
      }
    }
    y += 4;
    if (s.box) {
      doc.save().lineWidth(1.2).strokeColor(PLUM).rect(x, start, CW, y - start).stroke().restore();
    }
    y += 8;
    if (y > BOTTOM) throw new Error(`${SUM_NAME}: column overflows at section "${s.title}"`);
    return y;
  };
  const column = (sections, x, y) => {
    for (const s of sections) y = section(s, x, y);
  };

  // Page 1 banner across both columns
  let y = 30;
  doc.save().rect(L, y, W, 58).fill(PLUM).restore();
  doc.font("Helvetica").fontSize(8).fillColor("#fff").text(SUM_BANNER[0], L + 10, y + 7, { width: W - 20 });
  doc.font("Helvetica-Bold").fontSize(15).text(SUM_BANNER[1], L + 10, doc.y + 1, { width: W - 20 });
  doc.font("Helvetica").fontSize(8).text(SUM_BANNER[2], L + 10, doc.y + 2, { width: W - 20 });
  y += 62;
  doc.font("Helvetica").fontSize(7.5).fillColor("#000").text(SUM_BANNER[3], L, y, { width: W });
  doc.font("Helvetica-Oblique").fontSize(7).text(SUM_INTRO, L, doc.y + 2, { width: W });
  y = doc.y + 8;
  column(SUM_LEFT_1, L, y);
  column(SUM_RIGHT_1, L + CW + GAP, y);
  doc.save().lineWidth(0.4).strokeColor(DOT).moveTo(L + CW + GAP / 2, y).lineTo(L + CW + GAP / 2, BOTTOM).stroke().restore();

  doc.addPage();
  y = 30;
  doc.font("Helvetica-Bold").fontSize(9).fillColor(PLUM).text(SUM_BANNER[1], L, y, { width: W, lineBreak: false });
  doc.save().lineWidth(1).strokeColor(PLUM).moveTo(L, y + 13).lineTo(L + W, y + 13).stroke().restore();
  y += 20;
  column(SUM_LEFT_2, L, y);
  column(SUM_RIGHT_2, L + CW + GAP, y);
  doc.save().lineWidth(0.4).strokeColor(DOT).moveTo(L + CW + GAP / 2, y).lineTo(L + CW + GAP / 2, BOTTOM).stroke().restore();

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const keepB = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(6.5).fillColor("#666").text(SUM_FOOTER, L, PH - 34, { width: W - 70, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, L + W - 70, PH - 34, { width: 70, align: "right", lineBreak: false });
    doc.page.margins.bottom = keepB;
  }
  doc.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  buildSbc();
  buildSummary();
}

// File name -> text, for checkers that should not depend on a PDF parser.
export const PDF_TEXTS = { [SBC_NAME]: sbcText, [SUM_NAME]: summaryText };

// The page furniture (footer) drawn last on each page, starting with this text. check-questions.mjs
// cuts it off each page's text layer before it compares the PDF with the arrays.
export const PDF_FURNITURE = { [SBC_NAME]: SBC_FOOTER, [SUM_NAME]: SUM_FOOTER };
