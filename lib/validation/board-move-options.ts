// Zod-free helpers of the board's move dialogs, shared by the browser and board-move.ts.

/** Largest value a lead holds (Lead.valueMinor is a 32-bit integer of minor units). */
export const VALUE_MINOR_MAX = 2_147_483_647;

/**
 * An amount typed in major units, as people type it at home ("459 900", "459.900", "12 345,50",
 * "€1,299.95"), in minor units; null when it is not an amount. The last "," or "." followed by one
 * or two digits is the decimal mark; other separators group thousands.
 */
export function parseMajorAmount(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f]|kr\.?|€|NOK|DKK|EUR/gi, "");
  if (!/^\d[\d.,]*$/.test(t)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(t);
  const whole = (decimal ? t.slice(0, decimal.index) : t).replace(/[.,]/g, "");
  if (!/^\d+$/.test(whole)) return null;
  const cents = decimal ? Number(decimal[1].padEnd(2, "0")) : 0;
  const minor = Number(whole) * 100 + cents;
  return Number.isSafeInteger(minor) && minor <= VALUE_MINOR_MAX ? minor : null;
}

/** Minor units back into what the value field shows first: "459900" or "12345.50". */
export function formatMajorAmount(minor: number): string {
  return minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2);
}
