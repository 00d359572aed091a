-- AlterTable
ALTER TABLE "Paycheck" ADD COLUMN     "basis" JSONB;
