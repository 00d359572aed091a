-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "origin" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "state" TEXT NOT NULL DEFAULT 'new',
    "assigneeId" UUID,
    "summary" TEXT NOT NULL,
    "summarySource" TEXT NOT NULL DEFAULT 'extractive',
    "transcript" JSONB NOT NULL DEFAULT '[]',
    "channel" TEXT,
    "conversationKey" TEXT,
    "openKey" TEXT,
    "messageSeq" INTEGER NOT NULL DEFAULT 0,
    "employeeDeliveredSeq" INTEGER NOT NULL DEFAULT 0,
    "staffDeliveredSeq" INTEGER NOT NULL DEFAULT 0,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "resolutionNote" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "firstResponseAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseMessage" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "authorKind" TEXT NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reply" JSONB,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "CaseMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" BIGSERIAL NOT NULL,
    "caseId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "type" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT,
    "actorKind" TEXT NOT NULL,
    "actorId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseSlaClock" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "targetMillis" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "stoppedAt" TIMESTAMP(3),
    "pauses" JSONB NOT NULL DEFAULT '[]',
    "warnAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "warnedAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseSlaClock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CsatResponse" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "employeeId" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CsatResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNotification" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "recipient" JSONB NOT NULL,
    "reply" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "CaseNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AsoCalendar" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "zone" TEXT NOT NULL,
    "workingDays" INTEGER[],
    "opens" TEXT NOT NULL,
    "closes" TEXT NOT NULL,
    "holidays" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AsoCalendar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Case_number_key" ON "Case"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Case_openKey_key" ON "Case"("openKey");

-- CreateIndex
CREATE INDEX "Case_clientId_openedAt_idx" ON "Case"("clientId", "openedAt");

-- CreateIndex
CREATE INDEX "Case_assigneeId_state_idx" ON "Case"("assigneeId", "state");

-- CreateIndex
CREATE INDEX "Case_employeeId_state_idx" ON "Case"("employeeId", "state");

-- CreateIndex
CREATE INDEX "Case_state_sensitive_idx" ON "Case"("state", "sensitive");

-- CreateIndex
CREATE UNIQUE INDEX "CaseMessage_idempotencyKey_key" ON "CaseMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "CaseMessage_caseId_audience_sequence_idx" ON "CaseMessage"("caseId", "audience", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "CaseMessage_caseId_sequence_key" ON "CaseMessage"("caseId", "sequence");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_at_idx" ON "CaseEvent"("caseId", "at");

-- CreateIndex
CREATE INDEX "CaseSlaClock_dueAt_idx" ON "CaseSlaClock"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseSlaClock_caseId_kind_cycle_key" ON "CaseSlaClock"("caseId", "kind", "cycle");

-- CreateIndex
CREATE UNIQUE INDEX "CsatResponse_caseId_round_key" ON "CsatResponse"("caseId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "CaseNotification_idempotencyKey_key" ON "CaseNotification"("idempotencyKey");

-- CreateIndex
CREATE INDEX "CaseNotification_sentAt_idx" ON "CaseNotification"("sentAt");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientEmployer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMessage" ADD CONSTRAINT "CaseMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSlaClock" ADD CONSTRAINT "CaseSlaClock_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsatResponse" ADD CONSTRAINT "CsatResponse_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
