import { redirect } from "next/navigation";
import { requireSession } from "@/server/auth/session";
import { homePathFor } from "@/lib/roles";

// "/" is only a signpost: each role has its own home.
export default async function Home() {
  const session = await requireSession();
  redirect(homePathFor(session.role));
}
