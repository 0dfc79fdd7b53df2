"use client";
import { z } from "zod";

// Zod compiles fast parsers with `new Function`, after probing whether it may.
// Under our Content-Security-Policy (no 'unsafe-eval') the browser blocks the
// probe and reports a violation, even though zod then parses without it. In
// the browser, parse without compiling and never probe. Imported by the root
// layout, so it runs before any form parses.
z.config({ jitless: true });

export function ZodJitless() {
  return null;
}
