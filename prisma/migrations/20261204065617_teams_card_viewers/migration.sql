-- CreateTable
CREATE TABLE "TeamsCardViewer" (
    "updateKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamsCardViewer_pkey" PRIMARY KEY ("updateKey","userId")
);
