import type { CliCommand } from "./command";

/**
 * A command's one-line summary, and its module, loaded only when that command runs. In the embedded
 * mode a command run on a fresh data directory first loads the demo data there (as `aso serve` does),
 * so every README example works on a new machine; `noDemo` commands never do: they need no database,
 * manage it themselves, or import the ASO's own clients into it.
 */
export type CommandEntry = { summary: string; load: () => Promise<CliCommand>; noDemo?: true };

/**
 * Every CLI command by its name (one or two words). Each command lives in src/cli/commands/<name>.ts
 * and is imported lazily: `aso paycheck` must not pay for loading Prisma, Bolt and LangChain.
 */
export const commands: Record<string, CommandEntry> = {
  serve: {
    summary: "HTTP server (+ workers, demo data and playground in the embedded mode)",
    load: async () => (await import("./commands/serve")).serveCommand,
    noDemo: true,
  },
  worker: {
    summary: "run the job workers until SIGTERM/SIGINT",
    load: async () => (await import("./commands/worker")).workerCommand,
    noDemo: true,
  },
  migrate: {
    summary: "apply committed migrations to the configured database",
    load: async () => (await import("./commands/migrate")).migrateCommand,
    noDemo: true,
  },
  import: {
    summary: "onboard or update a client employer from a census JSON file",
    load: async () => (await import("./commands/import")).importCommand,
    noDemo: true,
  },
  "staff add": {
    summary: "add or update an ASO specialist or admin",
    load: async () => (await import("./commands/staff-add")).staffAddCommand,
  },
  paycheck: {
    summary: "gross-to-net: paycheck requests as JSON Lines on stdin, results on stdout",
    load: async () => (await import("./commands/paycheck")).paycheckCommand,
    noDemo: true,
  },
  classify: {
    summary: "classify messages ({id?, text} JSON Lines) into intents",
    load: async () => (await import("./commands/classify")).classifyCommand,
    noDemo: true,
  },
  ask: {
    summary: "answer a question as the bot would, for an employee",
    load: async () => (await import("./commands/ask")).askCommand,
  },
  "kb ingest": {
    summary:
      "ingest plan documents (Markdown, text, HTML, CSV, YAML, JSON, TOML, AsciiDoc, reStructuredText, PDF) for a client",
    load: async () => (await import("./commands/kb-ingest")).kbIngestCommand,
  },
  "report feedback": {
    summary: "employees' verdicts on the assistant's answers (JSON)",
    load: async () => (await import("./commands/report-feedback")).reportFeedbackCommand,
  },
  "kb show": {
    summary: "show the costs and coverage extracted from a plan's documents",
    load: async () => (await import("./commands/kb-show")).kbShowCommand,
  },
  "payroll run": {
    summary: "calculate a client's payroll for a pay period through the job queue",
    load: async () => (await import("./commands/payroll-run")).payrollRunCommand,
  },
  "payroll carry-forward": {
    summary: "turn a client's carry-forward of tax tables (marked unverified) on or off",
    load: async () => (await import("./commands/payroll-carry-forward")).payrollCarryForwardCommand,
  },
  "tables import": {
    summary: "load tax tables (a new year's figures) from a JSON file, validated and audited",
    load: async () => (await import("./commands/tables-import")).tablesImportCommand,
  },
  "tables list": {
    summary:
      "list the tax tables in force (federal built-in and loaded, state built-in), with dates and sources",
    load: async () => (await import("./commands/tables-list")).tablesListCommand,
  },
  "payroll approve": {
    summary: "approve a calculated pay run and post it to the ledger",
    load: async () => (await import("./commands/payroll-approve")).payrollApproveCommand,
  },
  "payroll status": {
    summary: "a pay run's state and progress (resumes a run the queue lost)",
    load: async () => (await import("./commands/payroll-manage")).payrollStatusCommand,
  },
  "payroll recalculate": {
    summary: "recalculate a calculated pay run's error paychecks",
    load: async () => (await import("./commands/payroll-manage")).payrollRecalculateCommand,
  },
  "payroll exclude": {
    summary: "leave employees out of a calculated pay run",
    load: async () => (await import("./commands/payroll-manage")).payrollExcludeCommand,
  },
  "payroll void": {
    summary: "void a posted pay run (posts the reversing entry)",
    load: async () => (await import("./commands/payroll-manage")).payrollVoidCommand,
  },
  "payroll void-paycheck": {
    summary: "void one posted paycheck (posts its reversing entry)",
    load: async () => (await import("./commands/payroll-manage")).payrollVoidPaycheckCommand,
  },
  "payroll retro": {
    summary: "retro pay for a raise effective in periods already paid (an adjustment run)",
    load: async () => (await import("./commands/payroll-retro")).payrollRetroCommand,
  },
  "payroll recover": {
    summary: "recover overpaid wages from an employee's next regular paychecks",
    load: async () => (await import("./commands/payroll-recover")).payrollRecoverCommand,
  },
  "payroll ach": {
    summary: "the NACHA direct-deposit file (PPD) of a posted pay run",
    load: async () => (await import("./commands/payroll-ach")).payrollAchCommand,
  },
  "bank reencrypt": {
    summary:
      "move every stored bank number and Slack bot token to the current encryption key (after a rotation)",
    load: async () => (await import("./commands/bank-reencrypt")).bankReencryptCommand,
  },
  "report liabilities": {
    summary: "the client's posted ledger by account and due date (json|csv)",
    load: async () => (await import("./commands/report-liabilities")).reportLiabilitiesCommand,
  },
  "report deposits": {
    summary: "the client's deposit calendar: what to pay, to whom, by when (json|csv)",
    load: async () => (await import("./commands/report-deposits")).reportDepositsCommand,
  },
  "deposits mark-paid": {
    summary: "record a deposit made and post it to the client's ledger (idempotent)",
    load: async () => (await import("./commands/deposits-mark-paid")).depositsMarkPaidCommand,
  },
  "report 941": {
    summary: "Form 941 lines 1–10 for a quarter",
    load: async () => (await import("./commands/report-941")).report941Command,
  },
  "report w2": {
    summary: "W-2 boxes 1–6 and box 12 per employee for a year",
    load: async () => (await import("./commands/report-w2")).reportW2Command,
  },
  "report efw2": {
    summary: "the SSA EFW2 (electronic W-2) file for a year",
    load: async () => (await import("./commands/report-efw2")).reportEfw2Command,
  },
  "report w3": {
    summary: "Forms W-2 (boxes a–20) and the W-3 for a year, with optional PDFs",
    load: async () => (await import("./commands/report-w3")).reportW3Command,
  },
  "report 940": {
    summary: "Form 940 and Schedule A for a year",
    load: async () => (await import("./commands/report-940")).report940Command,
  },
  "report workers-comp": {
    summary: "workers' compensation premium audit by state and class code (json|csv)",
    load: async () => (await import("./commands/report-workers-comp")).reportWorkersCompCommand,
  },
  "report arrears": {
    summary: "deduction arrears each employee still owes, from posted pay runs (json|csv)",
    load: async () => (await import("./commands/report-arrears")).reportArrearsCommand,
  },
  "report state-quarterly": {
    summary: "state quarterly withholding and unemployment wage reports (json|csv)",
    load: async () => (await import("./commands/report-state-quarterly")).reportStateQuarterlyCommand,
  },
  "report cases": {
    summary: "case counts, first response and SLA breaches for a client",
    load: async () => (await import("./commands/report-cases")).reportCasesCommand,
  },
};
