#!/usr/bin/env python3
"""Builds test/vectors/pub15t-worksheet-1a.json independently of the TypeScript engine.

The annual percentage-method tables are read straight from the team's reference document
(/work/shared/reference/us-payroll-2026.md, §1.2–1.4, transcribed from IRS Pub 15-T 2021/2025/2026),
not from src/core/tables, and Worksheet 1A is worked line by line with Python's decimal module.
Every vector records the worksheet lines, so a reader can re-check each by hand.

Run: python3 test/vectors/generate-pub15t-vectors.py [path/to/us-payroll-2026.md]
"""
import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

REF = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/reference/us-payroll-2026.md")
text = REF.read_text()


def num(cell):
    return D(cell.replace(",", "").strip())


def rows_after(heading, start_at=0):
    i = text.index(heading, start_at)
    lines = text[i:].splitlines()[1:]
    out, started = [], False
    for line in lines:
        if line.startswith("|"):
            started = True
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[0] in ("%",) or set(cells[0]) <= set("-"):
                continue
            out.append(cells)
        elif started:
            break
    return out, i


def three_status(rows):
    t = {"single": [], "married_jointly": [], "head_of_household": []}
    for c in rows:
        pct = num(c[0])
        for k, (a, b) in zip(t, ((1, 2), (3, 4), (5, 6))):
            t[k].append((num(c[a]), num(c[b]), pct))
    return t


TABLES = {}
# 2026
std, pos = rows_after("**STANDARD (Step 2 not checked)**")
chk, _ = rows_after("**Form W-4 Step 2 checkbox**", pos)
TABLES[2026] = {"standard": three_status(std), "checkbox": three_status(chk)}
# 2025: one wide table, rows from 10%; 0% from 0 implied
wide, _ = rows_after("### 1.3 2025 annual tables")
s, c = {k: [(D(0), D(0), D(0))] for k in ("single", "married_jointly", "head_of_household")}, {
    k: [(D(0), D(0), D(0))] for k in ("single", "married_jointly", "head_of_household")
}
for cells in wide:
    pct = num(cells[0])
    vals = [num(x) for x in cells[1:13]]
    for j, k in enumerate(("single", "married_jointly", "head_of_household")):
        s[k].append((vals[2 * j], vals[2 * j + 1], pct))
        c[k].append((vals[6 + 2 * j], vals[6 + 2 * j + 1], pct))
TABLES[2025] = {"standard": s, "checkbox": c}
# 2021
i2021 = text.index("### 1.4 2021 annual tables")
std21, pos = rows_after("STANDARD (Step 2 not checked", i2021)
chk21, _ = rows_after("Form W-4, Step 2 checkbox", pos)
TABLES[2021] = {"standard": three_status(std21), "checkbox": three_status(chk21)}

PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
LINE_1G = {"married_jointly": D(12900), "other": D(8600)}
ALLOWANCE = D(4300)


def money(d):
    return str(d.quantize(D("0.01"), rounding=ROUND_HALF_UP))


def exact(d):
    s = format(d.normalize(), "f")
    return s


def worksheet(year, freq, wages, w4):
    periods = D(PERIODS[freq])
    lines = {"1a": money(wages), "1b": str(PERIODS[freq])}
    c1 = wages * periods
    lines["1c"] = exact(c1)
    if w4.get("exempt"):
        return lines, D("0.00")
    if w4["version"] == 2019:
        col = "married_jointly" if w4["filingStatus"] == "married" else "single"
        table = TABLES[year]["standard"][col]
        k = D(w4["allowances"]) * ALLOWANCE
        aawa = max(D(0), c1 - k)
        lines.update({"1j": str(w4["allowances"]), "1k": exact(k), "1l": exact(aawa)})
        credits, extra = D(0), D(w4.get("extraWithholding", "0"))
    else:
        fs = w4["filingStatus"]
        col = fs if fs in ("married_jointly", "head_of_household") else "single"
        box = w4.get("step2Checkbox", False)
        table = TABLES[year]["checkbox" if box else "standard"][col]
        d1 = D(w4.get("step4aOtherIncome", "0"))
        e1 = c1 + d1
        f1 = D(w4.get("step4bDeductions", "0"))
        g1 = D(0) if box else (LINE_1G["married_jointly"] if col == "married_jointly" else LINE_1G["other"])
        h1 = f1 + g1
        aawa = max(D(0), e1 - h1)
        lines.update({"1d": exact(d1), "1e": exact(e1), "1f": exact(f1), "1g": exact(g1), "1h": exact(h1), "1i": exact(aawa)})
        credits, extra = D(w4.get("step3Credits", "0")), D(w4.get("step4cExtraWithholding", "0"))
    row = [r for r in table if aawa >= r[0]][-1]
    a, cbase, pct = row
    g2 = cbase + (aawa - a) * pct / 100
    h2 = g2 / periods
    b3 = credits / periods
    c3 = max(D(0), h2 - b3)
    b4 = c3 + extra
    lines.update({
        "2a": exact(aawa), "2b": exact(a), "2c": exact(cbase), "2d": exact(aawa - a), "2e": exact(pct),
        "2f": exact((aawa - a) * pct / 100), "2g": exact(g2), "2h": str(h2), "3a": exact(credits), "3b": str(b3),
        "3c": str(c3), "4a": exact(extra), "4b": str(b4),
    })
    return lines, b4.quantize(D("0.01"), rounding=ROUND_HALF_UP)


vectors = []
WAGES = [("weekly", "300.00"), ("biweekly", "2500.00"), ("semimonthly", "6000.00"), ("monthly", "25000.00"), ("weekly", "15000.00"), ("biweekly", "1234.56")]
for year in (2021, 2025, 2026):
    for fs in ("single", "married_jointly", "married_separately", "head_of_household"):
        for box in (False, True):
            for freq, wages in WAGES:
                w4 = {"version": 2020, "filingStatus": fs, "step2Checkbox": box}
                vectors.append((year, freq, wages, w4))
        vectors.append((year, "biweekly", "3100.00", {"version": 2020, "filingStatus": fs, "step3Credits": "4400", "step4aOtherIncome": "5000", "step4bDeductions": "12000", "step4cExtraWithholding": "25.00"}))
        vectors.append((year, "weekly", "200.00", {"version": 2020, "filingStatus": fs, "step3Credits": "2000"}))
    for fs in ("single", "married"):
        for allowances in (0, 2, 5):
            for freq, wages in WAGES[:5]:
                vectors.append((year, freq, wages, {"version": 2019, "filingStatus": fs, "allowances": allowances}))
    vectors.append((year, "weekly", "800.00", {"version": 2019, "filingStatus": "single", "allowances": 1, "extraWithholding": "10.00"}))
    vectors.append((year, "weekly", "800.00", {"version": 2020, "filingStatus": "single", "exempt": True}))

out = []
for n, (year, freq, wages, w4) in enumerate(vectors):
    lines, expected = worksheet(year, freq, D(wages), w4)
    out.append({
        "name": f"{year} {freq} ${wages} W-4 {w4['version']} {w4['filingStatus']}"
        + (" step2" if w4.get("step2Checkbox") else "")
        + (f" {w4['allowances']} allowances" if "allowances" in w4 else "")
        + (" steps 3/4" if "step3Credits" in w4 else "")
        + (" exempt" if w4.get("exempt") else ""),
        "payDate": f"{year}-06-15",
        "payFrequency": freq,
        "wages": wages,
        "federalW4": w4,
        "worksheet": lines,
        "expected": str(expected),
    })

# The contract example (docs/contracts.md §3), worked by hand: weekly single $1,323.00:
# 1,323 × 52 = 68,796; − 8,600 = 60,196; 22% row over 57,900: 5,800 + 0.22 × 2,296 = 6,305.12; ÷ 52 = 121.2523 → 121.25
assert next(v for v in [worksheet(2026, "weekly", D("1323.00"), {"version": 2020, "filingStatus": "single"})])[1] == D("121.25")
out.insert(0, {
    "name": "contract example: 2026 weekly $1,323.00 single → $121.25 (worked by hand)",
    "payDate": "2026-01-15", "payFrequency": "weekly", "wages": "1323.00",
    "federalW4": {"version": 2020, "filingStatus": "single"},
    "worksheet": {"1c": "68796", "1g": "8600", "1i": "60196", "2b": "57900", "2c": "5800", "2e": "22", "2f": "505.12", "2g": "6305.12", "2h": "121.2523076923", "4b": "121.2523076923"},
    "expected": "121.25",
})
dest = Path(__file__).with_name("pub15t-worksheet-1a.json")
dest.write_text(json.dumps({"source": "IRS Pub 15-T (2021, 2025, 2026) Worksheet 1A, tables as printed (via us-payroll-2026.md §1); generated by generate-pub15t-vectors.py", "vectors": out}, indent=1) + "\n")
print(f"{len(out)} vectors → {dest}")
