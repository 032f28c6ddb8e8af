package dev.letterpress.batch;

import dev.letterpress.model.Block;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.Inline;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Recipient;
import dev.letterpress.model.Sender;
import dev.letterpress.model.Signature;
import java.time.LocalDate;
import java.util.Set;

/** A small, real composer for batch tests: one paragraph naming the company and the title. */
class TestComposer implements LetterComposer {
    @Override
    public Letter compose(Candidate candidate, JobPosting job, String template) {
        return Letter.builder()
                .sender(new Sender(candidate.name(), null, candidate.email(), null, null, candidate.links()))
                .recipient(
                        new Recipient(job.hiringManager(), job.company(), job.title(), job.location(), job.reference()))
                .date(LocalDate.of(2026, 11, 29))
                .subject(job.title() + " | " + job.company())
                .salutation("Dear " + (job.hiringManager() == null ? "Hiring Manager" : job.hiringManager()) + ",")
                .block(Block.Paragraph.of(Inline.text("I am applying to " + job.company() + " as " + job.title()
                        + " with " + String.join(", ", job.requiredSkills()) + ".")))
                .closing("Kind regards,")
                .signature(new Signature(candidate.name(), candidate.email(), null, null))
                .template(template == null ? "experienced" : template)
                .build();
    }

    @Override
    public Set<String> templateNames() {
        return Set.of("experienced", "concise", "junior-to-mid");
    }

    @Override
    public String fingerprint() {
        return "test-composer-1";
    }
}
