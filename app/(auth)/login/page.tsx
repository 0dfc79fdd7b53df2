import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getSession } from "@/server/auth/session";
import { homePathFor } from "@/lib/roles";
import { safeCallbackPath } from "@/lib/callback-url";
import { LoginPanel } from "@/components/auth/login-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

const searchSchema = z.object({
  // Anything but a path on this site is dropped: the user goes to their home page.
  callbackUrl: z.unknown().transform((v) => safeCallbackPath(v) ?? undefined),
  error: z.string().max(64).optional().catch(undefined),
  tab: z.enum(["staff", "customer"]).optional().catch(undefined),
});

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const params = searchSchema.parse(await searchParams);
  const session = await getSession();
  if (session) redirect(params.callbackUrl ?? homePathFor(session.role));
  // next-auth reports magic-link problems with ?error=…; they concern customers.
  const linkError = params.error === "Verification" ? "linkInvalid" : params.error ? "accessDenied" : undefined;
  return (
    <LoginPanel
      callbackUrl={params.callbackUrl}
      initialTab={linkError ? "customer" : (params.tab ?? "staff")}
      linkError={linkError}
      showDemoHint={process.env.REISE_HIDE_DEMO_HINT !== "1"}
    />
  );
}
