package dev.letterpress.pdf;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts installed in a set of folders, as a last resort for characters that neither the
 * brand's font nor its fallback fonts have (CJK, Arabic, symbols). The folders are indexed once
 * per JVM, lazily, the first time a character needs them: every TrueType, OpenType and collection
 * file is read with FontBox to learn which characters it covers and whether it is bold or italic,
 * and only the fonts actually chosen are then loaded for drawing. The choice is deterministic:
 * among the fonts that have the character, the first by path with the wanted style, else the first
 * regular one, else the first of any style.
 */
final class SystemFonts {
    private static final Map<List<Path>, SystemFonts> BY_FOLDERS = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 10;

    private final List<Path> folders;
    private volatile List<Face> faces;
    private final Map<String, Optional<FontFace>> loaded = new ConcurrentHashMap<>();
    private final Map<Long, Optional<FontFace>> chosen = new ConcurrentHashMap<>();

    private SystemFonts(List<Path> folders) {
        this.folders = folders;
    }

    /**
     * The shared index of the fonts in {@code folders}.
     *
     * @param folders the folders, searched recursively; missing ones are skipped
     * @return the index, created on first use and kept for the JVM's life
     */
    static SystemFonts in(List<Path> folders) {
        return BY_FOLDERS.computeIfAbsent(List.copyOf(folders), SystemFonts::new);
    }

    /**
     * The usual font folders of the running platform: on Linux and other Unix systems
     * {@code /usr/share/fonts}, {@code /usr/local/share/fonts}, {@code ~/.fonts} and
     * {@code ~/.local/share/fonts}; on macOS {@code /System/Library/Fonts}, {@code /Library/Fonts}
     * and {@code ~/Library/Fonts}; on Windows {@code %WINDIR%\Fonts} and the user's font folder.
     *
     * @return the folders, existing or not
     */
    static List<Path> platformFolders() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        List<Path> result = new ArrayList<>();
        if (os.startsWith("windows")) {
            String windir = System.getenv("WINDIR");
            result.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                result.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac") || os.contains("darwin")) {
            result.add(Path.of("/System/Library/Fonts"));
            result.add(Path.of("/Library/Fonts"));
            result.add(home.resolve("Library/Fonts"));
        } else {
            result.add(Path.of("/usr/share/fonts"));
            result.add(Path.of("/usr/local/share/fonts"));
            result.add(home.resolve(".fonts"));
            result.add(home.resolve(".local/share/fonts"));
        }
        return List.copyOf(result);
    }

    /**
     * The installed font to draw a character with.
     *
     * @param codePoint the character
     * @param bold      whether bold is wanted
     * @param italic    whether italic is wanted
     * @return the font, or empty when no installed font has the character
     */
    Optional<FontFace> fontFor(int codePoint, boolean bold, boolean italic) {
        long key = ((long) codePoint << 2) | (bold ? 2 : 0) | (italic ? 1 : 0);
        Optional<FontFace> known = chosen.get(key);
        if (known != null) {
            return known;
        }
        Optional<FontFace> found = choose(codePoint, bold, italic);
        chosen.putIfAbsent(key, found);
        return found;
    }

    private Optional<FontFace> choose(int codePoint, boolean bold, boolean italic) {
        List<Face> all = faces();
        for (int pass = 0; pass < 3; pass++) {
            for (Face face : all) {
                boolean wanted = pass == 0
                        ? face.bold == bold && face.italic == italic
                        : pass == 1 ? !face.bold && !face.italic : true;
                if (wanted && face.covers(codePoint)) {
                    Optional<FontFace> font = load(face);
                    if (font.isPresent() && font.get().has(codePoint)) {
                        return font;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<FontFace> load(Face face) {
        return loaded.computeIfAbsent(face.file + "," + face.index, k -> {
            try {
                return Optional.of(FontFace.load(
                        Files.readAllBytes(face.file), face.index, face.file.toString(), face.bold, face.italic));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // unreadable, or a licence that forbids embedding: not a candidate
            }
        });
    }

    private List<Face> faces() {
        List<Face> result = faces;
        if (result == null) {
            synchronized (this) {
                result = faces;
                if (result == null) {
                    result = index();
                    faces = result;
                }
            }
        }
        return result;
    }

    private List<Face> index() {
        List<Face> result = new ArrayList<>();
        for (Path file : fontFiles()) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (name.endsWith(".ttc")) {
                    try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                        int[] index = {0};
                        collection.processAllFonts(font -> describe(file, index[0]++, font, result));
                    }
                } else {
                    TTFParser parser = name.endsWith(".otf") ? new OTFParser() : new TTFParser();
                    try (TrueTypeFont font = parser.parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                        describe(file, 0, font, result);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a broken font file is no candidate; the others still are
            }
        }
        return List.copyOf(result);
    }

    /** Font files under the folders, each once (by real path), sorted by path. */
    private List<Path> fontFiles() {
        TreeMap<String, Path> byRealPath = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(
                        folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                                if (attrs.isRegularFile()
                                        && (name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc"))) {
                                    try {
                                        byRealPath.putIfAbsent(file.toRealPath().toString(), file);
                                    } catch (IOException e) {
                                        // vanished while walking
                                    }
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                // an unreadable folder holds no candidates
            }
        }
        return new ArrayList<>(byRealPath.values());
    }

    private static void describe(Path file, int index, TrueTypeFont font, List<Face> into) throws IOException {
        Map<String, ?> tables = font.getTableMap();
        if (!tables.containsKey("glyf") && !tables.containsKey("CFF ")) {
            return; // bitmap-only (colour emoji) fonts would draw nothing
        }
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return;
        }
        int glyphs = font.getNumberOfGlyphs();
        int[] codes = new int[64];
        int count = 0;
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> chars = cmap.getCharCodes(gid);
            if (chars == null) {
                continue;
            }
            for (int c : chars) {
                if (count == codes.length) {
                    codes = Arrays.copyOf(codes, count * 2);
                }
                codes[count++] = c;
            }
        }
        if (count == 0) {
            return;
        }
        boolean bold = false;
        boolean italic = false;
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 != null) {
            bold = os2.getWeightClass() >= OS2WindowsMetricsTable.WEIGHT_CLASS_SEMI_BOLD;
            italic = (os2.getFsSelection() & 0x201) != 0; // ITALIC or OBLIQUE
        } else {
            HeaderTable head = font.getHeader();
            if (head != null) {
                bold = (head.getMacStyle() & HeaderTable.MAC_STYLE_BOLD) != 0;
                italic = (head.getMacStyle() & HeaderTable.MAC_STYLE_ITALIC) != 0;
            }
        }
        into.add(new Face(file, index, bold, italic, ranges(Arrays.copyOf(codes, count))));
    }

    /** Sorted, merged [first, last] pairs of the code points. */
    private static int[] ranges(int[] codes) {
        Arrays.sort(codes);
        int[] result = new int[codes.length * 2];
        int n = 0;
        for (int c : codes) {
            if (n > 0 && c <= result[n - 1] + 1) {
                result[n - 1] = Math.max(result[n - 1], c);
            } else {
                result[n++] = c;
                result[n++] = c;
            }
        }
        return Arrays.copyOf(result, n);
    }

    /** One font of a file: where it is, its style, and the characters it covers. */
    private static final class Face {
        final Path file;
        final int index;
        final boolean bold;
        final boolean italic;
        private final int[] ranges;

        Face(Path file, int index, boolean bold, boolean italic, int[] ranges) {
            this.file = file;
            this.index = index;
            this.bold = bold;
            this.italic = italic;
            this.ranges = ranges;
        }

        boolean covers(int codePoint) {
            int lo = 0;
            int hi = ranges.length / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (codePoint < ranges[2 * mid]) {
                    hi = mid - 1;
                } else if (codePoint > ranges[2 * mid + 1]) {
                    lo = mid + 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }
}
