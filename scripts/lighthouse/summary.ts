// The numbers this project keeps from one Lighthouse result (LHR JSON): the scores,
// the metrics the targets are about, what was transferred, and why LCP is late.
export interface PageScores {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Everything the page transferred (HTML, CSS, JS, fonts, images), compressed bytes. */
  transferBytes: number;
  /** Of which JavaScript. */
  scriptBytes: number;
  htmlBytes: number;
  /** Main-thread time spent on JavaScript (Lighthouse's bootup-time), ms. */
  jsMainThreadMs: number;
  /** The LCP element as Lighthouse names it, and its phases (TTFB, load delay, load time, render delay). */
  lcpElement?: string;
  lcpPhases?: Record<string, number>;
  /** Accessibility audits that failed, by id. */
  a11yFailures: string[];
  /** Lighthouse's own error, when the page could not be audited. */
  error?: string;
}

interface Audit {
  score?: number | null;
  numericValue?: number;
  details?: { type?: string; items?: Record<string, unknown>[] };
}
export interface Lhr {
  runtimeError?: { message?: string };
  categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

const num = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
const score = (lhr: Lhr, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

export function summarizeLhr(lhr: Lhr): PageScores {
  const requests = (lhr.audits["network-requests"]?.details?.items ?? []) as {
    resourceType?: string;
    transferSize?: number;
  }[];
  const bytesOf = (type: string) =>
    requests.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const a11y = lhr.categories.accessibility?.auditRefs ?? [];
  return {
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    fcpMs: Math.round(num(lhr, "first-contentful-paint")),
    lcpMs: Math.round(num(lhr, "largest-contentful-paint")),
    tbtMs: Math.round(num(lhr, "total-blocking-time")),
    cls: Math.round(num(lhr, "cumulative-layout-shift") * 1000) / 1000,
    transferBytes: Math.round(num(lhr, "total-byte-weight")),
    scriptBytes: bytesOf("Script"),
    htmlBytes: bytesOf("Document"),
    jsMainThreadMs: Math.round(num(lhr, "bootup-time")),
    ...lcpDetails(lhr.audits["largest-contentful-paint-element"]),
    a11yFailures: a11y.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
    ...(lhr.runtimeError?.message ? { error: lhr.runtimeError.message } : {}),
  };
}

/** Lighthouse 12 lists two tables: the element (a node), then the LCP phases with their timings. */
function lcpDetails(audit: Audit | undefined): Pick<PageScores, "lcpElement" | "lcpPhases"> {
  const tables = (audit?.details?.items ?? []) as { items?: Record<string, unknown>[] }[];
  const node = tables[0]?.items?.[0]?.node as { selector?: string; snippet?: string } | undefined;
  const phases = (tables[1]?.items ?? []) as { phase?: string; timing?: number }[];
  return {
    ...(node ? { lcpElement: node.snippet ?? node.selector } : {}),
    ...(phases.length
      ? { lcpPhases: Object.fromEntries(phases.map((p) => [String(p.phase), Math.round(p.timing ?? 0)])) }
      : {}),
  };
}
