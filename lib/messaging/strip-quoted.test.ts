import { describe, expect, it } from "vitest";
import { stripQuotedReply } from "./strip-quoted";

describe("stripQuotedReply", () => {
  it("cuts the quoted message and its English attribution at the end", () => {
    const mail =
      "Yes, Thursday works.\n\nOn Tue, 24 Nov 2026 at 10:15, Reise <reply+abc@r.test> wrote:\n> Hi Kari,\n> does Thursday suit you?\n";
    expect(stripQuotedReply(mail)).toBe("Yes, Thursday works.");
  });

  it("cuts a Norwegian attribution wrapped over two lines", () => {
    const mail =
      "Ja, torsdag passer.\r\n\r\nDen tir. 24. nov. 2026 kl. 10:15 skrev Nordvik Bil <\r\nreply+abc@r.test>:\r\n> Hei Kari\r\n";
    expect(stripQuotedReply(mail)).toBe("Ja, torsdag passer.");
  });

  it("cuts Outlook's original message block, which quotes without >", () => {
    const mail = "Tak, det lyder godt.\n\n-----Oprindelig meddelelse-----\nFra: Reise\nEmne: Prøvetur\n\nHej Kari";
    expect(stripQuotedReply(mail)).toBe("Tak, det lyder godt.");
  });

  it("keeps an answer written between quoted lines, and text without a quote", () => {
    const inline = "> Does Thursday suit you?\nYes.\n> And 10:00?\nBetter 11.";
    expect(stripQuotedReply(inline)).toBe(inline);
    expect(stripQuotedReply("  Just text.\n")).toBe("Just text.");
  });

  it("keeps a reply that is nothing but a quote rather than filing it empty", () => {
    expect(stripQuotedReply("> Hi Kari")).toBe("> Hi Kari");
  });
});
