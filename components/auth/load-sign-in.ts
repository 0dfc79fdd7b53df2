import { loadOnce } from "@/components/ui/use-deferred";

const importSignIn = () => import("./sign-in");

/**
 * The login forms call this on the first focus inside them, so the module is
 * there by the time the person has typed and submits; submit awaits the same
 * promise. A failed load (offline) is retried on the next call.
 */
export const loadSignIn = () => loadOnce(importSignIn);
