// Builds the two PDF documents for the fictional employer 88-8888888 (Harborlight Marine Logistics).
// Run from /work/main:  node eval/benefits-tuning/clients/88-8888888/make-pdfs.mjs
// Also exports pdfTexts(): the exact strings drawn into each PDF, used by check-questions.mjs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import PDFDocument from "pdfkit";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, "documents");
const FIXED_DATE = new Date("2025-10-01T12:00:00Z");

export const COMPARISON_PDF = "harborlight-medical-comparison-2026.pdf";
export const VISION_PDF = "clearharbor-vision-flyer-2026.pdf";
const COMPARISON_TITLE = "Harborlight 2026 Medical Plan Comparison";
const VISION_TITLE = "ClearHarbor Vision Plus 2026 Flyer";

// ---------------------------------------------------------------- comparison data
const PLAN_HEADS = ["Tidewater Choice PPO 500", "Tidewater Saver HDHP 3400 (HSA-eligible)", "Tidewater Coastal HMO Select"];
const ROWS = [
  ["PLAN BASICS"],
  ["Plan type / network", "PPO, Tidewater Open Access network", "High-deductible health plan, Tidewater Open Access network", "HMO, Coastal Care Partners network only"],
  ["Annual deductible (individual / family)", "$500 / $1,000", "$3,400 / $6,800 (non-embedded)", "$0"],
  ["Out-of-pocket maximum (individual / family)", "$3,000 / $6,000", "$6,000 / $12,000", "$2,000 / $4,000"],
  ["Coinsurance (after deductible)", "20%", "20%", "None; copays apply (DME 20%)"],
  ["Out-of-network deductible (individual / family)", "$1,000 / $2,000", "$6,800 / $13,600", "Not covered"],
  ["Out-of-network coinsurance", "40% after deductible", "40% after deductible", "Not covered (except emergencies)"],
  ["Referral needed to see a specialist", "No", "No", "Yes, from your PCP"],
  ["OFFICE VISITS AND CARE"],
  ["Preventive care", "$0", "$0", "$0"],
  ["Primary care visit", "$25 copay", "20% after deductible", "$15 copay"],
  ["Specialist visit", "$50 copay", "20% after deductible", "$40 copay (referral required)"],
  ["Virtual visit (Tidewater Virtual Care)", "$10 copay", "$0", "$0"],
  ["Mental health office visit", "$25 copay", "20% after deductible", "$15 copay"],
  ["Urgent care", "$60 copay", "20% after deductible", "$35 copay"],
  ["Emergency room", "$300 copay (waived if admitted)", "20% after deductible", "$250 copay (waived if admitted)"],
  ["Ambulance", "20% after deductible", "20% after deductible", "$150 copay"],
  ["TESTS, HOSPITAL AND SURGERY"],
  ["Lab work", "$0", "20% after deductible", "$0"],
  ["X-rays", "20% after deductible", "20% after deductible", "$25 copay"],
  ["MRI / CT / PET scans", "$150 copay", "20% after deductible", "$100 copay"],
  ["Inpatient hospital stay", "20% after deductible", "20% after deductible", "$350 copay per admission"],
  ["Outpatient surgery", "20% after deductible", "20% after deductible", "$150 copay"],
  ["THERAPIES AND OTHER SERVICES"],
  ["Chiropractic care", "$35 copay (20 visits/year)", "20% after deductible (20 visits/year)", "$20 copay (12 visits/year)"],
  ["Physical / occupational / speech therapy", "$40 copay (30 visits/year)", "20% after deductible (30 visits/year)", "$30 copay (20 visits/year)"],
  ["Acupuncture", "$35 copay (12 visits/year)", "20% after deductible (12 visits/year)", "Not covered"],
  ["Hearing aids", "Up to $1,500 per ear every 36 months", "20% after deductible, up to $1,000 per ear every 36 months", "Not covered"],
  ["Infertility treatment (including IVF)", "50% coinsurance, $15,000 lifetime maximum", "Not covered", "Not covered"],
  ["Bariatric surgery", "20% after deductible (preauthorization)", "20% after deductible (preauthorization)", "Not covered"],
  ["Weight-loss medications", "Not covered", "Not covered", "Not covered"],
  ["PRESCRIPTION DRUGS (ScriptWell Rx)"],
  ["Generic, Tier 1 (30-day retail)", "$10", "$10 on Preventive Drug List; otherwise 20% after deductible", "$5"],
  ["Preferred brand, Tier 2 (30-day retail)", "$40", "20% after deductible", "$30"],
  ["Non-preferred brand, Tier 3 (30-day retail)", "$70", "20% after deductible", "$60"],
  ["Specialty, Tier 4", "20% up to $250 per fill", "20% after deductible", "20% up to $200 per fill"],
  ["Mail order, 90-day (Tier 1 / Tier 2 / Tier 3)", "$20 / $80 / $140", "20% after deductible", "$10 / $60 / $120"],
  ["HEALTH SAVINGS ACCOUNT"],
  ["Harborlight HSA contribution (2026)", "Not eligible", "$750 employee only / $1,500 all other tiers", "Not eligible"],
];

// ---------------------------------------------------------------- vision data
const VISION_IN = [
  ["Eye exam", "$10 copay, once every 12 months"],
  ["Materials copay", "$20, applies to eyeglass lenses or frames"],
  ["Eyeglass lenses", "Single vision, lined bifocal or lined trifocal: covered in full after the materials copay, once every 12 months"],
  ["Frames", "$150 allowance every 24 months, plus 20% off any amount over the allowance"],
  ["Contact lenses (elective)", "$150 allowance every 12 months, in lieu of glasses"],
  ["Contact lenses (medically necessary)", "Covered in full with prior approval"],
  ["Kids under 19", "Polycarbonate lenses covered in full"],
  ["Lens upgrades", "Anti-reflective coating $45 copay; standard progressive lenses $65 copay; blue-light filtering $15 copay"],
  ["LASIK", "15% off the standard price or 5% off a promotional price at ClearHarbor LASIK partners"],
];
const VISION_OON = [
  ["Eye exam", "up to $45"],
  ["Frames", "up to $70"],
  ["Single vision lenses", "up to $30"],
  ["Lined bifocal lenses", "up to $50"],
  ["Lined trifocal lenses", "up to $65"],
  ["Elective contact lenses", "up to $105"],
];

// ---------------------------------------------------------------- helpers
function recorder(doc, sink) {
  return (text, x, y, opts = {}) => {
    sink.push(text);
    doc.text(text, x, y, { lineBreak: true, ...opts });
  };
}

function buildComparison(doc, drawn) {
  const T = recorder(doc, drawn);
  const M = 30, PAGE_W = 792, PAGE_H = 612;
  const COLS = [{ x: M, w: 168 }, { x: 198, w: 188 }, { x: 386, w: 188 }, { x: 574, w: 188 }];
  const PAD = 4;
  let page = 1;

  const header = () => {
    doc.rect(0, 0, PAGE_W, 54).fill("#0b3d5c");
    doc.fillColor("#ffffff").font("Helvetica-Bold").fontSize(15);
    T("Harborlight Marine Logistics, Inc. | 2026 Medical Plan Comparison", M, 14);
    doc.font("Helvetica").fontSize(8.5);
    T("Plan year January 1 - December 31, 2026. In-network benefits shown unless noted. Carrier: Tidewater Health Plan.", M, 35);
    doc.fillColor("#000000");
    let y = 64;
    doc.font("Helvetica-Bold").fontSize(8.5);
    const heads = ["Benefit", ...PLAN_HEADS];
    doc.rect(M, y, PAGE_W - 2 * M, 22).fill("#d7e6ef");
    doc.fillColor("#000000");
    heads.forEach((h, i) => T(h, COLS[i].x + PAD, y + 7, { width: COLS[i].w - 2 * PAD }));
    return y + 22;
  };
  const footer = () => {
    doc.font("Helvetica").fontSize(7).fillColor("#444444");
    T(`Summary only. If this comparison differs from a plan's Summary of Benefits and Coverage or plan document, the plan document governs. Page ${page}`, M, PAGE_H - 24, { width: PAGE_W - 2 * M });
    doc.fillColor("#000000");
  };

  let y = header();
  doc.fontSize(7.5);
  for (const row of ROWS) {
    if (row.length === 1) {
      const h = 14;
      if (y + h > PAGE_H - 40) { footer(); doc.addPage(); page++; y = header(); doc.fontSize(7.5); }
      doc.rect(M, y, PAGE_W - 2 * M, h).fill("#0b3d5c");
      doc.fillColor("#ffffff").font("Helvetica-Bold").fontSize(7.5);
      T(row[0], M + PAD, y + 4);
      doc.fillColor("#000000");
      y += h;
      continue;
    }
    doc.font("Helvetica").fontSize(7.5);
    const h = Math.max(...row.map((c, i) => doc.font(i === 0 ? "Helvetica-Bold" : "Helvetica").fontSize(7.5).heightOfString(c, { width: COLS[i].w - 2 * PAD }))) + 2 * PAD;
    if (y + h > PAGE_H - 40) { footer(); doc.addPage(); page++; y = header(); doc.fontSize(7.5); }
    row.forEach((cell, i) => {
      doc.rect(COLS[i].x, y, COLS[i].w, h).lineWidth(0.5).stroke("#8aa4b5");
      doc.font(i === 0 ? "Helvetica-Bold" : "Helvetica").fontSize(7.5).fillColor("#000000");
      T(cell, COLS[i].x + PAD, y + PAD, { width: COLS[i].w - 2 * PAD });
    });
    y += h;
  }
  footer();
}

function buildVision(doc, drawn) {
  const T = recorder(doc, drawn);
  const W = 612, M = 48;
  doc.rect(0, 0, W, 130).fill("#1f6f8b");
  doc.fillColor("#ffffff").font("Helvetica-Bold").fontSize(30);
  T("ClearHarbor Vision Plus", M, 34);
  doc.font("Helvetica").fontSize(14);
  T("See the harbor clearly in 2026.", M, 74);
  doc.fontSize(10);
  T("Your vision benefit from Harborlight Marine Logistics, Inc.", M, 98);

  doc.fillColor("#1f6f8b").font("Helvetica-Bold").fontSize(13);
  T("In-network: ClearHarbor Select providers", M, 150);
  let y = 172;
  for (const [label, value] of VISION_IN) {
    doc.font("Helvetica").fontSize(10);
    const h = Math.max(doc.font("Helvetica-Bold").heightOfString(label, { width: 150 }), doc.font("Helvetica").heightOfString(value, { width: 340 })) + 10;
    doc.rect(M, y, W - 2 * M, h).lineWidth(0.5).stroke("#9cc3d1");
    doc.fillColor("#0b3d5c").font("Helvetica-Bold").fontSize(10);
    T(label, M + 8, y + 5, { width: 150 });
    doc.fillColor("#000000").font("Helvetica").fontSize(10);
    T(value, M + 168, y + 5, { width: 340 });
    y += h;
  }

  y += 18;
  doc.fillColor("#1f6f8b").font("Helvetica-Bold").fontSize(13);
  T("Out-of-network reimbursement", M, y);
  y += 20;
  doc.fillColor("#000000").font("Helvetica").fontSize(9.5);
  T("See any licensed eye doctor, pay in full, and send your itemized receipt to ClearHarbor. You are reimbursed:", M, y, { width: W - 2 * M });
  y += 26;
  VISION_OON.forEach(([label, value], i) => {
    const col = i % 2, x = M + col * 258;
    if (col === 0 && i > 0) y += 18;
    doc.font("Helvetica-Bold").fontSize(10);
    T(label, x, y, { width: 150 });
    doc.font("Helvetica").fontSize(10);
    T(value, x + 150, y, { width: 100 });
  });
  y += 36;

  doc.rect(M, y, W - 2 * M, 62).fill("#eef6f9");
  doc.fillColor("#0b3d5c").font("Helvetica-Bold").fontSize(10.5);
  T("Find a ClearHarbor Select eye doctor", M + 10, y + 10);
  doc.fillColor("#000000").font("Helvetica").fontSize(9.5);
  T("clearharbor.example/find  |  Member services 555-0167  |  Group number HML-2026-V", M + 10, y + 28);
  T("Popular in-network retail locations include Bayside Optical and Lighthouse Eyecare.", M + 10, y + 42);

  doc.fillColor("#555555").fontSize(7.5);
  T("Allowances are per covered person. Frequencies are measured from your last date of service. Per-paycheck costs are listed in the Harborlight employee handbook. This flyer is a summary; the ClearHarbor certificate of coverage governs.", M, 730, { width: W - 2 * M });
}

function render(builder, file, layout, drawn, title) {
  const doc = new PDFDocument({ size: "LETTER", layout, margin: 0, info: { Title: title, Author: "Harborlight Marine Logistics, Inc.", CreationDate: FIXED_DATE } });
  let stream = null;
  if (file) {
    stream = fs.createWriteStream(path.join(DOCS, file));
    doc.pipe(stream);
  }
  builder(doc, drawn);
  doc.end();
  return stream ? new Promise((res) => stream.on("finish", res)) : Promise.resolve();
}

// Strings drawn into each PDF (no files written).
export function pdfTexts() {
  const out = { [COMPARISON_PDF]: [], [VISION_PDF]: [] };
  render(buildComparison, null, "landscape", out[COMPARISON_PDF], COMPARISON_TITLE);
  render(buildVision, null, "portrait", out[VISION_PDF], VISION_TITLE);
  return out;
}

export async function writePdfs() {
  fs.mkdirSync(DOCS, { recursive: true });
  const drawn = { [COMPARISON_PDF]: [], [VISION_PDF]: [] };
  await render(buildComparison, COMPARISON_PDF, "landscape", drawn[COMPARISON_PDF], COMPARISON_TITLE);
  await render(buildVision, VISION_PDF, "portrait", drawn[VISION_PDF], VISION_TITLE);
  return drawn;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const drawn = await writePdfs();
  for (const [f, t] of Object.entries(drawn)) console.log(`wrote documents/${f} (${t.length} text items)`);
}
