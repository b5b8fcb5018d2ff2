package vn.ocop.api.area;

/**
 * Official codes of the units above and at a record's area: the province's (mã tỉnh, 2 digits) and the
 * commune's (mã xã, 5 digits); null where the path has no unit of that level.
 */
public record OfficialCodes(String provinceCode, String communeCode) {

    public static final OfficialCodes NONE = new OfficialCodes(null, null);
}
