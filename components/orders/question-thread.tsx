import { getFormatter, getTranslations } from "next-intl/server";
import type { ThreadMessage } from "@/server/orders/order-page";
import { cn } from "@/lib/cn";
import { ClockIcon } from "@/components/ui/icons";
import { CLOCK } from "@/lib/date-time-format";

/** The customer's questions and our answers, oldest first; an unanswered last question says so. */
export async function QuestionThread({ messages }: { messages: ThreadMessage[] }) {
  const [t, format] = await Promise.all([getTranslations("orderStatus"), getFormatter()]);
  if (messages.length === 0) return null;
  const waiting = messages[messages.length - 1].from === "customer";
  return (
    <div>
      <h3 className="text-sm font-medium">{t("thread.title")}</h3>
      <ol className="mt-2 flex flex-col gap-2" data-testid="question-thread">
        {messages.map((m) => (
          <li
            key={m.id}
            className={cn(
              "rounded-md border px-3 py-2 text-sm",
              m.from === "customer" ? "ml-6 border-line bg-canvas" : "mr-6 border-accent-200 bg-accent-50",
            )}
          >
            <p className="text-xs font-medium text-ink-muted">
              {m.from === "customer" ? t("thread.you") : t("thread.us")} ·{" "}
              <time dateTime={m.at.toISOString()}>
                {format.dateTime(m.at, { day: "numeric", month: "short", ...CLOCK })}
              </time>
            </p>
            <p className="mt-1 break-words whitespace-pre-line">{m.text}</p>
          </li>
        ))}
      </ol>
      {waiting ? (
        <p className="mt-2 flex items-center gap-1.5 text-xs text-ink-muted" data-testid="question-waiting">
          <ClockIcon aria-hidden className="size-3.5" /> {t("thread.waiting")}
        </p>
      ) : null}
    </div>
  );
}
