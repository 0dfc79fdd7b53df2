// The part of `npm start`'s banner that depends on the kind of install
// (scripts/prepare-db.ts reports it from the database): a demo install says it
// is one, with its shared password; a production install never shows demo
// logins, and says how to make the first manager while none can sign in.

/**
 * The whole banner once the server answers: where it runs, the install's part, and where mail goes.
 * @typedef {{ url: string, port: number, seconds: number | string, database: string }} Where
 * @param {Where & { smtp: boolean, outbox: string }} ready
 * @param {{ demo: boolean, managers: number, pendingManagers?: number }} install
 * @param {{ embedded: boolean, secretSet: boolean, url: string }} setup
 */
export function readyBanner(ready, install, setup) {
  const where =
    ready.url.replace(/\/$/, "") === `http://localhost:${ready.port}`
      ? `Reise is running at ${ready.url}`
      : `Reise is listening on port ${ready.port} (public address ${ready.url})`;
  const mail = ready.smtp ? "" : `\n  Without SMTP_URL, sign-in links are printed here and written to ${ready.outbox}.`;
  return `
  ${where}  (started in ${ready.seconds} s, database: ${ready.database})
${installBanner(install, setup)}${mail}
`;
}

/**
 * @param {{ demo: boolean, managers: number, pendingManagers?: number }} install
 * @param {{ embedded: boolean, secretSet: boolean, url: string }} setup
 */
export function installBanner(install, setup) {
  if (install.demo) {
    return `
  THIS IS A DEMO INSTALL. Its staff share the password printed in the README:
  anyone can sign in as a manager. Never put real customer data in it.
  For a real install see "Production install" in the README (REISE_MODE=production).

  Demo logins (password for staff: reise-demo)
    manager@reise.test   manager → /dashboard
    sales@reise.test     sales   → /leads
    sales2@reise.test    sales   → /leads
    customer@reise.test  customer, signs in by email link → /orders
    customer2@reise.test customer, signs in by email link → /orders`;
  }
  const warnings = [
    setup.secretSet
      ? null
      : "  NEXTAUTH_SECRET is not set: sessions are signed with the key in data/auth-secret; set it (README).",
    setup.url.startsWith("https://") || /^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(setup.url)
      ? null
      : `  NEXTAUTH_URL is ${setup.url}: serve it over https, or cookies are not Secure.`,
  ]
    .filter(Boolean)
    .map((line) => `\n${line}`)
    .join("");
  if (install.managers > 0)
    return `\n  Production install: ${install.managers} manager${install.managers === 1 ? "" : "s"} can sign in.${warnings}`;
  const pending = install.pendingManagers ?? 0;
  if (pending > 0)
    return `
  Production install: ${pending} manager${pending === 1 ? " has" : "s have"} not chosen a password yet. To sign in,
  open the link \`npm run create-manager\` printed (it works once, for 24 hours). If it expired, run
  the command again with the same --email and --name for a new link.${warnings}`;
  const stop = setup.embedded ? " (stop this server first: the embedded database is locked while it runs)" : "";
  return `
  Production install, and no manager can sign in yet. Create the first one${stop}:
    npm run create-manager -- --email you@example.com --name "Your Name"
  It prints a one-time link to set the password.${warnings}`;
}
