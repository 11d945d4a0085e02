package org.dateline.taxonomy;

import java.time.LocalDate;
import java.util.List;
import org.dateline.shared.Slug;

/**
 * One entry of a vocabulary: a field of work, a country, a structure or a meeting type. Terms form a
 * hierarchy through {@code parentId}; {@code aliases} hold former and alternative names; the validity
 * dates bound a field operation's life or a historical State; {@code code} is the ISO 3166-1 alpha-2
 * code of a country. {@code name} is the full display name ("OSCE Mission to Serbia"); {@code shortName}
 * is the name as navigation lists it under its parent ("Mission to Serbia"), equal to {@code name} where
 * there is no shorter form.
 */
public record Term(
        long id,
        Vocabulary vocabulary,
        Slug slug,
        String name,
        String shortName,
        Long parentId,
        List<String> aliases,
        String code,
        LocalDate validFrom,
        LocalDate validUntil,
        int sortOrder,
        boolean retired) {

    public Term {
        aliases = List.copyOf(aliases);
    }

    /** The canonical page of the term, e.g. {@code /structures/mission-to-serbia}. */
    public String path() {
        return "/" + vocabulary.pathSegment() + "/" + slug.value();
    }

    /** The term as an administrator edits it: names, aliases, place and retirement; the same term otherwise. */
    public Term edited(String name, String shortName, List<String> aliases, Long parentId, boolean retired) {
        return new Term(
                id,
                vocabulary,
                slug,
                name,
                shortName,
                parentId,
                aliases,
                code,
                validFrom,
                validUntil,
                sortOrder,
                retired);
    }

    public boolean isActiveOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }
}
