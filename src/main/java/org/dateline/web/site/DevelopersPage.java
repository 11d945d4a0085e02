package org.dateline.web.site;

import java.util.List;

/**
 * The API's page for developers ({@code /developers}): what the JSON API offers, every endpoint with its parameters
 * and a request to copy, and a sample answer. {@code baseUrl} makes the examples work as they are.
 */
public record DevelopersPage(
        SiteFrame frame, String baseUrl, List<Endpoint> endpoints, String sampleItem, String sampleProblem) {

    /** One endpoint: its method and path, the message key of its description, its parameters and examples. */
    public record Endpoint(
            String id, String path, String descriptionKey, List<Parameter> parameters, List<String> examples) {}

    /** A query parameter and the message key of what it does. */
    public record Parameter(String name, String descriptionKey) {}
}
