package vn.ocop.api.publicapi;

import java.util.List;

/**
 * What the verification page shows (trang tra cứu), every text already in the page's language: built by
 * {@link VerificationPages} from the engine's standing, rendered by {@code templates/VerificationPageResource/page.html}.
 *
 * @param tone CSS class of the standing banner: {@code ok}, {@code grace}, {@code bad}, {@code replaced},
 *             {@code pending}, {@code unknown}
 */
public record VerificationPage(String lang, String title, String kicker, String tone, String headline, String detail,
                               String linkText, String linkHref, int stars, String starsLabel, String productName,
                               List<Row> rows, String checked, List<LanguageLink> languages, String languageLabel,
                               String searchText) {

    /** One term of the description list. */
    public record Row(String label, String value) {
    }

    /** A link to the same page in another language. */
    public record LanguageLink(String lang, String name, String href, boolean current) {
    }

    public boolean found() {
        return stars > 0;
    }

    /** 1..stars, for drawing the stars. */
    public List<Integer> starList() {
        return java.util.stream.IntStream.rangeClosed(1, stars).boxed().toList();
    }
}
