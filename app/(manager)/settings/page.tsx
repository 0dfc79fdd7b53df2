import { redirect } from "next/navigation";
import { requireRole } from "@/server/auth/session";
import { FIRST_SETTINGS_SECTION } from "@/components/settings/settings-nav";

// The first settings section, as the settings navigation orders them. Sales get the same 404 here
// as on the page itself.
export default async function SettingsPage() {
  await requireRole("MANAGER");
  redirect(FIRST_SETTINGS_SECTION);
}
