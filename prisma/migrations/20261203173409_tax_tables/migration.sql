-- CreateTable
CREATE TABLE "TaxTable" (
    "id" UUID NOT NULL,
    "table" TEXT NOT NULL,
    "effective" DATE NOT NULL,
    "through" DATE,
    "source" TEXT NOT NULL,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "value" JSONB NOT NULL,
    "checksum" TEXT NOT NULL,
    "importedBy" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaxTable_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaxTable_table_effective_key" ON "TaxTable"("table", "effective");
