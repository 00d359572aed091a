import fs from "node:fs";
import { fileURLToPath } from "node:url";
import PDFDocument from "/work/main/node_modules/pdfkit/js/pdfkit.js";

// One PDF for Millrace Bakehouse Co. (EIN 37-4816205), plan year 2027:
//
//   fernleaf-hmo-30-sbc-2027.pdf: a Summary of Benefits and Coverage for the Fernleaf HMO 30, in the
//   federal SBC template but drawn on LANDSCAPE letter pages: a header band, the "Important Questions"
//   table (wide "Why This Matters" column), the "Common Medical Event" table with narrow cost columns
//   whose cells wrap to three or four lines, rows placed one by one so that a medical event can break
//   across pages (its event cell is repeated with "(continued)"), the "Excluded Services & Other
//   Covered Services" box in two side-by-side columns, rights / appeals / language-access text, and
//   the three coverage examples side by side on the last page.
//
// The arrays below are the text of the PDF; check-questions.mjs reads them instead of parsing the PDF,
// and also checks that the PDF's real text layer holds every piece of them.
// Run: node make-pdfs.mjs (writes the PDF to ./documents/).

const SBC_NAME = "fernleaf-hmo-30-sbc-2027.pdf";
const outPath = (name) => new URL(`./documents/${name}`, import.meta.url).pathname;

export const SBC_HEADER = [
  "Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services",
  "Fernleaf Health Plan of Ohio: Fernleaf HMO 30",
  "Coverage Period: 01/01/2027 - 12/31/2027",
  "Coverage for: Individual + Family | Plan Type: HMO",
  "Employer group: Millrace Bakehouse Co. (Group number MBC-20417)",
];

export const SBC_INTRO =
  "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan " +
  "would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be " +
  "provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of " +
  "coverage, visit www.fernleafhealth.example/millrace or call 1-877-555-0148. For general definitions of common terms, such as " +
  "allowed amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms see the Glossary. You can " +
  "view the Glossary at www.fernleafhealth.example/glossary or call 1-877-555-0148 to request a copy.";

export const IMPORTANT_QUESTIONS_HEAD = ["Important Questions", "Answers", "Why This Matters:"];
export const IMPORTANT_QUESTIONS = [
  [
    "What is the overall deductible?",
    "$500 individual / $1,000 family for network providers. Out-of-network care is not covered except for emergency care.",
    "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have " +
      "other family members on the plan, each family member must meet their own individual deductible until the total amount of " +
      "deductible expenses paid by all family members meets the overall family deductible.",
  ],
  [
    "Are there services covered before you meet your deductible?",
    "Yes. Office visits, virtual visits, preventive care, lab work, X-rays, urgent care, emergency room care, ambulance, " +
      "rehabilitation visits and prescription drugs are covered before you meet your deductible.",
    "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may " +
      "apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible. See " +
      "a list of covered preventive services at www.fernleafhealth.example/preventive.",
  ],
  [
    "Are there other deductibles for specific services?",
    "No.",
    "You don't have to meet deductibles for specific services.",
  ],
  [
    "What is the out-of-pocket limit for this plan?",
    "$4,000 individual / $8,000 family for network providers.",
    "The out-of-pocket limit is the most you could pay in a year for covered services. If you have other family members in this " +
      "plan, they have to meet their own out-of-pocket limits until the overall family out-of-pocket limit has been met.",
  ],
  [
    "What is not included in the out-of-pocket limit?",
    "Premiums, health care this plan doesn't cover, and care from out-of-network providers other than emergency care.",
    "Even though you pay these expenses, they don't count toward the out-of-pocket limit.",
  ],
  [
    "Will you pay less if you use a network provider?",
    "Yes. See www.fernleafhealth.example/findadoctor or call 1-877-555-0148 for a list of network providers.",
    "This plan uses a provider network. You will pay less if you use a provider in the plan's network. You will pay the most if you " +
      "use an out-of-network provider, and you might receive a bill from a provider for the difference between the provider's charge " +
      "and what your plan pays (balance billing). Be aware your network provider might use an out-of-network provider for some " +
      "services (such as lab work). Check with your provider before you get services.",
  ],
  [
    "Do you need a referral to see a specialist?",
    "Yes. Your primary care provider (PCP) must refer you to a network specialist, except for OB/GYN care and network behavioral " +
      "health providers.",
    "This plan will pay some or all of the costs to see a specialist for covered services but only if you have a referral before " +
      "you see the specialist.",
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
        "$30 copay/office visit; deductible does not apply",
        "Not covered",
        "Virtual visits through Fernleaf NowCare: $0 copay/visit; deductible does not apply. Each member chooses a network primary " +
          "care provider (PCP) at enrollment; you can change your PCP once a month.",
      ],
      [
        "Specialist visit",
        "$60 copay/office visit; deductible does not apply",
        "Not covered",
        "Referral from your PCP required, except for OB/GYN visits. Allergy injections given without an office visit: $10 " +
          "copay/injection visit.",
      ],
      [
        "Preventive care/screening/immunization",
        "No charge",
        "Not covered",
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
        "Lab work: No charge. X-ray: $40 copay/test; deductible does not apply",
        "Not covered",
        "Lab work must be sent to a Fernleaf network laboratory.",
      ],
      [
        "Imaging (CT/PET scans, MRIs)",
        "20% coinsurance",
        "Not covered",
        "Preauthorization required. If you don't get preauthorization, the scan is not covered.",
      ],
    ],
  ],
  [
    "If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.kettlebrookrx.example/fernleaf",
    [
      [
        "Generic drugs (Tier 1)",
        "$10 copay/prescription (retail, up to 30 days); $20 copay/prescription (mail order, up to 90 days); deductible does not apply",
        "Not covered",
        "No charge for generic contraceptives and other ACA preventive drugs.",
      ],
      [
        "Preferred brand drugs (Tier 2)",
        "$40 copay/prescription (retail, up to 30 days); $80 copay/prescription (mail order, up to 90 days); deductible does not apply",
        "Not covered",
        "Insulin: $25 copay per 30-day supply. Some drugs require step therapy.",
      ],
      [
        "Non-preferred brand drugs (Tier 3)",
        "$80 copay/prescription (retail, up to 30 days); $160 copay/prescription (mail order, up to 90 days); deductible does not apply",
        "Not covered",
        "If you choose a brand drug when a generic is available, you pay the generic copay plus the difference in cost.",
      ],
      [
        "Specialty drugs (Tier 4)",
        "$150 copay/prescription; deductible does not apply",
        "Not covered",
        "Preauthorization required. Must be filled by Kettlebrook Specialty Pharmacy; limited to a 30-day supply.",
      ],
    ],
  ],
  [
    "If you have outpatient surgery",
    [
      [
        "Facility fee (e.g., ambulatory surgery center)",
        "20% coinsurance",
        "Not covered",
        "Preauthorization required, except for colonoscopy and other endoscopy at a network ambulatory surgery center.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "Not covered", "None"],
    ],
  ],
  [
    "If you need immediate medical attention",
    [
      [
        "Emergency room care",
        "$300 copay/visit; deductible does not apply",
        "$300 copay/visit; deductible does not apply",
        "Copay waived if you are admitted. No referral or preauthorization needed.",
      ],
      [
        "Emergency medical transportation",
        "$150 copay/trip; deductible does not apply",
        "$150 copay/trip; deductible does not apply",
        "Ground and air ambulance in an emergency.",
      ],
      [
        "Urgent care",
        "$50 copay/visit; deductible does not apply",
        "Not covered, except $50 copay/visit when you are outside the Fernleaf service area",
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
        "Not covered",
        "Preauthorization required for planned admissions. Call Fernleaf within 2 business days of an emergency admission.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "Not covered", "None"],
    ],
  ],
  [
    "If you need mental health, behavioral health, or substance abuse services",
    [
      [
        "Outpatient services",
        "Office visit: $30 copay/office visit; deductible does not apply. Other outpatient services: No charge",
        "Not covered",
        "No referral needed for network behavioral health providers. Virtual therapy through Fernleaf NowCare: $0 copay/visit. " +
          "Preauthorization required for intensive outpatient programs, partial hospitalization and applied behavior analysis (ABA).",
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
      ["Childbirth/delivery professional services", "20% coinsurance", "Not covered", "None"],
      [
        "Childbirth/delivery facility services",
        "20% coinsurance",
        "Not covered",
        "Call Fernleaf within 2 business days of admission. Stays of up to 48 hours after a vaginal delivery or 96 hours after a " +
          "cesarean section need no preauthorization.",
      ],
    ],
  ],
  [
    "If you need help recovering or have other special health needs",
    [
      [
        "Home health care",
        "20% coinsurance",
        "Not covered",
        "Limited to 100 visits per year. Preauthorization required.",
      ],
      [
        "Rehabilitation services",
        "$30 copay/office visit; deductible does not apply",
        "Not covered",
        "Physical and occupational therapy: 20 visits per year combined. Speech therapy: 20 visits per year. Cardiac rehabilitation: " +
          "36 visits per year.",
      ],
      [
        "Habilitation services",
        "$30 copay/office visit; deductible does not apply",
        "Not covered",
        "Visits count toward the rehabilitation visit limits.",
      ],
      [
        "Skilled nursing care",
        "20% coinsurance",
        "Not covered",
        "Limited to 100 days per year. Preauthorization required.",
      ],
      [
        "Durable medical equipment",
        "20% coinsurance",
        "Not covered",
        "Preauthorization required for items over $500.",
      ],
      ["Hospice services", "No charge", "Not covered", "Preauthorization required."],
    ],
  ],
  [
    "If your child needs dental or eye care",
    [
      [
        "Children's eye exam",
        "$0 copay/visit; deductible does not apply",
        "Not covered",
        "One routine eye exam per year for members under age 19.",
      ],
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
  "Infertility treatment",
  "Long-term care",
  "Massage therapy",
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
  "Chiropractic care (20 visits per year; $30 copay/visit)",
  "Hearing aids (up to $1,500 per ear every 36 months)",
  "Hearing exam (one per year; no charge)",
];

export const RIGHTS = [
  [
    "Your Rights to Continue Coverage:",
    "There are agencies that can help if you want to continue your coverage after it ends. The contact information for those " +
      "agencies is: the Millrace Bakehouse People Team, 1-614-555-0139, and the COBRA administrator, Lanternfield COBRA Services, " +
      "1-866-555-0171. Other coverage options may be available to you too, including buying individual insurance coverage through " +
      "the Health Insurance Marketplace.",
  ],
  [
    "Your Grievance and Appeals Rights:",
    "There are agencies that can help if you have a complaint against your plan for a denial of a claim. This complaint is called a " +
      "grievance or appeal. For more information about your rights, look at the explanation of benefits you will receive for that " +
      "medical claim. Your plan documents also provide complete information to submit a claim, appeal, or a grievance for any reason " +
      "to your plan. You must file an appeal within 180 days of the denial. For more information, contact Fernleaf Member Services " +
      "at 1-877-555-0148.",
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
  "Spanish (Espa\u00f1ol): Para obtener asistencia en Espa\u00f1ol, llame al 1-877-555-0148.",
  "Somali (Soomaali): Haddii aad u baahan tahay caawimaad, wac 1-877-555-0148.",
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
export const EXAMPLES = [
  {
    title: "Peg is Having a Baby",
    name: "Peg",
    subtitle: "(9 months of in-network pre-natal care and a hospital delivery)",
    terms: [
      ["The plan's overall deductible", "$500"],
      ["Specialist copayment", "$60"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
    ],
    services:
      "This EXAMPLE event includes services like: Specialist office visits (prenatal care), Childbirth/Delivery Professional " +
      "Services, Childbirth/Delivery Facility Services, Diagnostic tests (ultrasounds and blood work), Specialist visit (anesthesia)",
    total: ["Total Example Cost", "$12,700"],
    share: [
      ["Deductibles", "$500"],
      ["Copayments", "$40"],
      ["Coinsurance", "$2,400"],
      ["Limits or exclusions", "$60"],
    ],
    youPay: ["The total Peg would pay is", "$3,000"],
  },
  {
    title: "Managing Joe's Type 2 Diabetes",
    name: "Joe",
    subtitle: "(a year of routine in-network care of a well-controlled condition)",
    terms: [
      ["The plan's overall deductible", "$500"],
      ["Specialist copayment", "$60"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
    ],
    services:
      "This EXAMPLE event includes services like: Primary care physician office visits (including disease education), Diagnostic " +
      "tests (blood work), Prescription drugs, Durable medical equipment (glucose meter)",
    total: ["Total Example Cost", "$5,600"],
    share: [
      ["Deductibles", "$100"],
      ["Copayments", "$900"],
      ["Coinsurance", "$0"],
      ["Limits or exclusions", "$20"],
    ],
    youPay: ["The total Joe would pay is", "$1,020"],
  },
  {
    title: "Mia's Simple Fracture",
    name: "Mia",
    subtitle: "(in-network emergency room visit and follow up care)",
    terms: [
      ["The plan's overall deductible", "$500"],
      ["Specialist copayment", "$60"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
    ],
    services:
      "This EXAMPLE event includes services like: Emergency room care (including medical supplies), Diagnostic test (x-ray), " +
      "Durable medical equipment (crutches), Rehabilitation services (physical therapy)",
    total: ["Total Example Cost", "$2,800"],
    share: [
      ["Deductibles", "$500"],
      ["Copayments", "$700"],
      ["Coinsurance", "$30"],
      ["Limits or exclusions", "$0"],
    ],
    youPay: ["The total Mia would pay is", "$1,230"],
  },
];
export const EXAMPLES_FOOT =
  "The plan would be responsible for the other costs of these EXAMPLE covered services.";
export const SBC_FOOTER =
  "Fernleaf HMO 30 SBC 2027 - questions: call 1-877-555-0148 or visit www.fernleafhealth.example/millrace. The terms in the Glossary are underlined in the federal template.";

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
  // Landscape letter: 792 x 612 points.
  const PW = 792,
    PH = 612,
    L = 30,
    W = PW - 2 * L,
    TOP = 30,
    BOTTOM = PH - 52;
  const doc = new PDFDocument({
    size: [PW, PH],
    margins: { top: TOP, bottom: 30, left: L, right: L },
    bufferPages: true,
    info: { Title: "Summary of Benefits and Coverage - Fernleaf HMO 30 - 2027", Author: "Fernleaf Health Plan of Ohio" },
  });
  doc.pipe(fs.createWriteStream(outPath(SBC_NAME)));
  const pad = 4;
  const GREEN = "#2e5b34",
    SHADE = "#e3ecdf",
    PALE = "#f4f8f1",
    LINE = "#7c8f78";
  let y = TOP;
  const hgt = (t, w, size, font) => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(t || " ", { width: w - 2 * pad }) + 2 * pad;
  };
  const cell = (t, x, yy, w, h, { size = 8, font = "Helvetica", fill = null, color = "#000", align = "left" } = {}) => {
    if (fill) doc.save().rect(x, yy, w, h).fill(fill).restore();
    doc.save().lineWidth(0.6).strokeColor(LINE).rect(x, yy, w, h).stroke().restore();
    if (t) doc.font(font).fontSize(size).fillColor(color).text(t, x + pad, yy + pad, { width: w - 2 * pad, align });
  };
  const runningHead = () => {
    doc.save().rect(L, TOP, W, 18).fill(GREEN).restore();
    doc
      .font("Helvetica-Bold")
      .fontSize(8)
      .fillColor("#fff")
      .text(SBC_HEADER[1], L + 6, TOP + 5, { width: 330, lineBreak: false });
    doc
      .font("Helvetica")
      .fontSize(8)
      .text(`${SBC_HEADER[2]}  |  ${SBC_HEADER[3]}`, L + 340, TOP + 5, { width: W - 346, align: "right", lineBreak: false });
    y = TOP + 24;
  };
  const newPage = () => {
    doc.addPage();
    runningHead();
  };

  // Page 1: title band, intro, Important Questions
  doc.save().rect(L, y, W, 62).fill(GREEN).restore();
  doc.font("Helvetica-Bold").fontSize(13).fillColor("#fff").text(SBC_HEADER[0], L + 10, y + 8, { width: 470 });
  doc.font("Helvetica-Bold").fontSize(10).text(SBC_HEADER[1], L + 10, y + 44, { width: 470 });
  doc.font("Helvetica").fontSize(8.5).text(SBC_HEADER[2], L + 500, y + 8, { width: W - 510, align: "right" });
  doc.text(SBC_HEADER[3], L + 500, y + 24, { width: W - 510, align: "right" });
  doc.text(SBC_HEADER[4], L + 500, y + 40, { width: W - 510, align: "right" });
  y += 68;
  const ih = hgt(SBC_INTRO, W, 8, "Helvetica");
  cell(SBC_INTRO, L, y, W, ih, { fill: PALE });
  y += ih + 8;
  const qw = [170, 230, W - 400];
  let x = L;
  IMPORTANT_QUESTIONS_HEAD.forEach((t, i) => {
    cell(t, x, y, qw[i], 18, { font: "Helvetica-Bold", size: 9, fill: SHADE });
    x += qw[i];
  });
  y += 18;
  for (const r of IMPORTANT_QUESTIONS) {
    const fonts = ["Helvetica-Bold", "Helvetica-Bold", "Helvetica"];
    const h = Math.max(...r.map((t, i) => hgt(t, qw[i], 8, fonts[i])));
    if (y + h > BOTTOM) newPage();
    x = L;
    r.forEach((t, i) => {
      cell(t, x, y, qw[i], h, { font: fonts[i], size: 8, fill: i === 0 ? PALE : null });
      x += qw[i];
    });
    y += h;
  }

  // Common Medical Event table: starts on a new page; rows are placed one at a time, so an event can
  // break across pages. Narrow cost columns make the cost cells wrap to several lines.
  newPage();
  doc.font("Helvetica-Oblique").fontSize(8).fillColor("#000").text(SBC_TABLE_NOTE, L, y, { width: W });
  y = doc.y + 4;
  const cw = [118, 128, 112, 104, W - 118 - 128 - 112 - 104];
  const tableHead = () => {
    const head = { font: "Helvetica-Bold", size: 8.5, fill: SHADE };
    const h2 = Math.max(
      hgt(SBC_TABLE_HEAD[3], cw[2], 8, "Helvetica-Bold"),
      hgt(SBC_TABLE_HEAD[4], cw[3], 8, "Helvetica-Bold"),
    );
    const h1 = 16;
    const hAll = h1 + h2;
    cell(SBC_TABLE_HEAD[0], L, y, cw[0], hAll, head);
    cell(SBC_TABLE_HEAD[1], L + cw[0], y, cw[1], hAll, head);
    cell(SBC_TABLE_HEAD[2], L + cw[0] + cw[1], y, cw[2] + cw[3], h1, { ...head, align: "center" });
    cell(SBC_TABLE_HEAD[3], L + cw[0] + cw[1], y + h1, cw[2], h2, { ...head, size: 8 });
    cell(SBC_TABLE_HEAD[4], L + cw[0] + cw[1] + cw[2], y + h1, cw[3], h2, { ...head, size: 8 });
    cell(SBC_TABLE_HEAD[5], L + cw[0] + cw[1] + cw[2] + cw[3], y, cw[4], hAll, head);
    y += hAll;
  };
  tableHead();
  const splits = [];
  for (const [event, rows] of SBC_EVENTS) {
    const eh = hgt(event, cw[0], 8.5, "Helvetica-Bold");
    let segStart = y,
      continued = false;
    const closeSegment = () => {
      const h = Math.max(y - segStart, 0);
      cell(event, L, segStart, cw[0], h, { font: "Helvetica-Bold", size: 8.5, fill: PALE });
      if (continued)
        doc
          .font("Helvetica-Oblique")
          .fontSize(7.5)
          .fillColor("#444")
          .text("(continued)", L + pad, segStart + eh, { width: cw[0] - 2 * pad });
    };
    rows.forEach((r, k) => {
      let h = Math.max(...r.map((t, i) => hgt(t, cw[i + 1], 8, i === 0 ? "Helvetica-Bold" : "Helvetica")));
      if (k === rows.length - 1 && y + h - segStart < eh + (continued ? 12 : 0)) h = eh + (continued ? 12 : 0) - (y - segStart);
      if (y + h > BOTTOM) {
        if (k > 0) {
          closeSegment();
          splits.push(event);
        }
        newPage();
        tableHead();
        segStart = y;
        continued = k > 0;
      }
      let xx = L + cw[0];
      r.forEach((t, i) => {
        cell(t, xx, y, cw[i + 1], h, { font: i === 0 ? "Helvetica-Bold" : "Helvetica", size: 8 });
        xx += cw[i + 1];
      });
      y += h;
    });
    closeSegment();
  }
  if (splits.length === 0) console.warn("note: no medical event broke across pages");
  else console.log("events broken across pages:", splits.join(" / "));

  // Excluded services (left) and other covered services (right), side by side
  newPage();
  doc.save().rect(L, y, W, 18).fill(GREEN).restore();
  doc.font("Helvetica-Bold").fontSize(10).fillColor("#fff").text(EXCLUDED_TITLE, L + 6, y + 4, { width: W - 12 });
  y += 22;
  const half = (W - 10) / 2;
  const listBox = (head, items, xx) => {
    doc.font("Helvetica-Bold").fontSize(8.5).fillColor("#000").text(head, xx + 6, y + 4, { width: half - 12 });
    doc.font("Helvetica").fontSize(8.5).text(items.join(" \u2022 "), xx + 6, doc.y + 4, { width: half - 12 });
    return doc.y + 6;
  };
  const y1 = listBox(EXCLUDED_HEAD, EXCLUDED, L);
  const y2 = listBox(OTHER_COVERED_HEAD, OTHER_COVERED, L + half + 10);
  const boxH = Math.max(y1, y2) - y;
  doc.save().lineWidth(0.8).strokeColor(LINE).rect(L, y, half, boxH).stroke().rect(L + half + 10, y, half, boxH).stroke().restore();
  y += boxH + 12;
  for (const [h, t] of RIGHTS) {
    doc.font("Helvetica-Bold").fontSize(8.5).fillColor(GREEN).text(h, L, y, { width: W, continued: true });
    doc.font("Helvetica").fillColor("#000").text(` ${t}`);
    y = doc.y + 6;
  }
  doc.font("Helvetica-Bold").fontSize(8.5).fillColor(GREEN).text(LANGUAGE_ACCESS[0], L, y, { width: W });
  doc.font("Helvetica").fillColor("#000");
  for (const t of LANGUAGE_ACCESS.slice(1)) doc.text(t, L + 10, doc.y + 2, { width: W - 10 });
  doc.font("Helvetica-Oblique").text(SBC_CLOSING, L, doc.y + 10, { width: W });

  // Coverage examples: three columns on the last page
  newPage();
  doc.font("Helvetica-Bold").fontSize(10).fillColor(GREEN).text(EXAMPLES_TITLE, L, y, { width: W });
  doc.font("Helvetica").fontSize(8).fillColor("#000").text(EXAMPLES_INTRO, L, doc.y + 3, { width: W });
  const top = doc.y + 10;
  const colW = (W - 20) / 3;
  EXAMPLES.forEach((e, k) => {
    const cx = L + k * (colW + 10);
    doc.save().rect(cx, top, colW, 40).fill(SHADE).restore();
    doc.font("Helvetica-Bold").fontSize(10).fillColor("#000").text(e.title, cx + 6, top + 5, { width: colW - 12 });
    doc.font("Helvetica").fontSize(8).text(e.subtitle, cx + 6, doc.y + 1, { width: colW - 12 });
    let yy = top + 46;
    for (const [a, b] of e.terms) {
      doc.font("Helvetica").fontSize(8).text(a, cx + 6, yy, { width: colW - 70, lineBreak: false });
      doc.font("Helvetica-Bold").text(b, cx + colW - 64, yy, { width: 58, align: "right", lineBreak: false });
      yy += 12;
    }
    doc.font("Helvetica").fontSize(7.8).text(e.services, cx + 6, yy + 4, { width: colW - 12 });
    yy = doc.y + 6;
    doc.font("Helvetica-Bold").fontSize(9).text(e.total[0], cx + 6, yy, { width: colW - 70, lineBreak: false });
    doc.text(e.total[1], cx + colW - 64, yy, { width: 58, align: "right", lineBreak: false });
    yy += 16;
    doc.font("Helvetica-Bold").fontSize(8.5).text(`In this example, ${e.name} would pay:`, cx + 6, yy, { width: colW - 12 });
    yy = doc.y + 2;
    doc.save().rect(cx + 6, yy, colW - 12, 12).fill(PALE).restore();
    doc.font("Helvetica-Bold").fontSize(8).fillColor("#000").text("Cost Sharing", cx + 8, yy + 2, { width: colW - 16 });
    yy += 14;
    for (const [a, b] of e.share) {
      doc.font("Helvetica").fontSize(8).text(a, cx + 8, yy, { width: colW - 70, lineBreak: false });
      doc.text(b, cx + colW - 64, yy, { width: 58, align: "right", lineBreak: false });
      yy += 12;
    }
    doc.save().rect(cx + 6, yy + 2, colW - 12, 16).fill(GREEN).restore();
    doc.font("Helvetica-Bold").fontSize(8.5).fillColor("#fff").text(e.youPay[0], cx + 10, yy + 6, { width: colW - 80, lineBreak: false });
    doc.text(e.youPay[1], cx + colW - 66, yy + 6, { width: 56, align: "right", lineBreak: false });
    doc.fillColor("#000");
    doc.save().lineWidth(0.6).strokeColor(LINE).rect(cx, top, colW, yy + 24 - top).stroke().restore();
  });
  doc.font("Helvetica-Oblique").fontSize(8).fillColor("#000").text(EXAMPLES_FOOT, L, 520, { width: W });

  // Footer and page numbers, drawn last on every page
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const keepB = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(7)
      .fillColor("#555")
      .text(SBC_FOOTER, L, PH - 40, { width: W - 90, lineBreak: true });
    doc.text(`Page ${i + 1} of ${range.count}`, L + W - 80, PH - 40, { width: 80, align: "right", lineBreak: false });
    doc.page.margins.bottom = keepB;
  }
  doc.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  buildSbc();
}

// File name -> text, for checkers that should not depend on a PDF parser.
export const PDF_TEXTS = { [SBC_NAME]: sbcText };

// The page furniture (footer) drawn last on each page, starting with this text. check-questions.mjs
// cuts it off each page's text layer before it compares the PDF with the arrays.
export const PDF_FURNITURE = { [SBC_NAME]: SBC_FOOTER };
