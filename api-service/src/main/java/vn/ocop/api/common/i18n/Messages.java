package vn.ocop.api.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Vietnamese (default) and English texts of the API's messages, from {@code messages_vi.properties} and
 * {@code messages_en.properties} (UTF-8). Every value is a {@link MessageFormat} pattern, whether or not it takes
 * arguments: an apostrophe is written {@code ''} (a single one would start a quoted section and vanish;
 * {@code MessageBundlesTest} checks every key). A key that is not in the bundles is returned as it is, unformatted,
 * so a reason may also be a ready-made text (such as one from the scoring engine).
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Map<String, ResourceBundle> BUNDLES = Map.of(
            "vi", ResourceBundle.getBundle("messages", VIETNAMESE, noFallback()),
            "en", ResourceBundle.getBundle("messages", ENGLISH, noFallback()));

    private Messages() {
    }

    /** The first supported language of an Accept-Language list; Vietnamese when none is supported. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (BUNDLES.containsKey(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        return VIETNAMESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = BUNDLES.getOrDefault(locale.getLanguage(), BUNDLES.get("vi"));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Arguments that are message keys themselves (e.g. "entity.producer") are translated too.
            rendered[i] = args[i] instanceof String s && bundle.containsKey(s) ? bundle.getString(s) : args[i];
            // Ids and codes are whole numbers: shown as they are, never grouped ("999999999", not "999.999.999").
            if (rendered[i] instanceof Long || rendered[i] instanceof Integer || rendered[i] instanceof Short
                    || rendered[i] instanceof java.math.BigInteger) {
                rendered[i] = rendered[i].toString();
            }
        }
        // Always a MessageFormat pattern, with or without arguments: one rule for every text ('' is an apostrophe).
        return new MessageFormat(pattern, locale).format(rendered);
    }

    private static ResourceBundle.Control noFallback() {
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
