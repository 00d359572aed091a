-- AlterTable
ALTER TABLE "JournalEntry" ALTER COLUMN "runId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DepositPayment" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "depositId" TEXT NOT NULL,
    "payee" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,
    "confirmation" TEXT NOT NULL,
    "paidOn" DATE NOT NULL,
    "paidBy" TEXT NOT NULL,
    "entryId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepositPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DepositPayment_entryId_key" ON "DepositPayment"("entryId");

-- CreateIndex
CREATE INDEX "DepositPayment_clientId_dueDate_idx" ON "DepositPayment"("clientId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "DepositPayment_clientId_depositId_key" ON "DepositPayment"("clientId", "depositId");

-- AddForeignKey
ALTER TABLE "DepositPayment" ADD CONSTRAINT "DepositPayment_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "JournalEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
