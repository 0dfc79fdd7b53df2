import { getFormatter, getTranslations } from "next-intl/server";
import { CONSENT_SOURCES, SYSTEM_CONSENT_SOURCES } from "@/lib/validation/consent";
import type { ConsentHistoryEntry } from "@/server/customers/consent-service";
import type { ConsentState } from "@/server/customers/record-queries";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ChevronDownIcon } from "@/components/ui/icons";
import { ConsentBadges } from "./consent-badges";
import { ConsentForm } from "./consent-form";
import { CLOCK } from "@/lib/date-time-format";

/** Consent per purpose, its history (when, how, by whom) and, unless erased, a form to record a change. */
export async function ConsentCard({
  customerId,
  consents,
  history,
  erased,
  timeZone,
}: {
  customerId: string;
  consents: ConsentState[];
  history: ConsentHistoryEntry[];
  erased: boolean;
  timeZone: string;
}) {
  const [t, format] = await Promise.all([getTranslations("consent"), getFormatter()]);
  // Codes recorded here read in the reader's language; older free-text sources show as written.
  const source = (s: string) =>
    (CONSENT_SOURCES as readonly string[]).includes(s)
      ? t(`sources.${s as "phone"}`)
      : SYSTEM_CONSENT_SOURCES[s]
        ? t(`systemSources.${SYSTEM_CONSENT_SOURCES[s] as "import"}`)
        : s;
  return (
    <Card aria-labelledby="consent-title" data-testid="consent-card">
      <CardHeader>
        <CardTitle id="consent-title">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <ConsentBadges consents={consents} />
        <div>
          <h3 className="text-xs font-medium text-ink-muted">{t("history")}</h3>
          {history.length === 0 ? (
            <p className="mt-1 text-ink-muted">{t("noHistory")}</p>
          ) : (
            <ol className="mt-1 divide-y divide-line" data-testid="consent-history">
              {history.map((e) => (
                <li key={e.id} className="py-1.5">
                  <span className="font-medium">{t(`purposes.${e.purpose}`)}</span>
                  {": "}
                  {t("historyEntry", {
                    state: t(e.granted ? "state.granted" : "state.withdrawn"),
                    source: source(e.source),
                  })}
                  <span className="block text-xs text-ink-muted">
                    <time dateTime={e.occurredAt.toISOString()}>
                      {format.dateTime(e.occurredAt, {
                        timeZone,
                        day: "numeric",
                        month: "short",
                        year: "numeric",
                        ...CLOCK,
                      })}
                    </time>
                    {" · "}
                    {e.recordedBy ? t("recordedBy", { name: e.recordedBy }) : t("byCustomer")}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        {erased ? null : (
          <details className="group rounded-md border border-line px-3 py-2">
            <summary className="flex cursor-pointer list-none items-center justify-between gap-2 font-medium [&::-webkit-details-marker]:hidden">
              {t("record")}
              <ChevronDownIcon
                className="size-4 text-ink-muted transition-transform group-open:rotate-180"
                aria-hidden
              />
            </summary>
            <div className="mt-3">
              <ConsentForm customerId={customerId} />
            </div>
          </details>
        )}
      </CardContent>
    </Card>
  );
}
