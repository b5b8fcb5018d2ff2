#!/usr/bin/env bash
# Generates a national-scale register file for the register import benchmark (issue 16 §1, docs/benchmarks.md):
# ROWS rows (default 18,000) = ROWS products with one certificate each, from about ROWS*5/9 producers
# (10,000 for 18,000 rows), spread over the 3,321 communes of the 2025 list. A third of the rows are older stock:
# a pre-2025 commune code (from the 2025 mapping, communes that were not divided) with a 2021 decision under
# QD-1048-2019, which the import maps to today's commune through the area history; the others carry today's
# commune, an official product code (T-X-STT-YYYY) and an Aug-Nov 2025 decision under QD-148-1489-2025 (a few
# revoked in 2026).
#
# Usage: bench/generate-register.sh [ROWS] [DATA_DIR] > register.csv
#   DATA_DIR: the shared data (admin-units-2025.csv, admin-units-2025-mapping.csv), default ../shared/data
set -euo pipefail
ROWS=${1:-18000}
DATA=${2:-"$(dirname "$0")/../../shared/data"}
[ -r "$DATA/admin-units-2025.csv" ] && [ -r "$DATA/admin-units-2025-mapping.csv" ] || {
  echo "shared data not found in $DATA" >&2; exit 1; }

awk -F, -v rows="$ROWS" '
  BEGIN { OFS = "," }
  { sub(/\r$/, "") }
  FNR == 1 { file++; next }
  file == 1 && $5 == "COMMUNE" { n++; commune[n] = $1; province[n] = $6; next }
  file == 2 && $1 != "" && $6 == "false" { m++; legacy[m] = $1; next }
  END {
    split("FOOD_TEA FOOD_PROC_GRAIN FOOD_PROC_PRODUCE FOOD_RAW_HONEY_OTHER FOOD_SPICE_OTHER DRINK_ALC_OTHER CRAFT_TEXTILE_GARMENT HERB_ESSENTIAL_OIL_OTHER", sets, " ")
    split("COOPERATIVE COOPERATIVE_GROUP FARM HOUSEHOLD_BUSINESS", types, " ")
    producers = int(rows * 5 / 9); if (producers < 1) producers = 1
    print "producer_registration_code,producer_name,producer_type,area_code,product_code,product_name,product_set_code,certificate_number,stars,rule_set_id,evaluation_type,decision_number,decision_date,deciding_body,status,revoked_on,revocation_ground"
    for (r = 0; r < rows; r++) {
      p = r % producers
      code = sprintf("BM%08d", p)
      name = sprintf("Hợp tác xã Nông sản Việt %05d", p)
      type = types[p % 4 + 1]
      set = sets[r % 8 + 1]
      product = sprintf("Sản phẩm đặc sản số %05d", r)
      stars = 3 + (r % 10 == 0) + (r % 50 == 0)
      month = r % 12 + 1; day = r % 28 + 1
      if (r % 3 == 0) {
        area = legacy[r % m + 1]; pcode = ""
        rule = "QD-1048-2019"; date = sprintf("2021-%02d-%02d", month, day)
        if (stars == 5) stars = 4
        status = "VALID"; revoked = ""; ground = ""
      } else {
        c = r % n + 1
        area = commune[c]; pcode = sprintf("%s-%s-%03d-2025", province[c], commune[c], int(r / n) + 1)
        rule = "QD-148-1489-2025"; date = sprintf("2025-%02d-%02d", month % 4 + 8, day)
        if (r % 97 == 1) { status = "REVOKED"; revoked = "2026-03-15"; ground = "PRODUCTION_STOPPED" }
        else { status = "VALID"; revoked = ""; ground = "" }
      }
      print code, name, type, area, pcode, product, set, sprintf("BM-%06d", r), stars, rule, "NEW", \
        sprintf("%d/QĐ-UBND", 1000 + r % 900), date, "UBND tỉnh thử nghiệm", status, revoked, ground
    }
  }' "$DATA/admin-units-2025.csv" "$DATA/admin-units-2025-mapping.csv"
