package dev.letterpress.batch;

import dev.letterpress.compose.Composer;
import dev.letterpress.compose.TemplateInfo;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import java.util.List;
import java.util.Set;

/** What a batch needs from the composer: letters, the template names rows may ask for, a fingerprint. */
interface LetterComposer {
    Letter compose(Candidate candidate, JobPosting job, String template);

    /**
     * The fact check's findings on a letter composed from these inputs, without the sentences'
     * sources, which a batch never uses; a composer without a fact check finds nothing.
     */
    default List<String> factCheck(Letter letter, Candidate candidate, JobPosting job) {
        return List.of();
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
            public List<String> factCheck(Letter letter, Candidate candidate, JobPosting job) {
                return composer.factCheck(letter, candidate, job);
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
