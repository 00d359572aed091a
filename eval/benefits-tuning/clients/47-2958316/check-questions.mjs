// Checks the held-out set (adapted from benefits-heldout-3's checker): personas point at
// real plans and tiers, every question is well-formed, every expected document belongs to
// the persona's plans, every cite and figure appears verbatim in that document's text, and
// rate-sheet figures are the persona's own amounts.
// Usage: node check-questions.mjs
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Moved into the tuning set: the set's root is two levels up, and only this client is checked.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const errors = [];
const warnings = [];
const fail = (m) => errors.push(m);

const clients = {};
for (const ein of ["47-2958316"]) {
  const dir = path.join(ROOT, "clients", ein);
  const client = JSON.parse(fs.readFileSync(path.join(dir, "client.json"), "utf8"));
  if (client.employer.ein !== ein) fail(`client.json EIN ${client.employer.ein} != folder ${ein}`);
  let pdfTexts = {};
  const maker = path.join(dir, "make-pdfs.mjs");
  if (fs.existsSync(maker)) pdfTexts = (await import(pathToFileURL(maker).href)).PDF_TEXTS ?? {};
  clients[ein] = { client, dir, pdfTexts, cache: {} };
}

const decode = (s) =>
  s
    .replace(/&mdash;/g, "\u2014")
    .replace(/&ndash;/g, "\u2013")
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
const money = (s) =>
  `$${Number(s).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const cents = (s) => Math.round(Number(s) * 100);

// Every plan's documents exist, and the rate sheet carries every client.json cost
// (per paycheck, employer, total, per month = 2 paychecks, per year = 24 paychecks).
for (const { client, dir } of Object.values(clients)) {
  const names = new Set();
  for (const p of client.plans) {
    for (const d of p.documents) names.add(d);
    if (!Array.isArray(p.documents) || p.documents.length < 2) fail(`${p.code}: documents list too short`);
  }
  for (const d of names)
    if (!d.endsWith(".pdf") && !fs.existsSync(path.join(dir, "documents", d)))
      fail(`${client.employer.ein}: ${d} listed but missing`);
  const rateDoc = [...names].find((d) => /rates?\b.*\.(csv|html)$/.test(d));
  if (rateDoc) {
    const lines = fs.readFileSync(path.join(dir, "documents", rateDoc), "utf8").split(/\r?\n/);
    const label = {
      employee: "Employee Only",
      employee_spouse: "Employee + Spouse/Partner",
      employee_children: "Employee + Child(ren)",
      family: "Family",
    };
    for (const p of client.plans)
      for (const [tier, v] of Object.entries(p.tiers)) {
        const row = lines.find((l) => l.startsWith(`${p.name},${label[tier]},`));
        if (!row) {
          fail(`rate sheet has no row for ${p.name} / ${tier}`);
          continue;
        }
        const want = [
          money(v.employee),
          money(v.employer),
          money((cents(v.employee) + cents(v.employer)) / 100),
          money((cents(v.employee) * 2) / 100),
          money((cents(v.employee) * 24) / 100),
        ];
        for (const w of want) if (!row.includes(w)) fail(`rate sheet row ${p.name}/${tier} lacks ${w}`);
      }
  }
}

const file = "questions-47-2958316.json";
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
}

const seen = new Set();
const byDoc = {},
  byPersona = {};
let nid = 0,
  es = 0;
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
  // Rate-sheet answers must be this persona's own amounts.
  if (/rates?\b.*\.(csv|html)$/.test(e.document) && e.figure !== null) {
    const own = plans.flatMap(({ plan, tier }) => {
      const v = plan.tiers[tier];
      return [
        money(v.employee),
        money(v.employer),
        money((cents(v.employee) + cents(v.employer)) / 100),
        money((cents(v.employee) * 2) / 100),
        money((cents(v.employee) * 24) / 100),
      ];
    });
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
  `questions: ${questions.length}  notInDocuments: ${nid}  spanish: ${es}  inDocuments: ${questions.length - nid}`,
);
console.log("per persona:", JSON.stringify(byPersona));
console.log("per document:", JSON.stringify(byDoc));
if (errors.length) {
  console.log(`FAIL: ${errors.length} error(s)`);
  process.exit(1);
}
console.log("OK");
