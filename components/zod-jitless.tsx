"use client";
import { config } from "zod/v4/core";

// Zod compiles fast parsers with `new Function`, after probing whether it may.
// Under our Content-Security-Policy (no 'unsafe-eval') the browser blocks the
// probe and reports a violation, even though zod then parses without it. In
// the browser, parse without compiling and never probe. Imported by the root
// layout, so it runs before any form parses. Only zod's tiny config module is
// imported here: the full library would otherwise be in every page's first
// JavaScript, while only the pages with client-side schemas need it.
config({ jitless: true });

export function ZodJitless() {
  return null;
}
