-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "employeeLeaseToken" TEXT,
ADD COLUMN     "employeeLeaseUntil" TIMESTAMP(3),
ADD COLUMN     "staffLeaseToken" TEXT,
ADD COLUMN     "staffLeaseUntil" TIMESTAMP(3);
