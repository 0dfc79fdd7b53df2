import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Test builds (REISE_TEST_BUILD=1: the e2e suite and npm run load) also compile the routes named
// `route.e2e.ts`, which create test data with no sign-in. A production build never sees them, and
// a test build goes to its own folder, so `npm start` can never serve one by mistake.
const testBuild = process.env.REISE_TEST_BUILD === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files at run time from its package; the SMTP listener for
  // replies (smtp-server, mailparser) is plain Node and stays out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "smtp-server", "mailparser"],
  poweredByHeader: false,
  pageExtensions: testBuild ? ["tsx", "ts", "jsx", "js", "e2e.ts"] : ["tsx", "ts", "jsx", "js"],
  distDir: testBuild ? ".next-test" : ".next",
  // `npm test` type-checks the whole project once (npm run typecheck); doing it
  // again inside every build costs a minute on a two-core machine.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Every form in the app is small (a follow-up note is at most 2000
    // characters); 1 MB leaves room for a CSV upload preview without letting
    // one request tie up the server. Larger uploads belong in a route handler
    // that streams and counts bytes (see server/touchpoints/http.ts).
    serverActions: { bodySizeLimit: "1mb" },
  },
  // Pages get these from proxy.ts (with the per-request CSP); API answers,
  // which the proxy skips, get the ones that apply to them here.
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
      {
        // The push worker: always checked afresh, so a fixed worker reaches every device at its
        // next visit; it fetches and imports nothing, so its own policy allows only the notification icon.
        source: "/sw.js",
        headers: [
          { key: "Cache-Control", value: "no-cache, no-store, must-revalidate" },
          { key: "Content-Type", value: "application/javascript; charset=utf-8" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Content-Security-Policy", value: "default-src 'none'; img-src 'self'" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
