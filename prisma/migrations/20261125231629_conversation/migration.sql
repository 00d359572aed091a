-- CreateTable
CREATE TABLE "Conversation" (
    "key" TEXT NOT NULL,
    "actorRef" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "state" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Conversation_actorRef_idx" ON "Conversation"("actorRef");

-- CreateIndex
CREATE INDEX "Conversation_updatedAt_idx" ON "Conversation"("updatedAt");
