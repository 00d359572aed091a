-- CreateTable
CREATE TABLE "Staff" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "roles" TEXT[],
    "slackUserId" TEXT,
    "teamsUserId" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'America/New_York',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffClientAssignment" (
    "staffId" UUID NOT NULL,
    "clientId" UUID NOT NULL,

    CONSTRAINT "StaffClientAssignment_pkey" PRIMARY KEY ("staffId","clientId")
);

-- CreateTable
CREATE TABLE "ClientEmployer" (
    "id" UUID NOT NULL,
    "ein" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "payFrequency" TEXT NOT NULL,
    "sutaRate" DECIMAL(8,6) NOT NULL,
    "sutaWageBase" DECIMAL(12,2) NOT NULL,
    "wcClassCode" TEXT NOT NULL,
    "wcRatePer100" DECIMAL(10,4) NOT NULL,
    "wcExperienceMod" DECIMAL(6,4) NOT NULL,
    "slackTeamId" TEXT,
    "teamsTenantId" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'America/New_York',
    "workweekStartDay" INTEGER NOT NULL DEFAULT 0,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClientEmployer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employee" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "slackUserId" TEXT,
    "teamsUserId" TEXT,
    "managerId" UUID,
    "roles" TEXT[],
    "hireDate" DATE NOT NULL,
    "terminationDate" DATE,
    "workState" TEXT NOT NULL,
    "payType" TEXT NOT NULL,
    "payRate" DECIMAL(12,4) NOT NULL,
    "federalW4" JSONB NOT NULL,
    "stateW4" JSONB,
    "ptoBalanceHours" DECIMAL(8,2) NOT NULL DEFAULT 0,
    "deductions" JSONB NOT NULL DEFAULT '[]',
    "ytd" JSONB NOT NULL DEFAULT '{}',
    "ytdYear" INTEGER,
    "timezone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Employee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitPlan" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "planYear" INTEGER NOT NULL,
    "tiers" JSONB NOT NULL,
    "deductible" JSONB,
    "outOfPocketMax" JSONB,
    "documents" TEXT[],
    "rules" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BenefitPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrollment" (
    "id" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "tier" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorKind" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "clientId" UUID,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Staff_email_key" ON "Staff"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_slackUserId_key" ON "Staff"("slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_teamsUserId_key" ON "Staff"("teamsUserId");

-- CreateIndex
CREATE UNIQUE INDEX "ClientEmployer_ein_key" ON "ClientEmployer"("ein");

-- CreateIndex
CREATE UNIQUE INDEX "ClientEmployer_slackTeamId_key" ON "ClientEmployer"("slackTeamId");

-- CreateIndex
CREATE UNIQUE INDEX "ClientEmployer_teamsTenantId_key" ON "ClientEmployer"("teamsTenantId");

-- CreateIndex
CREATE INDEX "Employee_slackUserId_idx" ON "Employee"("slackUserId");

-- CreateIndex
CREATE INDEX "Employee_teamsUserId_idx" ON "Employee"("teamsUserId");

-- CreateIndex
CREATE INDEX "Employee_managerId_idx" ON "Employee"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_clientId_externalId_key" ON "Employee"("clientId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_clientId_email_key" ON "Employee"("clientId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "BenefitPlan_clientId_code_planYear_key" ON "BenefitPlan"("clientId", "code", "planYear");

-- CreateIndex
CREATE INDEX "Enrollment_employeeId_idx" ON "Enrollment"("employeeId");

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_idx" ON "AuditLog"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditLog_clientId_at_idx" ON "AuditLog"("clientId", "at");

-- AddForeignKey
ALTER TABLE "StaffClientAssignment" ADD CONSTRAINT "StaffClientAssignment_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffClientAssignment" ADD CONSTRAINT "StaffClientAssignment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientEmployer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientEmployer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitPlan" ADD CONSTRAINT "BenefitPlan_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientEmployer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "BenefitPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
