"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import {
  pushDeviceStatusAction,
  sendTestPushAction,
  subscribePushAction,
  unsubscribePushAction,
} from "@/server/push/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { browserPushState, currentSubscription, subscribeBrowser } from "./push-browser";

type State = "checking" | "notConfigured" | "unsupported" | "blocked" | "off" | "on";
type Note = { tone: "error" | "success"; text: string } | null;

/**
 * Push on this device: what the browser allows decides what can be offered, and the server
 * decides whether this browser's subscription is the signed-in user's. Each state says what to do.
 */
export function PushSettings({ publicKey }: { publicKey: string | null }) {
  const t = useTranslations("account.push");
  const [state, setState] = useState<State>("checking");
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const next = await initialState(publicKey).catch(() => ({ state: "off" as const, endpoint: null }));
      if (!live) return;
      setState(next.state);
      setEndpoint(next.endpoint);
    })();
    return () => void (live = false);
  }, [publicKey]);

  async function work(step: () => Promise<void>) {
    setBusy(true);
    setNote(null);
    try {
      await step();
    } catch {
      setNote({ tone: "error", text: t("errors.failed") });
    } finally {
      setBusy(false);
    }
  }

  const turnOn = () =>
    work(async () => {
      const made = await subscribeBrowser(publicKey!);
      if ("problem" in made) {
        if (made.problem === "blocked") return setState("blocked");
        return setNote({ tone: "error", text: t(`errors.${made.problem}`) });
      }
      const result = await subscribePushAction({ subscription: made.subscription.toJSON() });
      if (!result.ok) return setNote({ tone: "error", text: result.message ?? t("errors.failed") });
      setEndpoint(made.subscription.endpoint);
      setState("on");
    });

  const turnOff = () =>
    work(async () => {
      const subscription = await currentSubscription(publicKey!);
      if (endpoint) await unsubscribePushAction({ endpoint });
      await subscription?.unsubscribe();
      setEndpoint(null);
      setState("off");
    });

  const sendTest = () =>
    work(async () => {
      const result = await sendTestPushAction({ endpoint: endpoint! });
      if (result.on === false) setState("off");
      setNote({ tone: result.ok ? "success" : "error", text: result.message ?? t("errors.failed") });
    });

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <span className="text-sm font-medium">{t("status")}</span>
          {state === "on" ? <Badge tone="accent">{t("on")}</Badge> : null}
          {state === "off" ? <Badge>{t("off")}</Badge> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          {state === "off" ? (
            <Button onClick={turnOn} pending={busy}>
              {busy ? t("working") : t("turnOn")}
            </Button>
          ) : null}
          {state === "on" ? (
            <>
              <Button variant="secondary" onClick={sendTest} disabled={busy}>
                {t("sendTest")}
              </Button>
              <Button variant="secondary" onClick={turnOff} pending={busy}>
                {busy ? t("working") : t("turnOff")}
              </Button>
            </>
          ) : null}
        </div>
      </div>
      {state === "checking" ? <p className="text-sm text-ink-muted">{t("checking")}</p> : null}
      {state === "notConfigured" ? <Alert>{t("notConfigured")}</Alert> : null}
      {state === "unsupported" ? <Alert>{t("unsupported")}</Alert> : null}
      {state === "blocked" ? <Alert title={t("blocked")}>{t("unblock")}</Alert> : null}
      {note ? <Alert tone={note.tone}>{note.text}</Alert> : null}
      <p className="text-sm text-ink-muted">{t("lockScreen")}</p>
    </div>
  );
}

async function initialState(publicKey: string | null): Promise<{ state: State; endpoint: string | null }> {
  if (!publicKey) return { state: "notConfigured", endpoint: null };
  const browser = browserPushState();
  if (browser !== "ready") return { state: browser, endpoint: null };
  const subscription = await currentSubscription(publicKey);
  if (!subscription) return { state: "off", endpoint: null };
  const status = await pushDeviceStatusAction({ endpoint: subscription.endpoint });
  return { state: status.on ? "on" : "off", endpoint: subscription.endpoint };
}
