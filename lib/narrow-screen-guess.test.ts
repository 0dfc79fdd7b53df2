import { describe, expect, it } from "vitest";
import { guessNarrowScreen } from "./narrow-screen-guess";

const headers = (values: Record<string, string>) => new Headers(values);

describe("guessNarrowScreen", () => {
  it("takes the client hint when the browser sends one", () => {
    expect(guessNarrowScreen(headers({ "sec-ch-ua-mobile": "?1" }))).toBe(true);
    expect(
      guessNarrowScreen(
        headers({ "sec-ch-ua-mobile": "?0", "user-agent": "Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36" }),
      ),
    ).toBe(false);
  });

  it("reads phones from the user agent", () => {
    const iphone =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    const android =
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    expect(guessNarrowScreen(headers({ "user-agent": iphone }))).toBe(true);
    expect(guessNarrowScreen(headers({ "user-agent": android }))).toBe(true);
  });

  it("gives desktops, tablets and unknown agents the table", () => {
    const desktop =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    const tablet =
      "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    expect(guessNarrowScreen(headers({ "user-agent": desktop }))).toBe(false);
    expect(guessNarrowScreen(headers({ "user-agent": tablet }))).toBe(false);
    expect(guessNarrowScreen(headers({}))).toBe(false);
  });
});
