package vn.ocop.api.publicapi;

import java.util.List;

/**
 * The public product search page (tra cứu sản phẩm OCOP) in one language, built by {@link SearchPages}, rendered by
 * {@code templates/VerificationPageResource/search.html}.
 */
public record SearchPage(String lang, String title, String query, String queryLabel, String provinceLabel,
                         String starsLabel, String submit, List<Option> provinces, List<Option> starOptions,
                         String summary, List<Item> items, String previousHref, String previousText,
                         String nextHref, String nextText, String pageText, List<VerificationPage.LanguageLink> languages,
                         String languageLabel) {

    /** A choice of a select; an empty value is "all". */
    public record Option(String value, String label, boolean selected) {
    }

    /** One product of the results with its certificate's standing. */
    public record Item(String productName, String producerName, String provinceName, int stars, String starsLabel,
                       String standing, String tone, String certificateNumber, String href) {

        public List<Integer> starList() {
            return java.util.stream.IntStream.rangeClosed(1, stars).boxed().toList();
        }
    }
}
