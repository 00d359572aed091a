-- AlterTable
ALTER TABLE "PayRun" ADD COLUMN     "calculationRound" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "roundStartedAt" TIMESTAMP(3);
