// The sbcs recogniser alone, not the package's index: the index requires "fs" (for detectFile),
// which a browser bundle cannot resolve, and this file runs in the browser for the preview.
import { ISO_8859_1 } from "chardet/lib/encoding/sbcs";
import type { ImportEncoding } from "./fields";

// Reading the bytes of an import file. Excel in Norway and Denmark saves "CSV" as Windows-1252 (or
// ISO-8859-1), where æ, ø and å are single bytes that are not valid UTF-8; "CSV UTF-8" adds a BOM.

/** Enough bytes to tell the encodings apart; reading all of a 5 MB file would only cost time. */
const SAMPLE_BYTES = 64 * 1024;

const hasUtf8Bom = (b: Uint8Array) => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

function isUtf8(sample: Uint8Array, truncated: boolean): boolean {
  try {
    // A sample may end inside a multi-byte character: stream mode leaves that last one undecided.
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: truncated });
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 when there is a BOM or the bytes are valid UTF-8; otherwise Windows-1252 or ISO-8859-1 as
 * chardet's Latin-1 recogniser names it (1252 when bytes 0x80–0x9F occur, which ISO-8859-1 leaves
 * to control characters; 1252 puts € and curly quotes there). Windows-1252 is the default: that is
 * what Excel on Windows writes.
 */
export function detectEncoding(bytes: Uint8Array): ImportEncoding {
  if (hasUtf8Bom(bytes)) return "utf-8";
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (isUtf8(sample, sample.length < bytes.length)) return "utf-8";
  const byteStats = new Array<number>(256).fill(0);
  for (const b of sample) byteStats[b]++;
  const c1Bytes = byteStats.slice(0x80, 0xa0).some((n) => n > 0);
  const context = {
    byteStats,
    c1Bytes,
    rawInput: sample,
    rawLen: sample.length,
    inputBytes: sample,
    inputLen: sample.length,
  };
  const match = new ISO_8859_1().match(context);
  return match?.name === "ISO-8859-1" ? "iso-8859-1" : "windows-1252";
}

// Windows-1252's characters at 0x80–0x9F (€, curly quotes, dashes; five positions stay control
// characters), by the WHATWG index. Browsers decode them, but Node 20's TextDecoder decodes
// "windows-1252" as ISO-8859-1 and leaves U+0080–U+009F, so the import job would store "Ærø\u0096".
const WINDOWS_1252_C1 =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
const C1 = /[\u0080-\u009f]/g;

export type DecodedImport = { ok: true; text: string } | { ok: false; reason: "notUtf8" | "replacementCharacters" };

/**
 * The text of the file in the chosen encoding, without a BOM. UTF-8 is decoded strictly: Latin-1
 * bytes read as UTF-8 would damage every æ, ø and å. A file that carries U+FFFD was already damaged
 * by an earlier conversion; refuse it rather than import names with � in them.
 * (Browsers and Node decode "iso-8859-1" as Windows-1252, its superset, per the Encoding Standard.)
 */
export function decodeImportBytes(bytes: Uint8Array, encoding: ImportEncoding): DecodedImport {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding === "utf-8" }).decode(bytes);
  } catch {
    return { ok: false, reason: "notUtf8" };
  }
  if (encoding !== "utf-8") text = text.replace(C1, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
  if (text.includes("\uFFFD")) return { ok: false, reason: "replacementCharacters" };
  return { ok: true, text: text.replace(/^\uFEFF/, "") };
}
