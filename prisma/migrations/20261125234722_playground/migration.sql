-- CreateTable
CREATE TABLE "playground_message" (
    "id" UUID NOT NULL,
    "actorRef" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "reply" JSONB NOT NULL,
    "updateKey" TEXT,
    "revision" BIGSERIAL NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "playground_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "playground_message_actorRef_revision_idx" ON "playground_message"("actorRef", "revision");

-- CreateIndex
CREATE INDEX "playground_message_revision_idx" ON "playground_message"("revision");
