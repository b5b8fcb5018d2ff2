package vn.ocop.api.security;

/**
 * Area paths are the ids from the province down, "/3/17/412/". An area covers itself and every sub-area: a
 * prefix match on whole segments ("/3/1/" does not cover "/3/17/").
 */
public final class AreaPaths {

    private AreaPaths() {
    }

    /** Whether {@code scopePath} covers {@code targetPath}; false when either is missing. */
    public static boolean covers(String scopePath, String targetPath) {
        if (scopePath == null || targetPath == null || scopePath.isBlank() || targetPath.isBlank()) {
            return false;
        }
        return normalise(targetPath).startsWith(normalise(scopePath));
    }

    /** The path with a leading and a trailing slash. */
    public static String normalise(String path) {
        String trimmed = path.trim();
        String withLead = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        return withLead.endsWith("/") ? withLead : withLead + "/";
    }

    /** Id of the province (first segment) of a path, or null. */
    public static Long provinceId(String path) {
        if (path == null) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                try {
                    return Long.parseLong(segment);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
