import { IMPORT_LIMITS } from "@/lib/customer-import/fields";

/** The {max} of a "…TooLong" row problem, from the field's limit (zod-free, for the page's first JavaScript). */
export function problemMax(code: string): number {
  const field = code.endsWith("TooLong") ? code.slice(0, -"TooLong".length) : "";
  return (IMPORT_LIMITS as Record<string, number>)[field] ?? 0;
}
