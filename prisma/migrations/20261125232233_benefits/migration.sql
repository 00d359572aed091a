-- CreateTable
CREATE TABLE "Dependent" (
    "id" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "eligibleUntil" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dependent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrollmentWindow" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "planYear" INTEGER NOT NULL,
    "opens" DATE NOT NULL,
    "closes" DATE NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnrollmentWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LifeEvent" (
    "id" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "eventDate" DATE NOT NULL,
    "windowOpens" DATE NOT NULL,
    "windowCloses" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "reportedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LifeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitElection" (
    "id" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "tier" TEXT,
    "dependentIds" TEXT[],
    "contribution" JSONB,
    "windowKind" TEXT NOT NULL,
    "lifeEventId" UUID,
    "effectiveFrom" DATE NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "rejectionReason" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "appliedEnrollmentId" UUID,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "appliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenefitElection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrollmentDetail" (
    "enrollmentId" UUID NOT NULL,
    "contribution" JSONB,
    "dependentIds" TEXT[],
    "deductedThrough" DATE,
    "replacedCost" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnrollmentDetail_pkey" PRIMARY KEY ("enrollmentId")
);

-- CreateTable
CREATE TABLE "KbDocument" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KbDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KbSection" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "headingPath" TEXT[],
    "section" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "embedding" JSONB,

    CONSTRAINT "KbSection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Dependent_employeeId_idx" ON "Dependent"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "EnrollmentWindow_clientId_planYear_key" ON "EnrollmentWindow"("clientId", "planYear");

-- CreateIndex
CREATE UNIQUE INDEX "LifeEvent_employeeId_type_eventDate_key" ON "LifeEvent"("employeeId", "type", "eventDate");

-- CreateIndex
CREATE UNIQUE INDEX "BenefitElection_idempotencyKey_key" ON "BenefitElection"("idempotencyKey");

-- CreateIndex
CREATE INDEX "BenefitElection_employeeId_idx" ON "BenefitElection"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "KbDocument_clientId_name_key" ON "KbDocument"("clientId", "name");

-- CreateIndex
CREATE INDEX "KbSection_clientId_idx" ON "KbSection"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "KbSection_documentId_ordinal_key" ON "KbSection"("documentId", "ordinal");

-- AddForeignKey
ALTER TABLE "Dependent" ADD CONSTRAINT "Dependent_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LifeEvent" ADD CONSTRAINT "LifeEvent_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitElection" ADD CONSTRAINT "BenefitElection_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitElection" ADD CONSTRAINT "BenefitElection_lifeEventId_fkey" FOREIGN KEY ("lifeEventId") REFERENCES "LifeEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentDetail" ADD CONSTRAINT "EnrollmentDetail_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KbDocument" ADD CONSTRAINT "KbDocument_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientEmployer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KbSection" ADD CONSTRAINT "KbSection_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "KbDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
