import { describe, expect, it } from "vitest";
import { decodeImportBytes, detectEncoding } from "./decode";

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("detectEncoding", () => {
  it("reads a BOM or valid UTF-8 as UTF-8", () => {
    expect(detectEncoding(utf8("\uFEFFNavn\nÅse Ødegård\n"))).toBe("utf-8");
    expect(detectEncoding(utf8("Navn\nÅse Ødegård\n"))).toBe("utf-8");
    expect(detectEncoding(utf8("name\nplain ascii\n"))).toBe("utf-8");
  });

  it("tells Windows-1252 (bytes 0x80–0x9F, e.g. an en dash) from ISO-8859-1", () => {
    expect(detectEncoding(latin1("Navn;Poststed\nÅse Ødegård;Tromsø\nSøren Ærø;Århus\n"))).toBe("iso-8859-1");
    expect(detectEncoding(latin1("Navn;Notat\nÅse Ødegård;fast kunde \x96 siden 2019\n"))).toBe("windows-1252");
  });

  it("samples the start of a large file, even when the sample ends inside a UTF-8 character", () => {
    const big = utf8("Navn\n" + "Åse Ødegård\n".repeat(20_000));
    expect(big.length).toBeGreaterThan(64 * 1024);
    expect(detectEncoding(big)).toBe("utf-8");
    // 65536 bytes into this file is the middle of a two-byte character.
    expect(big[64 * 1024] & 0xc0).toBe(0x80);
    const latinTail = Uint8Array.from([...utf8("Navn\n" + "Ola\n".repeat(20_000)), ...latin1("Bjørn\n")]);
    expect(detectEncoding(latinTail)).toBe("utf-8"); // beyond the sample: the strict decode will say so
    expect(decodeImportBytes(latinTail, "utf-8")).toEqual({ ok: false, reason: "notUtf8" });
  });

  it("defaults to Windows-1252 for bytes that are not UTF-8 and not text chardet knows", () => {
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x00, 0x81, 0x00, 0x00]))).toBe("windows-1252");
  });
});

describe("decodeImportBytes", () => {
  it("decodes each encoding and strips a BOM", () => {
    expect(decodeImportBytes(utf8("\uFEFFNavn\nÅse\n"), "utf-8")).toEqual({ ok: true, text: "Navn\nÅse\n" });
    expect(decodeImportBytes(latin1("Søren Ærø\x96"), "windows-1252")).toEqual({ ok: true, text: "Søren Ærø–" });
    expect(decodeImportBytes(latin1("Søren Ærø"), "iso-8859-1")).toEqual({ ok: true, text: "Søren Ærø" });
  });

  it("refuses Latin-1 bytes read as UTF-8, and text already damaged by a conversion", () => {
    expect(decodeImportBytes(latin1("Bjørn"), "utf-8")).toEqual({ ok: false, reason: "notUtf8" });
    expect(decodeImportBytes(utf8("Bj\uFFFDrn"), "utf-8")).toEqual({ ok: false, reason: "replacementCharacters" });
  });
});
