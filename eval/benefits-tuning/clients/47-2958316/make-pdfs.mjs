import fs from "node:fs";
import { fileURLToPath } from "node:url";
import PDFDocument from "/work/main/node_modules/pdfkit/js/pdfkit.js";

const NAME = "bluestem-epo-750-benefit-summary-2027.pdf";
const OUT = new URL(`./documents/${NAME}`, import.meta.url).pathname;

// Carrier "Benefit Summary" brochure for the Bluestem Health Plan EPO 750 (NOT the federal SBC template):
// a coloured header band, four key-figure tiles, a banded benefit grid on the left with footnote marks,
// a "Good to know" sidebar on the right, a prescription table with tiers as COLUMNS, footnotes,
// exclusions in three columns and a contact strip.
// The arrays below are the text of the PDF; check-questions.mjs reads them instead of parsing the PDF.

export const HEADER = [
  "Bluestem Health Plan",
  "BENEFIT SUMMARY  |  EPO 750  |  Bluestem Prairie Network",
  "Prepared for: Foxglove Veterinary Hospitals, Inc. (Group #FVH-20417)",
  "Plan year: January 1, 2027 - December 31, 2027",
];

// [label, big figure, small print]
export const TILES = [
  [
    "Annual deductible",
    "$750 individual / $1,500 family",
    "Embedded: no one person pays more than $750 toward the family deductible.",
  ],
  [
    "Out-of-pocket maximum",
    "$3,500 individual / $7,000 family",
    "Includes deductible, coinsurance, copays and prescriptions.",
  ],
  [
    "Plan coinsurance",
    "20% after deductible",
    "You pay 20% of the allowed amount once the deductible is met.",
  ],
  ["Out-of-network care", "Not covered", "Except emergency room care and emergency ambulance."],
];

// [band, [[service, you pay (Bluestem Prairie Network), limits / notes], ...]]
export const SECTIONS = [
  [
    "DOCTOR VISITS",
    [
      ["Primary care office visit (family medicine, internal medicine, pediatrics)", "$25 copay\u2020", ""],
      ["Specialist office visit", "$55 copay\u2020", "No referral needed."],
      ["Bluestem Virtual Care (24/7 video or phone visit)", "$0", "Through the Bluestem app only."],
      [
        "Preventive care: annual physical, well-child visits, immunizations, screenings",
        "$0",
        "Per ACA preventive guidelines.",
      ],
      ["Allergy injections (no office visit billed)", "$10 copay\u2020", ""],
    ],
  ],
  [
    "TESTS & IMAGING",
    [
      ["Lab work (network lab or doctor's office)", "$0\u2020", ""],
      ["X-ray and ultrasound", "$40 copay\u2020", ""],
      ["Advanced imaging: MRI, CT, PET, nuclear medicine", "20% after deductible*", "Per scan."],
    ],
  ],
  [
    "URGENT & EMERGENCY CARE",
    [
      ["Urgent care center", "$45 copay\u2020", "Retail walk-in clinics: $25 copay\u2020."],
      [
        "Emergency room",
        "$300 copay per visit\u2020",
        "Copay waived if admitted. Same cost in or out of network.",
      ],
      ["Emergency ambulance (ground or air)", "20% after deductible", "Same cost in or out of network."],
    ],
  ],
  [
    "HOSPITAL & SURGERY",
    [
      ["Inpatient hospital stay", "$250 copay per admission, then 20% after deductible*", ""],
      ["Outpatient surgery (hospital or ambulatory surgery center)", "20% after deductible*", ""],
      ["Surgeon, anesthesia and other physician fees", "20% after deductible", ""],
    ],
  ],
  [
    "MENTAL HEALTH & SUBSTANCE USE",
    [
      [
        "Therapy or counseling office visit",
        "$25 copay\u2020",
        "Virtual therapy through Bluestem Virtual Care: $0.",
      ],
      ["Inpatient or residential treatment", "$250 copay per admission, then 20% after deductible*", ""],
    ],
  ],
  [
    "MATERNITY",
    [
      ["Prenatal and postnatal office visits", "$0", ""],
      [
        "Delivery and hospital stay (mother and newborn)",
        "$250 copay per admission, then 20% after deductible*",
        "Notify Bluestem within 48 hours of admission.",
      ],
    ],
  ],
  [
    "THERAPY & OTHER SERVICES",
    [
      [
        "Physical, occupational and speech therapy",
        "$35 copay\u2020",
        "30 visits per calendar year, all three therapies combined.",
      ],
      ["Chiropractic care", "$35 copay\u2020", "20 visits per calendar year."],
      [
        "Durable medical equipment (CPAP, crutches, insulin pumps)",
        "20% after deductible*",
        "Preauthorization for items over $500.",
      ],
      ["Home health care", "20% after deductible*", "60 visits per calendar year."],
      ["Skilled nursing facility", "20% after deductible*", "60 days per calendar year."],
      ["Hospice", "$0*", ""],
      ["Hearing exam", "$55 copay\u2020", "Hearing aids are not covered."],
    ],
  ],
];

export const SIDEBAR = [
  [
    "No referrals",
    "See any Bluestem Prairie Network specialist without a referral from your primary care doctor.",
  ],
  [
    "Stay in network",
    "This is an EPO. Except for emergencies, care from providers outside the Bluestem Prairie Network is not covered and you pay the full bill.",
  ],
  [
    "Away from home?",
    "Emergency room care is covered anywhere in the world at the network cost. Routine and urgent care outside Washington and Idaho: use Bluestem Virtual Care.",
  ],
  [
    "Preauthorization",
    "Services marked * need approval before you receive them. Network providers request it for you.",
  ],
  ["Find a doctor", "bluestemhealth.example/find or the Bluestem app."],
];

export const RX_TITLE = "PRESCRIPTION DRUGS (administered by Quillon Rx)";
export const RX_COLUMNS = [
  "",
  "Tier 1: Generic",
  "Tier 2: Preferred brand",
  "Tier 3: Non-preferred brand",
  "Tier 4: Specialty",
];
export const RX_ROWS = [
  ["Retail pharmacy (up to 30-day supply)", "$10", "$40", "$75", "25% up to $300 per fill"],
  ["Mail order or retail 90-day supply", "$25", "$100", "$187.50", "Not available"],
  ["Deductible applies?", "No", "No", "No", "No"],
];
export const RX_NOTES = [
  "ACA preventive medications (including generic contraceptives) are $0.",
  "If you choose a brand-name drug when a generic is available, you pay the Tier 1 copay plus the difference in cost.",
  "Specialty drugs must be filled through Quillon Specialty Pharmacy and require preauthorization.",
];

export const FOOTNOTES = [
  "\u2020 Deductible does not apply.",
  "* Preauthorization required.",
  "Copays and coinsurance are based on the Bluestem allowed amount. All amounts count toward the out-of-pocket maximum.",
];

export const EXCLUSIONS_TITLE = "NOT COVERED";
export const EXCLUSIONS = [
  "Acupuncture",
  "Bariatric (weight-loss) surgery",
  "Cosmetic surgery",
  "Dental care (adult)",
  "Hearing aids",
  "Infertility treatment (diagnosis is covered)",
  "Long-term custodial care",
  "Massage therapy",
  "Non-emergency care outside the U.S.",
  "Out-of-network care (except emergencies)",
  "Routine eye exams and glasses",
  "Weight-loss programs",
];

export const CONTACT =
  "Questions? Bluestem Member Services 1-866-555-0137, Monday-Friday 7 a.m.-7 p.m. Pacific. Quillon Rx: 1-866-555-0152. " +
  "This summary is not a contract. If it differs from the plan document, the plan document governs. Form BHP-BS-EPO750-27.";

export function summaryText() {
  const parts = [...HEADER];
  for (const t of TILES) parts.push(t.join(" | "));
  parts.push("Service | You pay (Bluestem Prairie Network) | Limits & notes");
  for (const [band, rows] of SECTIONS) {
    parts.push(band);
    for (const r of rows) parts.push(r.filter(Boolean).join(" | "));
  }
  parts.push("GOOD TO KNOW");
  for (const s of SIDEBAR) parts.push(s.join(": "));
  parts.push(RX_TITLE);
  parts.push(RX_COLUMNS.filter(Boolean).join(" | "));
  for (const r of RX_ROWS) parts.push(r.join(" | "));
  parts.push(...RX_NOTES, ...FOOTNOTES, EXCLUSIONS_TITLE, ...EXCLUSIONS, CONTACT);
  return parts.join("\n");
}

function build() {
  const doc = new PDFDocument({ size: "LETTER", margins: { top: 30, bottom: 30, left: 30, right: 30 } });
  doc.pipe(fs.createWriteStream(OUT));
  const L = 30,
    W = 612 - 60,
    BOTTOM = 792 - 40;
  const GREEN = "#2f5d50",
    PALE = "#e7efe9";
  const pad = 4;
  let y = 30;
  const hgt = (text, w, size, font) => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(text || " ", { width: w - 2 * pad }) + 2 * pad;
  };
  const box = (x, yy, w, h, fill, stroke) => {
    doc.save();
    if (fill) doc.rect(x, yy, w, h).fill(fill);
    doc.restore();
    if (stroke) doc.save().lineWidth(0.5).strokeColor(stroke).rect(x, yy, w, h).stroke().restore();
  };
  const put = (text, x, yy, w, size, font, color = "#000", align = "left") =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(text, x + pad, yy + pad, { width: w - 2 * pad, align });

  // Header band
  box(L, y, W, 62, GREEN);
  put(HEADER[0], L + 6, y + 4, 300, 18, "Helvetica-Bold", "#fff");
  put(HEADER[1], L + 6, y + 30, 360, 10, "Helvetica", "#fff");
  put(HEADER[2], L + W - 300, y + 8, 300, 7.5, "Helvetica", "#fff", "right");
  put(HEADER[3], L + W - 300, y + 30, 300, 7.5, "Helvetica-Bold", "#fff", "right");
  y += 70;

  // Tiles
  const tw = (W - 18) / 4;
  const th = Math.max(
    ...TILES.map(
      (t) =>
        hgt(t[0], tw, 8, "Helvetica-Bold") +
        hgt(t[1], tw, 11, "Helvetica-Bold") +
        hgt(t[2], tw, 7, "Helvetica"),
    ),
  );
  TILES.forEach((t, i) => {
    const x = L + i * (tw + 6);
    box(x, y, tw, th, PALE, GREEN);
    put(t[0].toUpperCase(), x, y, tw, 8, "Helvetica-Bold", GREEN);
    const y2 = y + hgt(t[0], tw, 8, "Helvetica-Bold") - 4;
    put(t[1], x, y2, tw, 11, "Helvetica-Bold");
    put(t[2], x, y2 + hgt(t[1], tw, 11, "Helvetica-Bold") - 4, tw, 7, "Helvetica", "#333");
  });
  y += th + 10;

  // Two columns: benefit grid (left) and sidebar (right)
  const SW = 150,
    GW = W - SW - 10;
  const cw = [GW * 0.44, GW * 0.27, GW * 0.29];
  const sx = L + GW + 10;
  let sy = y;
  box(sx, sy, SW, 16, GREEN);
  put("GOOD TO KNOW", sx, sy, SW, 8.5, "Helvetica-Bold", "#fff");
  sy += 18;
  for (const [h, t] of SIDEBAR) {
    const bh = hgt(h, SW, 8, "Helvetica-Bold") + hgt(t, SW, 7.5, "Helvetica") - 4;
    box(sx, sy, SW, bh, PALE);
    put(h, sx, sy, SW, 8, "Helvetica-Bold", GREEN);
    put(t, sx, sy + hgt(h, SW, 8, "Helvetica-Bold") - 4, SW, 7.5, "Helvetica");
    sy += bh + 6;
  }
  const gridHead = () => {
    const heads = ["Service", "You pay (Bluestem Prairie Network)", "Limits & notes"];
    const h = Math.max(...heads.map((t, i) => hgt(t, cw[i], 8, "Helvetica-Bold")));
    let x = L;
    heads.forEach((t, i) => {
      box(x, y, cw[i], h, "#cfdcd3", "#7a9a88");
      put(t, x, y, cw[i], 8, "Helvetica-Bold");
      x += cw[i];
    });
    y += h;
  };
  gridHead();
  for (const [band, rows] of SECTIONS) {
    if (y + 40 > BOTTOM) {
      doc.addPage();
      y = 30;
      gridHead();
    }
    box(L, y, GW, 14, GREEN);
    put(band, L, y - 1, GW, 8, "Helvetica-Bold", "#fff");
    y += 14;
    rows.forEach((r, k) => {
      const h = Math.max(...r.map((t, i) => hgt(t, cw[i], 7.8, i === 1 ? "Helvetica-Bold" : "Helvetica")));
      if (y + h > BOTTOM) {
        doc.addPage();
        y = 30;
        gridHead();
      }
      let x = L;
      r.forEach((t, i) => {
        box(x, y, cw[i], h, k % 2 ? "#f6f8f6" : null, "#b9c9be");
        put(t, x, y, cw[i], 7.8, i === 1 ? "Helvetica-Bold" : "Helvetica");
        x += cw[i];
      });
      y += h;
    });
  }

  // Prescription table: tiers across the top
  y += 16;
  if (y + 220 > BOTTOM) {
    doc.addPage();
    y = 30;
  }
  box(L, y, W, 18, GREEN);
  put(RX_TITLE, L, y + 1, W, 10, "Helvetica-Bold", "#fff");
  y += 20;
  const rw = [W * 0.24, W * 0.19, W * 0.19, W * 0.19, W * 0.19];
  const hh = Math.max(...RX_COLUMNS.map((t, i) => hgt(t, rw[i], 8.5, "Helvetica-Bold")));
  let x = L;
  RX_COLUMNS.forEach((t, i) => {
    box(x, y, rw[i], hh, "#cfdcd3", "#7a9a88");
    put(t, x, y, rw[i], 8.5, "Helvetica-Bold", "#000", i ? "center" : "left");
    x += rw[i];
  });
  y += hh;
  for (const r of RX_ROWS) {
    const h = Math.max(...r.map((t, i) => hgt(t, rw[i], 8.5, i ? "Helvetica" : "Helvetica-Bold")));
    x = L;
    r.forEach((t, i) => {
      box(x, y, rw[i], h, i ? null : PALE, "#b9c9be");
      put(t, x, y, rw[i], 8.5, i ? "Helvetica" : "Helvetica-Bold", "#000", i ? "center" : "left");
      x += rw[i];
    });
    y += h;
  }
  y += 6;
  doc
    .font("Helvetica")
    .fontSize(8)
    .fillColor("#000")
    .list(RX_NOTES, L + 6, y, { width: W - 12, bulletRadius: 1.5 });
  y = doc.y + 12;

  // Footnotes
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor("#999")
    .moveTo(L, y)
    .lineTo(L + W, y)
    .stroke()
    .restore();
  y += 4;
  for (const f of FOOTNOTES) {
    doc.font("Helvetica-Oblique").fontSize(7.5).fillColor("#333").text(f, L, y, { width: W });
    y = doc.y + 2;
  }
  y += 10;

  // Exclusions in three columns
  box(L, y, W, 16, "#8a3b2e");
  put(EXCLUSIONS_TITLE, L, y, W, 9, "Helvetica-Bold", "#fff");
  y += 20;
  const per = Math.ceil(EXCLUSIONS.length / 3),
    ew = W / 3;
  let maxY = y;
  for (let c = 0; c < 3; c++) {
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#000")
      .list(EXCLUSIONS.slice(c * per, (c + 1) * per), L + c * ew + 8, y, {
        width: ew - 16,
        bulletRadius: 1.5,
      });
    maxY = Math.max(maxY, doc.y);
  }
  y = maxY + 14;

  // Contact strip
  const ch = hgt(CONTACT, W, 8, "Helvetica");
  box(L, y, W, ch, PALE, GREEN);
  put(CONTACT, L, y, W, 8, "Helvetica");
  doc.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) build();

// File name -> text, for checkers that should not depend on a PDF parser.
export const PDF_TEXTS = { [NAME]: summaryText };
