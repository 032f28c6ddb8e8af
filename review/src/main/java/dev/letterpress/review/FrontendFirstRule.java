package dev.letterpress.review;

import dev.letterpress.model.JobPosting;
import dev.letterpress.text.Terms;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code frontend.first}: a backend letter should lead with backend skills. Runs only on a backend
 * letter: with a posting, its title names a {@code backendWords} term, or names no
 * {@code otherRoleWords} term and most of its required technologies are not frontend ones; without
 * one, the letter itself mentions a backend word and its subject and headline name no other role.
 * Raised when the first technology the body names is one of the rule's {@code terms} (frontend
 * technologies), or when the body's first bulleted stack list leads with one, quoting the
 * sentence or item. Pack keys: {@code terms}, {@code backendWords},
 * {@code otherRoleWords}, {@code message}, {@code suggestion} (variables {@code {tech}},
 * {@code {quote}}).
 */
final class FrontendFirstRule extends Rule {
    private static final int QUOTE_LENGTH = 100;

    private final Terms frontend;
    private final Terms backendWords;
    private final Terms otherRoleWords;

    private FrontendFirstRule(Base base, Terms frontend, Terms backendWords, Terms otherRoleWords, Wording wording) {
        super(base, wording);
        this.frontend = frontend;
        this.backendWords = backendWords;
        this.otherRoleWords = otherRoleWords;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        Terms frontend =
                vocabulary.terms(vocabulary.frontend(section.has("terms") ? section.texts("terms", true) : List.of()));
        Terms backendWords = vocabulary.terms(section.texts("backendWords", true));
        Terms otherRoleWords = vocabulary.terms(section.texts("otherRoleWords", false));
        Wording wording = wording(section, List.of("tech", "quote"));
        return wording == null ? null : new FrontendFirstRule(base, frontend, backendWords, otherRoleWords, wording);
    }

    @Override
    void check(Context context, List<Finding> findings) {
        if (!backendLetter(context)) {
            return;
        }
        Vocabulary vocabulary = context.vocabulary();
        for (LetterParts.Segment segment : context.letter().segments) {
            Optional<Terms.Match> tech =
                    first(vocabulary.technologies().find(segment.masked()), frontend.find(segment.masked()));
            if (tech.isPresent()) {
                if (!raise(segment, tech.get(), findings)) {
                    context.techLists().listings.stream()
                            .filter(TechLists.Listing::bullets)
                            .findFirst()
                            .ifPresent(list -> {
                                LetterParts.Segment item = list.segments().get(0);
                                first(vocabulary.technologies().find(item.masked()), frontend.find(item.masked()))
                                        .ifPresent(lead -> raise(item, lead, findings));
                            });
                }
                return;
            }
        }
    }

    /** Raises the finding when {@code tech}, the first technology of {@code segment}, is a frontend one. */
    private boolean raise(LetterParts.Segment segment, Terms.Match tech, List<Finding> findings) {
        Optional<Terms.Match> asFrontend = frontend.find(segment.masked()).filter(f -> f.start() == tech.start());
        if (asFrontend.isEmpty()) {
            return false;
        }
        String quote = shorten(segment.text(), QUOTE_LENGTH);
        findings.add(finding(Map.of("tech", asFrontend.get().name(), "quote", quote), quote));
        return true;
    }

    private static Optional<Terms.Match> first(Optional<Terms.Match> a, Optional<Terms.Match> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().start() <= a.get().start() ? b : a;
    }

    private boolean backendLetter(Context context) {
        JobPosting job = context.job();
        LetterParts letter = context.letter();
        if (job != null) {
            if (backendWords.foundIn(job.title())) {
                return true;
            }
            if (otherRoleWords.foundIn(job.title())) {
                return false;
            }
            int front = 0;
            int back = 0;
            for (String skill : job.requiredSkills()) {
                if (frontend.foundIn(skill)) {
                    front++;
                } else if (context.vocabulary().technologies().foundIn(skill)) {
                    back++;
                }
            }
            return back > front;
        }
        String self = (letter.headline == null ? "" : letter.headline) + "\n"
                + (letter.subject == null ? "" : letter.subject);
        return backendWords.foundIn(letter.readable()) && !otherRoleWords.foundIn(self);
    }
}
