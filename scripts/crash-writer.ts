// Used by server/leads/crash-integrity.test.ts: logs follow-ups as fast as it
// can on the PGlite folder in REISE_DATA_DIR, one chain per lead, and prints
// "ACK <leadId> <followUpId> <leadVersion>" after each commit. The test kills
// this process with SIGKILL mid-burst and then checks the folder.
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { resolveDbConfig } from "@/server/db/config";
import { openSqlClient } from "@/server/db/sql";
import { logFollowUp } from "@/server/leads/follow-up-service";

const leads = (process.env.CRASH_LEADS ?? "").split(",").filter(Boolean);
const userId = process.env.CRASH_USER ?? "";
const sql = await openSqlClient(resolveDbConfig(), "crash writer");
const db = new PrismaClient({ adapter: new PrismaPGlite(sql.pglite!) });
const session = {
  userId,
  role: "SALES" as const,
  email: "crash@t.test",
  name: "crash",
  locale: "en" as const,
  timeZone: "Europe/Oslo",
  teamId: null,
  customerId: null,
};

async function chain(leadId: string) {
  for (let version = 0; ; version++) {
    const result = await logFollowUp(
      db,
      session,
      {
        leadId,
        version,
        idempotencyKey: crypto.randomUUID(),
        type: "CALL",
        outcome: "REACHED",
        note: `call ${version}`,
        nextFollowUpAt: null,
        stage: null,
        lostReason: null,
      },
      new Date(),
    );
    if (!result.ok) throw new Error(`follow-up refused: ${result.reason}`);
    process.stdout.write(`ACK ${leadId} ${result.followUpId} ${result.leadVersion}\n`);
  }
}

console.log("READY");
await Promise.all(leads.map(chain));
