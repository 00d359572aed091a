-- CreateTable
CREATE TABLE "DeductionArrearsMovement" (
    "id" BIGSERIAL NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "paycheckId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "payDate" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeductionArrearsMovement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeductionArrearsMovement_clientId_employeeId_idx" ON "DeductionArrearsMovement"("clientId", "employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "DeductionArrearsMovement_paycheckId_code_kind_key" ON "DeductionArrearsMovement"("paycheckId", "code", "kind");
