package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.dateline.web.BaseUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The readable companion of the API's OpenAPI document: {@code /developers}, linked from every page's footer. */
@Controller
@KeptAsRendered
class DevelopersController {

    private static final String SAMPLE_ITEM = """
            {
              "id": "586746a7-85c2-47f1-80e7-2956f9c75264",
              "url": "https://www.osce.org/press-releases/2000/07/osce-presence-helps-albanian-municipalities-...",
              "type": "press-release",
              "language": "en",
              "title": "OSCE Presence helps Albanian municipalities update voter lists ahead of local elections",
              "date": "2000-07-18",
              "time": null,
              "place": "Tirana",
              "source": {"slug": "presence-in-albania", "name": "OSCE Presence in Albania"},
              "fields_of_work": [{"slug": "elections", "name": "Elections"}],
              "countries": [{"slug": "albania", "name": "Albania"}],
              "meeting_type": null,
              "published_at": "2000-07-18T00:00:00Z"
            }""";

    private static final String SAMPLE_PROBLEM = """
            HTTP/1.1 400
            Content-Type: application/problem+json

            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "The limit is 1 to 100 items a page, not 10000",
              "instance": "/api/v1/items",
              "parameter": "limit"
            }""";

    private static final List<String> ITEM_PARAMETERS = List.of(
            "q",
            "type",
            "field",
            "country",
            "source",
            "meeting",
            "year",
            "language",
            "from",
            "to",
            "sort",
            "page",
            "cursor",
            "limit",
            "fields",
            "facets");

    private final SiteFrames frames;
    private final BaseUrls baseUrls;

    DevelopersController(SiteFrames frames, BaseUrls baseUrls) {
        this.frames = frames;
        this.baseUrls = baseUrls;
    }

    @GetMapping("/developers")
    String developers(HttpServletRequest request, Model model) {
        String base = baseUrls.of(request);
        model.addAttribute(
                "page",
                new DevelopersPage(
                        frames.forRequest(request),
                        base,
                        List.of(
                                new DevelopersPage.Endpoint(
                                        "items",
                                        "GET /api/v1/items",
                                        "api.items.description",
                                        ITEM_PARAMETERS.stream()
                                                .map(name -> new DevelopersPage.Parameter(name, "api.param." + name))
                                                .toList(),
                                        List.of(
                                                "curl '" + base + "/api/v1/items?q=elections&country=serbia&sort=date'",
                                                "curl '" + base + "/api/v1/items?source=field-operations&year=2018"
                                                        + "&fields=title,date,url&facets=none&limit=100'",
                                                "curl '" + base + "/api/v1/items?type=press-release&from=2006-01-01"
                                                        + "&to=2006-12-31&cursor=...'")),
                                new DevelopersPage.Endpoint(
                                        "item",
                                        "GET /api/v1/items/{id}",
                                        "api.item.description",
                                        List.of(new DevelopersPage.Parameter("fields", "api.param.fields")),
                                        List.of("curl '" + base
                                                + "/api/v1/items/586746a7-85c2-47f1-80e7-2956f9c75264'")),
                                new DevelopersPage.Endpoint(
                                        "lookup",
                                        "GET /api/v1/items/lookup",
                                        "api.lookup.description",
                                        List.of(
                                                new DevelopersPage.Parameter("url", "api.param.url"),
                                                new DevelopersPage.Parameter("fields", "api.param.fields")),
                                        List.of(
                                                "curl '" + base + "/api/v1/items/lookup?url=/eea/48017'",
                                                "curl '" + base
                                                        + "/api/v1/items/lookup?url=https://www.osce.org/eea/48017'")),
                                new DevelopersPage.Endpoint(
                                        "vocabularies",
                                        "GET /api/v1/vocabularies",
                                        "api.vocabularies.description",
                                        List.of(),
                                        List.of("curl '" + base + "/api/v1/vocabularies'")),
                                new DevelopersPage.Endpoint(
                                        "terms",
                                        "GET /api/v1/vocabularies/{name}/terms",
                                        "api.terms.description",
                                        List.of(),
                                        List.of("curl '" + base + "/api/v1/vocabularies/structures/terms'"))),
                        SAMPLE_ITEM,
                        SAMPLE_PROBLEM));
        return "site/developers";
    }
}
