package vn.ocop.api.common.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ocop.api.common.problem.ApiException;

/**
 * A NUL character ({@code %00}) in a path parameter is a 400 naming the parameter, before the resource runs (PostgreSQL
 * refuses NUL in text, so it would otherwise be a 500 there). Malformed escapes are refused earlier, by
 * {@link RequestLineGuard}.
 */
public class PathParamCheck {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw ApiException.invalidField(parameter.getKey(), "reason.text-nul");
                }
            }
        }
    }
}
