import type { ComponentProps } from "react";

/** Text for screen readers only, e.g. the label of an icon-only button. */
export function VisuallyHidden(props: ComponentProps<"span">) {
  return <span className="sr-only" {...props} />;
}
