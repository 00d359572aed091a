-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "jobTitle" TEXT;
