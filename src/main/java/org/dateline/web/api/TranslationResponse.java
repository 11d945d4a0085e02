package org.dateline.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dateline.content.Translation;

/** A published translation of an item: the other item's id, language and address. */
@Schema(
        name = "Translation",
        requiredProperties = {"id", "language", "url"})
record TranslationResponse(
        @Schema(format = "uuid", example = "0190a7f2-3c41-7b7e-9d2a-5f1c3e8b4a21")
        String id,

        @Schema(description = "BCP 47 language tag", example = "ru")
        String language,

        @Schema(format = "uri", example = "https://www.osce.org/press-releases/2006/12/mezhdunarodnyy-seminar")
        String url) {

    static TranslationResponse of(Translation translation, String baseUrl) {
        return new TranslationResponse(
                translation.id().toString(), translation.language(), baseUrl + translation.path());
    }
}
