import { headers } from "next/headers";
import { requireStaff } from "@/server/auth/session";
import { StaffShell } from "@/components/shell/staff-shell";
import { ListLayoutGuess } from "@/components/list/list-layout";
import { guessNarrowScreen } from "@/lib/narrow-screen-guess";

// The shell needs the user for its menu. Access to data is still decided by
// each server/ function, not here.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const session = await requireStaff();
  // Lists render the table or the phone cards, not both: the device decides until the browser can.
  return (
    <ListLayoutGuess narrow={guessNarrowScreen(await headers())}>
      <StaffShell session={session}>{children}</StaffShell>
    </ListLayoutGuess>
  );
}
