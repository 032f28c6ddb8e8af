package dev.letterpress.batch;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resume fingerprint of a row: a SHA-256 digest of a canonical text of everything its letters
 * depend on, the same on every JVM and platform. The text is, line by line:
 * <pre>
 * letterpress-fingerprint-2
 * brand=…      the brand's values; each file it names (logo, fonts) as the SHA-256 of its contents
 * composer=…   the composer's fingerprint (templates, options, the letters' date)
 * review=…     the review role, or "none"
 * candidate=…  the candidate's values
 * job=…        the posting's values
 * template=…   the asked-for template, empty for automatic
 * formats=…    the formats, comma-separated
 * </pre>
 * Values are written canonically: a record as {@code Type{component=value,…}} in component order,
 * text as {@code length:"text"}, null as {@code ~}, decimals by their exact bits
 * ({@link Double#toHexString}), enums by name, lists as {@code [n:a,b]}, maps sorted by key,
 * dates in ISO form, and a file path by the digest of the file's bytes (so a brand copied to
 * another folder keeps its fingerprint, and a changed logo changes it). Never {@code toString()}
 * of a whole object, whose form is not a contract.
 */
final class Fingerprint {
    static final String VERSION = "letterpress-fingerprint-2";

    private final String prefix;
    private final Map<Candidate, String> candidates = new IdentityHashMap<>();

    /**
     * Prepares what every row of a run shares.
     *
     * @param brand    the brand
     * @param composer the composer's fingerprint
     * @param review   the review role, or null when rows are not reviewed
     */
    Fingerprint(Brand brand, String composer, String review) {
        this.prefix = VERSION + "\nbrand=" + canonical(brand) + "\ncomposer=" + composer + "\nreview="
                + (review == null ? "none" : review);
    }

    /** The digest of one request; called from one thread. */
    String of(LetterRequest request, List<String> formats) {
        String person = candidates.computeIfAbsent(request.candidate(), c -> Digests.sha256Hex(canonical(c)));
        String text = prefix + "\ncandidate=" + person + "\njob=" + canonical(request.job()) + "\ntemplate="
                + (request.template() == null ? "" : request.template()) + "\nformats=" + String.join(",", formats);
        return Digests.sha256Hex(text);
    }

    /** The canonical text of a value, as the class comment describes it. */
    static String canonical(Object value) {
        StringBuilder s = new StringBuilder(256);
        write(s, value);
        return s.toString();
    }

    private static void write(StringBuilder s, Object value) {
        if (value == null) {
            s.append('~');
        } else if (value instanceof CharSequence text) {
            s.append(text.length()).append(":\"").append(text).append('"');
        } else if (value instanceof Double || value instanceof Float) {
            s.append(Double.toHexString(((Number) value).doubleValue()));
        } else if (value instanceof Number || value instanceof Boolean) {
            s.append(value);
        } else if (value instanceof Enum<?> e) {
            s.append(e.name());
        } else if (value instanceof Path path) {
            s.append("file:").append(fileDigest(path));
        } else if (value instanceof byte[] bytes) {
            s.append("bytes:").append(Digests.sha256Hex(bytes));
        } else if (value instanceof Locale locale) {
            s.append(locale.toLanguageTag());
        } else if (value instanceof TemporalAccessor || value instanceof java.time.ZoneId) {
            s.append(value);
        } else if (value instanceof Optional<?> optional) {
            write(s, optional.orElse(null));
        } else if (value instanceof Collection<?> list) {
            s.append('[').append(list.size()).append(':');
            boolean first = true;
            for (Object item : list) {
                s.append(first ? "" : ",");
                write(s, item);
                first = false;
            }
            s.append(']');
        } else if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>(map.size());
            map.forEach((k, v) -> entries.add(canonical(k) + "=" + canonical(v)));
            entries.sort(null);
            s.append('{').append(String.join(",", entries)).append('}');
        } else if (value.getClass().isRecord()) {
            writeRecord(s, (Record) value);
        } else {
            s.append(value.getClass().getName()).append('(');
            write(s, value.toString());
            s.append(')');
        }
    }

    private static void writeRecord(StringBuilder s, Record value) {
        s.append(value.getClass().getSimpleName()).append('{');
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            s.append(i == 0 ? "" : ",").append(components[i].getName()).append('=');
            try {
                write(s, components[i].getAccessor().invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "cannot read " + value.getClass().getName() + "." + components[i].getName(), e);
            }
        }
        s.append('}');
    }

    private static String fileDigest(Path file) {
        if (!Files.isRegularFile(file)) {
            return "missing";
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = Digests.sha256();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
