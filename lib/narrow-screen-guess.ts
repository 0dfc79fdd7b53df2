// Which layout a list page renders before the browser can say how wide it is. A list has a table
// for wider screens and cards for phones; sending both doubled every list page's HTML, so the
// server sends the one the request's device most likely shows, and the browser swaps to the other
// after hydration when the guess was wrong (components/list/list-layout.tsx).

/** True when the request most likely comes from a phone (narrower than the md breakpoint). */
export function guessNarrowScreen(headers: { get(name: string): string | null }): boolean {
  const hint = headers.get("sec-ch-ua-mobile");
  if (hint) return hint.trim() === "?1";
  const agent = headers.get("user-agent") ?? "";
  // "Mobi" is the agents' own convention for phones; tablets (iPad, Android without "Mobile") are
  // md or wider and get the table.
  return /Mobi|iPhone|iPod|Windows Phone/i.test(agent);
}
