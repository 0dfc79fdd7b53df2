import "server-only";

// The server's VAPID identity: push services accept a message for a subscription only when it is
// signed with the key pair the subscription was made with. scripts/start.mjs generates the pair
// once into data/ (as it does the auth secret) and hands it over in the environment, where an
// operator may set their own. Without it push is off: the account page says so, and nothing sends.

export type VapidConfig = { publicKey: string; privateKey: string; subject: string };

export function vapidConfig(env: NodeJS.ProcessEnv = process.env): VapidConfig | null {
  const publicKey = env.REISE_VAPID_PUBLIC_KEY?.trim();
  const privateKey = env.REISE_VAPID_PRIVATE_KEY?.trim();
  if (!publicKey || !privateKey) return null;
  return { publicKey, privateKey, subject: vapidSubject(env) };
}

/** Who the push services may contact about our messages: a mailto: or https: address. */
function vapidSubject(env: NodeJS.ProcessEnv): string {
  const set = env.REISE_VAPID_SUBJECT?.trim();
  if (set) return set;
  const site = env.NEXTAUTH_URL;
  // A localhost address is refused by some push services (Apple's); a placeholder mailbox is not.
  return site?.startsWith("https://") ? new URL(site).origin : "mailto:push@reise.invalid";
}

/** Plain http to a push "service" on this machine: only the test suite's fake one, or development. */
export function allowLocalPushHttp(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== "production" || env.REISE_TEST_BUILD === "1";
}
