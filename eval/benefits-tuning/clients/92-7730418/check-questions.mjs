// Consistency checker for benefits-heldout-10 (Kettleback Marine Processing, EIN 92-7730418).
//
//   node eval/benefits-heldout-10/check-questions.mjs
//
// Checks:
//  - client.json shape (the evaluation script's shape): employer.{ein,name,payFrequency},
//    plans[].{code,type,name,planYear,tiers,deductible,outOfPocketMax,documents};
//    tier keys are among the four standard keys and match tierNames, every tier has
//    employee + employer per weekly paycheck as decimal strings ("12.34"),
//    deductible / outOfPocketMax are in-network {individual, family} strings or null
//    (out-of-network amounts are kept in the extra field plans[].outOfNetwork),
//    documents exist, first document = the plan's main document;
//  - client.json agrees with the documents: every contribution equals the row of
//    the HarborLine JSON export; deductibles / out-of-pocket maximums appear in the
//    plan's main document (for the PDF: in the arrays make-pdfs.mjs draws);
//  - the PDF's real text layer (unpdf / pdf.js) contains every cell make-pdfs.mjs draws;
//  - personas have client = the EIN and enrollments [[plan code, tier key], ...] that
//    point at real plans (at most one per type) and tiers present in that plan, and
//    no two personas have the same enrollments;
//  - every question is well-formed; answerable ones cite a document that belongs to
//    one of the persona's plans, and cite + figure occur verbatim in that document's
//    text (PDF: text layer; HTML/Markdown: text with tags removed or raw source;
//    e-mail thread: raw text or text with "> " quote markers removed; whitespace is
//    collapsed everywhere);
//  - facet "rate" figures are the persona's OWN amounts (weekly employee or employer
//    share, weekly total, or x52 annual) for one of the persona's plans at the
//    persona's tier, and never only another tier's amount;
//  - not-in-documents questions use one of the category facets and have null
//    figure/document/cite; duplicate question texts are reported.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// The tuning set's root: this client's folder is here/clients/92-7730418, its questions here's file.
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const TIER_KEYS = ["employee", "employee_spouse", "employee_children", "family"];
const KINDS = ["medical", "dental", "vision"];
const LANGS = ["en", "es"];
const NID_FACETS = ["provider_lookup", "provider_price", "drug_price", "future_premium", "not_described", "other_plan_only", "irs_limit"];
const PAYCHECKS = 52;

const norm = (s) =>
  String(s)
    .replace(/\u00a0/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

function decodeEntities(s) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", middot: "\u00b7", mdash: "\u2014", ndash: "\u2013", rsquo: "\u2019", lsquo: "\u2018", hellip: "\u2026" };
  return s
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&([a-z]+);/gi, (m, n) => (n.toLowerCase() in named ? named[n.toLowerCase()] : m));
}
const stripTags = (s) => decodeEntities(s.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<[^>]+>/g, " "));
const unquote = (s) => s.split("\n").map((l) => l.replace(/^(?:>\s?)+/, "")).join("\n");

async function pdfText(file) {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(file)));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.join("\n");
}

// Returns the list of normalized "views" of a document a cite/figure may match in.
async function documentViews(file) {
  const ext = path.extname(file).toLowerCase();
  const raw = ext === ".pdf" ? null : fs.readFileSync(file, "utf8");
  switch (ext) {
    case ".pdf":
      return [norm(await pdfText(file))];
    case ".html":
      return [norm(stripTags(raw))];
    case ".md":
      return [norm(raw), norm(stripTags(raw))];
    case ".txt":
      return [norm(raw), norm(unquote(raw))];
    case ".json":
      JSON.parse(raw); // must be valid JSON
      return [norm(raw)];
    default:
      err(`unsupported document type: ${file}`);
      return [norm(raw ?? "")];
  }
}
const inViews = (views, needle) => views.some((v) => v.includes(norm(needle)));
const money = (n) => (Math.round(n * 100) / 100).toFixed(2);
const PAY_FREQUENCIES = ["weekly", "biweekly", "semimonthly", "monthly"];
const PAYCHECKS_OF = { weekly: 52, biweekly: 26, semimonthly: 24, monthly: 12 };
const isDec = (v) => typeof v === "string" && /^\d+(\.\d+)?$/.test(v);
const isAmt2 = (v) => typeof v === "string" && /^\d+\.\d{2}$/.test(v);
const num = (v) => Number(v);
const dollars = (v) => `$${num(v).toLocaleString("en-US")}`;
// a contribution as numbers (client.json stores decimal strings)
const contrib = (c) => ({ employee: num(c.employee), employer: num(c.employer) });

// ---------------------------------------------------------------- clients
const clientsDir = path.join(here, "clients");
const clients = {};
const docViews = {}; // `${ein}/${doc}` -> views
for (const ein of ["92-7730418"]) {
  const dir = path.join(clientsDir, ein);
  if (!fs.statSync(dir).isDirectory()) continue;
  if (!/^\d{2}-\d{7}$/.test(ein)) err(`client folder ${ein} is not an EIN`);
  const client = JSON.parse(fs.readFileSync(path.join(dir, "client.json"), "utf8"));
  clients[ein] = client;
  const emp = client.employer ?? {};
  if (typeof client.employer !== "object" || client.employer === null) err(`${ein}: client.json has no employer object`);
  if (emp.ein !== ein) err(`${ein}: client.json employer.ein ${emp.ein} differs from folder`);
  if (typeof emp.name !== "string" || !emp.name.trim()) err(`${ein}: employer.name missing`);
  if (!PAY_FREQUENCIES.includes(emp.payFrequency)) err(`${ein}: employer.payFrequency ${emp.payFrequency} invalid`);
  else if (PAYCHECKS_OF[emp.payFrequency] !== PAYCHECKS) err(`${ein}: payFrequency ${emp.payFrequency} is not ${PAYCHECKS} paychecks a year`);
  if (emp.paychecksPerYear !== PAYCHECKS) err(`${ein}: employer.paychecksPerYear should be ${PAYCHECKS}`);
  if (!Array.isArray(client.plans) || client.plans.length === 0) err(`${ein}: client.json has no plans array`);
  for (const plan of client.plans ?? []) if (plan.planYear !== 2027) err(`${ein}/${plan.code}: planYear should be 2027`);
  const tierKeys = Object.keys(client.tierNames ?? {});
  if (tierKeys.length < 3 || tierKeys.length > 4) err(`${ein}: needs 3-4 tiers`);
  for (const t of tierKeys) if (!TIER_KEYS.includes(t)) err(`${ein}: unknown tier key ${t}`);

  const docsDir = path.join(dir, "documents");
  const onDisk = fs.readdirSync(docsDir).sort();
  if (onDisk.length !== 6) err(`${ein}: expected 6 documents, found ${onDisk.length}`);
  for (const d of onDisk) docViews[`${ein}/${d}`] = await documentViews(path.join(docsDir, d));

  const ids = new Set();
  const referenced = new Set();
  for (const plan of client.plans ?? []) {
    const where = `${ein}/${plan.code}`;
    if (typeof plan.code !== "string" || !plan.code || typeof plan.name !== "string" || !plan.name || !KINDS.includes(plan.type)) err(`${where}: code/name/type missing or invalid`);
    if (ids.has(plan.code)) err(`${where}: duplicate plan code`);
    ids.add(plan.code);
    if (typeof plan.tiers !== "object" || plan.tiers === null || Array.isArray(plan.tiers)) err(`${where}: tiers must be an object`);
    for (const t of tierKeys) {
      const c = plan.tiers?.[t];
      if (!c || !isAmt2(c.employee) || !isAmt2(c.employer)) err(`${where}: tiers.${t} missing or not decimal strings like "12.34"`);
    }
    for (const t of Object.keys(plan.tiers ?? {})) {
      if (!TIER_KEYS.includes(t)) err(`${where}: tier key ${t} is not a standard tier key`);
      if (!tierKeys.includes(t)) err(`${where}: tier ${t} not in tierNames`);
    }
    for (const key of ["deductible", "outOfPocketMax"]) {
      if (!(key in plan)) err(`${where}: ${key} missing (use null when not applicable)`);
      else if (plan[key] !== null && (!isDec(plan[key].individual) || !isDec(plan[key].family))) err(`${where}: ${key} must be {individual, family} decimal strings or null`);
      const oon = plan.outOfNetwork?.[key];
      if (oon && (!isDec(oon.individual) || !isDec(oon.family))) err(`${where}: outOfNetwork.${key} must be {individual, family} decimal strings`);
      if (oon && plan[key] === null) err(`${where}: outOfNetwork.${key} without an in-network ${key}`);
    }
    if (!Array.isArray(plan.documents) || plan.documents.length === 0) err(`${where}: no documents`);
    for (const d of plan.documents ?? []) {
      referenced.add(d);
      if (!onDisk.includes(d)) err(`${where}: document ${d} not in documents/`);
    }
    const main = plan.documents?.[0];
    const mainViews = docViews[`${ein}/${main}`] ?? [];
    if (!inViews(mainViews, plan.name)) err(`${where}: main document ${main} does not name the plan "${plan.name}"`);
    // deductibles and out-of-pocket maximums must be printed in the main document
    for (const key of ["deductible", "outOfPocketMax"]) {
      const nets = { inNetwork: plan[key], outOfNetwork: plan.outOfNetwork?.[key] };
      for (const [net, amounts] of Object.entries(nets)) {
        if (!amounts) continue;
        for (const [who, amt] of Object.entries(amounts)) {
          const shown = dollars(amt);
          if (!inViews(mainViews, shown)) err(`${where}: ${key}.${net}.${who} ${shown} not printed in ${main}`);
        }
      }
    }
    if (plan.annualMaximum != null && !inViews(mainViews, `${dollars(plan.annualMaximum)} per person`)) err(`${where}: annualMaximum not printed in ${main}`);
  }
  for (const d of onDisk) if (!referenced.has(d)) err(`${ein}: document ${d} is not attached to any plan`);
  const kindsOffered = new Set((client.plans ?? []).map((p) => p.type));
  for (const k of KINDS) if (!kindsOffered.has(k)) err(`${ein}: no ${k} plan`);
  if (!(client.plans ?? []).some((p) => p.type === "medical" && p.hsaEligible)) err(`${ein}: no HSA-eligible medical plan`);

  // ---- contributions vs. the enrollment-system JSON export
  const exportFile = onDisk.find((d) => d.endsWith(".json"));
  const exp = JSON.parse(fs.readFileSync(path.join(docsDir, exportFile), "utf8"));
  if (exp.export_meta?.employer_fein !== ein) err(`${ein}: export FEIN mismatch`);
  if (exp.export_meta?.deductions_per_year !== PAYCHECKS) err(`${ein}: export deductions_per_year mismatch`);
  const levelOfTier = {};
  for (const lv of exp.coverage_levels) {
    const tier = tierKeys.find((t) => client.tierNames[t] === lv.level_label);
    if (!tier) err(`${ein}: export level ${lv.level_code} "${lv.level_label}" matches no tier name`);
    else levelOfTier[tier] = lv.level_code;
  }
  for (const plan of client.plans ?? []) {
    const off = exp.offerings.find((o) => o.plan_name === plan.name);
    if (!off) {
      err(`${ein}/${plan.code}: no offering named "${plan.name}" in ${exportFile}`);
      continue;
    }
    if (off.hsa_qualified !== Boolean(plan.hsaEligible)) err(`${ein}/${plan.code}: hsa_qualified mismatch`);
    for (const t of tierKeys) {
      const r = off.rates.find((x) => x.level_code === levelOfTier[t]);
      if (!r) {
        err(`${ein}/${plan.code}: no export rate for ${t}`);
        continue;
      }
      if (!plan.tiers?.[t]) continue; // already reported above
      const raw = plan.tiers[t];
      const c = contrib(raw);
      if (r.ee_amt !== raw.employee || r.er_amt !== raw.employer) err(`${ein}/${plan.code}/${t}: client.json ${raw.employee}/${raw.employer} vs export ${r.ee_amt}/${r.er_amt}`);
      if (r.total_amt !== money(c.employee + c.employer)) err(`${ein}/${plan.code}/${t}: total_amt ${r.total_amt} wrong`);
      if (r.ee_annual !== money(c.employee * PAYCHECKS) || r.er_annual !== money(c.employer * PAYCHECKS)) err(`${ein}/${plan.code}/${t}: annual amounts wrong in export`);
    }
  }

  // ---- the PDF: drawn arrays vs. real text layer, and vs. client.json
  const makePdfs = path.join(dir, "make-pdfs.mjs");
  if (fs.existsSync(makePdfs)) {
    const m = await import(pathToFileURL(makePdfs).href);
    const views = docViews[`${ein}/${m.PDF_FILE}`];
    if (!views) err(`${ein}: ${m.PDF_FILE} missing - run make-pdfs.mjs`);
    else {
      const cells = [...m.HEADER_LINES, ...m.TABLE_A.flat(), ...m.TABLE_B.flat(), ...m.SECTION_C_EXCLUDED, ...m.SECTION_C_OTHER_COVERED, ...m.FOOTER_LINES].filter(Boolean);
      let missing = 0;
      for (const c of cells) if (!inViews(views, c)) missing++, err(`${ein}: PDF text layer lacks drawn text "${c.slice(0, 60)}"`);
      if (missing) err(`${ein}: PDF out of date? (${missing} drawn pieces missing) - rerun make-pdfs.mjs`);
      const hsa = client.plans.find((p) => p.documents[0] === m.PDF_FILE);
      const rowA = (id) => m.TABLE_A.find((r) => r[0] === id)?.[2];
      const rowB = (id) => m.TABLE_B.find((r) => r[0] === id)?.[2];
      const pair = (o) => (o ? `${dollars(o.individual)} individual / ${dollars(o.family)} family` : null);
      if (!hsa) err(`${ein}: no plan has ${m.PDF_FILE} as its main document`);
      else {
        if (rowA("A1") !== pair(hsa.deductible)) err(`${ein}: Table A deductible differs from client.json`);
        if (rowB("B1") !== pair(hsa.outOfNetwork?.deductible)) err(`${ein}: Table B deductible differs from client.json`);
        if (rowA("A2") !== pair(hsa.outOfPocketMax)) err(`${ein}: Table A out-of-pocket differs from client.json`);
        if (rowB("B2") !== pair(hsa.outOfNetwork?.outOfPocketMax)) err(`${ein}: Table B out-of-pocket differs from client.json`);
      }
    }
  }
}

// ---------------------------------------------------------------- questions
const qFiles = ["questions-92-7730418.json"];
if (qFiles.length === 0) err("no questions-<EIN>.json file");
for (const qf of qFiles) {
  const ein = qf.slice("questions-".length, -".json".length);
  const client = clients[ein];
  if (!client) {
    err(`${qf}: no client ${ein}`);
    continue;
  }
  const data = JSON.parse(fs.readFileSync(path.join(here, qf), "utf8"));
  const planById = Object.fromEntries((client.plans ?? []).map((p) => [p.code, p]));
  // a persona's valid [plan, tier] pairs (invalid ones are reported with the personas)
  const enrolled = (p) => (Array.isArray(p.enrollments) ? p.enrollments : []).filter((e) => Array.isArray(e) && planById[e[0]]?.tiers?.[e[1]]).map(([code, tier]) => ({ plan: planById[code], tier }));

  // personas
  const combos = new Set();
  for (const [id, p] of Object.entries(data.personas ?? {})) {
    if (!id.startsWith("kmp-")) err(`persona ${id}: id must start with kmp-`);
    if (p.client !== ein) err(`persona ${id}: client ${p.client} is not ${ein}`);
    if (!Array.isArray(p.enrollments) || p.enrollments.length === 0) err(`persona ${id}: no enrollments`);
    const kinds = new Set();
    const codes = new Set();
    const tiersUsed = new Set();
    for (const e of p.enrollments ?? []) {
      if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== "string" || typeof e[1] !== "string") {
        err(`persona ${id}: enrollment ${JSON.stringify(e)} must be ["<plan code>", "<tier key>"]`);
        continue;
      }
      const [pid, tier] = e;
      const plan = planById[pid];
      tiersUsed.add(tier);
      if (!TIER_KEYS.includes(tier)) err(`persona ${id}: tier ${tier} is not a standard tier key`);
      if (!plan) err(`persona ${id}: plan ${pid} not in client.json`);
      else {
        if (!Object.hasOwn(plan.tiers ?? {}, tier)) err(`persona ${id}: tier ${tier} not in plan ${pid}'s tiers`);
        if (codes.has(pid)) err(`persona ${id}: enrolled twice in ${pid}`);
        else if (kinds.has(plan.type)) err(`persona ${id}: two ${plan.type} plans`);
        else kinds.add(plan.type);
        codes.add(pid);
      }
    }
    if (tiersUsed.size > 1) warn(`persona ${id}: different tiers per plan (${[...tiersUsed].join(", ")})`);
    const combo = (p.enrollments ?? []).map((e) => (Array.isArray(e) ? e.join("@") : String(e))).sort().join("+");
    if (combos.has(combo)) err(`persona ${id}: same plans and tier as another persona`);
    combos.add(combo);
  }
  const personaIds = Object.keys(data.personas ?? {});
  if (personaIds.length < 6 || personaIds.length > 7) warn(`${personaIds.length} personas (brief: about 6-7)`);

  const seen = new Set();
  const counts = { total: 0, answerable: 0, nid: {}, es: 0, facets: {} };
  (data.questions ?? []).forEach((q, i) => {
    const where = `${qf} #${i + 1}`;
    const keys = Object.keys(q).sort().join(",");
    if (keys !== "expect,facet,lang,persona,q") err(`${where}: keys must be persona,q,lang,facet,expect (got ${keys})`);
    const e = q.expect ?? {};
    const ekeys = Object.keys(e).sort().join(",");
    if (ekeys !== "cite,document,figure,notInDocuments") err(`${where}: expect keys must be notInDocuments,figure,document,cite (got ${ekeys})`);
    if (typeof q.q !== "string" || q.q.trim().length < 8) err(`${where}: question text missing`);
    const key = norm(q.q).toLowerCase();
    if (seen.has(key)) err(`${where}: duplicate question text`);
    seen.add(key);
    if (!LANGS.includes(q.lang)) err(`${where}: lang ${q.lang}`);
    if (typeof q.facet !== "string" || !/^[a-z_]+$/.test(q.facet)) err(`${where}: facet must be a snake_case string`);
    const persona = data.personas?.[q.persona];
    if (!persona) {
      err(`${where}: unknown persona ${q.persona}`);
      return;
    }
    counts.total++;
    if (q.lang === "es") counts.es++;
    counts.facets[q.facet] = (counts.facets[q.facet] ?? 0) + 1;
    if (typeof e.notInDocuments !== "boolean") err(`${where}: notInDocuments must be boolean`);

    if (e.notInDocuments) {
      counts.nid[q.facet] = (counts.nid[q.facet] ?? 0) + 1;
      if (!NID_FACETS.includes(q.facet)) err(`${where}: not-in-documents facet must be one of ${NID_FACETS.join("/")}`);
      if (e.figure !== null || e.document !== null || e.cite !== null) err(`${where}: not-in-documents needs null figure/document/cite`);
      return;
    }
    counts.answerable++;
    if (NID_FACETS.includes(q.facet)) err(`${where}: answerable question uses a not-in-documents facet`);
    const personaDocs = new Set((Array.isArray(persona.enrollments) ? persona.enrollments : []).flatMap((e) => (Array.isArray(e) ? planById[e[0]]?.documents ?? [] : [])));
    if (!personaDocs.has(e.document)) err(`${where}: document ${e.document} does not belong to ${q.persona}'s plans`);
    const views = docViews[`${ein}/${e.document}`];
    if (!views) {
      err(`${where}: document ${e.document} not found`);
      return;
    }
    if (typeof e.cite !== "string" || e.cite.length < 3) err(`${where}: cite missing`);
    else if (!inViews(views, e.cite)) err(`${where}: cite not verbatim in ${e.document}: "${e.cite}"`);
    if (e.figure !== null) {
      if (typeof e.figure !== "string" || !e.figure.trim()) err(`${where}: figure must be a non-empty string or null`);
      else if (!inViews(views, e.figure)) err(`${where}: figure "${e.figure}" not verbatim in ${e.document}`);
      else if (typeof e.cite === "string" && !norm(e.cite).includes(norm(e.figure))) {
        // figure should be near the cite; for PDFs and tables it is allowed to sit in the neighbouring cell
        const v = views.find((x) => x.includes(norm(e.cite))) ?? "";
        const at = v.indexOf(norm(e.cite));
        const window = v.slice(Math.max(0, at - 400), at + norm(e.cite).length + 400);
        if (!window.includes(norm(e.figure))) err(`${where}: figure "${e.figure}" is not within 400 chars of the cite`);
      }
    }

    if (q.facet === "rate") {
      if (e.figure === null || !/^\d+\.\d{2}$/.test(e.figure)) {
        err(`${where}: rate figure must be an amount like 12.34`);
        return;
      }
      if (!e.document.endsWith(".json")) err(`${where}: rate questions cite the enrollment export`);
      const own = new Set();
      for (const { plan, tier } of enrolled(persona)) {
        const c = contrib(plan.tiers[tier]);
        for (const v of [c.employee, c.employer, c.employee + c.employer, c.employee * PAYCHECKS, c.employer * PAYCHECKS]) own.add(money(v));
      }
      if (!own.has(e.figure)) {
        const others = [];
        for (const plan of client.plans)
          for (const [t, c] of Object.entries(plan.tiers ?? {}).map(([t, c]) => [t, contrib(c)]))
            if ([c.employee, c.employer, c.employee + c.employer, c.employee * PAYCHECKS, c.employer * PAYCHECKS].map(money).includes(e.figure)) others.push(`${plan.code}/${t}`);
        err(`${where}: rate ${e.figure} is not ${q.persona}'s own amount${others.length ? ` (it belongs to ${others.join(", ")})` : ""}`);
      }
    }
  });

  const nidTotal = Object.values(counts.nid).reduce((s, n) => s + n, 0);
  console.log(`${qf}: ${counts.total} questions, ${personaIds.length} personas`);
  console.log(`  answerable ${counts.answerable} (${((100 * counts.answerable) / counts.total).toFixed(1)}%), not in documents ${nidTotal}: ${JSON.stringify(counts.nid)}`);
  console.log(`  Spanish ${counts.es} (${((100 * counts.es) / counts.total).toFixed(1)}%)`);
  console.log(`  facets ${JSON.stringify(counts.facets)}`);
  if (counts.total < 200 || counts.total > 230) warn(`${counts.total} questions (brief: 200-230)`);
  if (nidTotal / counts.total < 0.17 || nidTotal / counts.total > 0.23) warn(`not-in-documents share ${(nidTotal / counts.total).toFixed(2)} (brief: ~0.20)`);
  if (counts.es / counts.total < 0.08 || counts.es / counts.total > 0.13) warn(`Spanish share ${(counts.es / counts.total).toFixed(2)} (brief: ~0.10)`);
  const perPersona = {};
  for (const q of data.questions) perPersona[q.persona] = (perPersona[q.persona] ?? 0) + 1;
  for (const id of personaIds) if (!perPersona[id]) err(`persona ${id} has no questions`);
}

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(errors.length ? `${errors.length} error(s)` : "OK - no errors");
process.exit(errors.length ? 1 : 0);
