package dev.letterpress.web;

import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled sample cohort and brands, copied once into the data folder so that the library
 * reads them as files (a brand's logo is a path beside it): the candidates people can pick without
 * uploading, and the brands they can choose.
 */
final class Samples {
    private static final String ROOT = "dev/letterpress/web/samples";

    private final Path folder;
    private final Map<String, Candidate> candidates;
    private final Map<String, BrandChoice> brands;

    /** A brand people can choose: its key in forms, its name, and where its file is (null for the default). */
    record BrandChoice(String key, String name, Path file) {
        Brand read() {
            return file == null ? Brand.defaults() : Profiles.readBrand(file);
        }
    }

    private Samples(Path folder) {
        this.folder = folder;
        Map<String, Candidate> people = new LinkedHashMap<>();
        for (Candidate c : Profiles.readCandidates(folder.resolve("cohort/candidates"))) {
            people.put(c.id(), c);
        }
        this.candidates = java.util.Collections.unmodifiableMap(people);
        Map<String, BrandChoice> choices = new LinkedHashMap<>();
        choices.put("cohort", brand("cohort", folder.resolve("cohort/brand.yaml")));
        choices.put("recruiter", brand("recruiter", folder.resolve("recruiter/brand.yaml")));
        choices.put("plain", brand("plain", folder.resolve("brands/plain.yaml")));
        choices.put("default", new BrandChoice("default", "Letterpress default", null));
        this.brands = java.util.Collections.unmodifiableMap(choices);
    }

    private static BrandChoice brand(String key, Path file) {
        return new BrandChoice(key, Profiles.readBrand(file).name(), file);
    }

    /** Copies the bundled samples into {@code folder} and reads them. */
    static Samples copyTo(Path folder) {
        try {
            URL url = Samples.class.getClassLoader().getResource(ROOT);
            if (url == null) {
                throw new IllegalStateException("the web app's samples are missing from its jar (" + ROOT + ")");
            }
            if (url.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    copyTree(jar.getPath("/" + ROOT), folder);
                }
            } else {
                copyTree(Path.of(url.toURI()), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the samples to " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the samples' location is not a URI", e);
        }
        return new Samples(folder);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = new ArrayList<>(walk.sorted(Comparator.naturalOrder()).toList());
        }
        for (Path source : all) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                try (InputStream in = Files.newInputStream(source)) {
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    Path folder() {
        return folder;
    }

    Map<String, Candidate> candidates() {
        return candidates;
    }

    Map<String, BrandChoice> brands() {
        return brands;
    }
}
