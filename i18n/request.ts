import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession } from "@/server/auth/session";
import { loadMessages } from "@/messages";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type AppLocale } from "./locales";

// No locale in the URL: a CRM link is shared between colleagues who may read
// different languages. Order: the signed-in user's saved choice, then the
// switcher cookie, then the browser's languages.
async function resolveLocale(): Promise<AppLocale> {
  const session = await getSession().catch(() => null);
  if (session && session.role !== "CUSTOMER") return session.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const fromBrowser = localeFromAcceptLanguage((await headers()).get("accept-language"));
  if (fromBrowser) return fromBrowser;
  return session?.locale ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    timeZone: "Europe/Oslo",
    messages: await loadMessages(locale),
  };
});
