// A URL parameter as a schema reads it: the first of repeated ones (`?sort=a&sort=b` is "a"), so a
// hand-made URL with a parameter twice still parses instead of failing on an array. Zod-free, so
// client code may import it.

export const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
