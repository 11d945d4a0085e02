package org.dateline.web.api;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document at {@code /api/v1/openapi.json}, generated from the controllers of this package only:
 * its title, the RFC 9457 problem schema every error answer follows, and the nullability of an item's single terms
 * (a reference plus null, which the annotations cannot say).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String PROBLEM = "#/components/schemas/Problem";
    private static final Set<String> NULLABLE_TERMS = Set.of("source", "meeting_type");

    static {
        // Items are written as maps (to leave out fields not selected); the document describes them as Item.
        SpringDocUtils.getConfig().replaceWithClass(ItemJson.class, ItemResponse.class);
    }

    @Bean
    OpenApiCustomizer datelineApiDocument() {
        return openApi -> {
            openApi.info(new Info()
                    .title("Dateline API")
                    .version("1")
                    .description("Read-only access to the published archive: search items with the site's filters,"
                            + " facets and paging, read single items, and list the vocabularies. JSON, UTF-8, no key"
                            + " needed. Errors are RFC 9457 problem details.")
                    .license(new License().name("Open data")));
            openApi.getComponents().addSchemas("Problem", problemSchema());
            Schema<?> item = openApi.getComponents().getSchemas().get("Item");
            if (item != null) {
                for (String name : NULLABLE_TERMS) {
                    Schema<?> property = (Schema<?>) item.getProperties().get(name);
                    Schema<?> nullable = new Schema<>()
                            .description(property.getDescription())
                            .oneOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
                    item.getProperties().put(name, nullable);
                }
            }
        };
    }

    private static Schema<?> nullSchema() {
        Schema<?> schema = new Schema<>();
        schema.setTypes(Set.of("null"));
        return schema;
    }

    private static Schema<?> problemSchema() {
        Schema<?> problem = new Schema<>();
        problem.setTypes(Set.of("object"));
        problem.description("RFC 9457 problem details; detail says what to change");
        problem.setRequired(List.of("type", "title", "status", "detail"));
        problem.setProperties(new java.util.LinkedHashMap<>(Map.of(
                "type",
                string("uri-reference", "about:blank unless a more specific type is given"),
                "title",
                string(null, "The HTTP status's phrase"),
                "status",
                integer(),
                "detail",
                string(null, "What was wrong with the request"),
                "instance",
                string("uri-reference", "The path asked for"),
                ApiProblems.PARAMETER,
                string(null, "The query parameter at fault, when one is"))));
        return problem;
    }

    private static Schema<?> string(String format, String description) {
        Schema<?> schema = new Schema<>();
        schema.setTypes(Set.of("string"));
        schema.setFormat(format);
        schema.setDescription(description);
        return schema;
    }

    private static Schema<?> integer() {
        Schema<?> schema = new Schema<>();
        schema.setTypes(Set.of("integer"));
        schema.setMinimum(java.math.BigDecimal.valueOf(400));
        schema.setMaximum(java.math.BigDecimal.valueOf(599));
        return schema;
    }
}
