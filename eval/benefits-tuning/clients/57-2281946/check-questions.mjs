// Checks the held-out set (adapted from benefits-heldout-7's checker): personas point at real plans and
// tiers, every question is well-formed, every expected document belongs to the persona's plans, every cite
// and figure appears verbatim in that document's text, and rate-sheet figures are the persona's own amounts.
// Changes from heldout-7's checker:
//   - three coverage tiers (Employee Only, Employee + One, Family) instead of four;
//   - a semimonthly payroll with 24 paychecks in 2027;
//   - the rate sheet is a CSV with the tiers as COLUMNS: one block of six lines per plan (you pay per paycheck,
//     Cedar Shoals pays per paycheck, total per paycheck, you pay per month = 2 x per paycheck, you pay per year
//     = 24 x per paycheck, COBRA monthly rate = total x 2 x 1.02 rounded to the cent), money cells quoted;
//   - a rate-sheet cite is the start of one CSV line, running from the plan name up to and including the
//     persona's own tier column, and the figure is that last cell; so the cite fixes plan, line item and tier;
//   - two PDFs (a landscape SBC and a card-style Plan Highlights) are compared with the arrays make-pdfs.mjs
//     exports and with their real text layers;
//   - cross-document checks: each medical plan's first document prints its client.json deductible and
//     out-of-pocket amounts; the memo's COBRA worked example matches the rate sheet.
// Usage: node check-questions.mjs
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// The tuning set's root: this client's folder is ROOT/clients/57-2281946, its questions ROOT's file.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const errors = [];
const warnings = [];
const fail = (m) => errors.push(m);

const TIER_COLUMN = { employee: "Employee Only", employee_plus_one: "Employee + One", family: "Family" };
const TIERS = Object.keys(TIER_COLUMN);
const PAYCHECKS = 24;

const clients = {};
for (const ein of ["57-2281946"]) {
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

// The six printed lines of one plan block, in order: [label, (plan, tier) -> cents].
const RATE_LINES = [
  ["You pay per paycheck", (v) => cents(v.employee)],
  ["Cedar Shoals pays per paycheck", (v) => cents(v.employer)],
  ["Total cost per paycheck", (v) => cents(v.employee) + cents(v.employer)],
  ["You pay per month", (v) => (cents(v.employee) * PAYCHECKS) / 12],
  [`You pay per year (${PAYCHECKS} paychecks)`, (v) => cents(v.employee) * PAYCHECKS],
  ["COBRA monthly rate", (v) => Math.round((((cents(v.employee) + cents(v.employer)) * PAYCHECKS) / 12) * 1.02)],
];
const RATE_HEAD = ["Plan", "Line item", ...TIERS.map((t) => TIER_COLUMN[t])];
const isRateDoc = (d) => /contributions.*\.csv$/.test(d);

// Minimal CSV line parser (double-quoted cells may hold commas).
function csvCells(line) {
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
const rateRows = {}; // ein -> [{raw, cells}]

for (const [ein, { client, dir }] of Object.entries(clients)) {
  const names = new Set();
  for (const p of client.plans) {
    for (const d of p.documents) names.add(d);
    if (!Array.isArray(p.documents) || p.documents.length < 2) fail(`${p.code}: documents list too short`);
    for (const t of Object.keys(p.tiers)) if (!TIER_COLUMN[t]) fail(`${p.code}: unknown tier ${t}`);
    if (p.type === "medical" && (!p.deductible || !p.outOfPocketMax)) fail(`${p.code}: medical plan lacks deductible/OOP`);
    if (p.planYear !== 2027) fail(`${p.code}: plan year is not 2027`);
  }
  for (const d of names)
    if (!d.endsWith(".pdf") && !fs.existsSync(path.join(dir, "documents", d))) fail(`${ein}: ${d} listed but missing`);
  const docCount = new Set([...names]).size;
  if (docCount < 5 || docCount > 7) fail(`${ein}: ${docCount} documents, expected 5 to 7`);
  const rateDoc = [...names].find(isRateDoc);
  if (!rateDoc) {
    fail(`${ein}: no rate sheet among the plan documents`);
    continue;
  }
  const rows = [];
  let header = null;
  for (const raw of fs.readFileSync(path.join(dir, "documents", rateDoc), "utf8").split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith("#")) continue;
    const cells = csvCells(raw);
    if (cells.every((c) => c === "")) continue;
    if (!header) {
      header = cells;
      if (cells.join("|") !== RATE_HEAD.join("|")) fail(`rate sheet: unexpected header ${raw}`);
      continue;
    }
    if (cells.length !== RATE_HEAD.length) fail(`rate sheet: wrong number of cells: ${raw}`);
    rows.push({ raw, cells });
  }
  rateRows[ein] = rows;
  for (const p of client.plans) {
    for (const [label, fn] of RATE_LINES) {
      const hits = rows.filter((r) => r.cells[0] === p.name && r.cells[1] === label);
      if (hits.length !== 1) {
        fail(`rate sheet has ${hits.length} "${label}" lines for ${p.name}`);
        continue;
      }
      TIERS.forEach((t, i) => {
        const got = hits[0].cells[2 + i];
        const want = p.tiers[t] ? money(fn(p.tiers[t])) : "";
        if (got !== want) fail(`rate ${p.name} / ${label} / ${TIER_COLUMN[t]}: ${got} != ${want}`);
      });
    }
  }
  for (const r of rows)
    if (!client.plans.some((p) => p.name === r.cells[0]) || !RATE_LINES.some(([l]) => l === r.cells[1]))
      fail(`rate sheet: a line that client.json does not explain: ${r.raw}`);
}

// The PDFs' real text layer must hold every piece of the exported text (whitespace ignored), after the page
// furniture drawn last on each page is cut off.
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

// Cross-document checks.
const dollars = (n) => `$${Number(n).toLocaleString("en-US")}`;
for (const [ein, c] of Object.entries(clients)) {
  for (const p of c.client.plans.filter((x) => x.type === "medical")) {
    const t = norm(docText(c, p.documents[0]));
    for (const field of ["deductible", "outOfPocketMax"])
      for (const level of ["individual", "family"])
        if (!t.includes(norm(dollars(p[field][level]))))
          fail(`${p.documents[0]} does not print the ${level} ${field} ${dollars(p[field][level])}`);
  }
  for (const p of c.client.plans.filter((x) => x.type === "dental"))
    for (const level of ["individual", "family"])
      if (!norm(docText(c, p.documents[0])).includes(norm(dollars(p.deductible[level]))))
        fail(`${p.documents[0]} does not print the ${level} dental deductible ${dollars(p.deductible[level])}`);
  const memo = c.client.plans[0].documents.find((d) => /memo.*\.txt$/.test(d));
  const hmo = c.client.plans.find((p) => p.code === "HMO-500");
  if (memo && hmo) {
    const g = docText(c, memo);
    const v = hmo.tiers.employee;
    const total = cents(v.employee) + cents(v.employer);
    const cobra = RATE_LINES[5][1](v);
    for (const want of [money(total), money(total * PAYCHECKS), money((total * PAYCHECKS) / 12), money(cobra)])
      if (!g.includes(want)) fail(`${memo}: COBRA worked example lacks ${want}`);
  }
}

const file = "questions-57-2281946.json";
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
  for (const type of ["medical", "dental", "vision"])
    if (personaPlans[id].filter(({ plan }) => plan.type === type).length > 1) fail(`persona ${id}: more than one ${type} plan`);
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
  if (q.expect.figure !== null && typeof q.expect.figure !== "string") fail(`${tag}: figure must be a string or null`);
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
      const c0 = norm(e.cite),
        f = norm(e.figure);
      let near = false;
      for (let k = text.indexOf(c0); k >= 0 && !near; k = text.indexOf(c0, k + 1)) {
        const win = text.slice(Math.max(0, k - 400), k + c0.length + 400);
        near = win.includes(f);
      }
      if (!near) warnings.push(`${tag}: figure ${e.figure} not within the cited passage's neighbourhood`);
    }
  }
  if (e.document.endsWith(".pdf") && pdfLayer[e.document] !== undefined) {
    if (e.cite && !pdfLayer[e.document].includes(squash(e.cite))) fail(`${tag}: cite not in the text layer of ${e.document}`);
    if (e.figure && !pdfLayer[e.document].includes(squash(e.figure)))
      fail(`${tag}: figure not in the text layer of ${e.document}`);
  }
  // Rate-sheet answers: the cite is the start of one line up to the persona's own tier column, the plan is
  // one of the persona's plans, and the figure is that last cell.
  if (isRateDoc(e.document)) {
    const rows = rateRows[personas[q.persona].client] ?? [];
    const row = rows.find((r) => r.raw.startsWith(e.cite));
    if (!row) fail(`${tag}: rate cite is not the start of a rate-sheet line: ${e.cite}`);
    else {
      const own = plans.find(({ plan }) => plan.name === row.cells[0]);
      const citedCells = csvCells(e.cite);
      if (!own) fail(`${tag}: rate cite is for ${row.cells[0]}, not one of the persona's plans`);
      else {
        const col = 2 + TIERS.indexOf(own.tier);
        if (citedCells.length !== col + 1 || !row.raw.startsWith(e.cite))
          fail(`${tag}: rate cite should run up to the ${TIER_COLUMN[own.tier]} column`);
        if (e.figure !== null && e.figure !== row.cells[col])
          fail(`${tag}: rate figure ${e.figure} is not the persona's ${TIER_COLUMN[own.tier]} amount ${row.cells[col]}`);
      }
    }
  }
  // Deductible / out-of-pocket answers from a medical document must match the persona's tier.
  const med = plans.find(({ plan }) => plan.type === "medical" && plan.documents[0] === e.document);
  if (med && e.figure && /^(deductible|oop max)/.test(q.facet)) {
    const field = q.facet.startsWith("deductible") ? "deductible" : "outOfPocketMax";
    const level = med.tier === "employee" ? "individual" : "family";
    const want = dollars(med.plan[field][level]);
    if (e.figure !== want) fail(`${tag}: ${field} figure ${e.figure} but persona's ${level} amount is ${want}`);
  }
}

for (const w of warnings) console.log("warning:", w);
for (const m of errors) console.log("ERROR:", m);
console.log(`personas: ${Object.keys(personas).length}`);
console.log(
  `questions: ${questions.length}  notInDocuments: ${nid} (${((100 * nid) / questions.length).toFixed(1)}%)  spanish: ${es} (${((100 * es) / questions.length).toFixed(1)}%)  inDocuments: ${questions.length - nid}  (null figure: ${nullFig})`,
);
console.log("per persona:", JSON.stringify(byPersona));
console.log("per document:", JSON.stringify(byDoc));
if (errors.length) {
  console.log(`FAIL: ${errors.length} error(s)`);
  process.exit(1);
}
console.log("OK");
