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

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page index, from 0", example = "0")
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
