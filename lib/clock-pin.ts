// A pinned clock for tests and demos. With REISE_NOW set to an instant, every `new Date()` and
// `Date.now()` in the process reads that instant at the moment the pin was taken and runs on from
// there at the real pace: the seed, the server, PGlite's now() inside it, and the test runner all
// agree on one shifted clock. Tests pin a Tuesday morning, so `npm test` passes the same on a
// Friday evening, and `REISE_NOW=2027-03-28T02:30:00+02:00 npm run test:e2e` tries a DST night.
//
// REISE_NOW_SET_AT (epoch ms on the real clock) is when the pin was taken. The first process that
// reads REISE_NOW writes it into its environment, so the processes it starts share one offset
// instead of each starting the clock again.
//
// Written here rather than with @sinonjs/fake-timers: its clock advances in timer steps (20 ms)
// and fakes timers too; this one only shifts Date, so time flows exactly as it really does.

export type ClockPin = { now: string; offsetMs: number };

type Env = Record<string, string | undefined>;

/** The pin asked for by REISE_NOW, or null. Throws a readable error for a value that is not an instant. */
export function clockPinFromEnv(env: Env = process.env, realNow = realDateNow()): ClockPin | null {
  const wanted = env.REISE_NOW?.trim();
  if (!wanted) return null;
  const at = Date.parse(wanted);
  if (!/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(wanted) || Number.isNaN(at)) {
    throw new Error(`REISE_NOW must be an instant such as 2026-11-24T10:00:00+01:00, got "${wanted}"`);
  }
  const setAt = Number(env.REISE_NOW_SET_AT);
  const takenAt = Number.isFinite(setAt) && setAt > 0 ? setAt : realNow;
  env.REISE_NOW_SET_AT = String(takenAt);
  return { now: new Date(at).toISOString(), offsetMs: at - takenAt };
}

type DateHost = { Date: DateConstructor; __reiseRealDate?: DateConstructor };

/** Shifts `Date` on this global by offsetMs. Idempotent: a second call moves the same clock. */
export function installClockPin(offsetMs: number, host: DateHost = globalThis as unknown as DateHost): void {
  const RealDate = host.__reiseRealDate ?? host.Date;
  host.__reiseRealDate = RealDate;
  const now = () => RealDate.now() + offsetMs;
  // A function, not a subclass: instances stay plain Dates, so `instanceof Date` holds for dates
  // made before the pin and by Node's internals, and `Date()` called without new still works.
  function PinnedDate(this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  PinnedDate.prototype = RealDate.prototype;
  Object.defineProperties(PinnedDate, {
    now: { value: now, writable: true, configurable: true },
    parse: { value: RealDate.parse, writable: true, configurable: true },
    UTC: { value: RealDate.UTC, writable: true, configurable: true },
  });
  host.Date = PinnedDate as unknown as DateConstructor;
}

/** Reads REISE_NOW and pins this process's clock to it; returns the pin, or null when unset. */
export function pinClockFromEnv(env: Env = process.env): ClockPin | null {
  const pin = clockPinFromEnv(env);
  if (pin) installClockPin(pin.offsetMs);
  return pin;
}

function realDateNow(): number {
  return ((globalThis as unknown as DateHost).__reiseRealDate ?? Date).now();
}
