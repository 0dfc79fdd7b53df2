// Runs once when the server starts. The database work lives in a Node-only
// module so the Edge bundle never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before anything reads the time: REISE_NOW pins the clock for tests (lib/clock-pin.ts).
  const { pinClockFromEnv } = await import("./lib/clock-pin");
  const pin = pinClockFromEnv();
  if (pin) console.log(`[clock] pinned: the server's time started at ${pin.now} (REISE_NOW)`);
  await import("./instrumentation-node");
}
