"use server";
import "server-only";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/server/db";
import { getSession } from "@/server/auth/session";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";

const localeSchema = z.enum(LOCALES);

/** The language switcher: saved on the user (staff) and in a cookie (everyone). */
export async function setLocaleAction(locale: string): Promise<{ ok: boolean }> {
  const parsed = localeSchema.safeParse(locale);
  if (!parsed.success) return { ok: false };
  const session = await getSession();
  if (session && session.role !== "CUSTOMER") {
    const db = await getDb();
    await db.user.update({ where: { id: session.userId }, data: { locale: parsed.data } });
  }
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365,
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
  revalidatePath("/", "layout");
  return { ok: true };
}
