package dev.letterpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class QuietLoggingTest {
    @TempDir
    Path dir;

    @Test
    void seesTheApplicationsProvider() {
        // this module's tests run with slf4j-nop, as an application with a chosen binding does
        assertThat(QuietLogging.hasBinding(QuietLoggingTest.class.getClassLoader()))
                .isTrue();
    }

    @Test
    void seesNoBindingWhereOnlyTheApiIs() throws IOException, URISyntaxException {
        try (URLClassLoader apiOnly = new URLClassLoader(new URL[] {api()}, ClassLoader.getPlatformClassLoader())) {
            assertThat(QuietLogging.hasBinding(apiOnly)).isFalse();
        }
    }

    @Test
    void leavesAnOldBindingToSlf4jsWarning() throws IOException, URISyntaxException {
        Path binder = dir.resolve("org/slf4j/impl/StaticLoggerBinder.class");
        Files.createDirectories(binder.getParent());
        Files.write(binder, new byte[] {(byte) 0xCA, (byte) 0xFE});
        URL[] urls = {api(), dir.toUri().toURL()};
        try (URLClassLoader withOldBinding = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            assertThat(QuietLogging.hasBinding(withOldBinding)).isTrue();
        }
    }

    @Test
    void leavesNoPropertyBehind() {
        QuietLogging.start();
        QuietLogging.start();

        assertThat(System.getProperty(QuietLogging.VERBOSITY)).isNull();
    }

    private static URL api() throws URISyntaxException, IOException {
        return Path.of(LoggerFactory.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toUri()
                .toURL();
    }
}
