package dev.letterpress.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Assigns output names in row order: {@code OUT/<candidate-slug>/<company-slug>--<title-slug>}.
 * A name already taken gets {@code -2}, {@code -3}, … Called from one thread only, in row order, so
 * the names do not depend on thread timing. No name can leave OUT: slugs hold only
 * {@code [a-z0-9-]}.
 */
final class OutputLayout {
    private final Path out;
    private final Map<String, String> candidateDirs = new HashMap<>();
    private final Set<String> usedDirs = new HashSet<>();
    private final Set<String> usedStems = new HashSet<>();

    OutputLayout(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    Path out() {
        return out;
    }

    /** The folder of a candidate; two ids with the same slug get different folders. */
    String candidateDir(String candidateId) {
        return candidateDirs.computeIfAbsent(candidateId, id -> unique(Slugs.slug(id), usedDirs));
    }

    /** The next free file stem for a posting, relative to OUT, e.g. {@code ada/acme--backend-engineer}. */
    String stem(String candidateId, String company, String title) {
        String dir = candidateDir(candidateId);
        String base = Slugs.slug(company) + "--" + Slugs.slug(title);
        String stem = unique(dir + "/" + base, usedStems);
        Path resolved = out.resolve(stem).normalize();
        if (!resolved.startsWith(out) || !resolved.getParent().equals(out.resolve(dir))) {
            throw new IllegalStateException("output name escapes " + out + ": " + stem);
        }
        return stem;
    }

    private static String unique(String base, Set<String> used) {
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
