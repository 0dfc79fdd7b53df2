import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Next's own rules (React, hooks with the compiler checks, accessibility,
// Core Web Vitals) and typescript-eslint's recommended set. Formatting is
// Prettier's job (`npm run format`), so no style rules here.
export default defineConfig([
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Prettier wraps code at 120; this catches what it leaves long (comments). Long strings
      // (a Tailwind class list, a KPI definition) stay whole: split, they are harder to search.
      "max-len": [
        "error",
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-test/**",
    "generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
    "next-env.d.ts",
  ]),
]);
