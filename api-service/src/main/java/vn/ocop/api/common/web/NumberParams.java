package vn.ocop.api.common.web;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Integer and long parameters ({@code page}, {@code size}, {@code year}, {@code areaId}, path ids): text that is not
 * a whole number of the type's range ({@code abc}, {@code 1.5}, {@code 2147483648}) is a 400 naming the parameter,
 * not the 404 "no resource at this path" of Jakarta REST.
 */
@Provider
public class NumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Whole<>(nameOf(annotations), Integer.MIN_VALUE, Integer.MAX_VALUE,
                    rawType.isPrimitive(), v -> (int) v);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Whole<>(nameOf(annotations), Long.MIN_VALUE, Long.MAX_VALUE,
                    rawType.isPrimitive(), v -> v);
        }
        return null;
    }

    /** The parameter's name from its annotation ("page"), or "parameter" when it has none. */
    static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                } else if (a instanceof PathParam p) {
                    return p.value();
                } else if (a instanceof HeaderParam h) {
                    return h.value();
                } else if (a instanceof FormParam f) {
                    return f.value();
                } else if (a instanceof CookieParam c) {
                    return c.value();
                } else if (a instanceof MatrixParam m) {
                    return m.value();
                }
            }
        }
        return "parameter";
    }

    private static final class Whole<T extends Number> implements ParamConverter<T> {

        private final String name;
        private final long min;
        private final long max;
        private final boolean primitive;
        private final java.util.function.LongFunction<T> box;

        Whole(String name, long min, long max, boolean primitive, java.util.function.LongFunction<T> box) {
            this.name = name;
            this.min = min;
            this.max = max;
            this.primitive = primitive;
            this.box = box;
        }

        @Override
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                return primitive ? box.apply(0) : null;
            }
            long parsed;
            try {
                parsed = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(name, value, "reason.param-not-integer", min, max);
            }
            if (parsed < min || parsed > max) {
                throw new InvalidParameterException(name, value, "reason.param-not-integer", min, max);
            }
            return box.apply(parsed);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
