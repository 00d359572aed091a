/** Mirrors src/channels/reply.ts (the front end is built separately, so the types are repeated). */
export type CommandRef = { name: string; args: Record<string, string | number | boolean> };
export type Button = { label: string; style?: "primary" | "danger" | "default"; command: CommandRef };
export type FormField = {
  name: string;
  label: string;
  type: "text" | "textarea" | "number" | "date" | "select";
  required?: boolean;
  placeholder?: string;
  initial?: string;
  options?: { value: string; label: string }[];
};
export type Citation = { document: string; section: string; quote: string };
export type ReplyBlock =
  | { kind: "text"; text: string }
  | { kind: "facts"; title?: string; facts: { label: string; value: string }[] }
  | { kind: "citations"; citations: Citation[] }
  | { kind: "actions"; buttons: Button[] }
  | { kind: "form"; id: string; title: string; submitLabel: string; fields: FormField[]; command: CommandRef }
  | { kind: "confirm"; text: string; confirm: Button; cancel: Button }
  | { kind: "status"; text: string; tone: "success" | "warning" | "danger" | "info" };
export type Reply = { blocks: ReplyBlock[]; personal?: boolean; updateKey?: string };

export type Message = {
  id: string;
  actorRef: string;
  author: "user" | "assistant" | "notification";
  reply: Reply;
  revision: number;
  createdAt: string;
};

export type Persona = {
  ref: string;
  kind: "employee" | "staff";
  name: string;
  roles: string[];
  clientId: string | null;
  clientName: string;
};

export type Panels = {
  paycheck?: {
    payDate: string;
    gross: string;
    taxes: { item: string; amount: string }[];
    deductions: { item: string; amount: string }[];
    net: string;
    explanation: string[];
  } | null;
  timesheets?: {
    weekStart: string;
    status: string;
    totalHours: string;
    decidedBy?: string;
    decidedAt?: string;
  }[];
  payRuns?: {
    runs: {
      id: string;
      kind: string;
      periodStart: string;
      periodEnd: string;
      payDate: string;
      status: string;
      done: number;
      total: number;
      errors: number;
    }[];
    ledger: { account: string; debit: string; credit: string }[];
  };
  cases?: {
    id: string;
    reference: string;
    clientName: string;
    employeeName: string;
    category: string;
    priority: string;
    state: string;
    assigneeName: string | null;
    summary: string | null;
    mine: boolean;
    firstResponseDueAt: string | null;
    resolutionDueAt: string | null;
  }[];
  jobs: {
    queue: string;
    waiting: number;
    active: number;
    delayed: number;
    completed: number;
    failed: number;
  }[];
};
