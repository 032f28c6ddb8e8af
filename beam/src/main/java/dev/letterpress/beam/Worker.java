package dev.letterpress.beam;

import dev.letterpress.batch.BatchOptions;
import dev.letterpress.batch.LetterMaker;
import dev.letterpress.compose.Composer;
import dev.letterpress.model.Brand;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.ImportOptions;
import dev.letterpress.model.Profiles;
import dev.letterpress.pdf.PdfRenderer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a worker JVM loads once and shares between its threads and DoFn instances: the per-row
 * function (brand, composer with its templates, renderers, reviewer) and the candidates. Built
 * lazily on the first row of a bundle, from the settings, exactly as a local batch builds them.
 */
final class Worker {
    private static final Map<Settings, Worker> WORKERS = new ConcurrentHashMap<>();

    private final Settings settings;
    private final LetterMaker letters;
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();

    private Worker(Settings settings) {
        this.settings = settings;
        this.letters = letterMaker(settings);
        ImportOptions reading = ImportOptions.builder().date(settings.date()).build();
        if (settings.candidate() != null) {
            Candidate only = Profiles.readCandidate(Path.of(settings.candidate()), reading);
            candidates.put(only.id(), only);
        } else {
            for (Candidate c : Profiles.readCandidates(Path.of(settings.candidates()), reading)) {
                candidates.put(c.id(), c);
            }
        }
    }

    /** The worker of these settings in this JVM, built on first use. */
    static Worker of(Settings settings) {
        return WORKERS.computeIfAbsent(settings, Worker::new);
    }

    /** The per-row function of these settings, as the local batch and the CLI build it. */
    static LetterMaker letterMaker(Settings settings) {
        Brand brand = settings.brand() == null ? Brand.defaults() : Profiles.readBrand(Path.of(settings.brand()));
        Composer.Builder composer = Composer.builder().date(settings.date());
        if (settings.templates() != null) {
            composer.templatesDirectory(Path.of(settings.templates()));
        }
        LetterMaker.Builder maker = LetterMaker.builder().brand(brand).composer(composer.build());
        if (!settings.formats().isEmpty()) {
            maker.formats(settings.formats());
        }
        if (settings.systemFonts()) {
            maker.renderer(PdfRenderer.builder(brand).systemFonts(true).build());
        }
        return maker.build();
    }

    LetterMaker letters() {
        return letters;
    }

    /** A loaded candidate by id; null when unknown (the plan already failed such a row). */
    Candidate candidate(String id) {
        return candidates.get(id);
    }

    /** The batch input of one local CSV file, with these settings' candidates. */
    BatchOptions.Csv input(Path csv) {
        return new BatchOptions.Csv(
                csv,
                settings.delimiter(),
                settings.candidates() == null ? null : Path.of(settings.candidates()),
                settings.candidate() == null ? null : Path.of(settings.candidate()),
                null);
    }

    List<String> formats() {
        return letters.formats();
    }
}
