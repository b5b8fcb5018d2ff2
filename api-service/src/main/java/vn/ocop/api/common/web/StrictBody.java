package vn.ocop.api.common.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a request body refusing fields its record does not have (400 naming the field), so that a server-owned
 * field (official code, stars, a workflow's status) sent by a client is refused instead of silently dropped. For
 * bodies of records next to server-owned data: {@code @CustomDeserialization(StrictBody.class)}. Redundant once
 * FAIL_ON_UNKNOWN_PROPERTIES is the application's default (issue 9, item 3), and harmless then.
 */
public class StrictBody implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
