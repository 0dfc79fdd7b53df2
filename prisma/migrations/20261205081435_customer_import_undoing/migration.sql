-- AlterEnum
ALTER TYPE "CustomerImportState" ADD VALUE 'UNDOING';

-- AlterTable
ALTER TABLE "CustomerImport" ADD COLUMN     "undoCursor" UUID,
ADD COLUMN     "undoKept" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoRemoved" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoRestored" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoUnchanged" INTEGER NOT NULL DEFAULT 0;
