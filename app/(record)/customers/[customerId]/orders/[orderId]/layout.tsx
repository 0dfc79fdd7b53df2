import { notFound } from "next/navigation";
import { loadStaffOrder } from "./load-order";

// Decides the status code before the page streams: an order outside the reader's
// scope, a missing one, or one of another customer all end in ../not-found.tsx with a 404.
export default async function StaffOrderLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ customerId: string; orderId: string }>;
}) {
  const { customerId, orderId } = await params;
  if (!(await loadStaffOrder(customerId, orderId))) notFound();
  return children;
}
