package dev.letterpress.model;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Starts SLF4J, the one logging facade under Letterpress, without a word on stderr when the
 * application has chosen no binding. Thymeleaf (composing) logs through SLF4J, and so do POI and
 * PDFBox (reading letters for review) through {@code log4j-to-slf4j} and commons-logging. With no
 * SLF4J provider on the classpath, SLF4J falls back to its no-operation logger and says so on
 * stderr ({@code SLF4J(W): No SLF4J providers were found.} and two more lines) the first time any
 * of them asks for a logger: that notice would be the only thing a library that never prints
 * prints.
 *
 * <p>{@link #start()} looks for what SLF4J would bind first. When the application has a provider
 * (Logback, {@code slf4j-simple}, {@code slf4j-nop}, …), names one with {@code -Dslf4j.provider},
 * has a pre-2.0 binding (about which SLF4J has something to say), or has set {@code
 * slf4j.internal.verbosity} itself, it does nothing and SLF4J binds and speaks as it always does.
 * Otherwise it initialises SLF4J with {@code slf4j.internal.verbosity=ERROR} and removes the
 * property again: SLF4J binds its no-operation logger, exactly as it would have, without the
 * notice. Letterpress never binds a logger of its own.
 *
 * <pre>{@code
 * QuietLogging.start();   // before the first class that logs is loaded; idempotent
 * }</pre>
 */
public final class QuietLogging {
    /** SLF4J's property for the level of its own messages about itself. */
    static final String VERBOSITY = "slf4j.internal.verbosity";
    /** SLF4J's property naming a provider explicitly. */
    static final String PROVIDER = "slf4j.provider";
    /** What SLF4J 1.7 bindings hold, which SLF4J 2 ignores with a warning worth seeing. */
    private static final String OLD_BINDING = "org/slf4j/impl/StaticLoggerBinder.class";

    private QuietLogging() {}

    /**
     * Initialises SLF4J once, silently when nothing is bound (see the class comment). Call it
     * before loading a class that logs; later calls do nothing. Thread-safe.
     */
    public static void start() {
        Once.touch();
    }

    /** The class initialisation the JVM runs exactly once, whichever thread comes first. */
    private static final class Once {
        static {
            startSlf4j();
        }

        private Once() {}

        static void touch() {
            // loading this class ran the static initialiser
        }
    }

    private static void startSlf4j() {
        ClassLoader loader = LoggerFactory.class.getClassLoader();
        if (loader == null) {
            loader = ClassLoader.getSystemClassLoader();
        }
        if (System.getProperty(VERBOSITY) != null || System.getProperty(PROVIDER) != null || hasBinding(loader)) {
            return;
        }
        System.setProperty(VERBOSITY, "ERROR");
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.clearProperty(VERBOSITY);
        }
    }

    /** Whether SLF4J would find a provider, or an old binding it warns about, in a class loader. */
    static boolean hasBinding(ClassLoader loader) {
        return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream()
                        .findAny()
                        .isPresent()
                || loader.getResource(OLD_BINDING) != null;
    }
}
