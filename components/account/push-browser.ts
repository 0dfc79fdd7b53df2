// The browser's side of push on this device: the service worker (public/sw.js) and its
// PushManager subscription. Kept apart from the component so its steps read in order.

export type BrowserPushState = "unsupported" | "blocked" | "ready";

export function browserPushState(): BrowserPushState {
  if (typeof window === "undefined") return "unsupported";
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
    return "unsupported";
  return Notification.permission === "denied" ? "blocked" : "ready";
}

/** This browser's subscription, if it has one made with `publicKey`; one made with an older key is dropped. */
export async function currentSubscription(publicKey: string): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  const subscription = (await registration?.pushManager.getSubscription()) ?? null;
  if (!subscription) return null;
  const key = subscription.options.applicationServerKey;
  if (key && !sameBytes(new Uint8Array(key), keyBytes(publicKey))) {
    // The server's keys were rotated: this subscription can no longer be sent to.
    await subscription.unsubscribe().catch(() => {});
    return null;
  }
  return subscription;
}

/** Asks for permission, registers the worker and subscribes: the subscription, or why not. */
export async function subscribeBrowser(
  publicKey: string,
): Promise<{ subscription: PushSubscription } | { problem: "denied" | "blocked" | "subscribeFailed" }> {
  const permission = await Notification.requestPermission();
  if (permission === "denied") return { problem: "blocked" };
  if (permission !== "granted") return { problem: "denied" };
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" });
    const registration = await navigator.serviceWorker.ready;
    const subscription =
      (await currentSubscription(publicKey)) ??
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey) as BufferSource,
      }));
    return { subscription };
  } catch {
    return { problem: "subscribeFailed" };
  }
}

function keyBytes(base64Url: string): Uint8Array {
  const base64 = base64Url.replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
