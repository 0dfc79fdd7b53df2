// Imported first by scripts that write dated data (the seed): with REISE_NOW set, they use the
// same pinned clock as the server they prepare the database for (lib/clock-pin.ts).
import { pinClockFromEnv } from "@/lib/clock-pin";

const pin = pinClockFromEnv();
if (pin) console.log(`Clock pinned to ${pin.now} (REISE_NOW).`);
