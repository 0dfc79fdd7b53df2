import { serveCalendarFeed } from "@/server/calendar-feed/serve";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return serveCalendarFeed((await params).token);
}
