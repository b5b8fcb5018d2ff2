package vn.ocop.api.producer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A producer (chủ thể OCOP) as sent by a client, for create and update. */
@Schema(name = "ProducerRequest")
public record ProducerRequest(
        @Schema(example = "Hợp tác xã Đoàn Kết") @NotBlank @Size(max = 255) String name,
        @Schema(example = "COOPERATIVE") @NotNull ProducerType type,
        @Schema(description = "Business or tax registration code (mã số doanh nghiệp / mã số thuế / số đăng ký hộ kinh doanh), unique",
                example = "4601234567")
        @NotBlank @Size(max = 50) @Pattern(regexp = "^[0-9A-Za-z][0-9A-Za-z./-]*$") String registrationCode,
        @Schema(description = "Tax code (mã số thuế): 10 digits, or 10 digits, '-' and 3 digits for a branch (chi nhánh);"
                + " optional, unique when present. For an ENTERPRISE it is its registration code (mã số doanh nghiệp ="
                + " mã số thuế): when sent it must equal registrationCode", example = "4601234567")
        @Pattern(regexp = ProducerIdentifiers.TAX_CODE) String taxCode,
        @Schema(description = "Citizen id (số định danh cá nhân / CCCD) of the owner, 12 digits; only for a"
                + " HOUSEHOLD_BUSINESS. Personal data: returned only to officials with access to the producer and to the"
                + " producer's own account, never by the public API or public exports", example = "046190001234")
        @Pattern(regexp = ProducerIdentifiers.CITIZEN_ID) String citizenId,
        @Schema(description = "Legal representative (người đại diện theo pháp luật)", example = "Nguyễn Thị Hạnh")
        @Size(max = 200) String representativeName,
        @Schema(description = "The representative is a woman (criteria ask about it)", example = "true")
        Boolean representativeWoman,
        @Schema(description = "The representative belongs to an ethnic minority", example = "false")
        Boolean representativeEthnicMinority,
        @Schema(example = "Xóm Đồng Tâm") @Size(max = 255) String addressLine,
        @Schema(description = "Administrative unit of the address; must be in force today", example = "14")
        @NotNull Long areaId,
        @Schema(example = "+84 208 3851 234") @Size(max = 30) @Pattern(regexp = ProducerRequest.PHONE) String phone,
        @Schema(example = "htx.doanket@example.vn") @Size(max = 200) @Email(regexp = ".+@.+\\..+") String email,
        @Schema(example = "https://doanket.example.vn") @Size(max = 255) @Pattern(regexp = ProducerRequest.WEBSITE) String website) {

    /** 8 to 15 digits, optionally a leading +, with spaces, dots, dashes or parentheses between them. */
    public static final String PHONE = "^\\+?[0-9][0-9 .()-]{6,20}[0-9]$";
    /** http(s) address or a bare host name with a dot. */
    public static final String WEBSITE = "^(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]+)?(/\\S*)?$";
}
