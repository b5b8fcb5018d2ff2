package vn.ocop.api.common.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads the body of a full update (PUT, thay thế toàn bộ): every field of the request record must be present; an
 * optional one may be sent as {@code null} to clear it. An absent field is refused (400 naming it) instead of
 * being taken as null, so an update never erases what the client did not send. Put it on every PUT method:
 * {@code @CustomDeserialization(FullUpdate.class)}. Unknown fields (server-owned ones such as an official code)
 * are refused as in every body (common/json/StrictJson). The reader starts from the application's mapper, so every other
 * setting (duplicate keys...) applies as for any body.
 */
public class FullUpdate implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type))
                .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
