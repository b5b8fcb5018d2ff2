package vn.ocop.api.common.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging and sorting query parameters shared by every list endpoint. */
public class PageQuery {

    public static final int MAX_SIZE = 200;
    /**
     * The last page index accepted: page × size stays under 20,100,000 rows (no int overflow of the offset, and far
     * beyond the national-scale data: 60,000 products), so a page past it is a 400 naming {@code page}, not a 500.
     */
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Page index, from 0 to 100000", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size, 1 to 200", example = "20")
    public int size;

    @QueryParam("sort")
    @Pattern(regexp = "^-?[A-Za-z]+(,-?[A-Za-z]+)*$")
    @Parameter(description = "Comma-separated fields; a leading '-' sorts descending", example = "name,-id")
    public String sort;

    public PageQuery() {
    }

    public PageQuery(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }
}
