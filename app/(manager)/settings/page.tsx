import { redirect } from "next/navigation";
import { requireRole } from "@/server/auth/session";

// The first settings section (the first group's first: components/settings/settings-nav.tsx). Sales
// get the same 404 here as on the page itself.
export default async function SettingsPage() {
  await requireRole("MANAGER");
  redirect("/settings/routing");
}
