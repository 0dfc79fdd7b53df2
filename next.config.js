import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files at run time from its package.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (npm run typecheck); doing it
  // again inside every build costs a minute on a two-core machine.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
