package dev.letterpress.compose.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code stack.breadth}: depth over breadth. Two variants:
 * <ul>
 * <li>{@code run}: one sentence or list item names more than {@code maxRun} technologies, or a
 *     bulleted list has more than {@code maxRun} items that each lead with a technology;</li>
 * <li>{@code shallow}: a list of at least {@code minList} technologies (in one sentence or item, or
 *     as bullets) where most carry no depth: neither years ("(5 years)", "since 2019") nor an
 *     evidence word ("built", "designed") in their own item, nor a deep mention elsewhere in the
 *     letter; a sentence that itself says what was built with them counts as depth.</li>
 * </ul>
 * The message quotes the list. Pack keys: {@code maxRun}, {@code minList}, and {@code run} and
 * {@code shallow} each with {@code message} and {@code suggestion} (variables {@code {count}},
 * {@code {max}}, {@code {quote}}).
 */
final class BreadthRule extends Rule {
    private static final int QUOTE_LENGTH = 100;
    /** An item with this many words besides technology names describes what was done with them. */
    private static final int DESCRIBED_WORDS = 4;
    private static final int GAP_WORDS = 4;
    private static final Pattern SEPARATOR = Pattern.compile("[,/|;+&]|(?i)\\b(?:and|or)\\b");

    private final int maxRun;
    private final int minList;
    private final Wording run;
    private final Wording shallow;

    private BreadthRule(Base base, int maxRun, int minList, Wording run, Wording shallow) {
        super(base);
        this.maxRun = maxRun;
        this.minList = minList;
        this.run = run;
        this.shallow = shallow;
    }

    static Rule read(Base base, PackSection section, Vocabulary vocabulary) {
        int maxRun = section.integer("maxRun", 1, 100);
        int minList = section.integer("minList", 2, 100);
        Set<String> variables = Set.of("count", "max", "quote");
        Wording run = variant(section, "run", variables);
        Wording shallow = variant(section, "shallow", variables);
        return run == null || shallow == null ? null : new BreadthRule(base, maxRun, minList, run, shallow);
    }

    /**
     * A candidate list: its segments, the technologies it names, the longest run of them written
     * as a list ("Java, Go and Rust"), and whether it is a bulleted list.
     */
    private record Listing(List<LetterParts.Segment> segments, List<String> technologies, int listed, String quote,
            boolean bullets) {
    }

    @Override
    void check(Context context, List<Finding> findings) {
        Vocabulary vocabulary = context.vocabulary();
        for (Listing listing : listings(context.letter(), vocabulary)) {
            int count = listing.technologies().size();
            if (count > maxRun) {
                findings.add(finding(run, values(count, listing.quote()), listing.quote()));
            } else if (listing.listed() >= minList && shallow(listing, context.letter(), vocabulary)) {
                findings.add(finding(shallow, values(count, listing.quote()), listing.quote()));
            }
        }
    }

    private Map<String, String> values(int count, String quote) {
        return Map.of("count", String.valueOf(count), "max", String.valueOf(maxRun), "quote", quote);
    }

    /** Sentences and items that name technologies, and bulleted lists whose items lead with one. */
    private List<Listing> listings(LetterParts letter, Vocabulary vocabulary) {
        List<Listing> out = new ArrayList<>();
        List<LetterParts.Segment> bullets = new ArrayList<>();
        List<String> leading = new ArrayList<>();
        int listPart = -1;
        for (LetterParts.Segment segment : letter.segments) {
            List<String> names = distinct(vocabulary.technologies().findAll(segment.masked()));
            if (segment.item() >= 0) {
                if (segment.part() != listPart) {
                    addBullets(out, bullets, leading);
                    listPart = segment.part();
                }
                List<Terms.Match> first = vocabulary.technologies().findAll(segment.masked());
                if (!first.isEmpty() && segment.masked().substring(0, first.get(0).start()).isBlank()) {
                    bullets.add(segment);
                    leading.add(first.get(0).name());
                }
            }
            if (names.size() > 1) {
                out.add(new Listing(List.of(segment), names, listed(segment.masked(), vocabulary),
                        shorten(segment.text(), QUOTE_LENGTH), false));
            }
        }
        addBullets(out, bullets, leading);
        return out;
    }

    private void addBullets(List<Listing> out, List<LetterParts.Segment> bullets, List<String> leading) {
        List<String> names = List.copyOf(new LinkedHashSet<>(leading));
        if (names.size() >= Math.min(minList, maxRun + 1)) {
            out.add(new Listing(List.copyOf(bullets), names, names.size(), shorten(String.join(", ", names), QUOTE_LENGTH),
                    true));
        }
        bullets.clear();
        leading.clear();
    }

    /**
     * The longest run of technologies written as a list: each joined to the next by a separator
     * ("," "/" "|" ";" "+" "&amp;" "and" "or") with at most {@link #GAP_WORDS} words around it, after
     * removing parentheses — so "Python (5 years), Django and Redis" is a list of three, while "I
     * ship with Docker to Kubernetes on AWS" is prose.
     */
    private static int listed(String sentence, Vocabulary vocabulary) {
        List<Terms.Match> matches = vocabulary.technologies().findAll(sentence);
        int best = matches.isEmpty() ? 0 : 1;
        int run = 1;
        for (int i = 1; i < matches.size(); i++) {
            String gap = sentence.substring(matches.get(i - 1).end(), matches.get(i).start())
                    .replaceAll("\\([^)]*\\)", " ");
            boolean joined = SEPARATOR.matcher(gap).find() && LetterParts.wordCount(gap) <= GAP_WORDS;
            run = joined ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best;
    }

    private static List<String> distinct(List<Terms.Match> matches) {
        Set<String> names = new LinkedHashSet<>();
        matches.forEach(m -> names.add(m.name()));
        return List.copyOf(names);
    }

    /** Whether fewer than half of the listed technologies carry depth. */
    private static boolean shallow(Listing listing, LetterParts letter, Vocabulary vocabulary) {
        Set<String> deepElsewhere = new HashSet<>();
        for (LetterParts.Segment segment : letter.segments) {
            if (!listing.segments().contains(segment) && vocabulary.hasDepth(segment.masked())) {
                vocabulary.technologies().findAll(segment.masked()).forEach(m -> deepElsewhere.add(m.name()));
            }
        }
        int deep = 0;
        if (listing.bullets()) {
            for (LetterParts.Segment item : listing.segments()) {
                String leading = vocabulary.technologies().findAll(item.masked()).get(0).name();
                if (deepElsewhere.contains(leading) || vocabulary.hasDepth(item.masked())
                        || describedWords(item.masked(), vocabulary) >= DESCRIBED_WORDS) {
                    deep++;
                }
            }
        } else {
            String sentence = listing.segments().get(0).masked();
            if (vocabulary.evidence().foundIn(sentence)) {
                return false;
            }
            for (String element : sentence.split("[,;|/]|\\band\\b|&")) {
                List<Terms.Match> named = vocabulary.technologies().findAll(element);
                if (!named.isEmpty() && (vocabulary.hasYears(element)
                        || named.stream().anyMatch(m -> deepElsewhere.contains(m.name())))) {
                    deep += distinct(named).size();
                }
            }
        }
        return deep * 2 < listing.technologies().size();
    }

    /** Words of an item that are not technology names. */
    private static int describedWords(String item, Vocabulary vocabulary) {
        StringBuilder rest = new StringBuilder(item);
        for (Terms.Match m : vocabulary.technologies().findAll(item)) {
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return LetterParts.wordCount(rest.toString());
    }
}
