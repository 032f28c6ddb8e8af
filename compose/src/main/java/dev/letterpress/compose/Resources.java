package dev.letterpress.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the module's own resources, which are part of the jar: their absence is a bug. */
final class Resources {
    private Resources() {}

    /** The UTF-8 text of a resource next to this class. */
    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in " + Resources.class.getPackageName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** Whether a resource next to this class exists. */
    static boolean exists(String name) {
        return Resources.class.getResource(name) != null;
    }
}
