import { getTranslations } from "next-intl/server";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getComposeContext } from "@/server/messaging/compose-queries";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ComposeForm } from "./compose-form";

/** The "Write to the customer" card of the lead and customer pages; nothing for an erased customer. */
export async function ComposeCard({
  session,
  customerId,
  leadId,
}: {
  session: AppSession;
  customerId: string;
  leadId: string | null;
}) {
  const [context, t] = await Promise.all([
    getComposeContext(await getDb(), session, customerId, leadId),
    getTranslations("messaging.compose"),
  ]);
  if (!context) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle id="compose-title">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <ComposeForm context={context} />
      </CardContent>
    </Card>
  );
}
