-- CreateTable
CREATE TABLE "BankAccount" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "routingNumber" TEXT NOT NULL,
    "accountCiphertext" TEXT NOT NULL,
    "accountKeyId" TEXT NOT NULL,
    "accountFingerprint" TEXT NOT NULL,
    "accountLast4" TEXT NOT NULL,
    "accountType" TEXT NOT NULL,
    "splitKind" TEXT NOT NULL,
    "splitValue" DECIMAL(14,4),
    "priority" INTEGER NOT NULL DEFAULT 0,
    "prenoteStatus" TEXT NOT NULL DEFAULT 'required',
    "prenoteRunId" UUID,
    "prenoteEffective" DATE,
    "source" TEXT NOT NULL,
    "changeId" UUID,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BankAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepositChange" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "openKey" TEXT,
    "routingNumber" TEXT NOT NULL,
    "accountCiphertext" TEXT NOT NULL,
    "accountKeyId" TEXT NOT NULL,
    "accountFingerprint" TEXT NOT NULL,
    "accountLast4" TEXT NOT NULL,
    "accountType" TEXT NOT NULL,
    "codeHash" TEXT,
    "codeExpiresAt" TIMESTAMP(3),
    "codeAttempts" INTEGER NOT NULL DEFAULT 0,
    "verifiedBy" TEXT,
    "verifiedByActor" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "effectiveOn" DATE,
    "requestedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DepositChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientFundingAccount" (
    "clientId" UUID NOT NULL,
    "routingNumber" TEXT NOT NULL,
    "accountCiphertext" TEXT NOT NULL,
    "accountKeyId" TEXT NOT NULL,
    "accountLast4" TEXT NOT NULL,
    "accountType" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClientFundingAccount_pkey" PRIMARY KEY ("clientId")
);

-- CreateIndex
CREATE INDEX "BankAccount_employeeId_idx" ON "BankAccount"("employeeId");

-- CreateIndex
CREATE INDEX "BankAccount_accountFingerprint_idx" ON "BankAccount"("accountFingerprint");

-- CreateIndex
CREATE INDEX "BankAccount_clientId_idx" ON "BankAccount"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "DepositChange_openKey_key" ON "DepositChange"("openKey");

-- CreateIndex
CREATE INDEX "DepositChange_employeeId_status_idx" ON "DepositChange"("employeeId", "status");
