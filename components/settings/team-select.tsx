import { Select, type SelectProps } from "@/components/ui/select";

/** A team picker with "no team" first; sends the team id, or "" for none. */
export function TeamSelect({
  teams,
  noTeamLabel,
  ...props
}: SelectProps & { teams: { id: string; name: string }[]; noTeamLabel: string }) {
  return (
    <Select {...props}>
      <option value="">{noTeamLabel}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </Select>
  );
}
