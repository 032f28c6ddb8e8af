package dev.letterpress.web;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Puts uploads into a job's folder: each file under a name made safe (its last segment, plain
 * characters only), never outside the folder; zips of profiles unpacked within the entry, size
 * and expansion limits.
 */
final class Uploads {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Limits limits;

    Uploads(Limits limits) {
        this.limits = limits;
    }

    /**
     * The name a file is stored under: the last segment of what the browser sent, with any
     * character but letters, digits, '.', '_' and '-' replaced by '-'.
     *
     * @throws WebInputException when nothing usable is left (e.g. "..", ".hidden")
     */
    static String safeName(String submitted) {
        String name = submitted == null ? "" : submitted;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[^A-Za-z0-9._-]", "-");
        if (!SAFE.matcher(name).matches() || name.contains("..")) {
            throw new WebInputException("The file name \"" + printable(submitted)
                    + "\" cannot be used; name it with letters, digits, '.', '_' and '-'.");
        }
        return name;
    }

    /** Checks the number of files in one request. */
    void checkCount(int files) {
        if (files > limits.files()) {
            throw new WebInputException(
                    413, "Too many files in one upload: " + files + " (at most " + limits.files() + ").");
        }
    }

    /** Saves one upload into the folder and returns where. */
    Path save(UploadedFile file, Path folder) {
        Path target = inside(folder, safeName(file.filename()));
        try (InputStream in = file.content()) {
            copy(
                    in,
                    target,
                    limits.requestBytes(),
                    printable(file.filename()) + " is larger than " + Sizes.describe(limits.requestBytes()) + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload " + target, e);
        }
        return target;
    }

    /**
     * Saves an uploaded brand (its YAML or JSON file and the logo or fonts it names) into the
     * folder and returns the brand file.
     *
     * @throws WebInputException when no brand file is among the uploads
     */
    Path saveBrand(List<UploadedFile> files, Path folder) {
        Path brandFile = null;
        for (UploadedFile f : files) {
            Path saved = save(f, folder);
            String name = saved.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                brandFile = saved;
            }
        }
        if (brandFile == null) {
            throw new WebInputException("The brand upload needs its brand.yaml (and the logo it names).");
        }
        return brandFile;
    }

    /** Saves text typed into the page as a file in the folder. */
    Path saveText(String text, Path folder, String name) {
        Path target = inside(folder, safeName(name));
        try {
            Files.writeString(target, text, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + target, e);
        }
        return target;
    }

    /**
     * Unpacks a zip into the folder, flat (each entry under its safe last segment; folders and
     * hidden files such as {@code __MACOSX/._x} skipped), and deletes the zip.
     *
     * @return the files unpacked
     * @throws WebInputException when the zip is damaged, has too many entries, expands too much,
     *                           or two entries share a name
     */
    List<Path> unzip(Path zip, Path folder) {
        String shown = zip.getFileName().toString();
        List<Path> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            if (archive.size() > limits.zipEntries()) {
                throw new WebInputException(
                        413, shown + " has " + archive.size() + " entries (at most " + limits.zipEntries() + ").");
            }
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String last = lastSegment(entry.getName());
                if (entry.isDirectory()
                        || last.isEmpty()
                        || last.startsWith(".")
                        || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                String name = safeName(last);
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new WebInputException(shown + " holds two files named " + name + ".");
                }
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long allowed = Math.min(limits.zipBytes() - total, compressed * limits.zipRatio() + 1024);
                Path target = inside(folder, name);
                try (InputStream in = archive.getInputStream(entry)) {
                    total += copy(
                            in,
                            target,
                            allowed,
                            shown + ": " + name + " expands beyond the limits ("
                                    + Sizes.describe(limits.zipBytes()) + " in all, " + limits.zipRatio()
                                    + " times its packed size per file); it looks like a zip bomb.");
                }
                files.add(target);
            }
        } catch (ZipException e) {
            throw new WebInputException(shown + " is not a readable zip file (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
        try {
            Files.delete(zip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + zip, e);
        }
        return files;
    }

    private static Path inside(Path folder, String safe) {
        Path target = folder.resolve(safe).normalize();
        if (!target.getParent().equals(folder.normalize())) {
            throw new WebInputException("The file name \"" + safe + "\" cannot be used.");
        }
        if (Files.exists(target)) {
            throw new WebInputException("Two uploaded files are named " + safe + "; rename one.");
        }
        return target;
    }

    private static long copy(InputStream in, Path target, long max, String tooLarge) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > max) {
                    throw new WebInputException(413, tooLarge);
                }
                out.write(buffer, 0, n);
            }
        } catch (WebInputException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return written;
    }

    private static String lastSegment(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 120 ? cleaned.substring(0, 120) + "…" : cleaned;
    }
}
