// Checks the held-out set (adapted from benefits-heldout-6's checker): personas point at
// real plans and tiers, every question is well-formed, every expected document belongs to
// the persona's plans, every cite and figure appears verbatim in that document's text, and
// rate-sheet figures are the persona's own amounts.
// Changes from heldout-6's checker:
//   - four coverage tiers (Employee Only, Employee + Spouse/Domestic Partner, Employee + Child(ren),
//     Family) instead of three;
//   - a weekly payroll with 52 paychecks in 2027;
//   - the rate sheet is a Markdown file with one table per tier ("## <tier label>"), one row per plan and
//     the columns: you pay each week, Larkspur pays each week, total weekly cost, your cost per month
//     (52 x weekly / 12, rounded to the cent), your cost per year (52 x weekly) and the COBRA monthly rate
//     (total weekly x 52 / 12, rounded to the cent, x 1.02, rounded to the cent);
//   - two PDFs (an SBC and a two-column benefit summary) are compared with the arrays make-pdfs.mjs exports;
//   - a few cross-document checks: each medical plan's first document prints its client.json deductible and
//     out-of-pocket amounts, and the guide's COBRA worked example matches the rate sheet.
// Usage: node check-questions.mjs
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// The tuning set's root: this client's folder is ROOT/clients/84-3170592, its questions ROOT's file.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const errors = [];
const warnings = [];
const fail = (m) => errors.push(m);

const clients = {};
for (const ein of ["84-3170592"]) {
  const dir = path.join(ROOT, "clients", ein);
  const client = JSON.parse(fs.readFileSync(path.join(dir, "client.json"), "utf8"));
  if (client.employer.ein !== ein) fail(`client.json EIN ${client.employer.ein} != folder ${ein}`);
  if (!/^\d{2}-\d{7}$/.test(ein)) fail(`EIN ${ein} is not in NN-NNNNNNN form`);
  if (client.employer.payFrequency !== "weekly") fail(`${ein}: this checker expects a weekly payroll`);
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
// Weekly payroll, 52 paychecks in 2027. All amounts from cents.
const PAYCHECKS = 52;
const monthlyOf = (c) => Math.round((c * PAYCHECKS) / 12);
const cobraOf = (total) => Math.round(monthlyOf(total) * 1.02);
// The printed columns of one rate row, in order, for one plan x tier entry of client.json.
const rateColumns = (v) => {
  const e = cents(v.employee),
    r = cents(v.employer);
  return [e, r, e + r, monthlyOf(e), e * PAYCHECKS, cobraOf(e + r)].map(money);
};

const TIER_HEADING = {
  employee: "Employee Only",
  employee_spouse: "Employee + Spouse/Domestic Partner",
  employee_children: "Employee + Child(ren)",
  family: "Family",
};
const RATE_HEAD = [
  "Plan",
  "You pay each week",
  "Larkspur pays each week",
  "Total weekly cost",
  "Your cost per month",
  "Your cost per year (52 paychecks)",
  "COBRA monthly rate",
];
const isRateDoc = (d) => /contributions.*\.md$/.test(d);
const cellsOf = (line) =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((x) => x.trim());

// Every plan's documents exist, and the Markdown rate sheet carries every client.json cost: one table per
// tier, one row per plan, no other rows.
for (const { client, dir } of Object.values(clients)) {
  const names = new Set();
  for (const p of client.plans) {
    for (const d of p.documents) names.add(d);
    if (!Array.isArray(p.documents) || p.documents.length < 2) fail(`${p.code}: documents list too short`);
    for (const t of Object.keys(p.tiers)) if (!TIER_HEADING[t]) fail(`${p.code}: unknown tier ${t}`);
    if (p.type === "medical" && (!p.deductible || !p.outOfPocketMax)) fail(`${p.code}: medical plan lacks deductible/OOP`);
  }
  for (const d of names)
    if (!d.endsWith(".pdf") && !fs.existsSync(path.join(dir, "documents", d)))
      fail(`${client.employer.ein}: ${d} listed but missing`);
  const rateDoc = [...names].find(isRateDoc);
  if (!rateDoc) fail(`${client.employer.ein}: no rate sheet among the plan documents`);
  else {
    const lines = fs.readFileSync(path.join(dir, "documents", rateDoc), "utf8").split(/\r?\n/);
    const tables = {}; // heading -> rows (arrays of cells)
    let heading = null;
    for (const line of lines) {
      const h = line.match(/^##\s+(.+?)\s*$/);
      if (h) {
        heading = h[1];
        if (tables[heading]) fail(`rate sheet: heading "${heading}" appears twice`);
        tables[heading] = [];
        continue;
      }
      if (!line.trim().startsWith("|")) continue;
      const cells = cellsOf(line);
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      if (cells[0] === "Plan") {
        if (cells.join("|") !== RATE_HEAD.join("|")) fail(`rate sheet: unexpected header under "${heading}"`);
        continue;
      }
      if (!heading) fail(`rate sheet: table row before any tier heading: ${line}`);
      else tables[heading].push(cells);
    }
    const known = new Set(Object.values(TIER_HEADING));
    for (const hd of Object.keys(tables)) if (!known.has(hd)) fail(`rate sheet: unknown tier heading "${hd}"`);
    for (const [tier, label] of Object.entries(TIER_HEADING)) {
      const rows = tables[label] ?? [];
      const plans = client.plans.filter((p) => p.tiers[tier]);
      if (plans.length && !tables[label]) fail(`rate sheet lacks a table for ${label}`);
      for (const p of plans) {
        const hits = rows.filter((r) => r[0] === p.name);
        if (hits.length !== 1) {
          fail(`rate sheet has ${hits.length} rows for ${p.name} under ${label}`);
          continue;
        }
        const want = rateColumns(p.tiers[tier]);
        const got = hits[0].slice(1);
        if (got.length !== want.length || got.some((g, i) => g !== want[i]))
          fail(`rate ${p.name}/${label}: ${got.join(" ")} != ${want.join(" ")}`);
      }
      const extra = rows.filter((r) => !plans.some((p) => p.name === r[0]));
      for (const r of extra) fail(`rate sheet: a row under ${label} that client.json does not explain: ${r[0]}`);
    }
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

// Cross-document checks: each medical plan's first document prints its client.json deductible and
// out-of-pocket amounts; the guide's COBRA worked example matches the rate sheet's COBRA rate.
const dollars = (n) => `$${Number(n).toLocaleString("en-US")}`;
for (const c of Object.values(clients)) {
  for (const p of c.client.plans.filter((x) => x.type === "medical")) {
    const t = norm(docText(c, p.documents[0]));
    for (const field of ["deductible", "outOfPocketMax"])
      for (const level of ["individual", "family"])
        if (!t.includes(norm(dollars(p[field][level]))))
          fail(`${p.documents[0]} does not print the ${level} ${field} ${dollars(p[field][level])}`);
  }
  const guide = c.client.plans[0].documents.find((d) => /guide.*\.md$/.test(d));
  const ppo = c.client.plans.find((p) => p.code === "PPO-1000");
  if (guide && ppo) {
    const g = docText(c, guide);
    const v = ppo.tiers.employee;
    const total = cents(v.employee) + cents(v.employer);
    for (const want of [money(total), money(total * PAYCHECKS), money(monthlyOf(total)), money(cobraOf(total))])
      if (!g.includes(want)) fail(`${guide}: COBRA worked example lacks ${want}`);
  }
}

const file = "questions-84-3170592.json";
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
    const own = plans.flatMap(({ plan, tier }) => rateColumns(plan.tiers[tier]));
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
