// Checks the held-out set (adapted from benefits-heldout-5's checker): personas point at
// real plans and tiers, every question is well-formed, every expected document belongs to
// the persona's plans, every cite and figure appears verbatim in that document's text, and
// rate-sheet figures are the persona's own amounts.
// Changes from heldout-5's checker:
//   - three coverage tiers (Employee Only, Employee + One, Family) instead of four;
//   - the rate sheet is a "wide" CSV for a semimonthly payroll: one row per plan x payer x basis
//     (per_paycheck, monthly_2_paychecks = 2 x per paycheck, annual_24_paychecks = 24 x per paycheck)
//     with one column per tier;
//   - rows of the rate sheet that start with "#" are notes; any other non-empty row must be explained
//     by client.json.
// Usage: node check-questions.mjs
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// The tuning set's root: this client's folder is ROOT/clients/37-4816205, its questions ROOT's file.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const errors = [];
const warnings = [];
const fail = (m) => errors.push(m);

const clients = {};
for (const ein of ["37-4816205"]) {
  const dir = path.join(ROOT, "clients", ein);
  const client = JSON.parse(fs.readFileSync(path.join(dir, "client.json"), "utf8"));
  if (client.employer.ein !== ein) fail(`client.json EIN ${client.employer.ein} != folder ${ein}`);
  if (!/^\d{2}-\d{7}$/.test(ein)) fail(`EIN ${ein} is not in NN-NNNNNNN form`);
  if (client.employer.payFrequency !== "semimonthly") fail(`${ein}: this checker expects a semimonthly payroll`);
  let pdfTexts = {},
    pdfFurniture = {};
  const maker = path.join(dir, "make-pdfs.mjs");
  if (fs.existsSync(maker)) {
    const mod = await import(pathToFileURL(maker).href);
    pdfTexts = mod.PDF_TEXTS ?? {};
    pdfFurniture = mod.PDF_FURNITURE ?? {};
  }
  clients[ein] = { client, dir, pdfTexts, pdfFurniture, cache: {} };
}

const decode = (s) =>
  s
    .replace(/&mdash;/g, "\u2014")
    .replace(/&ndash;/g, "\u2013")
    .replace(/&rsaquo;/g, "\u203a")
    .replace(/&middot;/g, "\u00b7")
    .replace(/&rsquo;/g, "\u2019")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
function docText(c, name) {
  if (c.cache[name] !== undefined) return c.cache[name];
  let text;
  if (name.endsWith(".pdf")) {
    if (!c.pdfTexts[name]) {
      fail(`no text export for ${name} in make-pdfs.mjs`);
      text = "";
    } else text = c.pdfTexts[name]();
    if (!fs.existsSync(path.join(c.dir, "documents", name)))
      warnings.push(`${name} not built yet: run node clients/<EIN>/make-pdfs.mjs`);
  } else {
    const file = path.join(c.dir, "documents", name);
    if (!fs.existsSync(file)) {
      fail(`missing document ${name}`);
      text = "";
    } else {
      text = fs.readFileSync(file, "utf8");
      if (name.endsWith(".html"))
        text = decode(text.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<[^>]+>/g, " "));
    }
  }
  c.cache[name] = text;
  return text;
}
const norm = (s) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
const squash = (s) => norm(s).replace(/\s+/g, "");
const money = (c) =>
  `$${(c / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const cents = (s) => Math.round(Number(s) * 100);
// Semimonthly: per paycheck, monthly (2 paychecks) and annual (24 paychecks), from cents.
const BASES = [
  ["per_paycheck", 1],
  ["monthly_2_paychecks", 2],
  ["annual_24_paychecks", 24],
];
const periods = (c) => BASES.map(([, k]) => money(c * k));

// Minimal CSV line parser (quoted fields may hold commas).
function parseCsvLine(line) {
  const out = [];
  let cur = "",
    q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const TIER_COLUMN = {
  employee: "employee_only",
  employee_plus_one: "employee_plus_one",
  family: "family",
};
const PAYERS = [
  ["Employee", (v) => cents(v.employee)],
  ["Millrace", (v) => cents(v.employer)],
  ["Total", (v) => cents(v.employee) + cents(v.employer)],
];
const isRateDoc = (d) => /contributions.*\.csv$/.test(d);

// Every plan's documents exist, and the wide rate sheet carries every client.json cost
// for every plan x payer x basis (rows) and tier (columns).
for (const { client, dir } of Object.values(clients)) {
  const names = new Set();
  for (const p of client.plans) {
    for (const d of p.documents) names.add(d);
    if (!Array.isArray(p.documents) || p.documents.length < 2) fail(`${p.code}: documents list too short`);
    for (const t of Object.keys(p.tiers)) if (!TIER_COLUMN[t]) fail(`${p.code}: unknown tier ${t}`);
    if (p.type === "medical" && (!p.deductible || !p.outOfPocketMax)) fail(`${p.code}: medical plan lacks deductible/OOP`);
  }
  for (const d of names)
    if (!d.endsWith(".pdf") && !fs.existsSync(path.join(dir, "documents", d)))
      fail(`${client.employer.ein}: ${d} listed but missing`);
  const rateDoc = [...names].find(isRateDoc);
  if (!rateDoc) fail(`${client.employer.ein}: no rate sheet among the plan documents`);
  else {
    const lines = fs.readFileSync(path.join(dir, "documents", rateDoc), "utf8").split(/\r?\n/);
    const head = parseCsvLine(lines[0]);
    const col = (n) => head.indexOf(n);
    for (const n of ["plan_name", "plan_code", "payer", "basis", ...Object.values(TIER_COLUMN)])
      if (col(n) < 0) fail(`rate sheet header lacks ${n}`);
    const rows = lines
      .slice(1)
      .filter((l) => l.trim() !== "" && !l.replace(/^"/, "").startsWith("#"))
      .map(parseCsvLine);
    let dataRows = 0;
    for (const p of client.plans)
      for (const [payer, amount] of PAYERS)
        for (const [bi, [basis]] of BASES.entries()) {
          const hits = rows.filter(
            (r) =>
              r[col("plan_name")] === p.name &&
              r[col("plan_code")] === p.code &&
              r[col("payer")] === payer &&
              r[col("basis")] === basis,
          );
          if (hits.length !== 1) {
            fail(`rate sheet has ${hits.length} rows for ${p.name} / ${payer} / ${basis}`);
            continue;
          }
          dataRows++;
          for (const [tier, v] of Object.entries(p.tiers)) {
            const want = periods(amount(v))[bi];
            const got = hits[0][col(TIER_COLUMN[tier])];
            if (got !== want) fail(`rate ${p.name}/${payer}/${basis}/${tier}: ${got} != ${want}`);
          }
          for (const [tier, c] of Object.entries(TIER_COLUMN))
            if (!p.tiers[tier] && hits[0][col(c)] !== "")
              fail(`rate ${p.name}/${payer}/${basis}: a value for tier ${tier} that client.json lacks`);
        }
    if (rows.length !== dataRows) fail(`rate sheet has ${rows.length - dataRows} data rows that client.json does not explain`);
  }
}

// The PDFs' real text layer must hold every piece of the exported text (whitespace ignored),
// after the page furniture drawn last on each page is cut off.
let unpdf = null;
try {
  unpdf = await import("/work/main/node_modules/unpdf/dist/index.mjs");
} catch {
  warnings.push("unpdf not found: the PDFs' text layers were not compared with make-pdfs.mjs");
}
const pdfLayer = {};
if (unpdf)
  for (const c of Object.values(clients))
    for (const [name, fn] of Object.entries(c.pdfTexts)) {
      const file = path.join(c.dir, "documents", name);
      if (!fs.existsSync(file)) continue;
      const pdf = await unpdf.getDocumentProxy(new Uint8Array(fs.readFileSync(file)));
      const { totalPages, text } = await unpdf.extractText(pdf, { mergePages: false });
      const marker = c.pdfFurniture[name] ? squash(c.pdfFurniture[name]) : null;
      const layer = text
        .map((t) => {
          const s = squash(t);
          const k = marker ? s.lastIndexOf(marker) : -1;
          return k >= 0 ? s.slice(0, k) : s;
        })
        .join("");
      pdfLayer[name] = layer;
      const pieces = fn()
        .split(/\n| \| |: /)
        .map(squash)
        .filter((s) => s.length > 1 && !marker?.includes(s));
      const missing = pieces.filter((s) => !layer.includes(s));
      for (const m of missing.slice(0, 5)) fail(`${name}: text layer lacks "${m.slice(0, 80)}"`);
      if (missing.length > 5) fail(`${name}: ${missing.length - 5} more pieces missing from the text layer`);
      if (name.includes("sbc") && totalPages < 3) fail(`${name}: the SBC should run to 3 or more pages`);
    }

const file = "questions-37-4816205.json";
const { personas, questions } = JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));

const personaPlans = {};
for (const [id, p] of Object.entries(personas)) {
  const c = clients[p.client];
  if (!c) {
    fail(`persona ${id}: unknown client ${p.client}`);
    continue;
  }
  personaPlans[id] = [];
  for (const [code, tier] of p.enrollments) {
    const plan = c.client.plans.find((x) => x.code === code);
    if (!plan) fail(`persona ${id}: unknown plan ${code}`);
    else if (!plan.tiers[tier]) fail(`persona ${id}: plan ${code} has no tier ${tier}`);
    else personaPlans[id].push({ plan, tier });
  }
  if (personaPlans[id].filter(({ plan }) => plan.type === "medical").length > 1)
    fail(`persona ${id}: more than one medical plan`);
}

const seen = new Set();
const byDoc = {},
  byPersona = {};
let nid = 0,
  es = 0,
  nullFig = 0;
for (const [i, q] of questions.entries()) {
  const tag = `#${i} (${q.persona}, ${q.facet})`;
  if (seen.has(q.q)) fail(`${tag}: duplicate question text`);
  seen.add(q.q);
  if (!personas[q.persona]) {
    fail(`${tag}: unknown persona`);
    continue;
  }
  if (!["en", "es"].includes(q.lang)) fail(`${tag}: bad lang ${q.lang}`);
  if (!q.facet) fail(`${tag}: no facet`);
  if (typeof q.q !== "string" || q.q.trim().length < 5) fail(`${tag}: question text missing or too short`);
  const keys = Object.keys(q).sort().join(",");
  if (keys !== "expect,facet,lang,persona,q") fail(`${tag}: unexpected question fields ${keys}`);
  if (!q.expect || typeof q.expect !== "object") {
    fail(`${tag}: no expect`);
    continue;
  }
  const ekeys = Object.keys(q.expect).sort().join(",");
  if (ekeys !== "cite,document,figure,notInDocuments") fail(`${tag}: unexpected expect fields ${ekeys}`);
  if (typeof q.expect.notInDocuments !== "boolean") fail(`${tag}: notInDocuments must be true or false`);
  if (q.expect.figure !== null && typeof q.expect.figure !== "string")
    fail(`${tag}: figure must be a string or null`);
  byPersona[q.persona] = (byPersona[q.persona] ?? 0) + 1;
  if (q.lang === "es") es++;
  const e = q.expect;
  if (e.notInDocuments) {
    nid++;
    if (e.figure !== null || e.document !== null || e.cite !== null)
      fail(`${tag}: notInDocuments must have null figure/document/cite`);
    continue;
  }
  if (e.figure === null) nullFig++;
  byDoc[e.document] = (byDoc[e.document] ?? 0) + 1;
  const plans = personaPlans[q.persona] ?? [];
  if (!plans.some(({ plan }) => plan.documents.includes(e.document)))
    fail(`${tag}: ${e.document} is not a document of the persona's plans`);
  const c = clients[personas[q.persona].client];
  const text = norm(docText(c, e.document));
  if (!e.cite) fail(`${tag}: empty cite`);
  else if (!text.includes(norm(e.cite))) fail(`${tag}: cite not found in ${e.document}: "${e.cite}"`);
  if (e.figure !== null) {
    if (!text.includes(norm(e.figure))) fail(`${tag}: figure ${e.figure} not found in ${e.document}`);
    else if (e.cite) {
      // The figure should sit near the cited passage (same row or paragraph).
      const t = text,
        c0 = norm(e.cite),
        f = norm(e.figure);
      let near = false;
      for (let k = t.indexOf(c0); k >= 0 && !near; k = t.indexOf(c0, k + 1)) {
        const win = t.slice(Math.max(0, k - 400), k + c0.length + 400);
        near = win.includes(f);
      }
      if (!near) warnings.push(`${tag}: figure ${e.figure} not within the cited passage's neighbourhood`);
    }
  }
  // For a PDF, the cite and figure must also be in the real text layer.
  if (e.document.endsWith(".pdf") && pdfLayer[e.document] !== undefined) {
    if (e.cite && !pdfLayer[e.document].includes(squash(e.cite)))
      fail(`${tag}: cite not in the text layer of ${e.document}`);
    if (e.figure && !pdfLayer[e.document].includes(squash(e.figure)))
      fail(`${tag}: figure not in the text layer of ${e.document}`);
  }
  // Rate-sheet answers must be this persona's own amounts.
  if (isRateDoc(e.document) && e.figure !== null) {
    const own = plans.flatMap(({ plan, tier }) =>
      PAYERS.flatMap(([, amount]) => periods(amount(plan.tiers[tier]))),
    );
    if (!own.includes(e.figure))
      fail(`${tag}: rate figure ${e.figure} is not one of the persona's own amounts`);
  }
  // Deductible / out-of-pocket answers from a medical document must match the persona's tier.
  const med = plans.find(({ plan }) => plan.type === "medical" && plan.documents[0] === e.document);
  if (med && e.figure && /^(deductible|oop max)/.test(q.facet)) {
    const field = q.facet.startsWith("deductible") ? "deductible" : "outOfPocketMax";
    const level = med.tier === "employee" ? "individual" : "family";
    const want = `$${Number(med.plan[field][level]).toLocaleString("en-US")}`;
    if (e.figure !== want)
      fail(`${tag}: ${field} figure ${e.figure} but persona's ${level} amount is ${want}`);
  }
}

for (const w of warnings) console.log("warning:", w);
for (const m of errors) console.log("ERROR:", m);
console.log(`personas: ${Object.keys(personas).length}`);
console.log(
  `questions: ${questions.length}  notInDocuments: ${nid}  spanish: ${es}  inDocuments: ${questions.length - nid}  (null figure: ${nullFig})`,
);
console.log("per persona:", JSON.stringify(byPersona));
console.log("per document:", JSON.stringify(byDoc));
if (errors.length) {
  console.log(`FAIL: ${errors.length} error(s)`);
  process.exit(1);
}
console.log("OK");
