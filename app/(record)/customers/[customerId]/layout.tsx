import { notFound } from "next/navigation";
import { loadCustomer } from "./load-customer";

// Decides the status code before anything streams: a customer outside the reader's scope
// (server/access/customer.ts) and one that does not exist both get a real 404.
// Pages below (the customer's orders) inherit the check; their reads stay scoped in server/.
// The profile's skeleton (loading.tsx) sits in (profile)/, not here: a loading boundary at this
// level would wrap the order pages too and start streaming before their own 404 is decided.
export default async function CustomerLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ customerId: string }>;
}) {
  const { customerId } = await params;
  if (!(await loadCustomer(customerId))) notFound();
  return children;
}
