import { requireRole } from "@/server/auth/session";
import { StaffShell } from "@/components/shell/staff-shell";

// Pages only managers reach (settings, the import). The same shell as (staff), in a group of its
// own: checking the role here, before anything streams (the import pages have loading
// boundaries), gives a sales rep a real 404. It decides the status code only: every read and
// write still checks the role in server/.
export default async function ManagerLayout({ children }: { children: React.ReactNode }) {
  const session = await requireRole("MANAGER");
  return <StaffShell session={session}>{children}</StaffShell>;
}
