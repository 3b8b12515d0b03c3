// Kept for the command documented before the relay moved to relay/: `node scripts/relay.mjs
// --port 4174 [--host] [--trust-proxy]` runs relay/main.js.
import '../relay/main.js';
