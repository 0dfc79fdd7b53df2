-- CreateEnum
CREATE TYPE "HolidayCountry" AS ENUM ('NO', 'DK');

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "closesAt" TEXT NOT NULL DEFAULT '17:00',
ADD COLUMN     "holidayCountry" "HolidayCountry" DEFAULT 'NO',
ADD COLUMN     "openDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
ADD COLUMN     "opensAt" TEXT NOT NULL DEFAULT '08:00',
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Europe/Oslo';

-- CreateTable
CREATE TABLE "TeamClosedDay" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamClosedDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamClosedDay_teamId_date_key" ON "TeamClosedDay"("teamId", "date");

-- AddForeignKey
ALTER TABLE "TeamClosedDay" ADD CONSTRAINT "TeamClosedDay_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The teams that exist keep the calendar they counted in until now: the saved
-- default (AppSetting "sla", Settings → Response times), when there is one.
-- Its holidays follow its time zone, as server/settings/sla.ts reads it.
UPDATE "Team" t
   SET "timeZone" = s.value->'hours'->>'timeZone',
       "openDays" = ARRAY(SELECT jsonb_array_elements_text(s.value->'hours'->'days')::int),
       "opensAt" = s.value->'hours'->>'start',
       "closesAt" = s.value->'hours'->>'end',
       "holidayCountry" = CASE s.value->'hours'->>'timeZone'
                            WHEN 'Europe/Oslo' THEN 'NO'::"HolidayCountry"
                            WHEN 'Europe/Copenhagen' THEN 'DK'::"HolidayCountry"
                          END
  FROM "AppSetting" s
 WHERE s.key = 'sla'
   AND jsonb_typeof(s.value->'hours'->'days') = 'array'
   AND s.value->'hours'->>'timeZone' IS NOT NULL
   AND s.value->'hours'->>'start' ~ '^\d\d:\d\d$'
   AND s.value->'hours'->>'end' ~ '^\d\d:\d\d$';
