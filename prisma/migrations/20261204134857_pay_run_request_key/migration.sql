-- AlterTable
ALTER TABLE "PayRun" ADD COLUMN     "requestKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "PayRun_clientId_requestKey_key" ON "PayRun"("clientId", "requestKey");
