// How search text is folded, the same way on both sides: a query here, every customer's name,
// e-mail and phone in the database (migration global_search: reise_search_fold and
// reise_search_tokens, which spell out this table). "Müller", "MULLER" and "muller" fold to one
// word; so do "Ærø", "aerø" and "ærø" ("aero"): a Norwegian types ø as o and æ as ae when the
// keyboard lacks them, so the unaccented form must find the accented one. The table is explicit,
// not Unicode decomposition: PGlite and PostgreSQL may run different collations, and lower() in
// the C locale leaves non-ASCII letters alone, so neither side leans on the locale.
// server/search/fold-sql.test.ts checks the database folds exactly as this file does.

/** Single letters: each character of FOLD_FROM becomes the one at the same place in FOLD_TO. */
export const FOLD_FROM =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ" +
  "ÀÁÂÃÄÅĀĂĄÇĆČĎÐÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤŢÙÚÛÜŪŮŰŲÝŸŽŹŻ" +
  "àáâãäåāăąçćčďðèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿžźż" +
  "\u00a0";
export const FOLD_TO =
  "abcdefghijklmnopqrstuvwxyz" +
  "aaaaaaaaacccddeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz" +
  "aaaaaaaaacccddeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz" +
  " ";
/** Letters that fold to two. */
export const FOLD_PAIRS: readonly (readonly [string, string])[] = [
  ["Æ", "ae"],
  ["æ", "ae"],
  ["Œ", "oe"],
  ["œ", "oe"],
  ["ß", "ss"],
  ["Þ", "th"],
  ["þ", "th"],
];

/** Words are split at ASCII punctuation and spaces; other characters (Cyrillic, say) stay in words. */
// eslint-disable-next-line no-control-regex -- the separators are the ASCII non-alphanumerics
export const WORD_SEPARATORS = /[\x01-\x2f\x3a-\x60\x7b-\x7f]+/;
/** The longest prefix indexed per word: longer query words are cut to it (still a match). */
export const MAX_WORD = 20;

const SINGLE = new Map(Array.from(FOLD_FROM).map((c, i) => [c, Array.from(FOLD_TO)[i]]));
const PAIRS = new Map(FOLD_PAIRS);

export function foldText(text: string): string {
  let out = "";
  for (const c of text) out += SINGLE.get(c) ?? PAIRS.get(c) ?? c;
  return out;
}

/** The folded words of a text, each cut to MAX_WORD characters. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(WORD_SEPARATORS)
    .filter(Boolean)
    .map((w) => Array.from(w).slice(0, MAX_WORD).join(""));
}
