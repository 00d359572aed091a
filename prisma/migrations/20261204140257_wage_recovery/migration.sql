-- CreateTable
CREATE TABLE "WageRecovery" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "recovered" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "requestKey" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WageRecovery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WageRecovery_employeeId_createdAt_idx" ON "WageRecovery"("employeeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WageRecovery_clientId_requestKey_key" ON "WageRecovery"("clientId", "requestKey");
