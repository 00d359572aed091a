-- CreateTable
CREATE TABLE "TeamsConversationRef" (
    "id" UUID NOT NULL,
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL DEFAULT '',
    "aadObjectId" TEXT NOT NULL DEFAULT '',
    "serviceUrl" TEXT NOT NULL,
    "reference" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamsConversationRef_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamsCaseThread" (
    "caseId" UUID NOT NULL,
    "conversationId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamsCaseThread_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "TeamsCard" (
    "updateKey" TEXT NOT NULL,
    "card" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamsCard_pkey" PRIMARY KEY ("updateKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamsConversationRef_conversationId_key" ON "TeamsConversationRef"("conversationId");

-- CreateIndex
CREATE INDEX "TeamsConversationRef_tenantId_aadObjectId_kind_idx" ON "TeamsConversationRef"("tenantId", "aadObjectId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "TeamsCaseThread_conversationId_activityId_key" ON "TeamsCaseThread"("conversationId", "activityId");
