import { routingNumberProblem } from "../../core/banking/bank-account";
import type { OdfiProfile } from "../../core/banking/nacha-ppd-file";
import { DomainError } from "../../errors/domain-error";

/** The ACH_* variables of the environment (src/config/env.ts). */
export type AchEnv = {
  ACH_ODFI_ROUTING?: string | undefined;
  ACH_ODFI_NAME?: string | undefined;
  ACH_IMMEDIATE_ORIGIN?: string | undefined;
  ACH_IMMEDIATE_ORIGIN_NAME?: string | undefined;
  ACH_COMPANY_ID_PREFIX: string;
};

/**
 * The ASO's bank profile for NACHA files. Immediate origin defaults to the ODFI's routing number
 * (a space and 9 digits), as many banks assign when the file comes from their own customer; a bank
 * that assigns another value sets ACH_IMMEDIATE_ORIGIN.
 */
export function odfiProfileOf(env: AchEnv): OdfiProfile {
  const routing = env.ACH_ODFI_ROUTING;
  if (!routing || !env.ACH_ODFI_NAME) {
    throw new DomainError(
      "config.invalid",
      "ACH_ODFI_ROUTING and ACH_ODFI_NAME are required to make direct-deposit files (the ASO's originating bank)",
    );
  }
  const problem = routingNumberProblem(routing);
  if (problem) throw new DomainError("config.invalid", `invalid configuration: ACH_ODFI_ROUTING: ${problem}`);
  const origin = env.ACH_IMMEDIATE_ORIGIN ?? routing;
  return {
    routingNumber: routing,
    name: env.ACH_ODFI_NAME,
    immediateOrigin: origin.padStart(10, " "),
    immediateOriginName: env.ACH_IMMEDIATE_ORIGIN_NAME ?? env.ACH_ODFI_NAME,
    companyIdPrefix: env.ACH_COMPANY_ID_PREFIX,
  };
}
