import type { BenefitPlan } from "../../../../src/core/benefits/plan";

export const ppoGold: BenefitPlan = {
  id: "plan-ppo",
  code: "PPO-GOLD",
  type: "medical",
  name: "PPO Gold",
  planYear: 2026,
  tiers: {
    employee: { employee: "120.00", employer: "480.00" },
    employee_spouse: { employee: "260.00", employer: "900.00" },
    employee_children: { employee: "230.00", employer: "800.00" },
    family: { employee: "380.00", employer: "1220.00" },
  },
  deductible: { individual: "1500", family: "3000" },
  outOfPocketMax: { individual: "4500", family: "9000" },
  documents: ["sbc-ppo-gold.md"],
  rules: { waitingPeriodDays: 30, carrier: "Keystone Health" },
};

export const hsa: BenefitPlan = {
  id: "plan-hsa",
  code: "HSA",
  type: "hsa",
  name: "Health Savings Account",
  planYear: 2026,
  tiers: {},
  documents: [],
  rules: {
    employerContribution: { employee: "19.23", family: "38.46" },
    annualLimit: { employee: "4400", family: "8750" },
  },
};

export const life: BenefitPlan = {
  id: "plan-life",
  code: "LIFE",
  type: "life",
  name: "Supplemental Life",
  planYear: 2026,
  tiers: { employee: { employee: "4.50", employer: "2.00" } },
  documents: [],
  rules: {},
};

export const k401: BenefitPlan = {
  id: "plan-401k",
  code: "401K",
  type: "401k",
  name: "401(k)",
  planYear: 2026,
  tiers: {},
  documents: [],
  rules: { annualLimit: "24500" },
};
