let loading: Promise<typeof import("./sign-in")> | null = null;

/**
 * The login forms call this on the first focus inside them, so the module is
 * there by the time the person has typed and submits; submit awaits the same
 * promise. A failed load (offline) is retried on the next call.
 */
export function loadSignIn() {
  loading ??= import("./sign-in").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
