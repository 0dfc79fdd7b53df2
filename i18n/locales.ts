export const LOCALES = ["en", "nb", "da"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
export const DEFAULT_TIME_ZONE = "Europe/Oslo";
/** Set by the language switcher; wins over the browser's languages. */
export const LOCALE_COOKIE = "reise-locale";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    // Norwegian: "no" and "nn" readers are served Bokmål.
    const mapped = base === "no" || base === "nn" ? "nb" : base;
    if (isLocale(mapped)) return mapped;
  }
  return null;
}
