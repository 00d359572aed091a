// Worker-thread entry for `aso paycheck`: registers tsx in this thread (as bin/aso does for the main
// thread), then loads the TypeScript worker body.
import { register } from "tsx/esm/api";

register();
await import("./paycheck-worker.ts");
