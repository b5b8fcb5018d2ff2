package vn.ocop.api.product;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Filters of the product list; all optional and combined with AND. Checked by the service (not Bean Validation)
 * so that an error names the query parameter itself.
 */
public class ProductFilter {

    @QueryParam("q")
    @Parameter(description = "Words of the name, in any order; ignores diacritics and case "
            + "(\"mo gung o mai\" finds \"Ô mai mơ gừng\")",
            example = "o mai mo gung")
    public String q;

    @QueryParam("producerId")
    @Parameter(description = "Products of this producer", example = "12")
    public Long producerId;

    @QueryParam("areaId")
    @Parameter(description = "Products made in this administrative unit or any unit below it", example = "3")
    public Long areaId;

    @QueryParam("group")
    @Parameter(description = "Product group: FOOD, DRINK, HERBAL, CRAFT, ORNAMENTAL or TOURISM", example = "FOOD")
    public String group;

    @QueryParam("productSetCode")
    @Parameter(description = "Product set code", example = "FOOD_PROC_PRODUCE")
    public String productSetCode;

    @QueryParam("stars")
    @Parameter(description = "Current stars exactly", example = "4")
    public Integer stars;

    @QueryParam("minStars")
    @Parameter(description = "Current stars at least (products without a certificate never match)", example = "3")
    public Integer minStars;

    @QueryParam("stage")
    @Parameter(description = "OCOP cycle stage (ProductStage name)", example = "CERTIFIED")
    public String stage;
}
