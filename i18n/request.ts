import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession, type AppSession } from "@/server/auth/session";
import { loadMessages } from "@/messages";
import {
  DEFAULT_LOCALE,
  DEFAULT_TIME_ZONE,
  isLocale,
  LOCALE_COOKIE,
  localeFromAcceptLanguage,
  type AppLocale,
} from "./locales";

// No locale in the URL: a CRM link is shared between colleagues who may read
// different languages. Order: the signed-in user's saved choice, then the
// switcher cookie, then the browser's languages, then a customer's record.
async function resolveLocale(session: AppSession | null): Promise<AppLocale> {
  if (session && session.role !== "CUSTOMER") return session.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const fromBrowser = localeFromAcceptLanguage((await headers()).get("accept-language"));
  if (fromBrowser) return fromBrowser;
  return session?.locale ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const session = await getSession().catch(() => null);
  const locale = await resolveLocale(session);
  return {
    locale,
    // Dates and times read in the signed-in user's own zone; Oslo for everyone else.
    timeZone: session?.timeZone ?? DEFAULT_TIME_ZONE,
    messages: await loadMessages(locale),
  };
});
