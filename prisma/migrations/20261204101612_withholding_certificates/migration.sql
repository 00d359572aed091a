-- CreateTable
CREATE TABLE "WithholdingCertificate" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "federalW4" JSONB NOT NULL,
    "stateW4" JSONB,
    "effectivePayDate" DATE,
    "exemptExpires" DATE,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT NOT NULL,

    CONSTRAINT "WithholdingCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WithholdingCertificate_idempotencyKey_key" ON "WithholdingCertificate"("idempotencyKey");

-- CreateIndex
CREATE INDEX "WithholdingCertificate_employeeId_signedAt_idx" ON "WithholdingCertificate"("employeeId", "signedAt");
