import { foldedWords, MAX_WORD } from "./fold";

// What a search box's text asks for, read once for every search (the global search in the top bar
// and the customer list's own): the folded word prefixes a customer's name, e-mail or phone must
// all have, and the order number it may be. The database side is server/search/match-sql.ts.

export type SearchTerms = {
  /** Folded word prefixes, all required (a phone typed with spaces is one word: its digits). */
  words: string[];
  /** An order number's digits, with the letters typed before them (upper case) if any. */
  order: { prefix: string | null; digits: string } | null;
};

/** More words than this are dropped: a name and a place are enough to tell people apart. */
export const MAX_WORDS = 6;
const PHONE_LIKE = /^[+\d\s().-]+$/;
const ORDER_NUMBER = /^([A-Za-z]{1,4})[\s-]?(\d{3,})$/;

/**
 * "+47 912 34 567", "0047 912 34 567" and "47912…" are one number: the digits after the + or the
 * international 00, matched as a prefix of the stored number with or without its country code,
 * so "912 34 567" finds it too. Null when the text is no phone (or under three digits).
 */
export function phoneSearchDigits(q: string): string | null {
  const text = q.trim();
  if (!PHONE_LIKE.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  if (digits.length < 3) return null;
  return text.startsWith("00") ? digits.slice(2) : digits;
}

export function parseSearchTerms(q: string): SearchTerms {
  const text = q.trim();
  const phone = phoneSearchDigits(text);
  const words = phone ? [phone.slice(0, MAX_WORD)] : foldedWords(text).slice(0, MAX_WORDS);
  const typedOrder = ORDER_NUMBER.exec(text);
  const order = typedOrder
    ? { prefix: typedOrder[1].toUpperCase(), digits: typedOrder[2] }
    : phone && /^\d+$/.test(text.replace(/[\s-]/g, ""))
      ? { prefix: null, digits: text.replace(/\D/g, "") }
      : null;
  return { words: words.filter(Boolean), order };
}

/** Nothing to look for: no word and no order number. */
export const isEmptySearch = (t: SearchTerms) => t.words.length === 0 && t.order === null;
