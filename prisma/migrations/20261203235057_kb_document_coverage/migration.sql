-- AlterTable
ALTER TABLE "KbDocument" ADD COLUMN     "coverage" JSONB;
