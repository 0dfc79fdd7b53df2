// npm run create-manager -- --email you@example.com --name "Your Name"
// Makes the first manager of a production install (README, "Production
// install") and prints a one-time link to set the password. For the same
// manager again, prints a new link and ends the old one. On the embedded
// database, stop the server first: it holds the data folder's lock.
import { parseArgs } from "node:util";
import { newStaffUserSchema } from "@/lib/validation/staff-users";
import { passwordLinkUrl } from "@/server/auth/password-links";
import { applyMigrations } from "@/server/db/migrate";
import { createManager } from "@/server/users/create-manager";
import { prismaFor } from "./lib/prisma-for";
import { runDbScript } from "./lib/run-db-script";

const HELP = `Usage: npm run create-manager -- --email you@example.com --name "Your Name"

  Creates a manager with no password and prints a link to set one (it works
  once, for 24 hours). Run it again for the same manager for a new link.
`;

function parseOptions() {
  let values: { email?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const parsed = newStaffUserSchema.safeParse({ email: values.email ?? "", name: values.name ?? "" });
  if (!parsed.success)
    return fail(
      values.email && !values.name ? "--name is missing" : "--email needs an e-mail address and --name a name",
    );
  return parsed.data;
}

function fail(message: string): never {
  console.error(`reise create-manager: ${message}\n\n${HELP}`);
  process.exit(2);
}

const input = parseOptions();
const baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

await runDbScript("create manager", async (sql) => {
  await applyMigrations(sql);
  const db = prismaFor(sql);
  try {
    const result = await createManager(db, input);
    if (!result.ok) {
      console.error(
        `reise: ${input.email} already belongs to a user who is not an active manager; choose another address.`,
      );
      process.exitCode = 1;
      return;
    }
    const until = result.expiresAt.toISOString().slice(0, 16).replace("T", " ");
    console.log(
      result.created
        ? `Created the manager ${input.name} <${input.email}>.`
        : `${input.email} is already a manager: here is a new link (any older one no longer works).`,
    );
    console.log(
      `\nTo set the password, open this link (it works once, until ${until} UTC):\n\n  ${passwordLinkUrl(result.token, baseUrl)}\n`,
    );
    console.log("Whoever has the link can set the password: pass it on only privately, to that person.");
  } finally {
    await db.$disconnect();
  }
});
