import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { findBoard } from "@/server/leads/board-queries";
import { findFilterNames } from "@/server/leads/list-queries";
import { getLostReasonOptions } from "@/server/lost-reasons/queries";
import { leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import { PageHeader } from "@/components/shell/page-header";
import { ListResults } from "@/components/list/list-url-state";
import { LeadBoard } from "@/components/leads/board/lead-board";
import { LeadFilterBar } from "@/components/leads/lead-filter-bar";
import { LeadFilterChips } from "@/components/leads/lead-filter-chips";
import { LeadListState } from "@/components/leads/lead-list-state";
import { LeadViewTabs } from "@/components/leads/lead-view-tabs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipeline.board"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The pipeline board: the lead list's leads and filters, by stage (server/leads/board-queries.ts).
export default async function LeadBoardPage({ searchParams }: Props) {
  const session = await requireStaff();
  const filters = parseLeadFilters(await searchParams);
  const now = new Date();
  const [t, columns, names, lostReasons] = await Promise.all([
    getTranslations("pipeline.board"),
    findBoard(session, filters, now),
    findFilterNames(session, filters),
    getLostReasonOptions(session),
  ]);
  const isManager = session.role === "MANAGER";
  const search = leadFiltersToSearch(filters, { view: "active" });
  return (
    <LeadListState filters={filters}>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="flex flex-col gap-4">
        <LeadViewTabs filters={filters} current="board" />
        <LeadFilterBar repName={names.rep} isManager={isManager} board />
        <LeadFilterChips filters={filters} names={names} path="/leads/board" />
        <ListResults updatingLabel={t("updating")}>
          <LeadBoard key={search} columns={columns} lostReasons={lostReasons} search={search} />
        </ListResults>
      </div>
    </LeadListState>
  );
}
