import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { PageHeader } from "@/components/shell/page-header";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.password"))("title") };
}

// Every staff user, from the account menu. The action checks the session itself.
export default async function ChangePasswordPage() {
  const session = await requireStaff();
  const t = await getTranslations("account.password");
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card className="p-4">
        <ChangePasswordForm email={session.email} />
      </Card>
    </div>
  );
}
