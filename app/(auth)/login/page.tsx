import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/server/auth/session";
import { homePathFor } from "@/lib/roles";
import { parseLoginSearch } from "@/lib/validation/login-search";
import { LoginPanel } from "@/components/auth/login-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const params = parseLoginSearch(await searchParams);
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
