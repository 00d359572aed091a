-- AlterTable
ALTER TABLE "WithholdingCertificate" ADD COLUMN     "replacedFederalW4" JSONB,
ADD COLUMN     "replacedStateW4" JSONB;
