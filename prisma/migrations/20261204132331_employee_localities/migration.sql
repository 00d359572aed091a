-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "localities" JSONB;

-- AlterTable
ALTER TABLE "PayrollYtd" ADD COLUMN     "localServicesTax" DECIMAL(14,2) NOT NULL DEFAULT 0;
