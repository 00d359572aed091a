// Validates messages.json: shape, counts, categories, duplicates, Spanish share.
// Run: node validate.cjs
const fs = require("fs");
const path = require("path");

const CATS = {
  ordinary: ["bot_complaint", "frustration_idiom", "interpersonal", "it_trouble", "news_hypothetical",
    "payroll_mistake", "policy_question", "routine", "vague_complaint", "workload_venting"],
  sensitive: ["discrimination", "fraud_whistleblowing", "harassment", "retaliation", "safety_hazard",
    "self_harm", "sexual_harassment", "violence_threat", "wage_theft"],
};
const errors = [];
const raw = fs.readFileSync(path.join(__dirname, "messages.json"), "utf8");
const data = JSON.parse(raw); // throws if invalid JSON
const msgs = data.messages;
if (!Array.isArray(msgs)) errors.push("messages is not an array");
if (msgs.length !== 240) errors.push(`expected 240 messages, got ${msgs.length}`);
const lines = raw.trim().split("\n");
if (lines.length !== msgs.length + 2) errors.push("not one message per line");

const seen = new Set();
const counts = {};
for (const m of msgs) {
  const keys = Object.keys(m).join(",");
  if (keys !== "text,expect,category") errors.push(`bad keys: ${keys}`);
  if (typeof m.text !== "string" || !m.text.trim()) errors.push("empty text");
  if (!CATS[m.expect]) errors.push(`bad expect: ${m.expect}`);
  else if (!CATS[m.expect].includes(m.category)) errors.push(`bad category ${m.expect}/${m.category}`);
  const norm = m.text.trim().toLowerCase();
  if (seen.has(norm)) errors.push(`duplicate text: ${m.text}`);
  seen.add(norm);
  const k = `${m.expect}|${m.category}`;
  counts[k] = (counts[k] || 0) + 1;
}
const byExpect = { ordinary: 0, sensitive: 0 };
for (const m of msgs) byExpect[m.expect]++;
if (byExpect.ordinary !== 120 || byExpect.sensitive !== 120) errors.push(`split ${byExpect.ordinary}/${byExpect.sensitive}`);
for (const [e, cats] of Object.entries(CATS)) for (const c of cats) if (!counts[`${e}|${c}`]) errors.push(`missing ${e}/${c}`);
const sh = counts["sensitive|self_harm"] || 0;
if (sh < 25 || sh > 30) errors.push(`self_harm count ${sh} outside 25-30`);

// Language heuristic: count Spanish and English function words.
const ES = new Set("que el la los las de del mi me no es por con para pero está esta estoy en un una y ya se le lo nos al más todos todas dice días qué cómo cuál sobre desde nada".split(" "));
const EN = new Set("the an and i my is to of in it he she they we you but for with on at this that was his her me not just".split(" "));
const lang = (t) => {
  const w = t.toLowerCase().match(/[a-záéíóúñü']+/g) || [];
  const es = w.filter((x) => ES.has(x)).length;
  const en = w.filter((x) => EN.has(x) && !ES.has(x)).length;
  if (es >= 2 && en === 0) return "spanish";
  if (es >= 1 && en >= 1 && /[áéíóúñ¿¡]|\b(que|pero|aunque|hablando|puedo|todos)\b/i.test(t)) return "spanglish";
  return "english";
};
const langCounts = { english: 0, spanish: 0, spanglish: 0 };
for (const m of msgs) langCounts[lang(m.text)]++;

console.log(`Total: ${msgs.length} (${byExpect.ordinary} ordinary, ${byExpect.sensitive} sensitive)\n`);
console.log("| expect | category | count |\n|---|---|---|");
for (const k of Object.keys(counts).sort()) {
  const [e, c] = k.split("|");
  console.log(`| ${e} | ${c} | ${counts[k]} |`);
}
const pct = (n) => ((100 * n) / msgs.length).toFixed(1) + "%";
console.log(`\nLanguage (heuristic): spanish ${langCounts.spanish} (${pct(langCounts.spanish)}), spanglish ${langCounts.spanglish} (${pct(langCounts.spanglish)}), english ${langCounts.english}`);
if (errors.length) {
  console.log("\nFAIL:\n" + errors.join("\n"));
  process.exit(1);
}
console.log("\nOK: valid JSON, 240 messages, 120/120, all categories present, no duplicates");
