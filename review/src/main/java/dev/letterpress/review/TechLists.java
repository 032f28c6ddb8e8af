package dev.letterpress.review;

import dev.letterpress.text.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The technology lists of a letter: sentences and items that name several technologies, and
 * bulleted lists whose items each lead with one. A list is <em>bare</em> when it names at least
 * the pack's {@code depth.bareList} technologies one after another ("Java, Go and Rust") and says
 * nothing about them: no years, no evidence word. The words of a bare list show no practice, so
 * {@code design.missing}, {@code devops.missing} and {@code testing.missing} do not count them.
 */
final class TechLists {
    static final int QUOTE_LENGTH = 100;
    /** An item with this many words besides technology names describes what was done with them. */
    static final int DESCRIBED_WORDS = 4;
    /** At most this many words may stand between two technologies of one list. */
    private static final int GAP_WORDS = 4;
    /** At most this many characters between a skill line's technology and its colon: " (6 years)". */
    private static final int SKILL_LINE_GAP = 20;

    private static final Pattern SEPARATOR = Pattern.compile("[,/|;+&]|(?i)\\b(?:and|or)\\b");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

    /**
     * A candidate list.
     *
     * @param segments     the sentence, or the bulleted items
     * @param technologies the distinct technologies it names (for bullets: those leading an item)
     * @param listed       the longest run of them written as a list
     * @param quote        how a finding quotes it
     * @param bullets      whether it is a bulleted list
     */
    record Listing(
            List<LetterParts.Segment> segments, List<String> technologies, int listed, String quote, boolean bullets) {}

    final List<Listing> listings;
    final Set<LetterParts.Segment> bare;
    private final LetterParts letter;
    private final Vocabulary vocabulary;

    private TechLists(LetterParts letter, Vocabulary vocabulary, List<Listing> listings) {
        this.letter = letter;
        this.vocabulary = vocabulary;
        this.listings = List.copyOf(listings);
        Set<LetterParts.Segment> bareSegments = new HashSet<>();
        for (Listing listing : listings) {
            if (listing.listed() < vocabulary.bareList()) {
                continue;
            }
            for (LetterParts.Segment segment : listing.segments()) {
                if (!vocabulary.hasDepth(segment.masked())
                        && (!listing.bullets() || describedWords(segment.masked()) < DESCRIBED_WORDS)) {
                    bareSegments.add(segment);
                }
            }
        }
        this.bare = Set.copyOf(bareSegments);
    }

    static TechLists of(LetterParts letter, Vocabulary vocabulary) {
        List<Listing> out = new ArrayList<>();
        List<LetterParts.Segment> bullets = new ArrayList<>();
        List<String> leading = new ArrayList<>();
        int listPart = -1;
        for (LetterParts.Segment segment : letter.segments) {
            List<Terms.Match> matches = vocabulary.technologies().findAll(segment.masked());
            if (segment.item() >= 0) {
                if (segment.part() != listPart) {
                    addBullets(out, bullets, leading);
                    listPart = segment.part();
                }
                if (!matches.isEmpty()
                        && segment.masked().substring(0, matches.get(0).start()).isBlank()) {
                    bullets.add(segment);
                    leading.add(matches.get(0).name());
                }
            }
            List<String> names = distinct(matches);
            if (names.size() > 1) {
                out.add(new Listing(
                        List.of(segment),
                        names,
                        listed(segment.masked(), matches),
                        Rule.shorten(segment.text(), QUOTE_LENGTH),
                        false));
            }
        }
        addBullets(out, bullets, leading);
        return new TechLists(letter, vocabulary, out);
    }

    private static void addBullets(List<Listing> out, List<LetterParts.Segment> bullets, List<String> leading) {
        List<String> names = List.copyOf(new LinkedHashSet<>(leading));
        if (names.size() > 1) {
            out.add(new Listing(
                    List.copyOf(bullets),
                    names,
                    names.size(),
                    Rule.shorten(String.join(", ", names), QUOTE_LENGTH),
                    true));
        }
        bullets.clear();
        leading.clear();
    }

    /**
     * The longest run of technologies written as a list: each joined to the next by a separator
     * ("," "/" "|" ";" "+" "&amp;" "and" "or") with at most four words around it, parentheses
     * removed — so "Python (5 years), Django and Redis" is a list of three, while "I ship with
     * Docker to Kubernetes on AWS" is prose.
     */
    private static int listed(String sentence, List<Terms.Match> matches) {
        int best = matches.isEmpty() ? 0 : 1;
        int run = 1;
        for (int i = 1; i < matches.size(); i++) {
            String gap = PARENTHESES
                    .matcher(sentence.substring(
                            matches.get(i - 1).end(), matches.get(i).start()))
                    .replaceAll(" ");
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

    /**
     * Whether fewer than half of a list's technologies carry depth: years or an evidence word in
     * their own item or list element, enough words describing the item, or a deep mention
     * elsewhere in the letter. A sentence that itself has an evidence word ("built X with A, B, C"),
     * and a skill line whose list says what a skill with years was used for ("AWS (6 years): ECS,
     * EKS, RDS"), are never shallow.
     */
    boolean shallow(Listing listing) {
        Set<String> deepElsewhere = new HashSet<>();
        for (LetterParts.Segment segment : letter.segments) {
            if (!listing.segments().contains(segment) && vocabulary.hasDepth(segment.masked())) {
                vocabulary.technologies().findAll(segment.masked()).forEach(m -> deepElsewhere.add(m.name()));
            }
        }
        int deep = 0;
        if (listing.bullets()) {
            for (LetterParts.Segment item : listing.segments()) {
                String leading =
                        vocabulary.technologies().findAll(item.masked()).get(0).name();
                if (deepElsewhere.contains(leading)
                        || vocabulary.hasDepth(item.masked())
                        || describedWords(item.masked()) >= DESCRIBED_WORDS) {
                    deep++;
                }
            }
        } else {
            String sentence = listing.segments().get(0).masked();
            if (vocabulary.evidence().foundIn(sentence) || skillLine(sentence)) {
                return false;
            }
            for (String element : sentence.split("[,;|/]|\\band\\b|&")) {
                List<Terms.Match> named = vocabulary.technologies().findAll(element);
                if (!named.isEmpty()
                        && (vocabulary.hasYears(element)
                                || named.stream().anyMatch(m -> deepElsewhere.contains(m.name())))) {
                    deep += distinct(named).size();
                }
            }
        }
        return deep * 2 < listing.technologies().size();
    }

    /**
     * Whether a sentence or item is one skill with its years followed by what it was used for:
     * "AWS (6 years): ECS, EKS, RDS, DynamoDB and SQS". The technologies after the colon are the
     * evidence for the skill, not a bare run of names.
     */
    private boolean skillLine(String text) {
        List<Terms.Match> named = vocabulary.technologies().findAll(text);
        if (named.isEmpty() || !text.substring(0, named.get(0).start()).isBlank()) {
            return false;
        }
        int colon = text.indexOf(':', named.get(0).end());
        return colon > 0
                && colon - named.get(0).end() <= SKILL_LINE_GAP
                && vocabulary.hasYears(text.substring(named.get(0).end(), colon));
    }

    /** Words of a text that are not technology names. */
    private int describedWords(String text) {
        StringBuilder rest = new StringBuilder(text);
        for (Terms.Match m : vocabulary.technologies().findAll(text)) {
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return LetterParts.wordCount(rest.toString());
    }
}
