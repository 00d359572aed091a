-- AlterTable
ALTER TABLE "CaseNotification" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'send';
