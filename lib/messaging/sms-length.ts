// How many SMS parts a text takes. GSM 03.38 texts (Latin letters, æøå and ÆØÅ included) take 160
// characters in one part and 153 per part when split; anything else (emoji, most other scripts) is
// sent as UCS-2: 70, then 67 per part. We cap a message at SMS_MAX_PARTS parts: longer texts are
// refused before sending, with the count, rather than cut off or billed as a dozen messages.

const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENDED = "^{}\\[~]|€";
export const SMS_MAX_PARTS = 6;

export type SmsLength = { encoding: "GSM" | "UCS2"; units: number; parts: number; tooLong: boolean };

export function smsLength(text: string): SmsLength {
  let gsm = true;
  let units = 0;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) units += 1;
    else if (GSM_EXTENDED.includes(char)) units += 2;
    else gsm = false;
  }
  if (!gsm) units = [...text].reduce((n, c) => n + (c.codePointAt(0)! > 0xffff ? 2 : 1), 0);
  const [single, multi] = gsm ? [160, 153] : [70, 67];
  const parts = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / multi);
  return { encoding: gsm ? "GSM" : "UCS2", units, parts, tooLong: parts > SMS_MAX_PARTS };
}
