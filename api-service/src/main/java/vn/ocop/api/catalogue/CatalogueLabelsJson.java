package vn.ocop.api.catalogue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.Criterion;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.catalogue.RuleSet;

/**
 * Writes the labels of the service's catalogue (names of rule sets, product sets, parts, groups and criteria, and
 * option labels, in Vietnamese and English) from UTF-8 bytes encoded once at start-up, instead of encoding them
 * character by character in every response. A scoring preview repeats them for every member and criterion: about
 * 40 KB of its 52 KB answer, and most of its serialisation time. The bytes are those Jackson would write.
 * <p>
 * The lookup is by identity: only the catalogue's own {@code String} instances (which the engine's results and the
 * catalogue endpoints hand out) take the shortcut; every other string is written as usual.
 */
@Singleton
public class CatalogueLabelsJson implements ObjectMapperCustomizer {

    private final Map<String, SerializableString> encoded = new IdentityHashMap<>();

    public CatalogueLabelsJson(Catalogue catalogue) {
        for (RuleSet ruleSet : catalogue.ruleSets()) {
            add(ruleSet.titleVi(), ruleSet.titleEn());
            for (ProductSet set : ruleSet.productSets()) {
                add(set.nameVi(), set.nameEn());
                set.parts().forEach(p -> add(p.nameVi(), p.nameEn()));
                set.groups().forEach(g -> add(g.nameVi(), g.nameEn()));
                for (Criterion criterion : set.criteria()) {
                    add(criterion.nameVi(), criterion.nameEn());
                    criterion.options().forEach(o -> add(o.labelVi(), o.labelEn()));
                }
            }
        }
    }

    private void add(String vi, String en) {
        for (String label : new String[] {vi, en}) {
            if (label != null) {
                encoded.putIfAbsent(label, new SerializedString(label));
            }
        }
    }

    /** Number of distinct label instances encoded. */
    int size() {
        return encoded.size();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("catalogue-labels").addSerializer(String.class, new LabelSerializer()));
    }

    private final class LabelSerializer extends StdScalarSerializer<String> {

        LabelSerializer() {
            super(String.class, false);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, String value) {
            return value.isEmpty();
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            SerializableString label = encoded.get(value);
            if (label != null) {
                gen.writeString(label);
            } else {
                gen.writeString(value);
            }
        }
    }
}
