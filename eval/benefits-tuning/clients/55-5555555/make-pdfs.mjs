// Generates the two medical plan summaries for Juniper Ridge Credit Union (55-5555555).
// Run from /work/main:  node eval/benefits-tuning/clients/55-5555555/make-pdfs.mjs
//
// Both layouts deliberately differ from the federal SBC template:
//   choice-pos-summary.pdf  - landscape benefit grid (Tier 1 / Tier 2 / Notes columns, section bands)
//   saver-hdhp-summary.pdf  - portrait two-column list, running header/footer, HSA sidebar on page 1
// All text is drawn with doc.text at explicit x/y positions so the PDFs have a real text layer.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, "documents");
fs.mkdirSync(outDir, { recursive: true });

const FIXED_DATE = new Date("2025-10-01T12:00:00Z");
const GREEN = "#1f5c45";
const LIGHT_GREEN = "#dcebe3";
const ZEBRA = "#f4f7f5";
const GRAY = "#555555";

function newDoc(opts) {
  const doc = new PDFDocument({ ...opts, margin: 18, autoFirstPage: true, compress: true });
  doc.info.CreationDate = FIXED_DATE;
  doc.info.ModDate = FIXED_DATE;
  return doc;
}

function finish(doc, file) {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(path.join(outDir, file));
    out.on("finish", resolve);
    out.on("error", reject);
    doc.pipe(out);
    doc.end();
  });
}

// ---------------------------------------------------------------------------
// CHOICE-POS: landscape benefit grid
// ---------------------------------------------------------------------------

const posSections = [
  {
    band: "Doctor visits",
    rows: [
      ["Primary care visit", "$20 copay", "40% after deductible", "No referral needed"],
      ["Specialist visit", "$45 copay", "40% after deductible", "No referral needed"],
      ["Preventive care / annual physical", "No charge", "40% after deductible", "1 physical per year"],
      ["Virtual visit (JuniperCare Online)", "$10 copay", "Not covered", "24/7 by video"],
      ["Chiropractic care", "$30 copay", "40% after deductible", "20 visits per year"],
    ],
  },
  {
    band: "Tests and imaging",
    rows: [
      ["Lab work (blood tests)", "$0", "40% after deductible", ""],
      ["X-ray", "$40 copay", "40% after deductible", ""],
      [
        "MRI, CT and PET scans",
        "$150 copay per scan",
        "40% after deductible",
        "Prior authorization required",
      ],
    ],
  },
  {
    band: "Emergency and urgent care",
    rows: [
      [
        "Emergency room",
        "$275 copay per visit, waived if you are admitted",
        "$275 copay per visit, waived if you are admitted",
        "Tier 1 cost applies",
      ],
      ["Urgent care", "$55 copay", "40% after deductible", ""],
      ["Ambulance (ground or air)", "10% after deductible", "10% after deductible", "Emergencies only"],
    ],
  },
  {
    band: "Hospital",
    rows: [
      [
        "Inpatient hospital stay",
        "$350 copay per admission, then 10% after deductible",
        "40% after deductible",
        "Prior authorization required",
      ],
      ["Outpatient surgery (surgery center or hospital)", "$175 copay per visit", "40% after deductible", ""],
      ["Prenatal and postnatal care", "No charge", "40% after deductible", ""],
      [
        "Childbirth / delivery hospital stay",
        "$350 copay per admission, then 10% after deductible",
        "40% after deductible",
        "Notify the plan within 2 days",
      ],
      ["Skilled nursing facility", "10% after deductible", "40% after deductible", "60 days per year"],
    ],
  },
  {
    band: "Prescriptions",
    rows: [
      ["Generic drugs", "$12 copay (30-day supply)", "Not covered", ""],
      ["Preferred brand drugs", "$40 copay (30-day supply)", "Not covered", ""],
      ["Non-preferred brand drugs", "$70 copay (30-day supply)", "Not covered", ""],
      [
        "Specialty drugs",
        "20% coinsurance, up to $250 per 30-day fill",
        "Not covered",
        "Juniper Specialty Pharmacy only",
      ],
      ["Mail order (90-day supply)", "2.5 times the retail copay", "Not covered", ""],
    ],
  },
  {
    band: "Mental health and substance use",
    rows: [
      ["Mental health office visit (therapy, counseling)", "$15 copay", "40% after deductible", ""],
      [
        "Inpatient mental health or substance use treatment",
        "$350 copay per admission, then 10% after deductible",
        "40% after deductible",
        "Prior authorization required",
      ],
    ],
  },
  {
    band: "Therapy and other services",
    rows: [
      [
        "Physical, occupational and speech therapy (outpatient)",
        "$35 copay",
        "40% after deductible",
        "40 visits per year combined",
      ],
      ["Durable medical equipment", "10% after deductible", "40% after deductible", ""],
      [
        "Hearing aids",
        "Plan pays up to $1,500 per ear every 36 months",
        "Not covered",
        "Hearing exam: $45 copay",
      ],
      ["Infertility diagnosis", "$45 copay", "40% after deductible", ""],
      ["Infertility treatment (IVF, IUI)", "Not covered", "Not covered", ""],
      ["Weight-loss (bariatric) surgery", "Not covered", "Not covered", ""],
    ],
  },
];

async function makeChoicePos() {
  const doc = newDoc({ size: "LETTER", layout: "landscape" });
  doc.info.Title = "Juniper Choice POS - Benefit Summary 2026";
  doc.info.Author = "Juniper Ridge Credit Union";
  const W = doc.page.width; // 792
  const H = doc.page.height; // 612
  const L = 36;
  const R = W - 36;
  const cols = [
    { x: L + 4, w: 226 },
    { x: 276, w: 186 },
    { x: 472, w: 176 },
    { x: 658, w: R - 662 },
  ];
  const bottomLimit = H - 52;
  let page = 1;

  const footer = () => {
    doc.font("Helvetica").fontSize(7.5).fillColor(GRAY);
    doc.text(`Juniper Choice POS benefit summary, plan year 2026  -  sheet ${page}`, L, H - 40, {
      width: R - L,
      align: "left",
      lineBreak: false,
    });
    doc.text("Member Services 1-800-555-0163", L, H - 40, { width: R - L, align: "right", lineBreak: false });
    doc.fillColor("black");
  };

  const columnHeader = (y) => {
    doc.rect(L, y, R - L, 22).fill(GREEN);
    doc.font("Helvetica-Bold").fontSize(9).fillColor("white");
    const heads = ["Service", "Tier 1 (Juniper network)", "Tier 2 (out of network)", "Notes"];
    heads.forEach((h, i) => {
      doc.text(h, cols[i].x, y + 7, { width: cols[i].w, lineBreak: false });
    });
    doc.fillColor("black");
    return y + 22;
  };

  // Title banner
  doc.rect(L, 30, R - L, 44).fill(GREEN);
  doc
    .font("Helvetica-Bold")
    .fontSize(19)
    .fillColor("white")
    .text("Juniper Choice POS", L + 12, 38, { lineBreak: false });
  doc
    .font("Helvetica")
    .fontSize(9.5)
    .text(
      "Benefit Summary  |  Plan year January 1 - December 31, 2026  |  Juniper Ridge Credit Union",
      L + 12,
      60,
      {
        lineBreak: false,
      },
    );
  doc
    .font("Helvetica-Bold")
    .fontSize(9)
    .text("Point-of-service plan", R - 180, 44, { width: 168, align: "right", lineBreak: false });
  doc.fillColor("black");

  // Header box: deductible and out-of-pocket maximum
  const boxY = 84;
  const boxH = 64;
  doc
    .lineWidth(1)
    .rect(L, boxY, R - L, boxH)
    .stroke(GREEN);
  doc
    .moveTo(L + (R - L) / 2, boxY + 8)
    .lineTo(L + (R - L) / 2, boxY + boxH - 8)
    .stroke(GREEN);
  const half = (R - L) / 2;
  doc.font("Helvetica-Bold").fontSize(10).fillColor(GREEN);
  doc.text("Tier 1 (Juniper network)", L + 12, boxY + 8, { lineBreak: false });
  doc.text("Tier 2 (out of network)", L + half + 12, boxY + 8, { lineBreak: false });
  doc.fillColor("black").font("Helvetica").fontSize(10);
  doc.text("Deductible: $1,000 / $2,000 (single / family)", L + 12, boxY + 25, { lineBreak: false });
  doc.text("Out-of-pocket maximum: $4,000 / $8,000 (single / family)", L + 12, boxY + 41, {
    lineBreak: false,
  });
  doc.text("Deductible: $2,500 / $5,000 (single / family)", L + half + 12, boxY + 25, { lineBreak: false });
  doc.text("Out-of-pocket maximum: $9,000 / $18,000 (single / family)", L + half + 12, boxY + 41, {
    lineBreak: false,
  });

  doc.font("Helvetica-Oblique").fontSize(8).fillColor(GRAY);
  doc.text(
    "Copays do not count toward the deductible. Copays, coinsurance and the deductible all count toward the out-of-pocket maximum. " +
      "Tier 1 and Tier 2 amounts are tracked separately. Tier 2 providers may bill you for charges above the allowed amount.",
    L,
    boxY + boxH + 6,
    { width: R - L },
  );
  doc.fillColor("black");

  let y = columnHeader(boxY + boxH + 32);
  let zebra = false;

  for (const section of posSections) {
    // keep band with at least its first row
    const firstRowH = rowHeight(doc, section.rows[0], cols);
    if (y + 18 + firstRowH > bottomLimit) {
      footer();
      doc.addPage({ size: "LETTER", layout: "landscape", margin: 18 });
      page += 1;
      y = columnHeader(36);
    }
    doc.rect(L, y, R - L, 18).fill(LIGHT_GREEN);
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .fillColor(GREEN)
      .text(section.band, L + 4, y + 5, { lineBreak: false });
    doc.fillColor("black");
    y += 18;
    zebra = false;
    for (const row of section.rows) {
      const h = rowHeight(doc, row, cols);
      if (y + h > bottomLimit) {
        footer();
        doc.addPage({ size: "LETTER", layout: "landscape", margin: 18 });
        page += 1;
        y = columnHeader(36);
        doc.rect(L, y, R - L, 18).fill(LIGHT_GREEN);
        doc
          .font("Helvetica-Bold")
          .fontSize(10)
          .fillColor(GREEN)
          .text(`${section.band} (continued)`, L + 4, y + 5, { lineBreak: false });
        doc.fillColor("black");
        y += 18;
      }
      if (zebra) doc.rect(L, y, R - L, h).fill(ZEBRA);
      doc.fillColor("black");
      zebra = !zebra;
      row.forEach((cell, i) => {
        if (!cell) return;
        setCellFont(doc, i);
        doc.text(cell, cols[i].x, y + 5, { width: cols[i].w });
      });
      doc
        .lineWidth(0.4)
        .moveTo(L, y + h)
        .lineTo(R, y + h)
        .stroke("#b7c9bf");
      y += h;
    }
  }

  // Closing block on the last sheet
  const closing = [
    "How Tier 1 and Tier 2 work: you can see any licensed provider. Choose a Juniper network provider (Tier 1) to pay the copays above.",
    "Out-of-network care (Tier 2) has its own deductible and out-of-pocket maximum, shown in the box on sheet 1.",
    "Prior authorization: your doctor must get approval before MRI, CT and PET scans and planned hospital stays. If a Tier 2 provider skips this step, the plan may pay nothing.",
    "Emergencies: emergency room care is always paid at Tier 1 cost, even at an out-of-network hospital.",
    "Pharmacy: prescriptions must be filled at a Juniper network pharmacy. Specialty drugs must come from Juniper Specialty Pharmacy.",
    "Services this plan does not cover: cosmetic surgery, weight-loss (bariatric) surgery, infertility treatment (IVF, IUI), long-term care, routine foot care.",
    "This summary is not a contract. If it differs from the plan document, the plan document governs.",
  ];
  const needed = 20 + closing.length * 14;
  if (y + needed > bottomLimit) {
    footer();
    doc.addPage({ size: "LETTER", layout: "landscape", margin: 18 });
    page += 1;
    y = 36;
  }
  y += 14;
  doc.font("Helvetica-Bold").fontSize(10).fillColor(GREEN).text("Good to know", L, y, { lineBreak: false });
  y += 16;
  doc.font("Helvetica").fontSize(8.5).fillColor("black");
  for (const line of closing) {
    doc.text(line, L, y, { width: R - L });
    y += doc.heightOfString(line, { width: R - L }) + 4;
  }
  footer();
  await finish(doc, "choice-pos-summary.pdf");
  return page;
}

function setCellFont(doc, i) {
  if (i === 0) doc.font("Helvetica-Bold").fontSize(9);
  else if (i === 3) doc.font("Helvetica-Oblique").fontSize(8);
  else doc.font("Helvetica").fontSize(9);
}

function rowHeight(doc, row, cols) {
  let h = 0;
  row.forEach((cell, i) => {
    if (!cell) return;
    setCellFont(doc, i);
    h = Math.max(h, doc.heightOfString(cell, { width: cols[i].w }));
  });
  return h + 10;
}

// ---------------------------------------------------------------------------
// SAVER-HDHP: portrait two-column list
// ---------------------------------------------------------------------------

const hdhpItems = [
  { head: "Your care with a doctor" },
  {
    label: "Preventive care (annual physical, screenings, immunizations)",
    inn: "No charge",
    oon: "40% after deductible",
    note: "Deductible does not apply in network.",
  },
  { label: "Primary care visit", inn: "20% after deductible", oon: "40% after deductible" },
  { label: "Specialist visit", inn: "20% after deductible", oon: "40% after deductible" },
  {
    label: "Telehealth visit (Juniper Virtual Care)",
    inn: "$15 per visit, deductible waived",
    oon: "Not covered",
  },
  {
    label: "Chiropractic care",
    inn: "20% after deductible",
    oon: "40% after deductible",
    note: "Limit: 15 visits per year.",
  },
  { head: "Tests" },
  { label: "Lab work (blood tests, urine tests)", inn: "10% after deductible", oon: "40% after deductible" },
  { label: "X-rays", inn: "20% after deductible", oon: "40% after deductible" },
  {
    label: "MRI / CT / PET imaging",
    inn: "30% after deductible",
    oon: "50% after deductible",
    note: "Prior authorization required.",
  },
  { head: "Urgent and emergency care" },
  { label: "Urgent care center", inn: "20% after deductible", oon: "40% after deductible" },
  {
    label: "Emergency room",
    inn: "20% after deductible",
    oon: "20% after deductible",
    note: "Out-of-network ER is paid at the in-network level.",
  },
  { label: "Ambulance", inn: "20% after deductible", oon: "20% after deductible" },
  { head: "Hospital and surgery" },
  {
    label: "Inpatient hospital stay",
    inn: "20% after deductible",
    oon: "40% after deductible",
    note: "Prior authorization required.",
  },
  { label: "Outpatient surgery", inn: "20% after deductible", oon: "40% after deductible" },
  { label: "Prenatal care", inn: "No charge", oon: "40% after deductible" },
  { label: "Childbirth and delivery", inn: "20% after deductible", oon: "40% after deductible" },
  {
    label: "Skilled nursing facility",
    inn: "20% after deductible",
    oon: "40% after deductible",
    note: "Limit: 60 days per year.",
  },
  { head: "Prescription drugs" },
  {
    label: "Preventive drug list (blood pressure, cholesterol, diabetes)",
    inn: "$0, deductible waived",
    oon: "Not covered",
  },
  { label: "Generic drugs", inn: "$10 after deductible", oon: "Not covered" },
  { label: "Preferred brand drugs", inn: "$35 after deductible", oon: "Not covered" },
  { label: "Non-preferred brand drugs", inn: "$75 after deductible", oon: "Not covered" },
  {
    label: "Specialty drugs",
    inn: "25% after deductible",
    oon: "Not covered",
    note: "Maximum $300 per 30-day fill after the deductible.",
  },
  { head: "Mental health" },
  { label: "Mental health office visit", inn: "10% after deductible", oon: "40% after deductible" },
  { label: "Inpatient mental health or rehab", inn: "20% after deductible", oon: "40% after deductible" },
  { head: "Therapy, equipment and other" },
  {
    label: "Physical, occupational and speech therapy",
    inn: "20% after deductible",
    oon: "40% after deductible",
    note: "Limit: 25 visits per year combined.",
  },
  { label: "Durable medical equipment", inn: "20% after deductible", oon: "40% after deductible" },
  { label: "Hearing aids", inn: "Not covered", oon: "Not covered" },
  {
    label: "Infertility services",
    inn: "Diagnosis: 20% after deductible",
    oon: "Not covered",
    note: "Treatment such as IVF is not covered.",
  },
];

// Closing sections that flow in the same two-column layout after the services.
const hdhpClosing = [
  { head: "What this plan does not cover" },
  { bullet: "Cosmetic surgery" },
  { bullet: "Hearing aids" },
  { bullet: "Infertility treatment (IVF)" },
  { bullet: "Long-term care" },
  { bullet: "Routine foot care" },
  { bullet: "Weight-loss (bariatric) surgery" },
  { head: "How the deductible works" },
  {
    para: "Except for preventive care, preventive drugs and telehealth, you pay the full allowed amount for care until you reach the deductible. After that you pay the coinsurance shown, until you reach the out-of-pocket maximum.",
  },
  { para: "Out-of-network out-of-pocket maximum: $11,000 individual / $22,000 family." },
  { para: "Your HSA balance can pay for any of these costs, including dental care." },
];

async function makeSaverHdhp() {
  const doc = newDoc({ size: "LETTER", layout: "portrait" });
  doc.info.Title = "Juniper Saver HDHP with HSA - Summary of Benefits 2026";
  doc.info.Author = "Juniper Ridge Credit Union";
  const W = doc.page.width; // 612
  const H = doc.page.height; // 792
  const M = 40;
  const gutter = 20;
  const colW = (W - 2 * M - gutter) / 2;
  const colX = [M, M + colW + gutter];
  const top = 64;
  const bottom = H - 58;
  const items = [...hdhpItems, ...hdhpClosing];

  const drawRunningHeader = () => {
    doc.font("Helvetica").fontSize(7.5).fillColor(GRAY);
    doc.text("Juniper Ridge Credit Union", M, 28, { lineBreak: false });
    doc.text("Saver HDHP with HSA  |  2026 Summary of Benefits", M, 28, {
      width: W - 2 * M,
      align: "right",
      lineBreak: false,
    });
    doc
      .lineWidth(0.6)
      .moveTo(M, 40)
      .lineTo(W - M, 40)
      .stroke(GREEN);
    doc.fillColor("black");
  };
  drawRunningHeader();

  // Title and key numbers (page 1, full width)
  doc
    .font("Helvetica-Bold")
    .fontSize(20)
    .fillColor(GREEN)
    .text("Juniper Saver HDHP with HSA", M, 52, { lineBreak: false });
  doc
    .font("Helvetica")
    .fontSize(9.5)
    .fillColor(GRAY)
    .text("High-deductible health plan  |  Plan year January 1 - December 31, 2026", M, 77, {
      lineBreak: false,
    });
  doc.fillColor("black");

  const kfY = 96;
  doc.rect(M, kfY, W - 2 * M, 80).fill(LIGHT_GREEN);
  doc.fillColor("black").font("Helvetica-Bold").fontSize(9.5);
  doc.text("Your key numbers", M + 10, kfY + 8, { lineBreak: false });
  doc.font("Helvetica").fontSize(9);
  doc.text("In-network deductible: $3,300 individual / $6,600 family", M + 10, kfY + 24, {
    lineBreak: false,
  });
  doc.text("In-network out-of-pocket maximum: $6,000 individual / $12,000 family", M + 10, kfY + 38, {
    lineBreak: false,
  });
  doc.text("Out-of-network deductible: $4,800 individual / $9,600 family", M + 10, kfY + 52, {
    lineBreak: false,
  });
  doc.font("Helvetica-Oblique").fontSize(8).fillColor(GRAY);
  doc.text(
    "If you cover anyone besides yourself, the full family deductible must be met before the plan pays for any member.",
    M + 10,
    kfY + 66,
    { lineBreak: false, width: W - 2 * M - 20 },
  );
  doc.fillColor("black");

  // Sidebar box on page 1 (right column, top): the employer HSA contribution
  const sbY = kfY + 92;
  const sbLines = [
    ["Juniper deposits money into your Health Savings Account every year you are enrolled:", false],
    ["$750 per year with employee-only coverage", true],
    ["$1,500 per year with employee + spouse or family coverage", true],
    [
      "Deposits are split evenly across your 26 paychecks. You can add your own pre-tax money up to the IRS limit, and the account is yours to keep if you leave.",
      false,
    ],
  ];
  const sbFont = (bold) => doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8.5);
  let sbH = 36;
  for (const [l, bold] of sbLines) {
    sbFont(bold);
    sbH += doc.heightOfString(l, { width: colW - 20 }) + 5;
  }
  doc.rect(colX[1], sbY, colW, sbH).fill("#fff6dc");
  doc.lineWidth(1.2).rect(colX[1], sbY, colW, sbH).stroke("#c99a1e");
  doc
    .fillColor("#7a5a00")
    .font("Helvetica-Bold")
    .fontSize(10.5)
    .text("Your HSA from Juniper", colX[1] + 10, sbY + 9, { lineBreak: false });
  let sy = sbY + 27;
  doc.fillColor("black");
  for (const [l, bold] of sbLines) {
    sbFont(bold);
    doc.text(l, colX[1] + 10, sy, { width: colW - 20 });
    sy += doc.heightOfString(l, { width: colW - 20 }) + 5;
  }

  const colStart = [sbY, sbY + sbH + 14];

  const measure = (it) => {
    if (it.head) return 26;
    if (it.bullet) {
      doc.font("Helvetica").fontSize(9);
      return doc.heightOfString(`-  ${it.bullet}`, { width: colW }) + 4;
    }
    if (it.para) {
      doc.font("Helvetica").fontSize(9);
      return doc.heightOfString(it.para, { width: colW }) + 6;
    }
    doc.font("Helvetica-Bold").fontSize(9.5);
    let h = doc.heightOfString(it.label, { width: colW }) + 2;
    payFont(doc, it, colW);
    h += doc.heightOfString(payLine(it), { width: colW }) + 1;
    if (it.note) {
      doc.font("Helvetica-Oblique").fontSize(8);
      h += doc.heightOfString(it.note, { width: colW });
    }
    return h + 9;
  };

  // Flow the items down the left column, then the right column, then onto the next page.
  // draw=false is a dry run used to learn the total page count for "Page x of y".
  const flow = (draw, total) => {
    let page = 1;
    let col = 0;
    let y = colStart[0];
    const footer = () => {
      doc
        .lineWidth(0.6)
        .moveTo(M, H - 46)
        .lineTo(W - M, H - 46)
        .stroke(GREEN);
      doc.font("Helvetica").fontSize(7.5).fillColor(GRAY);
      doc.text("Questions? Member Services 1-800-555-0163", M, H - 40, { lineBreak: false });
      doc.text(`Page ${page} of ${total}`, M, H - 40, { width: W - 2 * M, align: "right", lineBreak: false });
      doc.fillColor("black");
    };
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      let h = measure(it);
      if (it.head && items[i + 1]) h += measure(items[i + 1]); // keep a heading with its first item
      if (y + h > bottom) {
        if (col === 0) {
          col = 1;
          y = page === 1 ? colStart[1] : top;
        } else {
          if (draw) {
            footer();
            doc.addPage({ size: "LETTER", layout: "portrait", margin: 18 });
            drawRunningHeader();
          }
          page += 1;
          col = 0;
          y = top;
        }
      }
      if (draw) drawItem(it, colX[col], y);
      y += measure(it);
    }
    if (draw) footer();
    return page;
  };

  const drawItem = (it, x, y) => {
    if (it.head) {
      doc
        .font("Helvetica-Bold")
        .fontSize(11)
        .fillColor(GREEN)
        .text(it.head.toUpperCase(), x, y + 6, { lineBreak: false });
      doc
        .lineWidth(0.8)
        .moveTo(x, y + 20)
        .lineTo(x + colW, y + 20)
        .stroke(GREEN);
      doc.fillColor("black");
      return;
    }
    if (it.bullet || it.para) {
      doc.font("Helvetica").fontSize(9).fillColor("black");
      doc.text(it.bullet ? `-  ${it.bullet}` : it.para, x, y, { width: colW });
      return;
    }
    doc.font("Helvetica-Bold").fontSize(9.5).fillColor("black");
    doc.text(it.label, x, y, { width: colW });
    y += doc.heightOfString(it.label, { width: colW }) + 2;
    payFont(doc, it, colW);
    doc.text(payLine(it), x, y, { width: colW });
    y += doc.heightOfString(payLine(it), { width: colW }) + 1;
    if (it.note) {
      doc.font("Helvetica-Oblique").fontSize(8).fillColor(GRAY);
      doc.text(it.note, x, y, { width: colW });
      doc.fillColor("black");
    }
  };

  const total = flow(false, 0);
  const drawn = flow(true, total);
  await finish(doc, "saver-hdhp-summary.pdf");
  if (drawn !== total) throw new Error(`page count mismatch: drew ${drawn}, footer says ${total}`);
  return drawn;
}

// Shrink the "You pay ... | Out of network ..." line (8.5pt down to 7.4pt) so it fits on one
// line of the column; anything still too long wraps naturally.
function payFont(doc, it, width) {
  let size = 8.5;
  doc.font("Helvetica").fontSize(size);
  while (size > 7.4 && doc.widthOfString(payLine(it)) > width) {
    size -= 0.1;
    doc.fontSize(size);
  }
}

function payLine(it) {
  return `You pay: ${it.inn}  |  Out of network: ${it.oon}`;
}

const posPages = await makeChoicePos();
const hdhpPages = await makeSaverHdhp();
console.log(`choice-pos-summary.pdf: ${posPages} pages; saver-hdhp-summary.pdf: ${hdhpPages} pages`);
