import { requireStaff } from "@/server/auth/session";
import { StaffShell } from "@/components/shell/staff-shell";

// Staff pages about one record (a lead, a customer). The same shell as (staff), in a group of its
// own so that no loading boundary above a record's page ever starts streaming with status 200
// before it can say "not found". Each record's layout checks the reader's scope before anything
// streams, so an id outside it gets a real 404, exactly like an id that does not exist. The words
// their client components need come from leads/layout.tsx and customers/layout.tsx, one set each.
export default async function RecordLayout({ children }: { children: React.ReactNode }) {
  const session = await requireStaff();
  return <StaffShell session={session}>{children}</StaffShell>;
}
