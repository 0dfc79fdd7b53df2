import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon } from "@/components/ui/icons";

// No rows: say why, and offer the one thing that helps. When filters narrowed the list, that is
// clearing them; otherwise the list says what its own emptiness means (good news, nothing yet).

type Props = {
  /** Set when filters narrowed the list: the empty state then offers to clear them. */
  narrowed?: { title: string; description: string; clear: { href: string; label: string } };
  icon: ReactNode;
  title: string;
  description: string;
  action?: ReactNode;
};

export function ListEmpty({ narrowed, icon, title, description, action }: Props) {
  if (narrowed) {
    return (
      <EmptyState
        icon={<SearchIcon />}
        title={narrowed.title}
        description={narrowed.description}
        action={
          <Link href={narrowed.clear.href} className={buttonClasses("secondary")}>
            {narrowed.clear.label}
          </Link>
        }
      />
    );
  }
  return <EmptyState icon={icon} title={title} description={description} action={action} />;
}
