package dev.letterpress.compose;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Letter;
import dev.letterpress.model.Metric;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
import dev.letterpress.text.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each sentence of a letter came from. A sentence draws on an input field when it holds the
 * field's text (compared without case and final full stop: a skill's name, an achievement's text, a
 * posting's keyword) or, for a metric, states its figure with its unit; the part of the template that holds the
 * sentence is its last source ({@code template:NAME/subject}, {@code /p1} for the first paragraph,
 * {@code /list2} for the items of the second list, {@code /closing}).
 */
final class Provenance {
    private Provenance() {}

    /** An input field and its text, lower-cased, as a sentence would hold it. */
    private record Field(String path, String text) {}

    /** An input metric, found by its figures. */
    private record Figure(String path, Metric metric) {}

    static List<SentenceSource> of(Letter letter, Candidate c, JobPosting job) {
        List<Field> fields = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        field(fields, "name", c.name());
        field(fields, "headline", c.headline());
        field(fields, "summary", c.summary());
        field(fields, "transitioningFrom", c.transitioningFrom());
        field(
                fields,
                "links.github",
                c.links().github() == null ? null : Phrases.linkText(c.links().github()));
        field(
                fields,
                "links.website",
                c.links().website() == null ? null : Phrases.linkText(c.links().website()));
        for (int i = 0; i < c.skills().size(); i++) {
            Skill s = c.skills().get(i);
            field(fields, "skills[" + i + "].name", s.name());
            field(fields, "skills[" + i + "].evidence", s.evidence());
        }
        for (int i = 0; i < c.achievements().size(); i++) {
            Achievement a = c.achievements().get(i);
            field(fields, "achievements[" + i + "].text", a.text());
            for (int k = 0; k < a.metrics().size(); k++) {
                figures.add(new Figure(
                        "achievements[" + i + "].metrics[" + k + "]",
                        a.metrics().get(k)));
            }
        }
        for (int i = 0; i < c.projects().size(); i++) {
            Project p = c.projects().get(i);
            field(fields, "projects[" + i + "].name", p.name());
            field(fields, "projects[" + i + "].summary", p.summary());
            for (int k = 0; k < p.metrics().size(); k++) {
                figures.add(new Figure(
                        "projects[" + i + "].metrics[" + k + "]", p.metrics().get(k)));
            }
        }
        field(fields, "job.company", job.company());
        field(fields, "job.title", job.title());
        field(fields, "job.hiringManager", job.hiringManager());
        list(fields, "job.requiredSkills", job.requiredSkills());
        list(fields, "job.niceToHave", job.niceToHave());
        list(fields, "job.keywords", job.keywords());

        String template = "template:" + letter.template() + "/";
        List<SentenceSource> out = new ArrayList<>();
        for (Pieces.Piece piece : Pieces.of(letter)) {
            for (String sentence : Pieces.sentences(piece.text())) {
                out.add(new SentenceSource(sentence, sources(sentence, fields, figures, template + piece.section())));
            }
        }
        out.add(new SentenceSource(letter.closing(), List.of(template + "closing")));
        return List.copyOf(out);
    }

    private static List<String> sources(String sentence, List<Field> fields, List<Figure> figures, String part) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Double> numbers = figures.isEmpty() ? List.of() : Quantities.numbers(sentence);
        List<String> sources = new ArrayList<>();
        for (Field f : fields) {
            if (contains(lower, f.text()) && !sources.contains(f.path())) {
                sources.add(f.path());
            }
        }
        for (Figure f : figures) {
            String unit = f.metric().unit();
            String unitWord = unit == null ? null : unit.split(" ")[0].toLowerCase(Locale.ROOT);
            if (Phrases.states(numbers, f.metric()) && (unitWord == null || lower.contains(unitWord))) {
                sources.add(f.path());
            }
        }
        sources.add(part);
        return sources;
    }

    /** Whether a sentence holds a text as whole words. */
    private static boolean contains(String sentence, String text) {
        for (int i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) {
            int end = i + text.length();
            if ((i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1)))
                    && (end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static void field(List<Field> fields, String path, String text) {
        String clean = Phrases.clean(text);
        if (clean == null) {
            return;
        }
        // a letter may quote one sentence of a longer text (a project's summary): each sentence
        // of the field is a source under the field's path
        for (String sentence : Pieces.sentences(clean)) {
            String t = Phrases.withoutFinalStop(sentence.strip()).toLowerCase(Locale.ROOT);
            if (t.length() >= 2) {
                fields.add(new Field(path, t));
            }
        }
    }

    private static void list(List<Field> fields, String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            field(fields, path + "[" + i + "]", values.get(i));
        }
    }
}
