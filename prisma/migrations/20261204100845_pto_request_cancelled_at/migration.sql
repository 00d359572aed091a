-- AlterTable
ALTER TABLE "PtoRequest" ADD COLUMN     "cancelledAt" TIMESTAMP(3);
