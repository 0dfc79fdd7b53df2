import type { InFileDuplicate, RowProblem } from "@/lib/customer-import/rows";

// What the check found, kept on the import for the review: the first problems and duplicates by
// line (the counts are columns of their own), and the owners and teams the file names that Reise
// does not know. Customers are kept by id, never by name: the review looks their names up when it is
// read, so a customer erased meanwhile is not named.

export const LISTED_FINDINGS = 200;

export type ImportFindings = {
  problems: RowProblem[];
  existing: { line: number; customerId: string }[];
  repeated: InFileDuplicate[];
  unknownOwners: { value: string; rows: number }[];
  unknownTeams: { value: string; rows: number }[];
};

export function countValues(values: string[], limit = 50): { value: string; rows: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value, rows]) => ({ value: value.slice(0, 120), rows }));
}
