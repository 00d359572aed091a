-- CreateTable
CREATE TABLE "AnswerFeedback" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "intent" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnswerFeedback_idempotencyKey_key" ON "AnswerFeedback"("idempotencyKey");

-- CreateIndex
CREATE INDEX "AnswerFeedback_clientId_createdAt_idx" ON "AnswerFeedback"("clientId", "createdAt");
