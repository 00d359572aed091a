-- CreateTable
CREATE TABLE "Timesheet" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "weekStart" DATE NOT NULL,
    "weekEnd" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "submission" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "payableAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Timesheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimesheetEntry" (
    "id" UUID NOT NULL,
    "timesheetId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "hours" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "note" TEXT,
    "pto" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimesheetEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimesheetDecision" (
    "id" UUID NOT NULL,
    "timesheetId" UUID NOT NULL,
    "submission" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "deciderEmployeeId" UUID NOT NULL,
    "deciderName" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimesheetDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PtoBalance" (
    "employeeId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "hours" DECIMAL(8,2) NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PtoBalance_pkey" PRIMARY KEY ("employeeId","type")
);

-- CreateTable
CREATE TABLE "PtoLedger" (
    "id" BIGSERIAL NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hours" DECIMAL(8,2) NOT NULL,
    "reference" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PtoLedger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PtoRequest" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "hours" DECIMAL(8,2) NOT NULL,
    "days" JSONB NOT NULL,
    "note" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "requestKey" TEXT,
    "decidedAt" TIMESTAMP(3),
    "deciderEmployeeId" UUID,
    "deciderName" TEXT,
    "decisionReason" TEXT,
    "via" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PtoRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalDelegate" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "managerId" UUID NOT NULL,
    "delegateId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApprovalDelegate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimesheetNotice" (
    "key" TEXT NOT NULL,
    "clientId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimesheetNotice_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Timesheet_clientId_weekStart_status_idx" ON "Timesheet"("clientId", "weekStart", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Timesheet_employeeId_weekStart_key" ON "Timesheet"("employeeId", "weekStart");

-- CreateIndex
CREATE UNIQUE INDEX "TimesheetEntry_timesheetId_date_key" ON "TimesheetEntry"("timesheetId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "TimesheetDecision_timesheetId_submission_key" ON "TimesheetDecision"("timesheetId", "submission");

-- CreateIndex
CREATE INDEX "PtoLedger_employeeId_effectiveOn_idx" ON "PtoLedger"("employeeId", "effectiveOn");

-- CreateIndex
CREATE UNIQUE INDEX "PtoLedger_employeeId_type_reference_key" ON "PtoLedger"("employeeId", "type", "reference");

-- CreateIndex
CREATE INDEX "PtoRequest_clientId_status_idx" ON "PtoRequest"("clientId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PtoRequest_employeeId_requestKey_key" ON "PtoRequest"("employeeId", "requestKey");

-- CreateIndex
CREATE INDEX "ApprovalDelegate_delegateId_endsOn_idx" ON "ApprovalDelegate"("delegateId", "endsOn");

-- CreateIndex
CREATE INDEX "ApprovalDelegate_managerId_idx" ON "ApprovalDelegate"("managerId");

-- AddForeignKey
ALTER TABLE "Timesheet" ADD CONSTRAINT "Timesheet_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetEntry" ADD CONSTRAINT "TimesheetEntry_timesheetId_fkey" FOREIGN KEY ("timesheetId") REFERENCES "Timesheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetDecision" ADD CONSTRAINT "TimesheetDecision_timesheetId_fkey" FOREIGN KEY ("timesheetId") REFERENCES "Timesheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PtoBalance" ADD CONSTRAINT "PtoBalance_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PtoRequest" ADD CONSTRAINT "PtoRequest_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalDelegate" ADD CONSTRAINT "ApprovalDelegate_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalDelegate" ADD CONSTRAINT "ApprovalDelegate_delegateId_fkey" FOREIGN KEY ("delegateId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
