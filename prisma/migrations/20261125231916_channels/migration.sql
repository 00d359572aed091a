-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "idempotencyKey" TEXT NOT NULL,
    "recipient" JSONB NOT NULL,
    "channels" TEXT[],
    "deliveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDelivery_pkey" PRIMARY KEY ("idempotencyKey")
);

-- CreateTable
CREATE TABLE "ChannelMessageRef" (
    "id" UUID NOT NULL,
    "updateKey" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "address" JSONB NOT NULL,
    "addressKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelMessageRef_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChannelMessageRef_updateKey_idx" ON "ChannelMessageRef"("updateKey");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelMessageRef_updateKey_channel_addressKey_key" ON "ChannelMessageRef"("updateKey", "channel", "addressKey");
