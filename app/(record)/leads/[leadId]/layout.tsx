import { notFound } from "next/navigation";
import { loadLead } from "./load-lead";

// Decides the status code before the page streams: out of scope and non-existent
// both end in app/(record)/leads/not-found.tsx with a 404. Reads stay scoped in server/.
export default async function LeadLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ leadId: string }>;
}) {
  const { leadId } = await params;
  if (!(await loadLead(leadId))) notFound();
  return children;
}
