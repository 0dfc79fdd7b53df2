export type Currency = "NOK" | "DKK" | "EUR";
type Locale = "en" | "nb" | "da";

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", nb: "nb-NO", da: "da-DK" };

/**
 * Money as people read it at home: "12 345 kr" in Norway, "12.345 kr." in
 * Denmark, "€12,345" in English. Amounts are stored in minor units (øre, cents);
 * whole amounts show no decimals, since prices of cars and kitchens rarely have them.
 */
export function formatMoney(minor: number, currency: Currency, locale: Locale): string {
  const major = minor / 100;
  const whole = Number.isInteger(major);
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(major);
}
