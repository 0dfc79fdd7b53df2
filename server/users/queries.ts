import "server-only";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { listStaffUsers, type StaffPage } from "./staff-admin";

/** /settings/users: managers only; anyone else gets a 404. */
export async function getStaffUsers(
  page: number,
  q: string,
): Promise<StaffPage & { selfId: string; timeZone: string }> {
  const session = await requireRole("MANAGER");
  return {
    ...(await listStaffUsers(await getDb(), session, page, new Date(), q)),
    selfId: session.userId,
    timeZone: session.timeZone,
  };
}

/** The teams a new staff user can join (/settings/users' invitation form). */
export async function getTeams(): Promise<{ id: string; name: string }[]> {
  await requireRole("MANAGER");
  return (await getDb()).team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
