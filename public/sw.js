// Reise's service worker: Web Push only. It shows what the server pushed (server/push/deliver.ts
// writes { title, body, tag, url }) and opens the page a tap leads to. It has no fetch handler
// and caches nothing: staff pages hold customers' data, which must not outlive the session on a
// device, and without a fetch handler every request goes to the network exactly as before.
// Hand-written rather than built with Serwist: Serwist's work is precaching and runtime caching,
// which this worker must not do; what is left is these two listeners.

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    // Not ours or garbled: still show something, since a push must show a notification.
  }
  const title = typeof message.title === "string" && message.title ? message.title : "Reise";
  const options = {
    body: typeof message.body === "string" ? message.body : "",
    icon: "/icons/icon-192.png",
    data: { url: samePath(message.url) },
  };
  if (typeof message.tag === "string" && message.tag) {
    // A newer message about the same thing replaces the old one and alerts again.
    options.tag = message.tag;
    options.renotify = true;
  }
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener("notificationclick", (event) => event.waitUntil(openNotification(event.notification)));

/** A tap: the page the notification is about, in an open Reise window if there is one, else a new one. */
async function openNotification(notification) {
  notification.close();
  const href = new URL(samePath(notification.data && notification.data.url), self.location.origin).href;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!open) return self.clients.openWindow(href);
  const focused = await open.focus().catch(() => open);
  // navigate() works only on a window this worker controls; otherwise a new window it is.
  return focused.navigate(href).catch(() => self.clients.openWindow(href));
}

/** Only a path on this site; anything else opens the lead list. */
function samePath(url) {
  if (typeof url !== "string" || !url.startsWith("/") || url.startsWith("//") || url.includes("\\")) return "/leads";
  return url;
}
