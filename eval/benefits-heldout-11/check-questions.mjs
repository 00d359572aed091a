// Consistency checker for benefits-heldout-11 (Millstone Notch Granite Works, EIN 03-5187264).
//
//   node eval/benefits-heldout-11/check-questions.mjs        (from /work/main, or any directory)
//
// Checks:
//  - client.json shape (the evaluation script's shape): employer.{ein,name,payFrequency},
//    plans[].{code,type,name,planYear,tiers,deductible,outOfPocketMax,documents};
//    tier keys are among the four standard keys and match tierNames; every tier has
//    employee + employer per SEMIMONTHLY paycheck as decimal strings ("12.34");
//    deductible / outOfPocketMax are in-network {individual, family} strings or null
//    (out-of-network amounts are kept in the extra field plans[].outOfNetwork);
//    documents exist (exactly 6, at least one PDF), first document = the plan's main
//    document, every document is attached to a plan;
//  - client.json agrees with the documents: every contribution equals the row of the
//    StoneLedger fixed-width deduction register, and the register's derived columns
//    (total, EE/MONTH = x2, EE/YEAR and ER/YEAR = x24, COBRA/MO = total x 2 x 1.02) are
//    right; the HSA employer rows match plans[].employerHsaPerPaycheck; the handbook's
//    coverage-level table maps each tier name to the register's level code;
//    deductibles / out-of-pocket maximums appear in the plan's main document (for the PDF:
//    in the arrays make-pdfs.mjs draws, whose "Key numbers" rows must equal client.json);
//    the dental letter prints both plans' deductibles and annual maximums;
//  - the PDF's real text layer (unpdf / pdf.js) contains every piece make-pdfs.mjs draws;
//  - personas have client = the EIN and enrollments [[plan code, tier key], ...] that
//    point at real plans (at most one per type) and tiers present in that plan, and no
//    two personas have the same enrollments;
//  - every question is well-formed; answerable ones cite a document that belongs to one
//    of the persona's plans, and cite + figure occur verbatim in that document's text
//    (PDF: real text layer; reStructuredText / AsciiDoc: raw source or the text as a
//    reader sees it with the markup removed; TOML: raw; plain text: raw; whitespace is
//    collapsed everywhere) and the figure lies within 400 characters of the cite;
//  - facet "rate" questions cite a register row of one of the persona's plans AT THE
//    PERSONA'S OWN LEVEL CODE, and the figure is one of that row's amounts (never only
//    another tier's amount);
//  - deductible / out-of-pocket facets cited from the persona's medical plan document
//    use the persona's own plan's amounts (individual amounts only for Associate Only);
//  - not-in-documents questions use one of the category facets and have null
//    figure/document/cite; duplicate question texts are reported.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
const requireMain = createRequire(path.join(here, "../../package.json"));
const EIN = "03-5187264";
const PREFIX = "gw-";
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const TIER_KEYS = ["employee", "employee_spouse", "employee_children", "family"];
const KINDS = ["medical", "dental", "vision"];
const LANGS = ["en", "es"];
const NID_FACETS = ["provider_lookup", "provider_price", "drug_price", "future_premium", "not_described", "other_plan_only", "irs_limit"];
const PAY_FREQUENCIES = ["weekly", "biweekly", "semimonthly", "monthly"];
const PAYCHECKS_OF = { weekly: 52, biweekly: 26, semimonthly: 24, monthly: 12 };
const PAYCHECKS = 24;

const norm = (s) =>
  String(s)
    .replace(/\u00a0/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
const money = (n) => (Math.round(n * 100) / 100).toFixed(2);
const isDec = (v) => typeof v === "string" && /^\d+(\.\d+)?$/.test(v);
const isAmt2 = (v) => typeof v === "string" && /^\d+\.\d{2}$/.test(v);
const num = (v) => Number(v);
const dollars = (v) => `$${num(v).toLocaleString("en-US")}`;

// ---- the text "as a reader sees it" for the two markup formats
function renderRst(raw) {
  const out = [];
  for (let line of raw.split("\n")) {
    if (/^([=\-~^"'`#*+])\1{2,}\s*$/.test(line)) continue; // section underlines / overlines
    if (/^\s+:[a-z-]+:(\s.*)?$/.test(line)) continue; // directive options (:header-rows: 1)
    let m;
    if ((m = line.match(/^\.\. ([a-z-]+)::\s*(.*)$/))) {
      const [, name, arg] = m;
      if (["note", "important", "warning", "tip"].includes(name)) line = `${name[0].toUpperCase()}${name.slice(1)}: ${arg}`;
      else line = arg; // list-table / contents titles
    } else if (/^\.\.(\s|$)/.test(line)) continue; // comments
    line = line
      .replace(/^:([^:]+):\s+/, "$1: ") // field lists
      .replace(/^\s*\* - /, "")
      .replace(/^\s+- /, "")
      .replace(/^\s*\* /, "")
      .replace(/\*\*([^*]+)\*\*/g, "$1")
      .replace(/``([^`]+)``/g, "$1")
      .replace(/\*([^*\s][^*]*)\*/g, "$1");
    out.push(line);
  }
  return out.join("\n");
}
function renderAdoc(raw) {
  const attrs = {};
  for (const m of raw.matchAll(/^:([\w-]+):\s*(.*)$/gm)) attrs[m[1]] = m[2];
  const out = [];
  for (let line of raw.split("\n")) {
    if (/^:[\w-]+:/.test(line)) continue; // attribute entries
    if (/^\[.*\]$/.test(line)) continue; // block attributes, anchors
    if (/^(\|===|====|----)\s*$/.test(line)) continue;
    line = line
      .replace(/^=+ /, "")
      .replace(/^([^:|]+)::\s*/, "$1: ") // description lists
      .replace(/^(NOTE|TIP|IMPORTANT|WARNING|CAUTION): /, (_, a) => `${a[0]}${a.slice(1).toLowerCase()}: `)
      .replace(/^\s*\* /, "")
      .replace(/^\. /, "")
      .replace(/\|/g, " ")
      .replace(/<<([\w-]+)>>/g, "$1")
      .replace(/\{([\w-]+)\}/g, (m, a) => (a in attrs ? attrs[a] : m))
      .replace(/\*([^*\s][^*]*)\*/g, "$1")
      .replace(/(^|\s)_([^_]+)_(?=\s|$|[.,;])/g, "$1$2");
    out.push(line);
  }
  return out.join("\n");
}

async function pdfText(file) {
  const { extractText, getDocumentProxy } = await import(pathToFileURL(requireMain.resolve("unpdf")).href);
  const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(file)));
  const { text } = await extractText(pdf, { mergePages: false });
  return { text: text.join("\n"), pages: pdf.numPages };
}

const pdfPages = {};
// Returns the list of normalized "views" of a document a cite/figure may match in.
async function documentViews(file) {
  const ext = path.extname(file).toLowerCase();
  const raw = ext === ".pdf" ? null : fs.readFileSync(file, "utf8");
  switch (ext) {
    case ".pdf": {
      const { text, pages } = await pdfText(file);
      pdfPages[path.basename(file)] = pages;
      // second view: a word broken after a hyphen at a line end ("hollowbrook-\nhealth") rejoined
      return [norm(text), norm(text.replace(/(\w)-\s*\n\s*(?=\w)/g, "$1-"))];
    }
    case ".rst":
      return [norm(raw), norm(renderRst(raw))];
    case ".adoc":
      return [norm(raw), norm(renderAdoc(raw))];
    case ".toml":
    case ".txt":
      return [norm(raw)];
    default:
      err(`unsupported document type: ${file}`);
      return [norm(raw ?? "")];
  }
}
const inViews = (views, needle) => views.some((v) => v.includes(norm(needle)));

// ---------------------------------------------------------------- client
const dir = path.join(here, "clients", EIN);
const client = JSON.parse(fs.readFileSync(path.join(dir, "client.json"), "utf8"));
const docsDir = path.join(dir, "documents");
const docViews = {};
const emp = client.employer ?? {};
if (!/^\d{2}-\d{7}$/.test(EIN)) err(`client folder ${EIN} is not an EIN`);
if (typeof client.employer !== "object" || client.employer === null) err(`client.json has no employer object`);
if (emp.ein !== EIN) err(`client.json employer.ein ${emp.ein} differs from folder`);
if (typeof emp.name !== "string" || !emp.name.trim()) err(`employer.name missing`);
if (!PAY_FREQUENCIES.includes(emp.payFrequency)) err(`employer.payFrequency ${emp.payFrequency} invalid`);
else if (PAYCHECKS_OF[emp.payFrequency] !== PAYCHECKS) err(`payFrequency ${emp.payFrequency} is not ${PAYCHECKS} paychecks a year`);
if (emp.paychecksPerYear !== PAYCHECKS) err(`employer.paychecksPerYear should be ${PAYCHECKS}`);
if (!Array.isArray(client.plans) || client.plans.length === 0) err(`client.json has no plans array`);
const tierKeys = Object.keys(client.tierNames ?? {});
if (tierKeys.length < 3 || tierKeys.length > 4) err(`needs 3-4 tiers`);
for (const t of tierKeys) if (!TIER_KEYS.includes(t)) err(`unknown tier key ${t}`);

const onDisk = fs.readdirSync(docsDir).sort();
if (onDisk.length !== 6) err(`expected 6 documents, found ${onDisk.length}`);
if (!onDisk.some((d) => d.endsWith(".pdf"))) err(`no PDF document`);
for (const d of onDisk) docViews[d] = await documentViews(path.join(docsDir, d));
const REGISTER = onDisk.find((d) => /deduction-register\.txt$/.test(d));
const HANDBOOK = onDisk.find((d) => d.endsWith(".adoc"));
const DENTAL = onDisk.find((d) => /dental.*letter\.txt$/.test(d));
if (!REGISTER || !HANDBOOK || !DENTAL) err(`register / handbook / dental letter not found among the documents`);

const planById = {};
const referenced = new Set();
for (const plan of client.plans ?? []) {
  const where = plan.code;
  if (plan.planYear !== 2027) err(`${where}: planYear should be 2027`);
  if (typeof plan.code !== "string" || !plan.code.startsWith(PREFIX) || typeof plan.name !== "string" || !plan.name || !KINDS.includes(plan.type)) err(`${where}: code/name/type missing or invalid`);
  if (planById[plan.code]) err(`${where}: duplicate plan code`);
  planById[plan.code] = plan;
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
  if (plan.type === "medical" && (!plan.deductible || !plan.outOfPocketMax)) err(`${where}: a medical plan needs a deductible and an out-of-pocket maximum`);
  if (!Array.isArray(plan.documents) || plan.documents.length === 0) err(`${where}: no documents`);
  for (const d of plan.documents ?? []) {
    referenced.add(d);
    if (!onDisk.includes(d)) err(`${where}: document ${d} not in documents/`);
  }
  if (plan.documents?.[1] !== REGISTER || plan.documents?.[2] !== HANDBOOK) err(`${where}: documents should be [main, register, handbook]`);
  const main = plan.documents?.[0];
  const mainViews = docViews[main] ?? [];
  if (!inViews(mainViews, plan.name)) err(`${where}: main document ${main} does not name the plan "${plan.name}"`);
  for (const key of ["deductible", "outOfPocketMax"]) {
    const nets = { inNetwork: plan[key], outOfNetwork: plan.outOfNetwork?.[key] };
    for (const [net, amounts] of Object.entries(nets)) {
      if (!amounts) continue;
      for (const [who, amt] of Object.entries(amounts)) if (!inViews(mainViews, dollars(amt))) err(`${where}: ${key}.${net}.${who} ${dollars(amt)} not printed in ${main}`);
    }
  }
}
for (const d of onDisk) if (!referenced.has(d)) err(`document ${d} is not attached to any plan`);
const kindsOffered = new Set((client.plans ?? []).map((p) => p.type));
for (const k of KINDS) if (!kindsOffered.has(k)) err(`no ${k} plan`);
const hsaPlans = (client.plans ?? []).filter((p) => p.type === "medical" && p.hsaEligible);
if (hsaPlans.length !== 1) err(`expected exactly one HSA-eligible medical plan`);
if (!(client.plans ?? []).some((p) => p.type === "medical" && !p.hsaEligible)) err(`no copay (non-HSA) medical plan`);

// ---- the fixed-width deduction register
const LEVEL_OF_TIER = {};
const regRows = {}; // `${regCode} ${level}` -> {line, cols}
const regCodeOfPlan = {};
if (REGISTER) {
  const lines = fs.readFileSync(path.join(docsDir, REGISTER), "utf8").split("\n");
  if (!lines.some((l) => l.includes(`FEIN ${EIN}`))) err(`register: FEIN ${EIN} not printed`);
  if (!lines.some((l) => l.includes(`PAYS PER YEAR: ${PAYCHECKS}`))) err(`register: PAYS PER YEAR ${PAYCHECKS} not printed`);
  for (const l of lines) {
    let m;
    if ((m = l.match(/^0PLAN (\w{6})  (.+?)\s{2,}CARRIER /))) {
      const plan = (client.plans ?? []).find((p) => p.name.toUpperCase() === m[2].trim());
      if (!plan) err(`register: plan block ${m[1]} "${m[2].trim()}" matches no client.json plan name`);
      else regCodeOfPlan[plan.code] = m[1];
    } else if ((m = l.match(/^ (\w{6}) (A1|AS|AC|AF)  (.{22})\s*((?:\s+\d+\.\d{2}){7})\s*$/))) {
      regRows[`${m[1]} ${m[2]}`] = { line: l, cols: m[4].trim().split(/\s+/) };
    } else if ((m = l.match(/^ (HSAER) (?: )(A1|AS|AC|AF)  (.{22})\s*((?:\s+\d+\.\d{2}){4})\s*$/))) {
      regRows[`${m[1]} ${m[2]}`] = { line: l, cols: m[4].trim().split(/\s+/) };
    } else if ((m = l.match(/^ TOBSUR .*?((?:\s+\d+\.\d{2}){4})\s*$/))) {
      regRows["TOBSUR"] = { line: l, cols: m[1].trim().split(/\s+/) };
    }
  }
}
// the handbook's coverage-level table: |<tier name> |<who> |<code>
if (HANDBOOK) {
  const raw = fs.readFileSync(path.join(docsDir, HANDBOOK), "utf8");
  for (const t of tierKeys) {
    const m = raw.match(new RegExp(`^\\|${client.tierNames[t].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\|[^|]+\\|(A1|AS|AC|AF)\\s*$`, "m"));
    if (!m) err(`handbook: no coverage-level row for "${client.tierNames[t]}"`);
    else LEVEL_OF_TIER[t] = m[1];
  }
  if (new Set(Object.values(LEVEL_OF_TIER)).size !== tierKeys.length) err(`handbook: level codes are not distinct`);
  if (!inViews(docViews[HANDBOOK], "a tobacco surcharge of $20.00 per paycheck")) err(`handbook: tobacco surcharge sentence missing`);
}
for (const plan of client.plans ?? []) {
  const code = regCodeOfPlan[plan.code];
  if (!code) {
    err(`${plan.code}: no plan block in the register`);
    continue;
  }
  for (const t of tierKeys) {
    const row = regRows[`${code} ${LEVEL_OF_TIER[t]}`];
    const c = plan.tiers?.[t];
    if (!row) {
      err(`${plan.code}/${t}: no register row ${code} ${LEVEL_OF_TIER[t]}`);
      continue;
    }
    if (!c) continue;
    const [ee, er, tot, eeMo, eeYr, erYr, cobra] = row.cols;
    const e = num(c.employee);
    const r = num(c.employer);
    if (ee !== c.employee || er !== c.employer) err(`${plan.code}/${t}: client.json ${c.employee}/${c.employer} vs register ${ee}/${er}`);
    if (tot !== money(e + r)) err(`${plan.code}/${t}: register TOTAL/PAY ${tot} wrong`);
    if (eeMo !== money(e * 2)) err(`${plan.code}/${t}: register EE/MONTH ${eeMo} wrong`);
    if (eeYr !== money(e * PAYCHECKS) || erYr !== money(r * PAYCHECKS)) err(`${plan.code}/${t}: register annual amounts wrong`);
    if (cobra !== money((e + r) * 2 * 1.02)) err(`${plan.code}/${t}: register COBRA/MO ${cobra} wrong (want ${money((e + r) * 2 * 1.02)})`);
  }
}
for (const plan of hsaPlans) {
  for (const t of tierKeys) {
    const row = regRows[`HSAER ${LEVEL_OF_TIER[t]}`];
    const want = plan.employerHsaPerPaycheck?.[t];
    if (!row || !want) err(`HSA employer row / employerHsaPerPaycheck missing for ${t}`);
    else if (row.cols[1] !== want || row.cols[3] !== money(num(want) * PAYCHECKS)) err(`HSA employer row for ${t} (${row.cols.join(" ")}) differs from client.json ${want}`);
  }
}
if (!regRows["TOBSUR"] || regRows["TOBSUR"].cols[0] !== "20.00" || regRows["TOBSUR"].cols[2] !== money(20 * PAYCHECKS)) err(`register: tobacco surcharge row wrong`);

// ---- the dental letter prints both plans' deductibles and annual maximums
for (const plan of (client.plans ?? []).filter((p) => p.type === "dental")) {
  const v = docViews[plan.documents[0]] ?? [];
  if (plan.deductible && !inViews(v, `${plan.name.replace("Lamoille ", "")} ${dollars(plan.deductible.individual)} per person / ${dollars(plan.deductible.family)} per family`)) err(`${plan.code}: deductible line not in ${plan.documents[0]}`);
  if (plan.annualMaximum && !inViews(v, `${plan.name.replace("Lamoille ", "")} ${dollars(plan.annualMaximum)} per person`)) err(`${plan.code}: annual maximum not in ${plan.documents[0]}`);
}
// ---- the vision export states the employer's per-paycheck share
for (const plan of (client.plans ?? []).filter((p) => p.type === "vision")) {
  const ers = new Set(Object.values(plan.tiers).map((c) => c.employer));
  if (ers.size !== 1 || !inViews(docViews[plan.documents[0]], `Millstone Notch pays $${[...ers][0]} per paycheck on every tier`)) err(`${plan.code}: vision funding line differs from client.json`);
}
// ---- the copay plan's yearly-amounts table
for (const plan of (client.plans ?? []).filter((p) => p.type === "medical" && p.documents[0].endsWith(".rst"))) {
  const pair = (o) => `${dollars(o.individual)} individual / ${dollars(o.family)} family`;
  const raw = norm(fs.readFileSync(path.join(docsDir, plan.documents[0]), "utf8"));
  if (!raw.includes(norm(`* - Deductible - ${pair(plan.deductible)} - ${pair(plan.outOfNetwork.deductible)}`))) err(`${plan.code}: deductible row of the .rst table differs from client.json`);
  if (!raw.includes(norm(`* - Out-of-pocket maximum - ${pair(plan.outOfPocketMax)} - ${pair(plan.outOfNetwork.outOfPocketMax)}`))) err(`${plan.code}: out-of-pocket row of the .rst table differs from client.json`);
}

// ---- the PDF: drawn arrays vs. real text layer, and vs. client.json
const makePdfs = path.join(dir, "make-pdfs.mjs");
{
  const m = await import(pathToFileURL(makePdfs).href);
  const views = docViews[m.PDF_FILE];
  if (!views) err(`${m.PDF_FILE} missing - run make-pdfs.mjs`);
  else {
    const pages = pdfPages[m.PDF_FILE];
    const pieces = [...m.HEADER_LINES, ...m.LEGEND_LINES, ...m.SECTIONS.map((s) => s.title), ...m.SECTIONS.flatMap((s) => s.rows.flat()), ...m.NOT_COVERED, ...m.FOOTER_LINES, ...Array.from({ length: pages }, (_, i) => m.PAGE_FOOTER(i + 1, pages))].filter(Boolean);
    let missing = 0;
    for (const c of pieces) if (!inViews(views, c)) missing++, err(`PDF text layer lacks drawn text "${c.slice(0, 70)}"`);
    if (missing) err(`PDF out of date? (${missing} drawn pieces missing) - rerun make-pdfs.mjs`);
    const hsa = (client.plans ?? []).find((p) => p.documents[0] === m.PDF_FILE);
    const row = (name) => m.SECTIONS.flatMap((s) => s.rows).find((r) => r[0] === name);
    const pair = (o) => (o ? `${dollars(o.individual)} individual / ${dollars(o.family)} family` : null);
    if (!hsa) err(`no plan has ${m.PDF_FILE} as its main document`);
    else {
      if (row("Deductible")?.[3] !== `In: ${pair(hsa.deductible)}` || row("Deductible")?.[4] !== `Out: ${pair(hsa.outOfNetwork?.deductible)}`) err(`PDF deductible row differs from client.json`);
      if (row("Out-of-pocket maximum")?.[3] !== `In: ${pair(hsa.outOfPocketMax)}` || row("Out-of-pocket maximum")?.[4] !== `Out: ${pair(hsa.outOfNetwork?.outOfPocketMax)}`) err(`PDF out-of-pocket row differs from client.json`);
      const ee = num(hsa.employerHsaPerPaycheck?.employee) * PAYCHECKS;
      const fam = num(hsa.employerHsaPerPaycheck?.family) * PAYCHECKS;
      if (row("HSA deposit from Millstone Notch")?.[3] !== `In: ${dollars(ee)} a year (Associate Only) / ${dollars(fam)} a year (all other tiers)`) err(`PDF HSA deposit row differs from client.json`);
    }
  }
}

// ---------------------------------------------------------------- questions
const qf = `questions-${EIN}.json`;
const data = JSON.parse(fs.readFileSync(path.join(here, qf), "utf8"));
const enrolled = (p) => (Array.isArray(p.enrollments) ? p.enrollments : []).filter((e) => Array.isArray(e) && planById[e[0]]?.tiers?.[e[1]]).map(([code, tier]) => ({ plan: planById[code], tier }));

const combos = new Set();
for (const [id, p] of Object.entries(data.personas ?? {})) {
  if (!id.startsWith(PREFIX)) err(`persona ${id}: id must start with ${PREFIX}`);
  if (p.client !== EIN) err(`persona ${id}: client ${p.client} is not ${EIN}`);
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
const counts = { total: 0, answerable: 0, nid: {}, es: 0, facets: {}, rate: 0, nullFigure: 0 };
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
  if (e.figure === null) counts.nullFigure++;
  if (NID_FACETS.includes(q.facet)) err(`${where}: answerable question uses a not-in-documents facet`);
  const mine = enrolled(persona);
  const personaDocs = new Set(mine.flatMap(({ plan }) => plan.documents));
  if (!personaDocs.has(e.document)) err(`${where}: document ${e.document} does not belong to ${q.persona}'s plans`);
  const views = docViews[e.document];
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
      const near = views.some((v) => {
        let at = v.indexOf(norm(e.cite));
        while (at >= 0) {
          if (v.slice(Math.max(0, at - 400), at + norm(e.cite).length + 400).includes(norm(e.figure))) return true;
          at = v.indexOf(norm(e.cite), at + 1);
        }
        return false;
      });
      if (!near) err(`${where}: figure "${e.figure}" is not within 400 chars of the cite`);
    }
  }

  // rates: the persona's own register row
  if (q.facet === "rate") {
    counts.rate++;
    if (e.figure === null || !/^\d+\.\d{2}$/.test(e.figure)) {
      err(`${where}: rate figure must be an amount like 12.34`);
      return;
    }
    if (e.document !== REGISTER) err(`${where}: rate questions cite the deduction register`);
    const m = norm(e.cite ?? "").match(/^(\w{6}|HSAER|TOBSUR) ?(A1|AS|AC|AF)?/);
    if (!m) {
      err(`${where}: rate cite must start with a register plan code and level code`);
      return;
    }
    const [, code, level] = m;
    const myTiers = new Set(mine.map((x) => x.tier));
    if (code === "TOBSUR") {
      if (!mine.some((x) => x.plan.type === "medical")) err(`${where}: tobacco surcharge for a persona without medical`);
      if (!regRows.TOBSUR.cols.includes(e.figure)) err(`${where}: figure ${e.figure} not in the tobacco row`);
      return;
    }
    const row = regRows[`${code} ${level}`];
    if (!row) {
      err(`${where}: no register row "${code} ${level}"`);
      return;
    }
    if (!norm(row.line).startsWith(norm(e.cite))) err(`${where}: rate cite is not the start of register row ${code} ${level}`);
    const tierOfLevel = Object.keys(LEVEL_OF_TIER).find((t) => LEVEL_OF_TIER[t] === level);
    if (code === "HSAER") {
      if (!mine.some((x) => x.plan.hsaEligible && x.tier === tierOfLevel)) err(`${where}: HSA employer row ${level} is not ${q.persona}'s own (HSA plan at that tier)`);
    } else {
      const planOfCode = Object.keys(regCodeOfPlan).find((p) => regCodeOfPlan[p] === code);
      if (!mine.some((x) => x.plan.code === planOfCode && x.tier === tierOfLevel)) {
        err(`${where}: register row ${code} ${level} is not one of ${q.persona}'s own plan/tier rows (${mine.map((x) => `${regCodeOfPlan[x.plan.code]} ${LEVEL_OF_TIER[x.tier]}`).join(", ")})`);
      }
    }
    if (!row.cols.includes(e.figure)) err(`${where}: rate ${e.figure} is not one of row ${code} ${level}'s amounts (${row.cols.join(" ")})`);
    if (!myTiers.has(tierOfLevel)) err(`${where}: level ${level} is not ${q.persona}'s tier`);
  }

  // deductibles / out-of-pocket maximums cited from the persona's medical plan document
  if (/^(deductible|oop)/.test(q.facet)) {
    const med = mine.find((x) => x.plan.type === "medical");
    if (med && e.document === med.plan.documents[0] && e.figure) {
      const p = med.plan;
      const indiv = [p.deductible, p.outOfPocketMax, p.outOfNetwork?.deductible, p.outOfNetwork?.outOfPocketMax].filter(Boolean).map((o) => dollars(o.individual));
      const fam = [p.deductible, p.outOfPocketMax, p.outOfNetwork?.deductible, p.outOfNetwork?.outOfPocketMax].filter(Boolean).map((o) => dollars(o.family));
      const allowed = med.tier === "employee" ? indiv : [...indiv, ...fam];
      if (!allowed.includes(e.figure)) err(`${where}: ${q.facet} figure ${e.figure} is not ${q.persona}'s own level (${allowed.join(", ")})`);
    }
  }
});

const nidTotal = Object.values(counts.nid).reduce((s, n) => s + n, 0);
console.log(`${qf}: ${counts.total} questions, ${personaIds.length} personas`);
console.log(`  answerable ${counts.answerable} (${((100 * counts.answerable) / counts.total).toFixed(1)}%; ${counts.nullFigure} with a rule, null figure), not in documents ${nidTotal}: ${JSON.stringify(counts.nid)}`);
console.log(`  Spanish ${counts.es} (${((100 * counts.es) / counts.total).toFixed(1)}%), rate questions ${counts.rate}`);
console.log(`  facets ${JSON.stringify(counts.facets)}`);
if (counts.total < 200 || counts.total > 230) warn(`${counts.total} questions (brief: 200-230)`);
if (nidTotal / counts.total < 0.17 || nidTotal / counts.total > 0.23) warn(`not-in-documents share ${(nidTotal / counts.total).toFixed(2)} (brief: ~0.20)`);
if (counts.es / counts.total < 0.08 || counts.es / counts.total > 0.13) warn(`Spanish share ${(counts.es / counts.total).toFixed(2)} (brief: ~0.10)`);
const perPersona = {};
for (const q of data.questions ?? []) perPersona[q.persona] = (perPersona[q.persona] ?? 0) + 1;
for (const id of personaIds) if (!perPersona[id]) err(`persona ${id} has no questions`);
console.log(`  per persona ${JSON.stringify(perPersona)}`);

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(errors.length ? `${errors.length} error(s)` : "OK - no errors");
process.exit(errors.length ? 1 : 0);
