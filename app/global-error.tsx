"use client";

// Last resort when the root layout itself fails: no translations are
// available here, so it speaks English and stays minimal.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          display: "grid",
          placeItems: "center",
          minHeight: "100dvh",
          margin: 0,
        }}
      >
        <main style={{ maxWidth: 420, padding: 16, textAlign: "center" }}>
          <h1 style={{ fontSize: 20 }}>Something went wrong</h1>
          <p>We could not show this page. Try again in a moment.</p>
          <button type="button" onClick={reset} style={{ padding: "8px 14px" }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
