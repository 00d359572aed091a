import { main } from "./main";

// The CLI's process entry: `bin/aso` (from source, through tsx) and `dist/aso.js` (built) both run it.
// Exit explicitly: PGlite overwrites process.exitCode when it closes.
process.exit(await main(process.argv.slice(2)));
