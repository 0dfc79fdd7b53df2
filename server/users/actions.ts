"use server";
import "server-only";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { callAction } from "@/server/actions/client";

/** The language switcher (who: "anyone", it works on the login page too): saved on a staff user and in a cookie. */
export const setLocaleAction = callAction({
  who: "anyone",
  schema: z.enum(LOCALES),
  invalid: (): { ok: boolean } => ({ ok: false }),
  run: async ({ session, input, db }) => {
    if (session && session.role !== "CUSTOMER")
      await db.user.update({ where: { id: session.userId }, data: { locale: input } });
    (await cookies()).set(LOCALE_COOKIE, input, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      maxAge: 60 * 60 * 24 * 365,
      secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    });
    revalidatePath("/", "layout");
    return { ok: true };
  },
});
