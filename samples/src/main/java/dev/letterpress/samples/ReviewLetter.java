package dev.letterpress.samples;

import dev.letterpress.Letterpress;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import dev.letterpress.review.Finding;
import dev.letterpress.review.Review;
import java.nio.file.Path;

/**
 * Reviews a cover letter someone wrote by hand (DOCX, PDF, TXT or Markdown) against the advice for
 * backend developer letters and, with the posting, against what it asks for; prints the score, the
 * band and each finding with its suggestion.
 *
 * <pre>
 * ReviewLetter [LETTER [JOB]]
 * </pre>
 *
 * <p>The defaults: {@code letters/zoe-first-draft.docx}, a first draft to Fernhill Logistics, and
 * that posting.
 */
public final class ReviewLetter {
    private ReviewLetter() {}

    /**
     * Runs the example.
     *
     * @param args the letter file and the job posting, each optional
     */
    public static void main(String[] args) {
        Path letter = SampleFiles.arg(args, 0, "letters/zoe-first-draft.docx");
        Path job = SampleFiles.arg(args, 1, "jobs/fernhill-logistics-junior-backend-engineer.yaml");

        Letterpress letterpress = Letterpress.builder().build();
        JobPosting posting = Profiles.readJob(job);
        Review review = letterpress.review(letter, posting);

        System.out.println(letter + " for " + posting.company() + ": " + review.score() + "/100, "
                + review.band().id() + " (" + review.words() + " words)");
        for (Finding finding : review.findings()) {
            System.out.println(
                    "- [" + finding.severity().id() + "] " + finding.rule().id() + ": " + finding.message());
            System.out.println("  Suggestion: " + finding.suggestion());
        }
    }
}
