-- CreateTable
CREATE TABLE "SlackDisabledWorkspace" (
    "enterpriseId" TEXT NOT NULL DEFAULT '',
    "teamId" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlackDisabledWorkspace_pkey" PRIMARY KEY ("enterpriseId","teamId")
);
