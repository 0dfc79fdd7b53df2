import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/data-table-shell";
import type { SegmentSendRow } from "@/server/segment-sends/queries";
import { RefreshWhileRunning } from "./refresh-while-running";
import { SendCard, SendControls, STATE_TONE } from "./send-card";

// Each send of the segment: progress, and what became of it. Pause, resume and cancel are plain
// forms, one button each, so they work from the keyboard and before JavaScript has loaded.

export async function SendsTable({
  segmentId,
  sends,
  started,
}: {
  segmentId: string;
  sends: SegmentSendRow[];
  started: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("segmentSends.sends"), getFormatter()]);
  const n = (value: number) => format.number(value);
  return (
    <section aria-labelledby="sends" className="flex flex-col gap-2">
      {/* Fast while a send walks its segment; slower while only deliveries wait (SMS in quiet hours). */}
      <RefreshWhileRunning
        running={sends.some((s) => s.state === "RUNNING" || s.waiting > 0)}
        everyMs={sends.some((s) => s.state === "RUNNING") ? 5_000 : 15_000}
      />
      <h2 id="sends" className="text-base font-semibold">
        {t("title")}
      </h2>
      {started ? <Alert tone="success">{t("started")}</Alert> : null}
      {!sends.length ? (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <>
          {/* On a phone ten columns cannot be read: each send is a card with its figures in a grid. */}
          <ul className="flex flex-col gap-2 md:hidden" aria-label={t("title")}>
            {sends.map((send) => (
              <SendCard key={send.id} send={send} segmentId={segmentId} />
            ))}
          </ul>
          <div className="hidden md:block">
            <Table caption={t("title")} data-testid="segment-sends">
              <THead>
                <tr>
                  <Th>{t("col.template")}</Th>
                  <Th>{t("col.state")}</Th>
                  <Th numeric>{t("col.queued")}</Th>
                  <Th numeric>{t("col.sent")}</Th>
                  <Th numeric>{t("col.waiting")}</Th>
                  <Th numeric>{t("col.skipped")}</Th>
                  <Th numeric>{t("col.bounced")}</Th>
                  <Th numeric>{t("col.replied")}</Th>
                  <Th numeric>{t("col.unsubscribed")}</Th>
                  <Th>
                    <span className="sr-only">{t("col.actions")}</span>
                  </Th>
                </tr>
              </THead>
              <TBody>
                {sends.map((s) => {
                  const skipped = s.skippedNoConsent + s.skippedNoAddress + s.skippedMissingValue + s.skippedErased;
                  return (
                    <Tr key={s.id} data-testid={`segment-send-${s.id}`}>
                      <Td wrap>
                        <span className="font-medium">{s.templateName}</span>
                        <span className="block text-xs text-ink-muted">
                          {t("startedBy", {
                            channel: t(`channel.${s.channel}`),
                            name: s.startedBy,
                            at: format.dateTime(s.startedAt, DATE_AND_TIME),
                          })}
                        </span>
                      </Td>
                      <Td>
                        <Badge tone={STATE_TONE[s.state]}>{t(`state.${s.state}`)}</Badge>
                      </Td>
                      <Td numeric>{n(s.queued)}</Td>
                      <Td numeric>{n(s.sent)}</Td>
                      <Td numeric>{n(s.waiting)}</Td>
                      <Td
                        numeric
                        title={t("skippedWhy", {
                          consent: s.skippedNoConsent,
                          address: s.skippedNoAddress,
                          value: s.skippedMissingValue,
                          erased: s.skippedErased,
                        })}
                      >
                        {n(skipped)}
                        <span className="block text-xs text-ink-muted">
                          {t("skippedShort", {
                            consent: s.skippedNoConsent,
                            address: s.skippedNoAddress,
                            value: s.skippedMissingValue,
                          })}
                        </span>
                      </Td>
                      <Td numeric>{n(s.bounced)}</Td>
                      <Td numeric>{n(s.replied)}</Td>
                      <Td numeric>{n(s.unsubscribed)}</Td>
                      <Td>
                        <SendControls send={s} segmentId={segmentId} size="small" />
                      </Td>
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
