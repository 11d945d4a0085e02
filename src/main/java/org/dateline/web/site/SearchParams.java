package org.dateline.web.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.search.InvalidSearch;
import org.dateline.search.SearchParameters;
import org.dateline.search.SearchQuery;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole state of a search or listing as its URL holds it ({@code q}, one parameter per facet, {@code from},
 * {@code to}, {@code sort}, {@code page}, {@code cursor}): read into a {@link SearchQuery}, and written back as
 * links that change one thing. Parameters it does not know are dropped; values it cannot read answer 400.
 */
final class SearchParams {

    static final String TEXT = SearchParameters.TEXT;
    static final String FROM = SearchParameters.FROM;
    static final String TO = SearchParameters.TO;
    static final String SORT = SearchParameters.SORT;
    static final String PAGE = SearchParameters.PAGE;
    static final String CURSOR = SearchParameters.CURSOR;
    private static final Set<String> PAGING = Set.of(PAGE, CURSOR);

    private final String path;
    private final MultiValueMap<String, String> params;

    private SearchParams(String path, MultiValueMap<String, String> params) {
        this.path = path;
        this.params = params;
    }

    static SearchParams of(String path, MultiValueMap<String, String> raw) {
        MultiValueMap<String, String> known = new LinkedMultiValueMap<>();
        for (String name : SearchParameters.names()) {
            List<String> values = raw.getOrDefault(name, List.of());
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    kept.add(value.strip());
                }
            }
            if (!kept.isEmpty()) {
                known.put(name, new ArrayList<>(kept));
            }
        }
        return new SearchParams(path, known);
    }

    /** The query the URL asks for, on top of what the page itself fixes (a listing's scope). */
    SearchQuery toQuery(SearchQuery base, int size) {
        try {
            return SearchParameters.read(params, base, size);
        } catch (InvalidSearch e) {
            throw badRequest(e.getMessage());
        }
    }

    int page() {
        try {
            return SearchParameters.page(params);
        } catch (InvalidSearch e) {
            throw badRequest(e.getMessage());
        }
    }

    String first(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> values(String name) {
        return params.getOrDefault(name, List.of());
    }

    boolean has(String name, String value) {
        return values(name).contains(value);
    }

    String path() {
        return path;
    }

    /** This state, from its first page. */
    String href() {
        return build(withoutPaging());
    }

    /** This state, from its first page, at another address: the search's feeds. */
    String hrefAt(String otherPath) {
        return new SearchParams(otherPath, params).href();
    }

    /** The state without one value, from the first page: the link of a removable chip. */
    String without(String name, String value) {
        MultiValueMap<String, String> changed = withoutPaging();
        List<String> values = new ArrayList<>(changed.getOrDefault(name, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            changed.remove(name);
        } else {
            changed.put(name, values);
        }
        return build(changed);
    }

    /** The state with the parameter set to this one value, from the first page. */
    String with(String name, String value) {
        MultiValueMap<String, String> changed = withoutPaging();
        changed.put(name, new ArrayList<>(List.of(value)));
        return build(changed);
    }

    /** The state without any value of the parameter, from the first page. */
    String withoutAll(String name) {
        MultiValueMap<String, String> changed = withoutPaging();
        changed.remove(name);
        return build(changed);
    }

    /** The state with the cursor of the next page. */
    String withCursor(String cursor) {
        MultiValueMap<String, String> changed = withoutPaging();
        changed.add(CURSOR, cursor);
        return build(changed);
    }

    /** The state without its paging, for {@link Pagination} to add page numbers to. */
    UriComponentsBuilder pagingBase() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        withoutPaging().forEach((name, values) -> builder.queryParam(name, values.toArray()));
        return builder;
    }

    private MultiValueMap<String, String> withoutPaging() {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> {
            if (!PAGING.contains(name)) {
                copy.put(name, new ArrayList<>(values));
            }
        });
        return copy;
    }

    private String build(MultiValueMap<String, String> state) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        state.forEach((name, values) -> builder.queryParam(name, values.toArray()));
        return builder.build().encode().toUriString();
    }

    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
