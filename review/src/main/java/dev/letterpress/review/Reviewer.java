package dev.letterpress.review;

import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores a cover letter against the advice for its role and lists what to fix: the entry point
 * of the review.
 *
 * <pre>{@code
 * Reviewer reviewer = Reviewer.builder().build();                        // the bundled "backend" role
 * Review review = reviewer.review(letter, job);                          // a composed Letter; job may be null
 * Review typed = reviewer.review(Files.readString(Path.of("cover.txt")), null);
 * Review md = reviewer.review(LetterText.markdown(markdown).withSource("cover.md"), job);
 *
 * Reviewer analysts = Reviewer.builder().rolePack(Path.of("data-science.yaml")).build();
 * }</pre>
 *
 * <p>A reviewer is immutable and thread-safe: build it once and share it. Its rules, vocabulary,
 * weights and wording come from a role pack (see {@code roles/backend.yaml} in this package);
 * the rule ids are listed in {@link RuleId}. Each call returns a new {@link Review}: the score
 * starts at 100 and loses the weight of every rule that raised a finding; findings are ordered by
 * severity, then by the rule's place in the pack, then by where they occur.
 *
 * <p>A {@code null} job means no posting: the two {@code tailoring.*} rules do not run, and
 * {@code frontend.first} judges from the letter alone whether it is a backend letter.
 */
public final class Reviewer {
    /** Cover letters are a few thousand characters; anything this long is not one. */
    static final int MAX_CHARS = 100_000;

    private final RolePack pack;

    private Reviewer(RolePack pack) {
        this.pack = pack;
    }

    /**
     * Starts a builder for the bundled {@code backend} role.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The roles bundled with Letterpress.
     *
     * @return {@code [backend]}
     */
    public static List<String> roles() {
        return RolePack.BUNDLED;
    }

    /**
     * The role this reviewer judges letters for.
     *
     * @return the role pack's {@code role}, e.g. {@code "backend"}
     */
    public String role() {
        return pack.role;
    }

    /**
     * The ids of the rules this reviewer runs, in the pack's order.
     *
     * @return e.g. {@code [placeholder, metrics.missing, …]}
     */
    public List<RuleId> rules() {
        return pack.rules.stream().map(Rule::id).toList();
    }

    /**
     * Reviews a composed letter, by its structure (headline, subject, body, signature).
     *
     * @param letter the letter; never null
     * @param job    the posting it answers, or null
     * @return the review
     */
    public Review review(Letter letter, JobPosting job) {
        return review(LetterText.of(letter), job);
    }

    /**
     * Reviews a letter in plain text.
     *
     * @param text the letter; never null
     * @param job  the posting it answers, or null
     * @return the review
     * @throws InvalidInputException when the text is blank or far longer than a letter
     */
    public Review review(String text, JobPosting job) {
        return review(LetterText.plain(text), job);
    }

    /**
     * Reviews a letter: plain text, Markdown or a composed letter, with its page count if known.
     *
     * @param text the letter; never null
     * @param job  the posting it answers, or null
     * @return the review
     * @throws InvalidInputException when the text is blank or longer than 100,000 characters,
     *                               naming {@link LetterText#source()}
     */
    public Review review(LetterText text, JobPosting job) {
        Objects.requireNonNull(text, "Reviewer.review: text must not be null");
        if (text.text().isBlank()) {
            throw new InvalidInputException(Problem.of(text.source(), "the letter has no text to review"));
        }
        if (text.text().length() > MAX_CHARS) {
            throw new InvalidInputException(Problem.of(
                    text.source(),
                    String.format(
                            Locale.ROOT,
                            "too long to be a cover letter (%,d characters; at most %,d)",
                            text.text().length(),
                            MAX_CHARS)));
        }
        LetterParts parts = text.letter() != null
                ? LetterParts.of(text.letter(), text.source(), text.pages())
                : LetterParts.of(text.text(), text.source(), text.pages());
        Rule.Context context = new Rule.Context(parts, job, pack.vocabulary);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : pack.rules) {
            rule.check(context, findings);
        }
        List<RuleId> order = rules();
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(f -> order.indexOf(f.rule())));
        List<RuleScore> scoring = Scorer.scoring(findings, pack.rules, context);
        return new Review(pack.role, Scorer.score(scoring), parts.words, findings, scoring);
    }

    /**
     * Configures a {@link Reviewer}. Each {@link #build()} returns a new, independent reviewer.
     */
    public static final class Builder {
        private String role = "backend";
        private boolean roleSet;
        private Path rolePack;

        private Builder() {}

        /**
         * Chooses a bundled role; the default is {@code backend}.
         *
         * @param value a name from {@link Reviewer#roles()}
         * @return this builder
         */
        public Builder role(String value) {
            role = Objects.requireNonNull(value, "Reviewer.Builder.role must not be null");
            roleSet = true;
            return this;
        }

        /**
         * Uses a role pack file instead of a bundled role, so that letters for another kind of job
         * (data scientist, product manager) are judged by their own vocabulary without code. The
         * file has the format of the bundled {@code roles/backend.yaml}.
         *
         * @param value the YAML file
         * @return this builder
         */
        public Builder rolePack(Path value) {
            rolePack = Objects.requireNonNull(value, "Reviewer.Builder.rolePack must not be null");
            return this;
        }

        /**
         * Builds the reviewer, reading and checking its role pack.
         *
         * @return the reviewer
         * @throws IllegalStateException when both {@code role} and {@code rolePack} were set
         * @throws InvalidInputException when the role is unknown, or the role pack has mistakes
         *                               (each with file, line, column and key)
         */
        public Reviewer build() {
            if (roleSet && rolePack != null) {
                throw new IllegalStateException("Reviewer.Builder: role(\"" + role + "\") and rolePack(" + rolePack
                        + ") were both set; choose one");
            }
            return new Reviewer(rolePack != null ? RolePack.read(rolePack) : RolePack.bundled(role));
        }
    }
}
