// What the top bar's search answers (GET /api/search): plain rows per group, and whether the
// group had more than it shows. Shared by the server (server/search/global-search.ts) and the dialog.

/** The shortest text the search answers (fewer finds half the database); the longest is SEARCH_TEXT_MAX. */
export const GLOBAL_SEARCH_MIN = 2;

export type SearchGroup<T> = { rows: T[]; more: boolean };

export type CustomerHit = { id: string; name: string; email: string | null; phone: string | null; city: string | null };
export type LeadHit = {
  id: string;
  customerId: string;
  customerName: string;
  interest: string;
  stage: string;
  open: boolean;
};
export type OrderHit = {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  product: string;
  milestone: string;
};

export type GlobalSearchResult = {
  customers: SearchGroup<CustomerHit>;
  leads: SearchGroup<LeadHit>;
  orders: SearchGroup<OrderHit>;
};
