// What a customer wrote, without the message of ours they answer: mail clients quote it below
// their words ("On … wrote:", "Den … skrev …:", then "> …" lines). Mailgun strips it for the
// webhook; the self-hosted SMTP listener does it here. Only a quote at the end is cut: an answer
// written between quoted lines keeps everything, since cutting there could lose their words.

const ATTRIBUTION = [
  /^on\b.*\bwrote:\s*$/i, // English (Gmail, Apple Mail, Outlook on the web)
  /^(den|d\.|på)\b.*\bskrev\b.*:\s*$/i, // Norwegian and Danish
  /^.*\bskrev\b.*:\s*$/i,
  /^-{2,}\s*(original message|opprinnelig melding|oprindelig meddelelse|videresendt melding)\s*-{2,}\s*$/i,
];

export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let end = lines.length;
  while (end > 0 && (lines[end - 1].startsWith(">") || !lines[end - 1].trim())) end--;
  const quoted = end < lines.length && lines.slice(end).some((line) => line.startsWith(">"));
  // Outlook quotes without ">": everything after its "-----Original Message-----" line is ours.
  const outlook = lines.findIndex((line) => ATTRIBUTION[3].test(line.trim()));
  if (outlook >= 0) end = Math.min(end, outlook);
  else if (!quoted) return text.trim();
  // The attribution line may wrap over two lines ("On Tue, 24 Nov 2026 at 10:15, Reise\n<reply+…> wrote:").
  for (let i = end - 1; i >= Math.max(0, end - 2); i--) {
    const line = lines[i].trim();
    const joined = i + 1 < end ? `${line} ${lines[i + 1].trim()}` : line;
    if (ATTRIBUTION.slice(0, 3).some((pattern) => pattern.test(line) || pattern.test(joined))) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end).join("\n").trim();
  // Only a quote: keep it all rather than file an empty reply.
  return kept || text.trim();
}
