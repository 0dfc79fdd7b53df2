// A list page hands its 50 rows from a server component to a client table. React sends them in
// the page's RSC payload as JSON, where each row repeats every key ("customerEmail", …) and each
// key's quotes are escaped once more inside the HTML's script tags: on the lead list that was
// 15 kB of the 155 kB page, for 50 rows. Packed, the keys go once and each row is an array of its
// values in their order. The table unpacks them on the client; both sides keep the row's type.

declare const rowType: unique symbol;

export interface PackedRows<T> {
  readonly keys: readonly string[];
  readonly values: readonly (readonly unknown[])[];
  /** The row type, for the compiler only: never present at run time. */
  readonly [rowType]?: T;
}

/** The rows as one key list and one value array per row. Rows must share their keys (one query's rows do). */
export function packRows<T extends object>(rows: readonly T[]): PackedRows<T> {
  const keys = rows.length ? Object.keys(rows[0]) : [];
  return { keys, values: rows.map((row) => keys.map((key) => (row as Record<string, unknown>)[key])) };
}

export function unpackRows<T extends object>(packed: PackedRows<T>): T[] {
  const { keys, values } = packed;
  return values.map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]] = row[i];
    return out as T;
  });
}
