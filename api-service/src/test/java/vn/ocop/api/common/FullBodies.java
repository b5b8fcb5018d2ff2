package vn.ocop.api.common;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Bodies for full updates (PUT): every field of the request record present, those not given sent as null (see
 * {@code vn.ocop.api.common.web.FullUpdate}). For tests whose subject is not the full-update rule itself.
 */
public final class FullBodies {

    private FullBodies() {
    }

    /** {@code values}, plus every other component of {@code type} as null. */
    public static Map<String, Object> of(Class<? extends Record> type, Map<String, ?> values) {
        Map<String, Object> body = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            body.put(component.getName(), null);
        }
        for (String key : values.keySet()) {
            if (!body.containsKey(key)) {
                throw new IllegalArgumentException(key + " is not a field of " + type.getSimpleName());
            }
        }
        body.putAll(values);
        return body;
    }
}
