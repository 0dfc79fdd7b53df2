import { notFound, redirect } from "next/navigation";
import { requireStaff } from "@/server/auth/session";
import { findMergedInto } from "@/server/customers/merge-queries";
import { loadCustomer } from "./load-customer";

// Decides the status code before anything streams: a customer outside the reader's scope
// (server/access/customer.ts) and one that does not exist both get a real 404.
// Pages below (the customer's orders) inherit the check; their reads stay scoped in server/.
// No loading boundary here: it would wrap the order pages too and start streaming before their
// own 404 is decided.
// A customer merged into another (server/customers/merge-service.ts) is gone; links to it (audit
// entries, bookmarks) lead to the customer it went into, whose own access check then applies.
export default async function CustomerLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ customerId: string }>;
}) {
  const { customerId } = await params;
  if (!(await loadCustomer(customerId))) {
    const into = await findMergedInto(await requireStaff(), customerId);
    if (into) redirect(`/customers/${into}`);
    notFound();
  }
  return children;
}
