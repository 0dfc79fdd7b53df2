import type { ReactNode } from "react";
import { Brand } from "@/components/shell/brand";

/** The centred card of the sign-in pages, with the product's name above it. */
export function AuthCard({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <p>
        <Brand size="lg" />
      </p>
      <div className="w-full max-w-sm rounded-xl border border-line bg-surface p-6 shadow-sm sm:p-8">{children}</div>
    </main>
  );
}
