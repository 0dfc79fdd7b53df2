import "server-only";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { requireCustomer } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getMyOrderPage } from "@/server/orders/order-page";

/** The order for this request, read once for layout, metadata and page; null when it is not the customer's. */
export const loadMyOrder = cache(async (orderId: string) => {
  const [session, locale, db] = await Promise.all([requireCustomer(), getLocale(), getDb()]);
  return getMyOrderPage(db, session, orderId, isLocale(locale) ? locale : "en");
});
