"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// What an error.tsx shows when a page fails unexpectedly: a calm message with a way to try again
// and a way back, never a stack trace. Each route's error.tsx supplies its own words.

type Props = { title: string; body: string; onRetry: () => void; back: { href: string; label: string } };

export function PageError({ title, body, onRetry, back }: Props) {
  const common = useTranslations("common");
  return (
    <EmptyState
      className="mt-8"
      titleAs="h1"
      title={title}
      description={body}
      action={
        <>
          <Button onClick={onRetry}>{common("tryAgain")}</Button>
          <Link href={back.href} className={buttonClasses("secondary")}>
            {back.label}
          </Link>
        </>
      }
    />
  );
}
