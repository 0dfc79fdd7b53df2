import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { awayDateRange } from "@/lib/validation/away";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { readAway } from "@/server/users/away";
import { PageHeader } from "@/components/shell/page-header";
import { AwayForm } from "@/components/account/away-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.away"))("title") };
}

// Every staff user, from the account menu: their own away status. The action checks the session itself.
export default async function AwayPage() {
  const session = await requireStaff();
  const now = new Date();
  const [t, format, awayUntil] = await Promise.all([
    getTranslations("account.away"),
    getFormatter(),
    readAway(await getDb(), session.userId, now),
  ]);
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card className="flex flex-col gap-4 p-4">
        <Alert tone="info">
          {awayUntil
            ? t("statusAway", {
                date: format.dateTime(awayUntil, { weekday: "short", day: "numeric", month: "short" }),
              })
            : t("statusPresent")}
        </Alert>
        <AwayForm away={awayUntil !== null} {...awayDateRange(now, session.timeZone)} />
      </Card>
    </div>
  );
}
