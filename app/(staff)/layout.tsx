import { requireStaff } from "@/server/auth/session";
import { StaffShell } from "@/components/shell/staff-shell";

// The shell needs the user for its menu. Access to data is still decided by
// each server/ function, not here.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const session = await requireStaff();
  return <StaffShell session={session}>{children}</StaffShell>;
}
