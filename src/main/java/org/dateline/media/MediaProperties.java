package org.dateline.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the media module ({@code dateline.media.*}).
 *
 * @param dir where uploaded files are stored; {@code ${dateline.data-dir}/media} unless set
 * @param maxImageSize the largest image accepted
 * @param maxDocumentSize the largest document accepted
 */
@ConfigurationProperties("dateline.media")
record MediaProperties(
        Path dir,
        @DefaultValue("10MB") DataSize maxImageSize,
        @DefaultValue("25MB") DataSize maxDocumentSize) {}
