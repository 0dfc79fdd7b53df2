import { notFound } from "next/navigation";
import { loadMyOrder } from "./load-order";

// Decides the status code before the page streams: another customer's order, a
// missing one and a malformed id all end in ../not-found.tsx with a 404.
export default async function MyOrderLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ orderId: string }>;
}) {
  const { orderId } = await params;
  if (!(await loadMyOrder(orderId))) notFound();
  return children;
}
