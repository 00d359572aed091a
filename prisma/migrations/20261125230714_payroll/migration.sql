-- CreateTable
CREATE TABLE "PayRun" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'regular',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "payDate" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "employeeCount" INTEGER NOT NULL DEFAULT 0,
    "excludedEmployeeIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "adjustments" JSONB,
    "failureReason" TEXT,
    "createdBy" TEXT NOT NULL,
    "approvedBy" TEXT,
    "approvedAt" TIMESTAMP(3),
    "postedAt" TIMESTAMP(3),
    "voidedBy" TEXT,
    "voidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PayRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paycheck" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "errorCode" TEXT,
    "error" TEXT,
    "payDate" DATE NOT NULL,
    "gross" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "net" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "figures" JSONB,
    "explanation" JSONB NOT NULL DEFAULT '[]',
    "ytdDelta" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Paycheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayrollYtd" (
    "employeeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "clientId" UUID NOT NULL,
    "gross" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "federalWages" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "socialSecurityWages" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "medicareWages" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "futaWages" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "sutaWages" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "k401Deferrals" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "hsa" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "healthFsa" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "dependentCareFsa" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PayrollYtd_pkey" PRIMARY KEY ("employeeId","year")
);

-- CreateTable
CREATE TABLE "JournalEntry" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "entryDate" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "debitTotal" DECIMAL(16,2) NOT NULL,
    "creditTotal" DECIMAL(16,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JournalEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JournalLine" (
    "id" BIGSERIAL NOT NULL,
    "entryId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "entryDate" DATE NOT NULL,
    "account" TEXT NOT NULL,
    "debit" DECIMAL(16,2) NOT NULL,
    "credit" DECIMAL(16,2) NOT NULL,
    "dueDate" DATE,
    "memo" TEXT,

    CONSTRAINT "JournalLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PayRun_clientId_payDate_idx" ON "PayRun"("clientId", "payDate");

-- CreateIndex
CREATE UNIQUE INDEX "PayRun_clientId_periodEnd_sequence_key" ON "PayRun"("clientId", "periodEnd", "sequence");

-- CreateIndex
CREATE INDEX "Paycheck_employeeId_payDate_idx" ON "Paycheck"("employeeId", "payDate");

-- CreateIndex
CREATE INDEX "Paycheck_clientId_payDate_idx" ON "Paycheck"("clientId", "payDate");

-- CreateIndex
CREATE UNIQUE INDEX "Paycheck_runId_employeeId_key" ON "Paycheck"("runId", "employeeId");

-- CreateIndex
CREATE INDEX "PayrollYtd_clientId_year_idx" ON "PayrollYtd"("clientId", "year");

-- CreateIndex
CREATE INDEX "JournalEntry_clientId_entryDate_idx" ON "JournalEntry"("clientId", "entryDate");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_runId_kind_key" ON "JournalEntry"("runId", "kind");

-- CreateIndex
CREATE INDEX "JournalLine_clientId_entryDate_idx" ON "JournalLine"("clientId", "entryDate");

-- CreateIndex
CREATE INDEX "JournalLine_clientId_account_dueDate_idx" ON "JournalLine"("clientId", "account", "dueDate");

-- AddForeignKey
ALTER TABLE "Paycheck" ADD CONSTRAINT "Paycheck_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PayRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalEntry" ADD CONSTRAINT "JournalEntry_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PayRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalLine" ADD CONSTRAINT "JournalLine_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "JournalEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
