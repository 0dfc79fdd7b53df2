import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffListSearchSchema } from "@/lib/validation/staff-users";
import { awayDateRange } from "@/lib/validation/away";
import { getStaffUsers, getTeams } from "@/server/users/queries";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { ListPager } from "@/components/list/list-pager";
import { StaffUserList } from "@/components/settings/staff-user-list";
import { StaffUserSearch } from "@/components/settings/staff-user-search";
import { InviteStaffDialog } from "@/components/settings/invite-staff-dialog";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffUsers"))("title") };
}

// Managers only: getStaffUsers answers anyone else with a 404 (and the layout before it).
export default async function StaffUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { page, q } = staffListSearchSchema.parse(await searchParams);
  const [t, users, teams] = await Promise.all([getTranslations("staffUsers"), getStaffUsers(page, q), getTeams()]);
  const pageHref = (n: number) =>
    `/settings/users?${new URLSearchParams(q ? { q, page: String(n) } : { page: String(n) })}`;
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("subtitle")} actions={<InviteStaffDialog teams={teams} />} />
      <SettingsNav current="users" />
      <Card>
        <StaffUserSearch q={q} />
        <StaffUserList
          users={users.rows}
          selfId={users.selfId}
          awayRange={awayDateRange(new Date(), users.timeZone)}
          searched={q}
        />
      </Card>
      <div className="mt-4">
        <ListPager
          label={t("pager", { page: users.page, pageCount: users.pageCount, total: users.total })}
          status={t("pager", { page: users.page, pageCount: users.pageCount, total: users.total })}
          back={users.page > 1 ? { href: pageHref(users.page - 1), label: t("previous") } : undefined}
          next={users.page < users.pageCount ? { href: pageHref(users.page + 1), label: t("next") } : undefined}
        />
      </div>
    </div>
  );
}
