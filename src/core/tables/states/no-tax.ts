import type { Dated } from "../dated";

/**
 * The nine states with no income tax on wages: nothing to withhold. WA Cares / PFML and other payroll
 * premiums are separate programs, not income tax withholding.
 */
export const NO_WAGE_TAX_STATES: Dated<readonly string[]> = {
  effective: "2021-01-01",
  value: ["AK", "FL", "NV", "NH", "SD", "TN", "TX", "WA", "WY"],
  source:
    "us-payroll-2026.md §5: Alaska, Florida, Nevada, New Hampshire, South Dakota, Tennessee, Texas, Washington, Wyoming (Zenefits help; netsalary 2026); NH interest-and-dividends tax repealed",
};
