// Opens the database when the server starts rather than on the first request:
// the data-folder lock is taken, pending migrations are applied, and a second
// server on the same embedded database fails at once with a clear message.
// Then the job runner starts in this process (REISE_JOBS=off leaves it out), and the SMTP listener
// for replies when REISE_SMTP_LISTEN_PORT is set.
import { getDatabase, getDb } from "@/server/db";
import { DatabaseSetupError } from "@/server/db/config";
import { startJobRunner } from "@/server/jobs/start";

if (process.env.NEXT_PHASE !== "phase-production-build") {
  try {
    const { config } = await getDatabase();
    console.log(
      `[db] ${config.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : `PostgreSQL at ${config.safeUrl}`}`,
    );
    await startJobRunner();
    if (process.env.REISE_SMTP_LISTEN_PORT) {
      // Loaded only when wanted; one that cannot start (port taken, bad setting) is loud but leaves the app serving.
      const { startSmtpListenerFromEnv } = await import("@/server/messaging/smtp-listener");
      await startSmtpListenerFromEnv(getDb).catch((error: Error) =>
        console.error(`reise: the SMTP listener for replies did not start: ${error.message}`),
      );
    }
  } catch (error) {
    if (error instanceof DatabaseSetupError) {
      console.error(`reise: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
