-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "homeAddress" JSONB,
ADD COLUMN     "personalEmail" TEXT,
ADD COLUMN     "personalPhone" TEXT,
ADD COLUMN     "preferredName" TEXT;

-- CreateTable
CREATE TABLE "PersonalDetailsChange" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "details" JSONB NOT NULL,
    "previousState" TEXT,
    "newState" TEXT NOT NULL,
    "effectivePayDate" DATE,
    "changedBy" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT NOT NULL,

    CONSTRAINT "PersonalDetailsChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PersonalDetailsChange_idempotencyKey_key" ON "PersonalDetailsChange"("idempotencyKey");

-- CreateIndex
CREATE INDEX "PersonalDetailsChange_employeeId_changedAt_idx" ON "PersonalDetailsChange"("employeeId", "changedAt");
