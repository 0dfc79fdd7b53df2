"use client";

import { useEffect, useRef, useState, type ComponentProps } from "react";
import { Input } from "@/components/ui/input";
import { SearchIcon } from "@/components/ui/icons";
import { Field } from "./filter-field";
import { cn } from "@/lib/cn";

// A text filter that follows the URL: typing applies after a short pause, Enter at once. Used for
// the lists' search boxes and free-text filters (the customer list's city).

const DEBOUNCE_MS = 400;

type Props = {
  label: string;
  value: string | undefined;
  onApply: (value: string | undefined) => void;
  search?: boolean;
  className?: string;
} & Pick<ComponentProps<"input">, "placeholder" | "autoComplete">;

export function TextFilter({ label, value: fromUrl, onApply, search, className, ...inputProps }: Props) {
  const [value, setValue] = useState(fromUrl ?? "");
  // What this box last sent, so a slow navigation is not sent twice.
  const applied = useRef(fromUrl ?? "");
  const send = (text: string) => {
    applied.current = text.trim();
    onApply(text.trim() || undefined);
  };
  // A chip, a segment or "clear all" can change the value from outside: follow the URL then.
  useEffect(() => {
    if ((fromUrl ?? "") === applied.current) return;
    applied.current = fromUrl ?? "";
    setValue(fromUrl ?? "");
  }, [fromUrl]);
  useEffect(() => {
    if (value.trim() === applied.current) return;
    const timer = setTimeout(() => send(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  });
  return (
    <Field label={label} className={className}>
      {(id) => (
        <form
          role={search ? "search" : undefined}
          onSubmit={(e) => (e.preventDefault(), send(value))}
          className="relative"
        >
          {search ? (
            <SearchIcon
              aria-hidden
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-subtle"
            />
          ) : null}
          <Input
            id={id}
            type={search ? "search" : "text"}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            className={cn(search && "pl-9")}
            maxLength={100}
            {...inputProps}
          />
        </form>
      )}
    </Field>
  );
}
