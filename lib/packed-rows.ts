// A list page hands its 50 rows from a server component to a client table. React sends them in
// the page's RSC payload as JSON, where each row repeats every key ("customerEmail", …) and each
// key's quotes are escaped once more inside the HTML's script tags: on the lead list that was
// 15 kB of the 155 kB page, for 50 rows. Packed, the keys go once and each row is an array of its
// values in their order. Two kinds of column go shorter still:
// - instants ("2026-12-03T04:48:52.448Z", 28 bytes once escaped) as their epoch milliseconds, a
//   13-digit number with no quotes to escape; they come back as the same ISO string;
// - words that repeat down the column (a stage, a channel, the owner's name on a rep's own list)
//   once in a list per column, and in the rows as their place in it.
// The table unpacks them on the client; both sides keep the row's type.

declare const rowType: unique symbol;

export interface PackedRows<T> {
  readonly keys: readonly string[];
  readonly values: readonly (readonly unknown[])[];
  /** Columns (by place) whose values are instants, packed as epoch milliseconds. */
  readonly instants?: readonly number[];
  /** Columns (by place) whose strings are packed as their index in the column's word list. */
  readonly words?: Readonly<Record<number, readonly string[]>>;
  /** The row type, for the compiler only: never present at run time. */
  readonly [rowType]?: T;
}

// Only the exact form toISOString() writes, so the unpacked string is the packed one.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isInstant = (value: unknown) => {
  if (typeof value !== "string" || !ISO_INSTANT.test(value)) return false;
  const ms = Date.parse(value); // NaN for text shaped like one that is not ("2026-13-01T25:00…")
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
};

/** The rows as one key list and one value array per row. Rows must share their keys (one query's rows do). */
export function packRows<T extends object>(rows: readonly T[]): PackedRows<T> {
  const keys = rows.length ? Object.keys(rows[0]) : [];
  const columns = keys.map((key) => rows.map((row) => (row as Record<string, unknown>)[key]));
  const instants: number[] = [];
  const words: Record<number, string[]> = {};
  columns.forEach((column, place) => {
    const present = column.filter((value) => value !== null && value !== undefined);
    if (!present.length) return;
    if (present.every(isInstant)) {
      instants.push(place);
      columns[place] = column.map((value) => (typeof value === "string" ? Date.parse(value) : value));
      return;
    }
    if (!present.every((value) => typeof value === "string")) return;
    const distinct = [...new Set(present as string[])];
    // Worth it when the words repeat; a column of names or ids stays as it is.
    if (distinct.length * 2 > present.length) return;
    const index = new Map(distinct.map((word, i) => [word, i]));
    words[place] = distinct;
    columns[place] = column.map((value) => (typeof value === "string" ? index.get(value) : value));
  });
  return {
    keys,
    values: rows.map((_, r) => columns.map((column) => column[r])),
    ...(instants.length ? { instants } : {}),
    ...(Object.keys(words).length ? { words } : {}),
  };
}

export function unpackRows<T extends object>(packed: PackedRows<T>): T[] {
  const { keys, values, instants = [], words = {} } = packed;
  const instant = new Set(instants);
  return values.map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = row[i];
      if (typeof value !== "number") out[keys[i]] = value;
      else if (instant.has(i)) out[keys[i]] = new Date(value).toISOString();
      else if (words[i]) out[keys[i]] = words[i][value];
      else out[keys[i]] = value;
    }
    return out as T;
  });
}
