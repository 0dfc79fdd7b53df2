"use client";

import type { ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

/** Tabs over server-rendered panels: one card, several breakdowns of the same numbers. */
export function BreakdownTabs({
  label,
  tabs,
}: {
  label: string;
  tabs: { id: string; title: string; content: ReactNode }[];
}) {
  return (
    <Tabs defaultValue={tabs[0]?.id}>
      <TabsList aria-label={label}>
        {tabs.map((tab) => (
          <TabsTrigger key={tab.id} value={tab.id}>
            {tab.title}
          </TabsTrigger>
        ))}
      </TabsList>
      {tabs.map((tab) => (
        <TabsContent key={tab.id} value={tab.id} className="flex flex-col gap-4">
          {tab.content}
        </TabsContent>
      ))}
    </Tabs>
  );
}
