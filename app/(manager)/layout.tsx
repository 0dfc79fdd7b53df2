import { requireRole } from "@/server/auth/session";
import { StaffShell } from "@/components/shell/staff-shell";

// Pages only managers reach (settings). The same shell as (staff), in a group of
// its own for one reason: (staff) has a loading.tsx, and a page under it starts
// streaming with status 200 before it can say "not found". Checking the role
// here, before anything streams, gives a sales rep a real 404. It decides the
// status code only: every read and write still checks the role in server/.
export default async function ManagerLayout({ children }: { children: React.ReactNode }) {
  const session = await requireRole("MANAGER");
  return <StaffShell session={session}>{children}</StaffShell>;
}
