-- CreateIndex
CREATE UNIQUE INDEX "Employee_clientId_slackUserId_key" ON "Employee"("clientId", "slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_clientId_teamsUserId_key" ON "Employee"("clientId", "teamsUserId");
