/**
 * First contact, replayed forward in time (`npx tsx scripts/eval-safety-timeforward.ts`): for each
 * tuning batch that was measured fresh when it arrived (messages-6 … messages-12), the code as it
 * was when the batch was committed (`git archive` of that commit into a temporary directory, rules
 * and intent classifier included) routes the batch, once as it did then and once with the learned
 * safety classifier (this branch's src/conversation/offline/safety-classifier.ts, copied in)
 * trained only on the batches committed before it plus that commit's intent examples. The overlay
 * is this branch's own `withLearnedVerdict` (copied in with the classifier: the function the engine's
 * `safetyRoute` applies, no replica), fed by the rule helpers that existed then
 * (scripts/safety-timeforward-batch.ts).
 *
 * Unlike scripts/eval-safety-crossval.ts, the rules here had not seen the batch either, so this is
 * the closest replay of first contact the history allows: what the learned part would have added
 * while the rules were still being written. The batches before messages-6 have no fresh
 * measurement (their commits changed rules too) and are training data only. The "then" figures
 * match those in the README's safety row.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LEARNED_SAFETY } from "../src/conversation/engine";

const root = resolve(import.meta.dirname, "..");
// Every tuning file in the order it was committed; the last seven were measured fresh on arrival.
const ORDER = ["messages.json", ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `messages-${n}.json`)];
const FRESH = ORDER.slice(5);

const totals: Record<"rulesThen" | "learned", Record<string, number>> = { rulesThen: {}, learned: {} };
const work = mkdtempSync(join(tmpdir(), "safety-timeforward-"));
try {
  for (const file of FRESH) {
    const commit = execFileSync(
      "git",
      ["log", "--diff-filter=A", "--format=%H", "--", `eval/safety-tuning/${file}`],
      { cwd: root, encoding: "utf8" },
    )
      .trim()
      .split("\n")
      .pop()!;
    const dir = join(work, file);
    mkdirSync(dir);
    const archive = execFileSync(
      "git",
      ["archive", commit, "package.json", "tsconfig.json", "src", "prompts", "eval/safety-tuning"],
      {
        cwd: root,
        maxBuffer: 1 << 30,
      },
    );
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    cpSync(join(root, "src/db/generated"), join(dir, "src/db/generated"), { recursive: true });
    for (const f of ["safety-classifier.ts", "features.ts", "softmax-regression.ts"])
      cpSync(join(root, "src/conversation/offline", f), join(dir, "src/conversation/offline", f));
    mkdirSync(join(dir, "scripts"), { recursive: true });
    cpSync(join(root, "scripts/safety-timeforward-batch.ts"), join(dir, "scripts/batch.ts"));
    const earlier = ORDER.slice(0, ORDER.indexOf(file));
    const out = execFileSync("npx", ["tsx", "scripts/batch.ts", file, ...earlier], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, LEARNED_SAFETY: JSON.stringify(LEARNED_SAFETY) },
    });
    for (const line of out.split("\n")) {
      if (!line.startsWith("TOTALS ")) {
        if (line) console.log(line);
        continue;
      }
      const batch = JSON.parse(line.slice(7)) as Record<"rulesThen" | "learned", Record<string, number>>;
      for (const k of ["rulesThen", "learned"] as const)
        for (const [f, n] of Object.entries(batch[k])) totals[k][f] = (totals[k][f] ?? 0) + n;
    }
  }
  const show = (a: Record<string, number>) =>
    `ordinary as reports ${a.ordReport}/${a.ord} (asked ${a.ordAsk}); sensitive at once ${a.sensAtOnce}/${a.sens} (asked ${a.sensAsk}, missed ${a.sens! - a.sensAtOnce! - a.sensAsk!}); self-harm crisis ${a.shCrisis}/${a.sh}`;
  console.log(`\nTOTAL over the ${FRESH.length} batches measured fresh`);
  console.log(`  rules then:            ${show(totals.rulesThen)}`);
  console.log(`  rules then + learned:  ${show(totals.learned)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
