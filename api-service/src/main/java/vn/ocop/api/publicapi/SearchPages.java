package vn.ocop.api.publicapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.scoring.lifecycle.Standing;

/** Builds the product search page from a page of {@link PublicProductService}'s certified products. */
@ApplicationScoped
public class SearchPages {

    /** The search as asked: every value may be null. */
    public record Search(String query, String provinceCode, Integer stars, int page, int size) {
    }

    public SearchPage of(Search search, PageResponse<PublicProduct> results, List<PublicProductService.Province> all,
            Locale locale) {
        List<SearchPage.Option> provinces = new ArrayList<>();
        provinces.add(new SearchPage.Option("", text(locale, "page.search.province.any"), search.provinceCode() == null));
        for (PublicProductService.Province p : all) {
            provinces.add(new SearchPage.Option(p.code(), p.name(), p.code().equals(search.provinceCode())));
        }
        List<SearchPage.Option> stars = new ArrayList<>();
        stars.add(new SearchPage.Option("", text(locale, "page.search.stars.any"), search.stars() == null));
        for (int s = 3; s <= 5; s++) {
            stars.add(new SearchPage.Option(Integer.toString(s), text(locale, "page.stars", s),
                    Integer.valueOf(s).equals(search.stars())));
        }
        List<SearchPage.Item> items = results.items().stream().map(p -> new SearchPage.Item(p.productName(),
                p.producerName(), p.provinceName(), p.stars(), text(locale, "page.stars", p.stars()),
                standing(p, locale), p.status() == Standing.IN_GRACE ? "grace" : "ok", p.certificateNumber(),
                VerificationPages.pageHref(p.certificateNumber(), locale))).toList();
        long pages = Math.max(1, (results.total() + search.size() - 1) / search.size());
        String summary = results.total() == 0 ? text(locale, "page.search.none")
                : text(locale, "page.search.results", results.total());
        String previous = search.page() > 0 ? href(search, search.page() - 1, locale) : null;
        String next = search.page() + 1 < pages ? href(search, search.page() + 1, locale) : null;
        List<VerificationPage.LanguageLink> languages = List.of(
                new VerificationPage.LanguageLink("vi", "Tiếng Việt", href(search, search.page(), Messages.VIETNAMESE),
                        locale.getLanguage().equals("vi")),
                new VerificationPage.LanguageLink("en", "English", href(search, search.page(), Messages.ENGLISH),
                        locale.getLanguage().equals("en")));
        return new SearchPage(locale.getLanguage(), text(locale, "page.search.title"),
                search.query() == null ? "" : search.query(), text(locale, "page.search.query"),
                text(locale, "page.search.province"), text(locale, "page.search.stars"),
                text(locale, "page.search.submit"), provinces, stars, summary, items, previous,
                text(locale, "page.search.previous"), next, text(locale, "page.search.next"),
                text(locale, "page.search.page", search.page() + 1, pages), languages, text(locale, "page.language"));
    }

    /** The listed standing in words: in force today (the list holds nothing else), or in the grace until its day. */
    private static String standing(PublicProduct p, Locale locale) {
        if (p.status() == Standing.IN_GRACE) {
            return text(locale, "page.standing.grace", VerificationPages.date(p.graceUntil()));
        }
        return text(locale, "page.standing.valid") + " · " + text(locale, "page.standing.valid.detail",
                VerificationPages.date(p.expiresOn()));
    }

    /** The search's own address with another page or language. */
    static String href(Search search, int page, Locale locale) {
        Map<String, String> params = new LinkedHashMap<>();
        if (search.query() != null && !search.query().isBlank()) {
            params.put("q", search.query());
        }
        if (search.provinceCode() != null) {
            params.put("province", search.provinceCode());
        }
        if (search.stars() != null) {
            params.put("stars", search.stars().toString());
        }
        if (page > 0) {
            params.put("page", Integer.toString(page));
        }
        params.put("lang", locale.getLanguage());
        StringBuilder href = new StringBuilder("/v?");
        params.forEach((name, value) -> href.append(href.length() > 3 ? "&" : "").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return href.toString();
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
