-- DropIndex
DROP INDEX "JournalEntry_runId_kind_key";

-- AlterTable
ALTER TABLE "JournalEntry" ADD COLUMN     "subject" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_runId_kind_subject_key" ON "JournalEntry"("runId", "kind", "subject");
