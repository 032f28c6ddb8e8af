package dev.letterpress.batch;

import dev.letterpress.compose.Composer;
import dev.letterpress.compose.Composition;
import dev.letterpress.compose.TemplateInfo;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import java.util.Set;

/** What a batch needs from the composer: letters, the template names rows may ask for, a fingerprint. */
interface LetterComposer {
    Letter compose(Candidate candidate, JobPosting job, String template);

    /** The letter with the fact check's findings; a composer without a fact check finds nothing. */
    default Composition composition(Candidate candidate, JobPosting job, String template) {
        return new Composition(compose(candidate, job, template), java.util.List.of(), java.util.List.of());
    }

    Set<String> templateNames();

    /** Changes whenever a letter could come out differently: templates, options, the date. */
    String fingerprint();

    /** The letters' date, up to which imported profiles count work still going on; null for today. */
    default java.time.LocalDate date() {
        return null;
    }

    /** The real composer behind the interface. */
    static LetterComposer of(Composer composer) {
        Set<String> names = composer.templates().stream()
                .map(TemplateInfo::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new LetterComposer() {
            @Override
            public Letter compose(Candidate candidate, JobPosting job, String template) {
                return composer.compose(candidate, job, template);
            }

            @Override
            public Composition composition(Candidate candidate, JobPosting job, String template) {
                return composer.composition(candidate, job, template);
            }

            @Override
            public Set<String> templateNames() {
                return names;
            }

            @Override
            public String fingerprint() {
                return composer.fingerprint();
            }

            @Override
            public java.time.LocalDate date() {
                return composer.date();
            }
        };
    }
}
