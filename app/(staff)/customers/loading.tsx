import { CustomerListSkeleton } from "@/components/customers/list-skeleton";

export default function CustomersLoading() {
  return <CustomerListSkeleton />;
}
