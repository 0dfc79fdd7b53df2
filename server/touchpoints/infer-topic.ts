import "server-only";

// A website chat or a form rarely says what it is about in a field of its own,
// but the words do: "Hvor fort kan dere levere?" is a question about delivery
// time, the strongest buying signal there is (lib/scoring.ts). A topic sent by
// the source always wins; this only fills the gap, in the languages our
// customers write (Norwegian, Danish, English).
//
// Patterns are word beginnings, so "lever" finds levere, levering and
// leveringstid. The first topic that matches wins, in the order of how close to
// buying scoring ranks them, so "what does delivery cost?" counts as delivery.

const TOPIC_WORDS: ReadonlyArray<readonly [topic: string, stems: readonly string[]]> = [
  [
    "delivery_time",
    ["lever", "deliver", "hvor fort", "hvor raskt", "hvor hurtigt", "how fast", "how soon", "lead time"],
  ],
  ["trade_in", ["innbytte", "bytte inn", "byttebil", "indbytning", "trade-in", "trade in", "part exchange"]],
  ["financing", ["finans", "financ", "lån", "billån", "leas", "afbetal", "loan"]],
  ["test_drive", ["prøvekj", "prøvekør", "prøvetur", "test drive", "testdrive", "test-drive"]],
  ["price", ["pris", "koste", "tilbud", "price", "cost", "quote", "how much"]],
  ["availability", ["på lager", "lagerstatus", "tilgjengelig", "ledig", "in stock", "availab"]],
  ["installation", ["monter", "install", "fitting"]],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MATCHERS = TOPIC_WORDS.map(([topic, stems]) => ({
  topic,
  // A stem must start a word: "lån" in "billån" is caught by its own stem, not by accident.
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escape).join("|")})`, "iu"),
}));

export function inferTopic(text: string): string | null {
  if (!text) return null;
  for (const { topic, pattern } of MATCHERS) if (pattern.test(text)) return topic;
  return null;
}
