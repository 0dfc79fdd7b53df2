"use client";

// Zod compiles fast parsers with `new Function`, after probing whether it may.
// Under our Content-Security-Policy (no 'unsafe-eval') the browser blocks the
// probe and reports a violation, even though zod then parses without it. In
// the browser, parse without compiling and never probe. Imported by the root
// layout, so it runs before any schema is built (zod reads the setting then).
//
// Zod keeps this config on globalThis.__zod_globalConfig, which copies of zod
// share; writing it there keeps zod itself (even its small core) out of every
// page's first JavaScript, since only forms load zod, and only when used.
// zod-jitless.test.ts checks that zod reads it from there.
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig = Object.assign(zodGlobal.__zod_globalConfig ?? {}, { jitless: true });

export function ZodJitless() {
  return null;
}
