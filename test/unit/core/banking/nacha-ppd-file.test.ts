import { describe, expect, it } from "vitest";
import { buildPpdFile, type PpdFileRequest } from "../../../../src/core/banking/nacha-ppd-file";
import { Decimal } from "../../../../src/core/money/decimal";
import { parseAchFile, recomputedEntryHash } from "../../../support/nacha-parser";

const request = (credits: PpdFileRequest["credits"]): PpdFileRequest => ({
  odfi: {
    routingNumber: "021000021",
    name: "Example ODFI Bank",
    immediateOrigin: " 021000021",
    immediateOriginName: "Example ASO",
    companyIdPrefix: "1",
  },
  employer: { name: "Acme Manufacturing", ein: "12-3456789" },
  funding: { routingNumber: "091000019", accountNumber: "700012345678", accountType: "checking" },
  credits,
  effectiveEntryDate: "2026-01-23",
  fileCreationDate: "2026-01-21",
  fileCreationTime: "14:05",
  fileIdModifier: "A",
});

const credit = (over: Partial<PpdFileRequest["credits"][number]>): PpdFileRequest["credits"][number] => ({
  individualId: "E001",
  name: "Dana Whitfield",
  routingNumber: "011000015",
  accountNumber: "98765432101",
  accountType: "checking",
  amount: new Decimal("1234.56"),
  prenote: false,
  ...over,
});

describe("the NACHA PPD file", () => {
  const credits = [
    credit({}),
    credit({
      individualId: "E002",
      name: "Zoë Ärnberg",
      routingNumber: "111000025",
      accountType: "savings",
      amount: new Decimal("250.00"),
    }),
    credit({
      individualId: "E003",
      routingNumber: "091000019",
      accountNumber: "1200567",
      amount: new Decimal("0"),
      prenote: true,
    }),
    credit({
      individualId: "E004",
      accountType: "savings",
      accountNumber: "55501234",
      amount: new Decimal("0"),
      prenote: true,
    }),
  ];
  const file = buildPpdFile(request(credits));
  const lines = file.text.trimEnd().split("\n");

  it("writes 94-character records blocked by 10, padded with nines", () => {
    expect(lines.every((l) => l.length === 94)).toBe(true);
    expect(lines.length % 10).toBe(0);
    // header, batch header, 4 entries + offset, batch control, file control = 9 records, 1 pad line.
    expect(lines.at(-1)).toBe("9".repeat(94));
    expect(file.blockCount).toBe(1);
  });

  it("reads back with an independent parser: codes, totals, counts and hash agree", () => {
    const parsed = parseAchFile(file.text);
    const [batch] = parsed.batches;
    expect(parsed.batches).toHaveLength(1);
    expect(batch?.entryClassCode).toBe("PPD");
    expect(batch?.serviceClassCode).toBe(200);
    expect(String(batch?.companyId)).toBe("1123456789");
    expect(batch?.entries.map((e) => String(e.transactionCode))).toEqual(["22", "32", "23", "33", "27"]);
    const amount = (codes: string[]) =>
      batch!.entries
        .filter((e) => codes.includes(String(e.transactionCode)))
        .reduce((s, e) => s + Number(e.amount), 0);
    expect(amount(["22", "32"])).toBe(148456);
    expect(amount(["23", "33"])).toBe(0);
    // The offset debit from the funding account balances the credits.
    expect(amount(["27", "37"])).toBe(148456);
    expect(batch?.footer.totalCredit).toBe(148456);
    expect(batch?.footer.totalDebit).toBe(148456);
    expect(parsed.file.footer.totalCredit).toBe(148456);
    expect(parsed.file.footer.entryAndAddendaCount).toBe(5);
    expect(batch?.footer.entryAndAddendaCount).toBe(5);
    expect(parsed.file.footer.blockCount).toBe(1);
    expect(parsed.file.footer.batchCount).toBe(1);
    expect(Number(batch?.footer.entryHash)).toBe(recomputedEntryHash(parsed));
    expect(Number(parsed.file.footer.entryHash)).toBe(recomputedEntryHash(parsed));
    // (01100001 + 11100002 + 09100001 + 01100001) + 09100001 for the offset.
    expect(file.entryHash).toBe("0031500006");
  });

  it("writes names in the characters banks accept, and account numbers left-justified", () => {
    const entry = lines.find((l) => l.startsWith("632")) as string;
    expect(entry.slice(54, 76)).toBe("ZOE ARNBERG           ");
    expect(lines[2]?.slice(12, 29)).toBe("98765432101      ");
  });

  it("gives the same bytes for the same request", () => {
    expect(buildPpdFile(request(credits)).text).toBe(file.text);
  });

  it("blocks a longer file into whole blocks of ten", () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      credit({ individualId: `E${i}`, amount: new Decimal("10.01") }),
    );
    const big = buildPpdFile(request(many));
    const parsed = parseAchFile(big.text);
    const all = big.text.trimEnd().split("\n");
    // 1 + 1 + 26 entries + 1 + 1 = 30 records: exactly three blocks, no padding.
    expect(all).toHaveLength(30);
    expect(parsed.file.footer.blockCount).toBe(3);
    expect(parsed.file.footer.totalCredit).toBe(25025);
    expect(parsed.file.footer.entryHash).toBe(recomputedEntryHash(parsed));
  });
});
