package dev.letterpress.batch;

import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import java.util.Set;

/** What a batch needs from the composer: letters, the template names rows may ask for, a fingerprint. */
interface LetterComposer {
    Letter compose(Candidate candidate, JobPosting job, String template);

    Set<String> templateNames();

    /** Changes whenever a letter could come out differently: templates, options, the date. */
    String fingerprint();
}
