-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "birthDate" DATE;
