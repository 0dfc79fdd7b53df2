-- CreateEnum
CREATE TYPE "CustomerImportState" AS ENUM ('CHECKING', 'REVIEW', 'IMPORTING', 'DONE', 'CANCELLED', 'FAILED', 'UNDONE');

-- CreateEnum
CREATE TYPE "CustomerImportChangeKind" AS ENUM ('CREATED', 'UPDATED');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "notes" TEXT;

-- CreateTable
CREATE TABLE "CustomerImport" (
    "id" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "state" "CustomerImportState" NOT NULL DEFAULT 'CHECKING',
    "options" JSONB NOT NULL,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "doneRows" INTEGER NOT NULL DEFAULT 0,
    "newRows" INTEGER NOT NULL DEFAULT 0,
    "existingRows" INTEGER NOT NULL DEFAULT 0,
    "repeatedRows" INTEGER NOT NULL DEFAULT 0,
    "problemRows" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "findings" JSONB,
    "failure" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),
    "undoneAt" TIMESTAMPTZ(3),
    "undoneById" UUID,

    CONSTRAINT "CustomerImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerImportFile" (
    "importId" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "CustomerImportFile_pkey" PRIMARY KEY ("importId")
);

-- CreateTable
CREATE TABLE "CustomerImportChange" (
    "importId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "kind" "CustomerImportChangeKind" NOT NULL,
    "before" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CustomerImportChange_pkey" PRIMARY KEY ("importId","customerId")
);

-- CreateTable
CREATE TABLE "CustomerImportMapping" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "country" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CustomerImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomerImport_createdAt_id_idx" ON "CustomerImport"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "CustomerImportChange_customerId_idx" ON "CustomerImportChange"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerImportMapping_name_key" ON "CustomerImportMapping"("name");

-- CreateIndex
CREATE INDEX "Customer_externalId_idx" ON "Customer"("externalId");

-- AddForeignKey
ALTER TABLE "CustomerImport" ADD CONSTRAINT "CustomerImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerImportFile" ADD CONSTRAINT "CustomerImportFile_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CustomerImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerImportChange" ADD CONSTRAINT "CustomerImportChange_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CustomerImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerImportChange" ADD CONSTRAINT "CustomerImportChange_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
