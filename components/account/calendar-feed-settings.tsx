"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/server/calendar-feed/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useKeptForm } from "@/components/ui/use-kept-form";

/** What the card shows after the last answer: whether a link is live, the new link (once), the message. */
type View = { ok: boolean; message: string; live?: boolean; url?: string | null } | null;

/**
 * The rep's private calendar link: create (or replace), copy right away, revoke. The link itself is
 * shown only in the answer that made it; the page knows only whether one is live, and since when.
 */
export function CalendarFeedSettings({ activeSince }: { activeSince: string | null }) {
  const t = useTranslations("account.calendarFeed");
  const [copied, setCopied] = useState(false);
  const { state, pending, formProps } = useKeptForm<View>(async (previous, formData) => {
    const revoking = formData.get("intent") === "revoke";
    const answer = await (revoking ? revokeCalendarFeedAction : createCalendarFeedAction)(null, formData);
    // A refusal changes nothing: the card stays as it was, with the message.
    if (!answer.ok) return { ...previous, ok: false, message: answer.message };
    return { ok: true, message: answer.message, live: !revoking, url: revoking ? null : (answer.url ?? null) };
  });
  const live = state?.live ?? activeSince !== null;
  const url = state?.url ?? null;

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a denied permission): the field is selected, ready for Ctrl+C.
      document.getElementById("calendar-feed-url")?.focus();
    }
  }

  return (
    <div className="flex flex-col gap-3 text-sm" data-testid="calendar-feed">
      {url ? (
        <div className="flex flex-col gap-2">
          <label htmlFor="calendar-feed-url" className="font-medium text-ink">
            {t("linkLabel")}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Input
              id="calendar-feed-url"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
              className="font-mono text-xs"
            />
            <Button type="button" variant="secondary" onClick={copy}>
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
          <p className="text-ink-muted">{t("showOnce")}</p>
        </div>
      ) : (
        <p>
          {live ? (activeSince && state?.live === undefined ? t("active", { date: activeSince }) : null) : t("none")}
        </p>
      )}
      {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <form {...formProps} onSubmit={(e) => (setCopied(false), formProps.onSubmit(e))}>
          <input type="hidden" name="intent" value="create" />
          <Button type="submit" variant={live ? "secondary" : "primary"} pending={pending}>
            {pending ? t("working") : live ? t("replace") : t("create")}
          </Button>
        </form>
        {live ? (
          <form {...formProps}>
            <input type="hidden" name="intent" value="revoke" />
            <Button type="submit" variant="danger" disabled={pending}>
              {t("revoke")}
            </Button>
          </form>
        ) : null}
      </div>
      <p className="text-ink-muted">{t("howTo")}</p>
    </div>
  );
}
