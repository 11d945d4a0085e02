package org.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types come from the bytes; names only have to agree; image sizes come from the headers. */
class FileTypesTests {

    @TempDir
    Path dir;

    @Test
    void detectsEveryAcceptedTypeFromItsBytesAlone() throws IOException {
        assertThat(detect(MediaSamples.image("png"))).isEqualTo("image/png");
        assertThat(detect(MediaSamples.image("jpg"))).isEqualTo("image/jpeg");
        assertThat(detect(MediaSamples.image("gif"))).isEqualTo("image/gif");
        assertThat(detect(MediaSamples.webp())).isEqualTo("image/webp");
        assertThat(detect(MediaSamples.pdf())).isEqualTo("application/pdf");
        assertThat(detect(MediaSamples.docx()))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect(MediaSamples.xlsx()))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(detect(MediaSamples.odt())).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(detect(MediaSamples.text())).isEqualTo("text/plain");
    }

    @Test
    void detectsWhatIsRefused() throws IOException {
        assertThat(detect(MediaSamples.html())).isEqualTo("text/html");
        assertThat(detect(MediaSamples.svg())).isEqualTo("image/svg+xml");
        assertThat(FileTypes.allowed("text/html")).isEmpty();
    }

    @Test
    void readsThePixelSizeOfEachImageType() throws IOException {
        for (var sample : new Object[][] {
            {MediaSamples.image("png"), "image/png"},
            {MediaSamples.image("jpg"), "image/jpeg"},
            {MediaSamples.image("gif"), "image/gif"},
            {MediaSamples.webp(), "image/webp"}
        }) {
            Path file = write((byte[]) sample[0]);
            assertThat(ImageSize.of(file, (String) sample[1])).contains(new ImageSize(3, 2));
        }
    }

    @Test
    void namesKeepTheirExtensionLoseFoldersAndMarkupAndMustAgreeWithTheContent() {
        FileTypes.Allowed png = FileTypes.allowed("image/png").orElseThrow();
        assertThat(MediaLibrary.fileName("C:\\Users\\me\\Photo 1.PNG", png)).isEqualTo("Photo 1.PNG");
        assertThat(MediaLibrary.fileName("../../etc/passwd", png)).isEqualTo("passwd.png");
        assertThat(MediaLibrary.fileName("<img src=x onerror=alert(1)>.png", png))
                .isEqualTo("img src-x onerror-alert-1-.png");
        assertThat(MediaLibrary.fileName("", png)).isEqualTo("file.png");
        assertThatThrownBy(() -> MediaLibrary.fileName("report.pdf", png))
                .isInstanceOf(MediaRefused.class)
                .hasMessage("The file is named .pdf but its content is a PNG file. Rename it to .png if that is what"
                        + " it is.");
    }

    private String detect(byte[] bytes) throws IOException {
        return FileTypes.detect(write(bytes));
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "sample", ".bin"), bytes);
    }
}
