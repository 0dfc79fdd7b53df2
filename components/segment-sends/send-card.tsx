import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import { cn } from "@/lib/cn";
import { controlSegmentSendAction } from "@/server/segment-sends/actions";
import type { SegmentSendRow } from "@/server/segment-sends/queries";

// One send on a phone, where the table's ten columns cannot be read: its figures in a grid, and its
// pause, resume and cancel buttons (plain forms, shared with the table) at a finger's size.

export const STATE_TONE: Record<SegmentSendRow["state"], BadgeTone> = {
  RUNNING: "accent",
  PAUSED: "due",
  DONE: "won",
  CANCELLED: "lost",
};
const CONTROLS: Record<SegmentSendRow["state"], ("pause" | "resume" | "cancel")[]> = {
  RUNNING: ["pause", "cancel"],
  PAUSED: ["resume", "cancel"],
  DONE: [],
  CANCELLED: [],
};

export async function SendControls({
  send,
  segmentId,
  size,
}: {
  send: SegmentSendRow;
  segmentId: string;
  size: "small" | "touch";
}) {
  const t = await getTranslations("segmentSends.sends");
  if (!CONTROLS[send.state].length) return null;
  return (
    <div className={cn("flex", size === "touch" ? "mt-2 gap-2" : "gap-1")}>
      {CONTROLS[send.state].map((control) => (
        <form key={control} action={controlSegmentSendAction}>
          <input type="hidden" name="sendId" value={send.id} />
          <input type="hidden" name="segmentId" value={segmentId} />
          <button
            type="submit"
            name="control"
            value={control}
            className={cn(
              "rounded-md border border-line-strong font-medium hover:bg-gray-50",
              size === "touch" ? "h-11 px-4 text-sm" : "px-2 py-1 text-xs",
            )}
          >
            {t(`control.${control}`)}
          </button>
        </form>
      ))}
    </div>
  );
}

export async function SendCard({ send: s, segmentId }: { send: SegmentSendRow; segmentId: string }) {
  const [t, format] = await Promise.all([getTranslations("segmentSends.sends"), getFormatter()]);
  const figures = [
    ["queued", s.queued],
    ["sent", s.sent],
    ["waiting", s.waiting],
    ["skipped", s.skippedNoConsent + s.skippedNoAddress + s.skippedMissingValue + s.skippedErased],
    ["bounced", s.bounced],
    ["replied", s.replied],
    ["unsubscribed", s.unsubscribed],
  ] as const;
  return (
    <li className="rounded-lg border border-line bg-surface p-3 text-sm">
      <div className="flex items-start justify-between gap-2">
        <span className="min-w-0">
          <span className="block font-medium">{s.templateName}</span>
          <span className="block text-xs text-ink-muted">
            {t("startedBy", {
              channel: t(`channel.${s.channel}`),
              name: s.startedBy,
              at: format.dateTime(s.startedAt, DATE_AND_TIME),
            })}
          </span>
        </span>
        <Badge tone={STATE_TONE[s.state]}>{t(`state.${s.state}`)}</Badge>
      </div>
      <dl className="mt-2 grid grid-cols-4 gap-x-2 gap-y-1 text-xs">
        {figures.map(([key, value]) => (
          <div key={key} className="min-w-0">
            <dt className="truncate text-ink-muted">{t(`col.${key}`)}</dt>
            <dd className="font-medium tabular-nums">{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      <SendControls send={s} segmentId={segmentId} size="touch" />
    </li>
  );
}
