#!/usr/bin/env python3
"""Builds the engine's versioned criteria catalogue from the shared domain files.

Run once (and again whenever the shared files change); the generated JSON is committed, so the
build never needs the shared folder:

    python3 scoring-engine/tools/build_catalogue.py ../shared/domain scoring-engine/src/main/resources/vn/ocop/scoring/catalogue

Every number, code and Vietnamese wording is copied unchanged. English labels: product sets,
parts, criterion groups and variants get a hand-written translation (tables below); criteria get a
short English label from a small phrase table where one fits, otherwise "<group in English> <code>";
options get a structural label ("Level n", "None", "Yes"/"No"). The Vietnamese text is authoritative.
"""
import json
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

PRODUCT_SETS_EN = {
    "FOOD_FRESH_PRODUCE": "Fresh vegetables, tubers, fruit and nuts",
    "FOOD_FRESH_ANIMAL": "Fresh meat, seafood, eggs and milk",
    "FOOD_RAW_GRAIN": "Rice, cereals and other pre-processed grains",
    "FOOD_RAW_HONEY_OTHER": "Honey, other syrups and other agricultural food",
    "FOOD_PROC_FASTFOOD": "Fast food",
    "FOOD_PROC_GRAIN": "Processed rice and cereal products",
    "FOOD_PROC_PRODUCE": "Processed vegetables, tubers, fruit and nuts",
    "FOOD_PROC_ANIMAL_HONEY_OTHER": "Processed meat, seafood, eggs, milk, honey and other food",
    "FOOD_SPICE_LIQUID": "Sauces, fish sauce and other liquid condiments",
    "FOOD_SPICE_OTHER": "Other spices (salt, shallot, garlic, pepper...)",
    "FOOD_TEA": "Fresh and processed tea",
    "FOOD_TEA_OTHER_PLANT": "Herbal teas from other plants",
    "FOOD_COFFEE_COCOA": "Coffee and cocoa",
    "DRINK_ALC_WHITE_SPIRIT": "White spirits",
    "DRINK_ALC_OTHER": "Other alcoholic drinks",
    "DRINK_NONALC_WATER": "Natural mineral water and bottled drinking water",
    "DRINK_NONALC_OTHER": "Other non-alcoholic drinks",
    "HERB_SUPPLEMENT_MEDICINE": "Health supplements, herbal and traditional medicines",
    "HERB_COSMETIC": "Cosmetics with herbal ingredients",
    "HERB_ESSENTIAL_OIL_OTHER": "Essential oils and other herbal products",
    "CRAFT_HOUSEHOLD_DECOR": "Household and decorative handicrafts",
    "CRAFT_TEXTILE_GARMENT": "Textiles and garments",
    "ORNAMENTAL_FLOWER": "Flowers",
    "ORNAMENTAL_PLANT": "Ornamental plants",
    "ORNAMENTAL_ANIMAL": "Ornamental animals",
    "TOURISM_COMMUNITY_ECO_SITE": "Community tourism, eco-tourism and tourist sites",
}

PARTS_EN = {"A": "Product and community strength", "B": "Marketing capability", "C": "Product quality"}

# Criterion groups: matched on the upper-cased heading, longest prefix first.
GROUPS_EN = {
    "CHẤT LƯỢNG AN TOÀN THỰC PHẨM": "Food safety quality",
    "CHẤT LƯỢNG AN TOÀN VÀ AN NINH TRẬT TỰ": "Safety, security and order",
    "ĐẢM BẢO AN TOÀN VÀ AN NINH TRẬT TỰ": "Safety, security and order",
    "CHẤT LƯỢNG PHỤC VỤ": "Service quality",
    "CHẤT LƯỢNG SẢN PHẨM DỊCH VỤ DU LỊCH": "Quality of tourism service products",
    "CHẤT LƯỢNG SẢN PHẨM": "Product quality",
    "CHẤT LƯỢNG VỀ ĐIỀU KIỆN KINH DOANH DỊCH VỤ": "Business conditions for services",
    "ĐÁP ỨNG ĐIỀU KIỆN KINH DOANH DỊCH VỤ": "Business conditions for services",
    "CHỈ TIÊU CẢM QUAN": "Sensory indicators",
    "CÁC CHỈ TIÊU": "Indicators",
    "CÂU CHUYỆN VỀ SẢN PHẨM": "Product story",
    "CÂU CHUYỆN SẢN PHẨM": "Product story",
    "CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM, KIỂM TRA ĐỊNH KỲ": "Quality declaration and periodic testing",
    "CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM": "Product quality declaration",
    "CÔNG BỐ CHẤT LƯỢNG": "Quality declaration",
    "CÔNG BỐ SẢN PHẨM": "Product declaration",
    "CƠ HỘI THỊ TRƯỜNG TOÀN CẦU": "Global market opportunity",
    "DINH DƯỠNG": "Nutrition",
    "HIỆU QUẢ SỬ DỤNG": "Effectiveness in use",
    "HOẠT ĐỘNG THU HÚT KHÁCH DU LỊCH": "Visitor attraction activities",
    "HOẠT ĐỘNG TRẢI NGHIỆM": "Experience activities",
    "HÀNG HÓA DỊCH VỤ": "Goods and services (food, souvenirs...)",
    "HƯỚNG DẪN SỬ DỤNG": "Instructions for use",
    "KIẾN TRÚC VÀ CẢNH QUAN MÔI TRƯỜNG": "Architecture and landscape",
    "KIỂM TRA ĐỊNH KỲ": "Periodic safety testing",
    "PHÁT TRIỂN SẢN PHẨM": "Product development",
    "QUẢN LÝ VÀ NHÂN VIÊN": "Management and staff",
    "SỨC MẠNH CỘNG ĐỒNG": "Community strength",
    "SỰ TIỆN LỢI KHI SỬ DỤNG, BẢO QUẢN": "Convenience of use and storage",
    "TIẾP THỊ": "Marketing",
    "TIỆN NGHI": "Amenities",
    "TÍNH AN TOÀN": "Safety",
    "TÍNH HOÀN THIỆN CỦA QUÁ TRÌNH DỊCH VỤ": "Completeness of the service process",
    "TÍNH ĐỘC ĐÁO": "Uniqueness",
    "TỔ CHỨC DỊCH VỤ CỘNG ĐỒNG": "Community service organisation",
    "TỔ CHỨC SẢN XUẤT": "Production organisation",
    "VỊ TRÍ": "Location",
    "ĐIỀU KIỆN ĐẢM BẢO AN TOÀN CHẤT LƯỢNG SẢN PHẨM": "Conditions for product safety and quality",
    "ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM": "Product quality assurance",
}

# Short English labels for frequent criterion headings (matched on the heading before any bracket).
CRITERIA_EN = {
    "NGUỒN GỐC SẢN PHẨM": "Product origin",
    "NGUỒN GỐC Ý TƯỞNG SẢN PHẨM": "Origin of the product idea",
    "GIA TĂNG GIÁ TRỊ": "Value addition",
    "NĂNG LỰC SẢN XUẤT ĐÁP ỨNG YÊU CẦU PHÂN PHỐI": "Production capacity for distribution",
    "LIÊN KẾT SẢN XUẤT": "Production linkage",
    "BẢO VỆ MÔI TRƯỜNG TRONG QUÁ TRÌNH SẢN XUẤT": "Environmental protection in production",
    "BẢO VỆ MÔI TRƯỜNG": "Environmental protection",
    "ĐỊNH HƯỚNG TIÊU CHUẨN HÓA SẢN PHẨM": "Product standardisation",
    "TÍNH HẤP DẪN CỦA BAO BÌ": "Packaging attractiveness",
    "BAO BÌ": "Packaging",
    "TÍNH ĐỘC ĐÁO": "Uniqueness",
    "LOẠI HÌNH TỔ CHỨC SẢN XUẤT - KINH DOANH": "Type of business organisation",
    "LOẠI HÌNH TỔ CHỨC SẢN XUẤT, KINH DOANH": "Type of business organisation",
    "SỬ DỤNG LAO ĐỘNG ĐỊA PHƯƠNG": "Use of local labour",
    "KẾT QUẢ SẢN XUẤT, KINH DOANH": "Business results",
    "KẾT QUẢ SẢN XUẤT KINH DOANH": "Business results",
    "CHẾ ĐỘ KẾ TOÁN": "Accounting regime",
    "SỞ HỮU TRÍ TUỆ": "Intellectual property",
    "KÊNH PHÂN PHỐI": "Distribution channels",
    "QUẢNG BÁ SẢN PHẨM": "Product promotion",
    "CÂU CHUYỆN SẢN PHẨM": "Product story",
    "CÂU CHUYỆN VỀ SẢN PHẨM": "Product story",
    "NHÃN HÀNG HÓA": "Goods label",
    "TRUY XUẤT NGUỒN GỐC": "Traceability",
    "HỆ THỐNG PHÂN PHỐI": "Distribution system",
    "MÀU SẮC": "Colour",
    "MÙI": "Smell",
    "VỊ": "Taste",
    "CẤU TRÚC": "Texture",
    "TRẠNG THÁI": "Texture",
    "DINH DƯỠNG": "Nutrition",
    "HƯỚNG DẪN SỬ DỤNG": "Instructions for use",
    "CƠ HỘI THỊ TRƯỜNG TOÀN CẦU": "Global market opportunity",
    "TIỆN NGHI": "Amenities",
    "VỊ TRÍ": "Location",
}

VARIANTS_EN = {"case1": "Community-provided service", "case2": "Tourist site / single operator"}


def head(text):
    t = text.upper().strip()
    for sep in ("(", ":"):
        t = t.split(sep)[0]
    return t.strip()


def by_prefix(table, text):
    h = text.upper().strip()
    for key in sorted(table, key=len, reverse=True):
        if h.startswith(key):
            return table[key]
    return None


def num(x):
    """Exact decimal, written as the shortest JSON number (1, 0.5, 0.25)."""
    d = Decimal(str(x)).normalize()
    if d == d.to_integral():
        return int(d)
    return float(str(d))  # json prints the shortest repr; parsed as BigDecimal by the engine


def option_label_en(criterion, option, index):
    if option.get("flag") == "IMPLICIT_OPTION":
        return "Yes" if option["points"] > 0 else "No"
    return "Level %d (%s pt)" % (index + 1, num(option["points"]))


def convert_sheets(src, rule_set_id, title_vi, title_en):
    out_sets = []
    for ps in src["productSets"]:
        groups = []
        group_en = {}
        for g in ps["groups"]:
            en = by_prefix(GROUPS_EN, g["name_vi"]) or g["name_vi"]
            if en == g["name_vi"]:
                raise SystemExit("no English label for group %r" % g["name_vi"])
            group_en[g["code"]] = en
            groups.append({"code": g["code"], "part": g["part"], "nameVi": g["name_vi"], "nameEn": en,
                           "max": num(g["max"]), "notesVi": g.get("notes_vi", [])})
        criteria = []
        for c in ps["criteria"]:
            options = []
            for i, o in enumerate(c["options"]):
                opt = {"code": o["code"], "labelVi": o["label_vi"], "labelEn": option_label_en(c, o, i),
                       "points": num(o["points"])}
                if o.get("minStar") is not None:
                    opt["minStar"] = o["minStar"]
                if o.get("variant"):
                    opt["variant"] = o["variant"]
                flags = [o["flag"]] if o.get("flag") else []
                if flags:
                    opt["flags"] = flags
                if "sourcePoints" in o:
                    opt["sourcePoints"] = o["sourcePoints"]
                options.append(opt)
            name_en = CRITERIA_EN.get(head(c["name_vi"])) or "%s %s" % (group_en.get(c["group"], "Criterion"), c["code"])
            crit = {"code": c["code"], "part": c["part"], "group": c["group"]}
            if c.get("parent"):
                crit["parent"] = c["parent"]
                if c.get("parentName_vi"):
                    crit["parentNameVi"] = c["parentName_vi"]
                if c.get("parentMax") is not None:
                    crit["parentMax"] = num(c["parentMax"])
            crit.update({"nameVi": c["name_vi"], "nameEn": name_en, "max": num(c["max"])})
            if c.get("criterionMinStar") is not None:
                crit["criterionMinStar"] = c["criterionMinStar"]
                crit["criterionMinStarNote"] = c.get("criterionMinStarNote")
            if c.get("variants"):
                crit["variants"] = [{"code": k, "nameVi": v, "nameEn": VARIANTS_EN[k]} for k, v in c["variants"].items()]
            crit["options"] = options
            for key, target in (("notes_vi", "notesVi"), ("gates_vi", "gatesVi")):
                if c.get(key):
                    crit[target] = c[key]
            flags = [c["flag"]] if c.get("flag") else []
            if c.get("implicitBinary"):
                flags.append("IMPLICIT_BINARY")
            if c.get("implicitFromGroup"):
                flags.append("IMPLICIT_FROM_GROUP")
            if flags:
                crit["flags"] = flags
            if c.get("codeFixed"):
                crit["codeFixed"] = c["codeFixed"]
            criteria.append(crit)
        entry = {"code": ps["code"], "no": ps["no"], "nameVi": ps["name_vi"], "nameEn": PRODUCT_SETS_EN[ps["code"]],
                 "group": ps["group"], "subgroup": ps["subgroup"]}
        for key, target in (("managingAgency_vi", "managingAgencyVi"), ("sheetHeader_vi", "sheetHeaderVi"),
                            ("requiresSampleProducts", "requiresSampleProducts"), ("disqualifiers_vi", "disqualifiersVi")):
            if ps.get(key) is not None:
                entry[target] = ps[key]
        entry["groups"] = groups
        if ps.get("intermediateNodes"):
            entry["intermediateNodes"] = [{"code": n["code"], "part": n["part"], "nameVi": n["name_vi"],
                                           "max": num(n["max"]), "children": n["children"]}
                                          for n in ps["intermediateNodes"]]
        entry["criteria"] = criteria
        entry["sourceValidation"] = ps.get("validation", [])
        entry["source"] = ps.get("source")
        out_sets.append(entry)
    return {
        "format": "ocop-sheets/1",
        "id": rule_set_id,
        "titleVi": title_vi,
        "titleEn": title_en,
        "generatedFrom": src["version"],
        "note": src.get("versionNote"),
        "parts": [{"code": p["code"], "nameVi": p["name_vi"], "nameEn": PARTS_EN[p["code"]], "max": num(p["max"])}
                  for p in src["parts"]],
        "productSets": out_sets,
    }


def main():
    src_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/domain")
    out_dir = Path(sys.argv[2] if len(sys.argv) > 2 else "scoring-engine/src/main/resources/vn/ocop/scoring/catalogue")
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [("criteria-148.json", "QD-148-2023", "Bộ tiêu chí OCOP theo Quyết định 148/QĐ-TTg (2023)",
             "OCOP criteria of Decision 148/QD-TTg (2023)"),
            ("criteria-26-2026.json", "QD-26-2026", "Bộ tiêu chí OCOP theo Quyết định 26/2026/QĐ-TTg",
             "OCOP criteria of Decision 26/2026/QD-TTg")]
    for name, sheet_id, tvi, ten in jobs:
        src = json.loads((src_dir / name).read_text(encoding="utf-8"))
        out = convert_sheets(src, sheet_id, tvi, ten)
        (out_dir / (sheet_id + ".json")).write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", out_dir / (sheet_id + ".json"))


if __name__ == "__main__":
    main()
