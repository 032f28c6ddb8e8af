package dev.letterpress.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Bundles OUT's letters and manifests into one zip, in name order with fixed entry times. */
final class ZipBundle {
    private static final FileTime EPOCH = FileTime.fromMillis(315532800000L); // 1980-01-01, the zip format's first day

    private ZipBundle() {
    }

    static Path write(Path out, Path zip) throws IOException {
        Path target = zip.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out, 2)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.equals(target))
                    .sorted()
                    .toList();
        }
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = AtomicFiles.temporary(target);
        try (OutputStream stream = Files.newOutputStream(tmp); ZipOutputStream zipOut = new ZipOutputStream(stream)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(out.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(EPOCH);
                zipOut.putNextEntry(entry);
                Files.copy(file, zipOut);
                zipOut.closeEntry();
            }
        }
        AtomicFiles.move(tmp, target);
        return target;
    }
}
