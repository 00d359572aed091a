-- AlterTable
ALTER TABLE "PayrollYtd" ADD COLUMN     "socialSecurityTax" DECIMAL(14,2) NOT NULL DEFAULT 0,
ADD COLUMN     "supplementalWages" DECIMAL(14,2) NOT NULL DEFAULT 0;
