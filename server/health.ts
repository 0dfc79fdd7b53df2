import "server-only";
import { getDatabase } from "@/server/db";
import { migrationState } from "@/server/db/migrate";

export type Health = {
  ok: boolean;
  database: { kind: "pglite" | "postgres" | "unknown"; migrations?: { applied: number; pending: string[] } };
  error?: string;
};

/** For load balancers and for people: which database, and is it migrated. */
export async function getHealth(): Promise<Health> {
  try {
    const { sql } = await getDatabase();
    const state = await migrationState(sql);
    return {
      ok: state.pending.length === 0,
      database: { kind: sql.kind, migrations: { applied: state.applied.length, pending: state.pending } },
    };
  } catch (error) {
    return { ok: false, database: { kind: "unknown" }, error: (error as Error).message.split("\n")[0] };
  }
}
