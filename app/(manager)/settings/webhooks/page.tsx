import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { webhookLogQuerySchema } from "@/lib/validation/webhook";
import { getWebhookSettings } from "@/server/webhooks/page-queries";
import { PageHeader } from "@/components/shell/page-header";
import { ListPager } from "@/components/list/list-pager";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { AddWebhookDialog } from "@/components/webhooks/add-webhook-dialog";
import { WebhookDeliveryLog } from "@/components/webhooks/webhook-delivery-log";
import { WebhookEndpointList } from "@/components/webhooks/webhook-endpoint-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("metaTitle") };
}

const PAGE = "/settings/webhooks";

// Managers only: getWebhookSettings answers anyone else with a 404 (and the layout before it).
export default async function WebhooksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const search = webhookLogQuerySchema.parse(await searchParams);
  const [t, { endpoints, log }] = await Promise.all([getTranslations("webhooks"), getWebhookSettings(search)]);
  const logPage = (cursor?: string) =>
    `${PAGE}?endpoint=${log?.endpoint.id}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}#webhook-log`;
  return (
    <div className="max-w-5xl">
      <PageHeader title={(await getTranslations("settings"))("title")} description={t("description")} />
      <SettingsNav current="webhooks" />
      <div className="flex flex-col gap-6">
        <Card aria-labelledby="webhooks-title">
          <CardHeader>
            <CardTitle id="webhooks-title">{t("title")}</CardTitle>
            <AddWebhookDialog />
          </CardHeader>
          <p className="border-b border-line px-4 py-3 text-sm text-ink-muted">{t("rule")}</p>
          <WebhookEndpointList endpoints={endpoints} now={new Date()} />
        </Card>
        {log ? (
          <Card aria-labelledby="webhook-log" data-testid="webhook-log">
            <CardHeader>
              <CardTitle id="webhook-log" tabIndex={-1} className="outline-none">
                {t("log.title", { host: new URL(log.endpoint.url).host })}
              </CardTitle>
              <Link href={PAGE} className={buttonClasses("ghost", "sm")}>
                {t("log.close")}
              </Link>
            </CardHeader>
            <p className="border-b border-line px-4 py-3 text-sm text-ink-muted">{t("log.description")}</p>
            <WebhookDeliveryLog rows={log.page.rows} />
          </Card>
        ) : null}
        {log ? (
          <ListPager
            label={search.cursor ? t("log.olderPage") : t("log.newestPage")}
            status={search.cursor ? t("log.olderPage") : t("log.newestPage")}
            back={search.cursor ? { href: logPage(), label: t("log.newest") } : undefined}
            next={log.page.nextCursor ? { href: logPage(log.page.nextCursor), label: t("log.older") } : undefined}
          />
        ) : null}
      </div>
    </div>
  );
}
