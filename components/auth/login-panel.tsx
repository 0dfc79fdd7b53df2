"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { AuthCard } from "./auth-card";
import { MagicLinkForm } from "./magic-link-form";
import { StaffLoginForm } from "./staff-login-form";

type Props = {
  callbackUrl?: string;
  initialTab: "staff" | "customer";
  linkError?: "linkInvalid" | "accessDenied";
  showDemoHint: boolean;
};

export function LoginPanel({ callbackUrl, initialTab, linkError, showDemoHint }: Props) {
  const t = useTranslations("login");
  return (
    <AuthCard>
      <h1 className="mb-4 text-xl font-semibold tracking-tight">{t("title")}</h1>
      <Tabs defaultValue={initialTab}>
        <TabsList aria-label={t("title")}>
          <TabsTrigger value="staff">{t("staffTab")}</TabsTrigger>
          <TabsTrigger value="customer">{t("customerTab")}</TabsTrigger>
        </TabsList>
        <TabsContent value="staff">
          <StaffLoginForm callbackUrl={callbackUrl} />
          <p className="mt-3 text-center text-sm">
            <Link href="/login/forgot-password" className="text-ink-muted underline-offset-4 hover:underline">
              {t("forgotPassword.link")}
            </Link>
          </p>
          {showDemoHint ? (
            <p className="mt-4 text-xs text-ink-subtle">
              {t("demoHint", { staff: "sales@reise.test", password: "reise-demo" })}
            </p>
          ) : null}
        </TabsContent>
        <TabsContent value="customer">
          <MagicLinkForm linkError={linkError} />
        </TabsContent>
      </Tabs>
    </AuthCard>
  );
}
