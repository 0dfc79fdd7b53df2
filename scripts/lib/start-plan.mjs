// What `npm start` may do before it serves. A demo install builds whenever the sources look newer
// than the build, so `npm install && npm start` just works. A production install never builds at
// start: every instance behind the load balancer must run the same build (server actions are
// encrypted per build, so a form from one build posted to another instance's different build fails),
// and a build started by a file's timestamp on one machine would give that machine a build of its
// own. It also needs a shared NEXTAUTH_SECRET: one generated per machine signs users out whenever a
// request moves to another instance.

/** Anyone who can guess the secret can sign a session cookie as any user. */
const MIN_SECRET_LENGTH = 32;

/** Whether this start is a production one: REISE_MODE=production or NODE_ENV=production. */
export function isProductionStart(env) {
  return env.REISE_MODE?.trim() === "production" || env.NODE_ENV === "production";
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {{ dev: boolean, buildExists: boolean, buildStale: boolean }} state
 * @returns {{ build: boolean, errors: string[], warnings: string[] }}
 */
export function startPlan(env, { dev, buildExists, buildStale }) {
  if (dev) return { build: false, errors: [], warnings: [] };
  if (!isProductionStart(env)) return { build: !buildExists || buildStale, errors: [], warnings: [] };
  const errors = [];
  const warnings = [];
  const secret = env.NEXTAUTH_SECRET?.trim() ?? "";
  if (!secret)
    errors.push(
      "set NEXTAUTH_SECRET in production: every instance must sign sessions with the same secret " +
        '(README, "Running more than one instance").',
    );
  else if (secret.length < MIN_SECRET_LENGTH)
    errors.push(
      `NEXTAUTH_SECRET is ${secret.length} character${secret.length === 1 ? "" : "s"} long: use at least ` +
        `${MIN_SECRET_LENGTH} random characters, e.g. from \`openssl rand -hex 32\`.`,
    );
  if (!env.NEXTAUTH_URL?.trim())
    errors.push("set NEXTAUTH_URL in production to the public address, e.g. https://crm.example.com.");
  if (!buildExists)
    errors.push(
      "there is no build: run `npm run build` once and ship the same .next folder to every instance " +
        "(a production start never builds by itself).",
    );
  else if (buildStale)
    warnings.push(
      "the sources look newer than the build; serving the build as it is (a production start never " +
        "rebuilds). Run `npm run build` and ship it to every instance to update.",
    );
  if (!env.REISE_VAPID_PUBLIC_KEY?.trim() || !env.REISE_VAPID_PRIVATE_KEY?.trim())
    warnings.push(
      "REISE_VAPID_PUBLIC_KEY and REISE_VAPID_PRIVATE_KEY are not set: this machine uses the push keys in " +
        "data/vapid-keys.json (generated once); give every instance the same pair (README, Push notifications).",
    );
  if (!env.SMTP_URL?.trim())
    warnings.push("SMTP_URL is not set: sign-in links and notifications go to the outbox folder, not to people.");
  return { build: false, errors, warnings };
}
