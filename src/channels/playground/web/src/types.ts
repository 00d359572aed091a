// The reply model is the server's own (type-only import: nothing of the server is bundled).
export type {
  Button,
  Citation,
  CommandRef,
  FormField,
  Reply,
  ReplyBlock,
} from "../../../../conversation/reply";

import type { Reply } from "../../../../conversation/reply";

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
  jobs?: {
    queue: string;
    waiting: number;
    active: number;
    delayed: number;
    completed: number;
    failed: number;
  }[];
};
