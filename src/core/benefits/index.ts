export * from "./deductions";
export * from "./dependents";
export * from "./elections";
export * from "./eligibility";
export * from "./life-events";
export * from "./pay-periods";
export * from "./plan";
export * from "./premium-cost";
