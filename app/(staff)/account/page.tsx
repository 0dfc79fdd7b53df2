import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { vapidConfig } from "@/server/push/vapid";
import { PageHeader } from "@/components/shell/page-header";
import { PushSettings } from "@/components/account/push-settings";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("userMenu.push"))("title") };
}

// Every staff user, from the account menu: push on this device. The actions check the session themselves.
export default async function AccountPage() {
  await requireStaff();
  const t = await getTranslations("userMenu.push");
  return (
    <div className="max-w-xl">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card className="p-4">
        <PushSettings publicKey={vapidConfig()?.publicKey ?? null} />
      </Card>
    </div>
  );
}
