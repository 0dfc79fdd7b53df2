// The props a row's quick actions share, apart from the components, so the forms and their
// container import them without importing each other.

export type RescheduleChoiceOption = { value: string; label: string };

export type AgendaRowActionsProps = {
  leadId: string;
  version: number;
  customerName: string;
  /** Made by the server for each render, so a double submit of the call carries the same key. */
  idempotencyKey: string;
  timeZone: string;
  minDateTime: string;
  /** The planned follow-up (rep's wall clock) when it is still ahead: logging a call keeps it. */
  plannedDateTime: string | null;
  choices: RescheduleChoiceOption[];
};
