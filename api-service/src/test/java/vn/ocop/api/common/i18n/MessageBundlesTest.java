package vn.ocop.api.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 17: every key of every message bundle formats as written. Every value of {@code messages_*.properties}
 * is a {@link MessageFormat} pattern (with or without arguments, see {@link Messages}): a single apostrophe would be
 * swallowed with the text after it ("the councils chair ... ({0} is not the chair)"), an unbalanced quote or brace
 * breaks the pattern. Both languages have the same keys. The Bean Validation bundles use Hibernate Validator's own
 * syntax ({@code {attribute}} and {@code ${expression}}) and are checked for that.
 */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("vi", "en");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyKeyOfEveryBundleFormatsWithoutLosingAnApostropheOrAnArgument() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties bundle = load("messages_" + language + ".properties");
            Locale locale = Locale.forLanguageTag(language);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                String where = "messages_" + language + " " + key + ": ";
                if (pattern.replace("''", "").contains("'")) {
                    problems.add(where + "a single apostrophe (write '' for one): " + pattern);
                    continue;
                }
                Set<Integer> arguments = new TreeSet<>();
                Matcher m = ARGUMENT.matcher(pattern);
                while (m.find()) {
                    arguments.add(Integer.parseInt(m.group(1)));
                }
                Object[] args = new Object[arguments.isEmpty() ? 0 : arguments.stream().max(Integer::compare).get() + 1];
                for (int i = 0; i < args.length; i++) {
                    args[i] = "<arg" + i + ">";
                }
                String formatted;
                try {
                    formatted = new MessageFormat(pattern, locale).format(args);
                } catch (IllegalArgumentException e) {
                    problems.add(where + "not a valid pattern (" + e.getMessage() + "): " + pattern);
                    continue;
                }
                for (int i : arguments) {
                    if (!formatted.contains("<arg" + i + ">")) {
                        problems.add(where + "argument {" + i + "} is lost: " + formatted);
                    }
                }
                if (formatted.contains("{") || formatted.contains("}")) {
                    problems.add(where + "a brace is left unformatted: " + formatted);
                }
                long apostrophes = formatted.chars().filter(c -> c == '\'').count();
                long written = (pattern.length() - pattern.replace("''", "").length()) / 2;
                if (apostrophes != written) {
                    problems.add(where + written + " apostrophe(s) written, " + apostrophes + " shown: " + formatted);
                }
                // Messages formats the same way, with the arguments the code passes or none at all.
                if (!formatted.equals(Messages.get(locale, key, args))) {
                    problems.add(where + "Messages.get answers differently: " + Messages.get(locale, key, args));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vi = load("messages_vi.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(difference(vi, en))).as("keys only in Vietnamese").isEmpty();
        assertThat(new TreeSet<>(difference(en, vi))).as("keys only in English").isEmpty();
    }

    @Test
    void theChairMessageKeepsItsApostrophe() {
        assertThat(Messages.get(Messages.ENGLISH, "detail.result.chair-only", "thu.ky"))
                .isEqualTo("Only the council's chair closes the result (thu.ky is not the chair).");
        assertThat(Messages.get(Messages.ENGLISH, "detail.if-match-required"))
                .isEqualTo("Updates need an If-Match header with the record's ETag.");
    }

    /**
     * ValidationMessages: the Vietnamese texts override Hibernate Validator's English ones key by key (the root
     * bundle stays empty on purpose), so every Vietnamese key must be one Hibernate Validator has; a placeholder is
     * an attribute name ({@code {max}}) or an expression ({@code ${inclusive == true ? '...' : ''}}), nothing else.
     */
    @Test
    void validationMessagesUseHibernateValidatorSyntaxAndItsKeys() throws IOException {
        Properties vi = load("ValidationMessages_vi.properties");
        Properties english = load("org/hibernate/validator/ValidationMessages.properties");
        List<String> problems = new ArrayList<>();
        Pattern placeholder = Pattern.compile("(\\$?)\\{([^}]*)}");
        for (String key : new TreeSet<>(vi.stringPropertyNames())) {
            String message = vi.getProperty(key);
            if (!english.containsKey(key)) {
                problems.add(key + ": no English text of Hibernate Validator has this key");
            }
            Matcher m = placeholder.matcher(message);
            while (m.find()) {
                boolean expression = !m.group(1).isEmpty();
                if (!expression && !m.group(2).matches("[A-Za-z][A-Za-z0-9]*")) {
                    problems.add(key + ": {" + m.group(2) + "} is neither an attribute nor an ${expression}");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
