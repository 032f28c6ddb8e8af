package dev.letterpress.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Bundles exactly the files of this run's manifest (its letters, manifest.csv and manifest.json)
 * into one zip, in name order with fixed entry times. Nothing else in OUT is taken, and no link is
 * followed: a link where a letter should be is refused.
 */
final class ZipBundle {
    private static final FileTime EPOCH = FileTime.fromMillis(315532800000L); // 1980-01-01, the zip format's first day

    private ZipBundle() {}

    /**
     * Writes the zip.
     *
     * @param folder  the run's output folder
     * @param letters the letters of the manifest, relative to OUT with {@code /}
     * @param zip     the zip file to write (atomically)
     */
    static Path write(LetterFolder folder, Collection<String> letters, Path zip) throws IOException {
        Path out = folder.path();
        Path target = zip.toAbsolutePath().normalize();
        TreeSet<String> names = new TreeSet<>(letters);
        names.addAll(List.of(Manifest.CSV, Manifest.JSON));
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = folder.temporary(parent == null ? Path.of("").toAbsolutePath() : parent);
        try {
            try (FileChannel channel =
                            LetterFolder.openNoFollow(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream stream = Channels.newOutputStream(channel);
                    ZipOutputStream zipOut = new ZipOutputStream(stream)) {
                for (String name : names) {
                    Path file = out.resolve(name).normalize();
                    if (!file.startsWith(out) || file.equals(target) || Files.isSymbolicLink(file.getParent())) {
                        throw new IOException(file + " is not a file of this run inside " + out);
                    }
                    ZipEntry entry = new ZipEntry(name);
                    entry.setLastModifiedTime(EPOCH);
                    zipOut.putNextEntry(entry);
                    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                        in.transferTo(zipOut);
                    }
                    zipOut.closeEntry();
                }
            }
            LetterFolder.move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
