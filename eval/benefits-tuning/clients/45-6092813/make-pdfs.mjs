import fs from "node:fs";
import { fileURLToPath } from "node:url";
import PDFDocument from "/work/main/node_modules/pdfkit/js/pdfkit.js";

// One PDF for Prairie Crossing Grain Cooperative (EIN 45-6092813), plan year 2027:
//
//   bluestem-ppo-1000-sbc-2027.pdf: a Summary of Benefits and Coverage for the Bluestem PPO 1000, drawn on
//   PORTRAIT letter pages in rust and wheat, with NO TABLES. Every "Important Question" is a shaded card of
//   label/value pairs (Question / Answer / Why this matters). Every Common Medical Event is a shaded wheat BOX
//   with a rust title strip; inside it each service is a small block: the service name in bold, then three
//   label/value lines ("In-network provider (you will pay the least)", "Out-of-network provider (you will pay
//   the most)", "Limitations, exceptions & other important information"). A box that does not fit is split
//   between services and continued on the next page with "(continued)". Excluded and other covered services
//   are two stacked boxes with bulleted lists, and the three coverage examples are horizontal strips of
//   label/value pairs.
//
// The arrays below are the text of the PDF; check-questions.mjs reads them instead of parsing the PDF, and also
// checks that the PDF's real text layer holds every piece of them.
// Run: node make-pdfs.mjs (writes the PDF to ./documents/).

const SBC_NAME = "bluestem-ppo-1000-sbc-2027.pdf";
const outPath = (name) => new URL(`./documents/${name}`, import.meta.url).pathname;

export const SBC_HEADER = [
  "Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services",
  "Bluestem Mutual Health Plan: Bluestem PPO 1000",
  "Coverage Period: 01/01/2027 - 12/31/2027",
  "Coverage for: Individual + Family | Plan Type: PPO",
  "Group: Prairie Crossing Grain Cooperative (Group number PCG-40716)",
];

export const SBC_INTRO =
  "The Summary of Benefits and Coverage (SBC) document will help you choose a health plan. The SBC shows you how you and the plan " +
  "would share the cost for covered health care services. NOTE: Information about the cost of this plan (called the premium) will be " +
  "provided separately. This is only a summary. For more information about your coverage, or to get a copy of the complete terms of " +
  "coverage, visit www.bluestemhealth.example/pcgc or call 1-800-555-0164. For general definitions of common terms, such as allowed " +
  "amount, balance billing, coinsurance, copayment, deductible, provider, or other underlined terms see the Glossary. You can view " +
  "the Glossary at www.bluestemhealth.example/glossary or call 1-800-555-0164 to request a copy.";

export const IQ_LABELS = ["Question", "Answer", "Why this matters"];
export const IMPORTANT_QUESTIONS = [
  [
    "What is the overall deductible?",
    "In-network: $1,000 individual / $2,000 family. Out-of-network: $2,000 individual / $4,000 family. The individual amount applies " +
      "to Employee Only coverage; the family amount applies to every other tier.",
    "Generally, you must pay all of the costs from providers up to the deductible amount before this plan begins to pay. If you have " +
      "other family members on the plan, each family member must meet their own individual deductible until the total amount of " +
      "deductible expenses paid by all family members meets the overall family deductible.",
  ],
  [
    "Are there services covered before you meet your deductible?",
    "Yes. Preventive care, office visits, virtual visits, urgent care, emergency room care, prescription drugs and in-network lab work " +
      "are covered before you meet your deductible.",
    "This plan covers some items and services even if you haven't yet met the deductible amount. But a copayment or coinsurance may " +
      "apply. For example, this plan covers certain preventive services without cost sharing and before you meet your deductible. See " +
      "a list of covered preventive services at www.bluestemhealth.example/preventive.",
  ],
  ["Are there other deductibles for specific services?", "No.", "You don't have to meet deductibles for specific services."],
  [
    "What is the out-of-pocket limit for this plan?",
    "In-network: $4,000 individual / $8,000 family. Out-of-network: $8,000 individual / $16,000 family.",
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
    "Yes. See www.bluestemhealth.example/find or call 1-800-555-0164 for a list of Bluestem Prairie Network providers.",
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

export const EVENT_NOTE =
  "All copayment and coinsurance costs shown below are after your deductible has been met, if a deductible applies.";
export const COST_LABELS = [
  "In-network provider (you will pay the least)",
  "Out-of-network provider (you will pay the most)",
  "Limitations, exceptions & other important information",
];

// [common medical event, [[service, in-network, out-of-network, limitations], ...]]
export const SBC_EVENTS = [
  [
    "If you visit a health care provider's office or clinic",
    [
      [
        "Primary care visit to treat an injury or illness",
        "$25 copay/visit; deductible does not apply",
        "40% coinsurance",
        "Bluestem Anywhere virtual visits: $10 copay/visit, deductible does not apply.",
      ],
      [
        "Specialist visit",
        "$50 copay/visit; deductible does not apply",
        "40% coinsurance",
        "No referral required. Allergy testing: 20% coinsurance. Allergy injections given without an office visit: $5 copay.",
      ],
      [
        "Preventive care/screening/immunization",
        "No charge",
        "40% coinsurance",
        "You may have to pay for services that aren't preventive. Ask your provider if the services needed are preventive. Then check " +
          "what your plan will pay for.",
      ],
    ],
  ],
  [
    "If you have a test",
    [
      [
        "Diagnostic test (x-ray, blood work)",
        "Lab: No charge; X-ray: 20% coinsurance",
        "40% coinsurance",
        "Lab work is no charge only at a Bluestem Prairie Network lab or your doctor's office.",
      ],
      [
        "Imaging (CT/PET scans, MRIs)",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required. Out-of-network: if you don't get preauthorization, benefits are reduced by 50%, up to $750 per scan.",
      ],
    ],
  ],
  [
    "If you need drugs to treat your illness or condition. More information about prescription drug coverage is available at www.harrowrx.example/bluestem",
    [
      [
        "Generic drugs (Tier 1)",
        "$10 copay/prescription (retail, 30 days); $25 copay/prescription (mail order, 90 days)",
        "Not covered",
        "Deductible does not apply to prescription drugs. Generic contraceptives and ACA preventive drugs: No charge.",
      ],
      [
        "Preferred brand drugs (Tier 2)",
        "$40 copay/prescription (retail, 30 days); $100 copay/prescription (mail order, 90 days)",
        "Not covered",
        "Insulin: $30 copay per 30-day supply. If you choose a brand when a generic is available, you pay the brand copay plus the cost difference.",
      ],
      [
        "Non-preferred brand drugs (Tier 3)",
        "$75 copay/prescription (retail, 30 days); $190 copay/prescription (mail order, 90 days)",
        "Not covered",
        "Step therapy applies to some drugs.",
      ],
      [
        "Specialty drugs (Tier 4)",
        "25% coinsurance up to $250/prescription",
        "Not covered",
        "Preauthorization required. Harrow Specialty Pharmacy only; up to a 30-day supply.",
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
        "Preauthorization required, except for colonoscopy and endoscopy.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
    ],
  ],
  [
    "If you need immediate medical attention",
    [
      [
        "Emergency room care",
        "$250 copay/visit; deductible does not apply",
        "$250 copay/visit; deductible does not apply",
        "Copay waived if you are admitted. Out-of-network emergency care is paid at the in-network level.",
      ],
      ["Emergency medical transportation", "20% coinsurance", "20% coinsurance", "Air ambulance: preauthorization required when not an emergency."],
      ["Urgent care", "$60 copay/visit; deductible does not apply", "40% coinsurance", "None"],
    ],
  ],
  [
    "If you have a hospital stay",
    [
      [
        "Facility fee (e.g., hospital room)",
        "20% coinsurance",
        "40% coinsurance",
        "Preauthorization required for planned admissions. Out-of-network: if you don't get preauthorization, benefits are reduced by 50%, up to $750 per admission.",
      ],
      ["Physician/surgeon fees", "20% coinsurance", "40% coinsurance", "None"],
    ],
  ],
  [
    "If you need mental health, behavioral health, or substance abuse services",
    [
      [
        "Outpatient services",
        "$25 copay/office visit; 20% coinsurance for other outpatient services",
        "40% coinsurance",
        "Virtual counseling through Bluestem Anywhere: $10 copay/visit. Preauthorization required for applied behavior analysis (ABA).",
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
        "Notify Bluestem within 2 business days of admission. Stays longer than 48 hours (vaginal) or 96 hours (cesarean) need preauthorization.",
      ],
    ],
  ],
  [
    "If you need help recovering or have other special health needs",
    [
      ["Home health care", "20% coinsurance", "40% coinsurance", "90 visits per year. Preauthorization required."],
      [
        "Rehabilitation services",
        "$50 copay/visit",
        "40% coinsurance",
        "Physical, occupational and speech therapy: 30 visits per year combined, in- and out-of-network. Cardiac and pulmonary rehabilitation: 36 sessions per year.",
      ],
      [
        "Habilitation services",
        "$50 copay/visit",
        "40% coinsurance",
        "30 visits per year, separate from the rehabilitation visits.",
      ],
      ["Skilled nursing care", "20% coinsurance", "40% coinsurance", "60 days per year. Preauthorization required."],
      ["Durable medical equipment", "20% coinsurance", "40% coinsurance", "Items over $1,500 need preauthorization."],
      ["Hospice services", "No charge", "40% coinsurance", "Preauthorization required."],
    ],
  ],
  [
    "If your child needs dental or eye care",
    [
      ["Children's eye exam", "No charge", "Not covered", "One routine exam per year through age 18."],
      ["Children's glasses", "Not covered", "Not covered", "See the Ridgeline Vision plan."],
      ["Children's dental check-up", "Not covered", "Not covered", "See the Northstar dental plans."],
    ],
  ],
];

export const EXCLUDED_HEAD =
  "Services Your Plan Generally Does NOT Cover (Check your policy or plan document for more information and a list of any other excluded services.)";
export const EXCLUDED = [
  "Acupuncture",
  "Bariatric surgery",
  "Cosmetic surgery",
  "Dental care (Adult)",
  "Hearing aids",
  "Infertility treatment (including IVF and artificial insemination)",
  "Long-term care",
  "Private-duty nursing",
  "Routine eye care (Adult)",
  "Routine foot care",
  "Weight loss programs",
];
export const OTHER_COVERED_HEAD =
  "Other Covered Services (Limitations may apply to these services. This isn't a complete list. Please see your plan document.)";
export const OTHER_COVERED = [
  "Chiropractic care (20 visits per year; $50 copay)",
  "Hearing exam (one per year)",
  "Infertility diagnosis",
  "Non-emergency care when traveling outside the U.S. (paid at the out-of-network level)",
  "TMJ treatment (non-surgical)",
];

export const RIGHTS = [
  [
    "Your Rights to Continue Coverage:",
    "There are agencies that can help if you want to continue your coverage after it ends. The contact information for those " +
      "agencies is: Prairie Crossing Human Resources, 1-701-555-0183, and the COBRA administrator, Fieldstone COBRA Services, " +
      "1-888-555-0147. Other coverage options may be available to you too, including buying individual insurance coverage through " +
      "the Health Insurance Marketplace.",
  ],
  [
    "Your Grievance and Appeals Rights:",
    "There are agencies that can help if you have a complaint against your plan for a denial of a claim. This complaint is called a " +
      "grievance or appeal. For more information about your rights, look at the explanation of benefits you will receive for that " +
      "medical claim. Your plan documents also provide complete information to submit a claim, appeal, or a grievance for any reason " +
      "to your plan. You must file an appeal within 180 days of the denial. Contact Bluestem Member Services at 1-800-555-0164.",
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
  "Spanish (Espanol): Para obtener asistencia en Espanol, llame al 1-800-555-0164.",
  "Somali (Soomaali): Haddii aad u baahan tahay caawimaad, wac 1-800-555-0164.",
];

export const EXAMPLES_TITLE = "About these Coverage Examples:";
export const EXAMPLES_INTRO =
  "This is not a cost estimator. Treatments shown are just examples of how this plan might cover medical care. Your actual costs " +
  "will be different depending on the actual care you receive, the prices your providers charge, and many other factors. Focus on " +
  "the cost sharing amounts (deductibles, copayments and coinsurance) and excluded services under the plan. Use this information to " +
  "compare the portion of costs you might pay under different health plans. Please note these coverage examples are based on " +
  "self-only coverage.";
// Each example: title, subtitle, label/value pairs.
export const EXAMPLES = [
  [
    "Peg is Having a Baby",
    "(9 months of in-network pre-natal care and a hospital delivery)",
    [
      ["The plan's overall deductible", "$1,000"],
      ["Specialist copayment", "$50"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
      ["Total Example Cost", "$12,700"],
      ["Deductibles", "$1,000"],
      ["Copayments", "$10"],
      ["Coinsurance", "$2,200"],
      ["Limits or exclusions", "$60"],
      ["The total Peg would pay is", "$3,270"],
    ],
  ],
  [
    "Managing Joe's Type 2 Diabetes",
    "(a year of routine in-network care of a well-controlled condition)",
    [
      ["The plan's overall deductible", "$1,000"],
      ["Specialist copayment", "$50"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
      ["Total Example Cost", "$5,600"],
      ["Deductibles", "$400"],
      ["Copayments", "$1,100"],
      ["Coinsurance", "$50"],
      ["Limits or exclusions", "$20"],
      ["The total Joe would pay is", "$1,570"],
    ],
  ],
  [
    "Mia's Simple Fracture",
    "(in-network emergency room visit and follow up care)",
    [
      ["The plan's overall deductible", "$1,000"],
      ["Specialist copayment", "$50"],
      ["Hospital (facility) coinsurance", "20%"],
      ["Other coinsurance", "20%"],
      ["Total Example Cost", "$2,800"],
      ["Deductibles", "$1,000"],
      ["Copayments", "$300"],
      ["Coinsurance", "$200"],
      ["Limits or exclusions", "$0"],
      ["The total Mia would pay is", "$1,500"],
    ],
  ],
];
export const EXAMPLES_FOOT = "The plan would be responsible for the other costs of these EXAMPLE covered services.";
export const SBC_FOOTER = "Bluestem PPO 1000 SBC 2027 - Prairie Crossing Grain Cooperative - form BMH-SBC-PPO1000-27";

export function sbcText() {
  const p = [...SBC_HEADER, SBC_INTRO];
  p.push("Important Questions");
  for (const r of IMPORTANT_QUESTIONS) r.forEach((v, i) => p.push(`${IQ_LABELS[i]}: ${v}`));
  p.push("Common Medical Events", EVENT_NOTE);
  for (const [event, rows] of SBC_EVENTS) {
    p.push(event);
    for (const r of rows) {
      p.push(r[0]);
      COST_LABELS.forEach((l, i) => p.push(`${l}: ${r[i + 1]}`));
    }
  }
  p.push("Excluded Services & Other Covered Services", EXCLUDED_HEAD, ...EXCLUDED, OTHER_COVERED_HEAD, ...OTHER_COVERED);
  for (const [h, t] of RIGHTS) p.push(h, t);
  p.push(...LANGUAGE_ACCESS, EXAMPLES_TITLE, EXAMPLES_INTRO);
  for (const [t, s, pairs] of EXAMPLES) {
    p.push(t, s);
    for (const [l, v] of pairs) p.push(`${l}: ${v}`);
  }
  p.push(EXAMPLES_FOOT, SBC_FOOTER);
  return p.join("\n");
}

function buildSbc() {
  const PW = 612,
    PH = 792,
    L = 40,
    W = PW - 2 * L,
    TOP = 58,
    BOTTOM = PH - 50;
  const RUST = "#8a3f1c",
    WHEAT = "#f6ecd6",
    EDGE = "#d7b98a",
    INK = "#1b1b1b";
  const doc = new PDFDocument({
    size: [PW, PH],
    margins: { top: TOP, bottom: 20, left: L, right: L },
    bufferPages: true,
    info: { Title: "SBC - Bluestem PPO 1000 - 2027", Author: "Bluestem Mutual Health Plan" },
  });
  doc.pipe(fs.createWriteStream(outPath(SBC_NAME)));
  let y;
  const broke = [];
  const newPage = () => {
    doc.addPage();
    y = TOP;
  };
  const LW = 150; // label column of a label/value pair
  const pairH = (label, value, w, fs_ = 7.6) => {
    doc.font("Helvetica-Bold").fontSize(fs_);
    const a = doc.heightOfString(label, { width: LW - 8 });
    doc.font("Helvetica").fontSize(fs_);
    const b = doc.heightOfString(value, { width: w - LW });
    return Math.max(a, b) + 3;
  };
  const drawPair = (label, value, x, yy, w, fs_ = 7.6) => {
    const h = pairH(label, value, w, fs_);
    doc.font("Helvetica-Bold").fontSize(fs_).fillColor(RUST).text(label, x, yy, { width: LW - 8 });
    doc.font("Helvetica").fontSize(fs_).fillColor(INK).text(value, x + LW, yy, { width: w - LW });
    return yy + h;
  };
  const heading = (t) => {
    if (y + 40 > BOTTOM) newPage();
    doc.font("Helvetica-Bold").fontSize(11).fillColor(RUST).text(t, L, y, { width: W });
    y = doc.y + 2;
    doc.save().lineWidth(1.5).strokeColor(RUST).moveTo(L, y).lineTo(L + W, y).stroke().restore();
    y += 6;
  };

  // Page 1 header: a rust block with the title, and the coverage facts beside it.
  y = 30;
  doc.save().rect(L, y, W, 58).fill(RUST).restore();
  doc.font("Helvetica-Bold").fontSize(10).fillColor("#fff").text(SBC_HEADER[0], L + 10, y + 8, { width: W * 0.62 });
  doc.font("Helvetica-Bold").fontSize(12).text(SBC_HEADER[1], L + 10, doc.y + 4, { width: W * 0.62 });
  doc.font("Helvetica").fontSize(7.5).fillColor("#fff");
  doc.text(SBC_HEADER[2], L + W * 0.66, y + 10, { width: W * 0.33 });
  doc.text(SBC_HEADER[3], L + W * 0.66, doc.y + 2, { width: W * 0.33 });
  doc.text(SBC_HEADER[4], L + W * 0.66, doc.y + 2, { width: W * 0.33 });
  y += 66;
  doc.font("Helvetica").fontSize(7.4).fillColor(INK).text(SBC_INTRO, L, y, { width: W });
  y = doc.y + 10;

  heading("Important Questions");
  for (const r of IMPORTANT_QUESTIONS) {
    const h = r.reduce((s, v, i) => s + pairH(IQ_LABELS[i], v, W - 16), 0) + 10;
    if (y + h > BOTTOM) newPage();
    doc.save().roundedRect(L, y, W, h, 4).fill(WHEAT).restore();
    doc.save().rect(L, y, 4, h).fill(RUST).restore();
    let yy = y + 5;
    r.forEach((v, i) => (yy = drawPair(IQ_LABELS[i], v, L + 10, yy, W - 16)));
    y += h + 6;
  }

  newPage();
  heading("Common Medical Events");
  doc.font("Helvetica-Oblique").fontSize(7.4).fillColor(INK).text(EVENT_NOTE, L, y, { width: W });
  y = doc.y + 6;
  const IW = W - 20;
  const serviceH = (r) => {
    doc.font("Helvetica-Bold").fontSize(8.4);
    let h = doc.heightOfString(r[0], { width: IW }) + 3;
    COST_LABELS.forEach((l, i) => (h += pairH(l, r[i + 1], IW)));
    return h + 6;
  };
  const stripH = (t) => {
    doc.font("Helvetica-Bold").fontSize(8.8);
    return doc.heightOfString(t, { width: W - 16 }) + 8;
  };
  for (const [event, rows] of SBC_EVENTS) {
    let i = 0,
      part = 0;
    while (i < rows.length) {
      const title = part === 0 ? event : `${event} (continued)`;
      const sh = stripH(title);
      if (y + sh + serviceH(rows[i]) + 8 > BOTTOM) newPage();
      // Take as many services as fit.
      let h = sh + 4,
        j = i;
      while (j < rows.length && y + h + serviceH(rows[j]) + 4 <= BOTTOM) h += serviceH(rows[j++]);
      h += 4;
      doc.save().rect(L, y, W, h).fill(WHEAT).restore();
      doc.save().lineWidth(0.8).strokeColor(EDGE).rect(L, y, W, h).stroke().restore();
      doc.save().rect(L, y, W, sh).fill(RUST).restore();
      doc.font("Helvetica-Bold").fontSize(8.8).fillColor("#fff").text(title, L + 8, y + 4, { width: W - 16 });
      let yy = y + sh + 4;
      for (let k = i; k < j; k++) {
        const r = rows[k];
        if (k > i) doc.save().lineWidth(0.5).strokeColor(EDGE).moveTo(L + 10, yy - 3).lineTo(L + W - 10, yy - 3).stroke().restore();
        doc.font("Helvetica-Bold").fontSize(8.4).fillColor(INK).text(r[0], L + 10, yy, { width: IW });
        yy = doc.y + 3;
        COST_LABELS.forEach((l, n) => (yy = drawPair(l, r[n + 1], L + 10, yy, IW)));
        yy += 6;
      }
      if (j < rows.length) broke.push(event.slice(0, 40));
      y += h + 8;
      i = j;
      part++;
      if (i < rows.length) newPage();
    }
  }

  heading("Excluded Services & Other Covered Services");
  for (const [head, list] of [
    [EXCLUDED_HEAD, EXCLUDED],
    [OTHER_COVERED_HEAD, OTHER_COVERED],
  ]) {
    doc.font("Helvetica-Bold").fontSize(8);
    let h = doc.heightOfString(head, { width: W - 20 }) + 8;
    doc.font("Helvetica").fontSize(7.8);
    const half = Math.ceil(list.length / 2);
    const colH = (arr) => arr.reduce((s, t) => s + doc.heightOfString(t, { width: W / 2 - 30 }) + 2, 0);
    h += Math.max(colH(list.slice(0, half)), colH(list.slice(half))) + 8;
    if (y + h > BOTTOM) newPage();
    doc.save().rect(L, y, W, h).fill(WHEAT).restore();
    doc.save().rect(L, y, 4, h).fill(RUST).restore();
    doc.font("Helvetica-Bold").fontSize(8).fillColor(RUST).text(head, L + 10, y + 5, { width: W - 20 });
    const y0 = doc.y + 4;
    [list.slice(0, half), list.slice(half)].forEach((arr, c) => {
      let yy = y0;
      for (const t of arr) {
        const x = L + 14 + c * (W / 2);
        doc.save().circle(x, yy + 3.5, 1.5).fill(RUST).restore();
        doc.font("Helvetica").fontSize(7.8).fillColor(INK).text(t, x + 6, yy, { width: W / 2 - 30 });
        yy = doc.y + 2;
      }
    });
    y += h + 8;
  }
  for (const [h, t] of RIGHTS) {
    doc.font("Helvetica").fontSize(7.4);
    const need = doc.heightOfString(t, { width: W }) + 16;
    if (y + need > BOTTOM) newPage();
    doc.font("Helvetica-Bold").fontSize(8).fillColor(RUST).text(h, L, y, { width: W });
    doc.font("Helvetica").fontSize(7.4).fillColor(INK).text(t, L, doc.y + 1, { width: W });
    y = doc.y + 6;
  }
  doc.font("Helvetica-Bold").fontSize(7.6).fillColor(RUST).text(LANGUAGE_ACCESS[0], L, y, { width: W });
  doc.font("Helvetica").fontSize(7.4).fillColor(INK);
  for (const t of LANGUAGE_ACCESS.slice(1)) doc.text(t, L, doc.y + 1, { width: W });
  y = doc.y + 6;

  newPage();
  heading(EXAMPLES_TITLE);
  doc.font("Helvetica").fontSize(7.4).fillColor(INK).text(EXAMPLES_INTRO, L, y, { width: W });
  y = doc.y + 10;
  for (const [t, s, pairs] of EXAMPLES) {
    // A horizontal strip: title at the left, label/value pairs in two columns at the right.
    const SW = W - 150,
      half = Math.ceil(pairs.length / 2);
    const h = Math.max(60, half * 13 + 14);
    if (y + h > BOTTOM) newPage();
    doc.save().rect(L, y, W, h).fill(WHEAT).restore();
    doc.save().rect(L, y, 140, h).fill(RUST).restore();
    doc.font("Helvetica-Bold").fontSize(9).fillColor("#fff").text(t, L + 8, y + 8, { width: 124 });
    doc.font("Helvetica").fontSize(7).text(s, L + 8, doc.y + 3, { width: 124 });
    [pairs.slice(0, half), pairs.slice(half)].forEach((arr, c) => {
      let yy = y + 8;
      const x = L + 150 + c * (SW / 2);
      for (const [l, v] of arr) {
        doc.font("Helvetica-Bold").fontSize(7.4).fillColor(RUST).text(l, x, yy, { width: SW / 2 - 58 });
        doc.font("Helvetica").fontSize(7.4).fillColor(INK).text(v, x + SW / 2 - 54, yy, { width: 48 });
        yy += 13;
      }
    });
    y += h + 8;
  }
  doc.font("Helvetica-Oblique").fontSize(7.4).fillColor(INK).text(EXAMPLES_FOOT, L, y, { width: W });

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const keepB = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > 0) {
      doc.save().rect(L, 30, W, 16).fill(RUST).restore();
      doc.font("Helvetica-Bold").fontSize(8).fillColor("#fff").text("Bluestem PPO 1000 | 2027", L + 8, 34, { width: W - 16, lineBreak: false });
    }
    doc.font("Helvetica").fontSize(6.5).fillColor("#666").text(SBC_FOOTER, L, PH - 32, { width: W - 80, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, L + W - 70, PH - 32, { width: 70, align: "right", lineBreak: false });
    doc.page.margins.bottom = keepB;
  }
  doc.end();
  console.log(`${SBC_NAME}: ${range.count} pages; boxes continued: ${broke.join("; ") || "none"}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) buildSbc();

export const PDF_TEXTS = { [SBC_NAME]: sbcText };
export const PDF_FURNITURE = { [SBC_NAME]: SBC_FOOTER };
