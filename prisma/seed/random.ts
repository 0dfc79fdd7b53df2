// A small seeded PRNG so the demo data is the same on every machine: same
// options in, same rows and ids out. sfc32 has 128 bits of state, which keeps
// the millions of ids drawn at benchmark scale from colliding; splitmix32
// spreads neighbouring seeds (customer 41, customer 42) into unrelated streams.

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `stream` picks an independent sequence for the same seed (one per customer, one for staff…). */
  constructor(seed: number, stream = 0) {
    this.a = splitmix32(seed);
    this.b = splitmix32(stream ^ 0x5bd1e995);
    this.c = splitmix32(this.a ^ this.b);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Next 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** Picks by relative weight: `[["CHAT", 18], ["WEB", 20]]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.float() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** Poisson-distributed count (Knuth), fine for the small means used here. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.float();
    while (p > limit) {
      k++;
      p *= this.float();
    }
    return k;
  }

  /** Log-normal around `median`: response times and other long-tailed durations. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.float();
    const v = this.float();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * z);
  }

  /** A version-4-shaped UUID drawn from this stream. */
  uuid(): string {
    const a = this.next();
    const b = (this.next() & 0xffff0fff) | 0x00004000;
    const c = (this.next() & 0x3fffffff) | 0x80000000;
    const d = this.next();
    return (
      hex32(a) +
      "-" +
      HEX[(b >>> 24) & 255] +
      HEX[(b >>> 16) & 255] +
      "-" +
      HEX[(b >>> 8) & 255] +
      HEX[b & 255] +
      "-" +
      HEX[(c >>> 24) & 255] +
      HEX[(c >>> 16) & 255] +
      "-" +
      HEX[(c >>> 8) & 255] +
      HEX[c & 255] +
      hex32(d)
    );
  }
}

function hex32(n: number): string {
  return HEX[(n >>> 24) & 255] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
}
