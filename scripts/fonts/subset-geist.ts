// npm run fonts:subset — writes app/fonts/Geist-Latin.woff2, Geist Sans (variable, every weight)
// cut to the letters Reise's languages and its customers' names use. The whole font is 69 kB and
// every page preloads it at high priority, beside the stylesheet and ahead of the scripts; the cut
// is about half that. A letter outside the cut (Cyrillic, Greek, Vietnamese…) is drawn in the
// font's metric-matched fallback, as before the font loads.
//
// subset-font (harfbuzz's subsetter, in WebAssembly) does the cutting. Geist is under the SIL Open
// Font License 1.1 with no reserved font name, so a cut copy may ship with its licence beside it.
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

const root = path.resolve(import.meta.dirname, "..", "..");
export const GEIST_SOURCE = path.join(root, "node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2");
export const GEIST_SUBSET = path.join(root, "app/fonts/Geist-Latin.woff2");

/** Inclusive code point ranges: Basic Latin, Latin-1, Latin Extended-A, and the signs the UI draws. */
export const SUBSET_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f], // Polish, Czech, Baltic, Turkish names among Nordic customers
  [0x2000, 0x206f], // dashes, quotes, ellipsis, spaces
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
  [0x2264, 0x2265], // ≤ ≥
  [0x2318, 0x2318], // ⌘ in the search's shortcut
  [0x25cf, 0x25cf], // ●
  [0xfffd, 0xfffd], // the replacement character the import names
];

export function subsetText(): string {
  let text = "";
  for (const [from, to] of SUBSET_RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  return text;
}

export function inSubset(char: string): boolean {
  const c = char.codePointAt(0)!;
  return SUBSET_RANGES.some(([from, to]) => c >= from && c <= to);
}

export async function subsetGeist(): Promise<Buffer> {
  return subsetFont(fs.readFileSync(GEIST_SOURCE), subsetText(), { targetFormat: "woff2" });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const font = await subsetGeist();
  fs.writeFileSync(GEIST_SUBSET, font);
  console.log(`${path.relative(root, GEIST_SUBSET)}: ${font.length} bytes (from ${fs.statSync(GEIST_SOURCE).size})`);
}
