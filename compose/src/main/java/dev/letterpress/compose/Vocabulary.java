package dev.letterpress.compose;

import dev.letterpress.model.Seniority;
import dev.letterpress.model.SkillCategory;
import dev.letterpress.text.Synonyms;
import dev.letterpress.text.Technologies;
import dev.letterpress.text.TextIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Letterpress knows about technology names, for code outside composing that reads free text
 * (job ads, CVs): which names a text mentions, what category a skill is, what level a job title
 * says. The same built-in vocabulary and synonym table tailoring uses. Immutable and thread-safe.
 *
 * <pre>{@code
 * Vocabulary words = Vocabulary.builtIn();
 * words.category("PostgreSQL");                        // DATABASE
 * words.find("Go services on Postgres and k8s");       // Go, Postgres, k8s with their positions
 * words.levelOf("Senior Backend Engineer");            // SENIOR
 * }</pre>
 */
public final class Vocabulary {
    private static final int MAX_WORDS = 4;
    private static final Set<String> NOT_NAMES = Set.of(
            "cv-verbs",
            "level-junior",
            "level-mid",
            "level-senior",
            "browser-languages",
            "server-runtimes",
            "secondary-languages",
            "frontend-words",
            "match-case");
    private static final Vocabulary BUILT_IN = new Vocabulary(Lexicon.with(Synonyms.builtIn()));

    private final Lexicon lexicon;
    /** Every spelling's key → the name it stands for. */
    private final Map<String, Mention.Kind> kinds = new HashMap<>();

    private final Map<String, String> names = new HashMap<>();
    /** Keys of short names written in lower case in the tables ({@code k8s}, {@code psql}). */
    private final Set<String> lowerCaseKeys = new HashSet<>();

    private Vocabulary(Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, List<String>> lists = Technologies.builtIn().lists();
        List<String> all = new ArrayList<>();
        lists.forEach((list, values) -> {
            if (!NOT_NAMES.contains(list)) {
                all.addAll(values);
            }
        });
        for (String name : all) {
            SkillCategory category = lexicon.category(name);
            add(name, category == SkillCategory.PRACTICE ? Mention.Kind.PRACTICE : Mention.Kind.TECHNOLOGY);
        }
        lexicon.themes().forEach(theme -> theme.terms().forEach(term -> add(term.text(), Mention.Kind.THEME)));
        all.addAll(lexicon.synonyms().names());
        for (String name : all) {
            if (shortLowerCase(name)) {
                lowerCaseKeys.add(Synonyms.key(name));
            }
        }
    }

    private void add(String name, Mention.Kind kind) {
        Synonyms synonyms = lexicon.synonyms();
        for (String alias : synonyms.aliases(synonyms.canonicalKey(name))) {
            if (!kinds.containsKey(alias)) {
                kinds.put(alias, kind);
                names.put(alias, name);
            }
        }
    }

    /**
     * The built-in vocabulary.
     *
     * @return the shared instance
     */
    public static Vocabulary builtIn() {
        return BUILT_IN;
    }

    /**
     * The category a skill name implies.
     *
     * @param name a skill name, e.g. {@code "Postgres"}
     * @return its category, or null when the vocabulary does not know the name
     */
    public SkillCategory category(String name) {
        return lexicon.category(name);
    }

    /**
     * Whether two names mean the same skill ({@code Postgres} and {@code PostgreSQL}).
     *
     * @param a a name
     * @param b another name
     * @return true when both have the same canonical key
     */
    public boolean same(String a, String b) {
        String key = lexicon.synonyms().canonicalKey(a);
        return !key.isEmpty() && key.equals(lexicon.synonyms().canonicalKey(b));
    }

    /**
     * The level a job title names: "Senior", "Staff", "Lead" … are senior, "II", "Mid-level" mid,
     * "Junior", "Graduate", "Intern" junior.
     *
     * @param title a job title; null gives null
     * @return the level, or null when the title names none
     */
    public Seniority levelOf(String title) {
        if (title == null) {
            return null;
        }
        TextIndex index = lexicon.index().add(title);
        if (index.mentionsAny(lexicon.seniorWords())) {
            return Seniority.SENIOR;
        }
        if (index.mentionsAny(lexicon.midWords())) {
            return Seniority.MID;
        }
        return index.mentionsAny(lexicon.juniorWords()) ? Seniority.JUNIOR : null;
    }

    /**
     * The known names a text mentions, in text order, each once per spelling position. A name
     * matches whole words only, up to four words long, the longest first ("Spring Boot" rather than
     * "Spring"); a short word in lower case counts only when the name itself is lower case, so
     * "go live" and "the rest" mention neither Go nor REST.
     *
     * @param text the text; null gives an empty list
     * @return the mentions, never null
     */
    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        List<int[]> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        for (int w = 0; w < words.size(); w++) {
            for (int k = Math.min(words.size(), w + MAX_WORDS) - 1; k >= w; k--) {
                if (!sameLine(text, words.get(w)[0], words.get(k)[1])) {
                    continue;
                }
                int start = words.get(w)[0];
                int end = words.get(k)[1];
                String written = text.substring(start, end);
                String key = Synonyms.key(written);
                Mention.Kind kind = kinds.get(key);
                if (kind == null || (k == w && shortLowerCase(written) && !lowerCaseKeys.contains(key))) {
                    continue;
                }
                found.add(new Mention(names.get(key), written, start, end, kind, lexicon.category(written)));
                w = k;
                break;
            }
        }
        return found;
    }

    private static boolean sameLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean shortLowerCase(String word) {
        return word.length() <= TextIndex.SHORT && word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '+' || c == '#';
    }

    /**
     * A name found in a text.
     *
     * @param name     the name as the vocabulary spells it ("Kubernetes")
     * @param written  the name as the text spells it ("k8s")
     * @param start    where it starts in the text
     * @param end      where it ends (exclusive)
     * @param kind     what sort of name it is
     * @param category the skill category it implies, or null (themes such as "latency")
     */
    public record Mention(String name, String written, int start, int end, Kind kind, SkillCategory category) {
        /** What sort of name a mention is. */
        public enum Kind {
            /** A language, framework, database, cloud service or tool. */
            TECHNOLOGY,
            /** A practice such as test-driven development or code review. */
            PRACTICE,
            /** A theme word of backend work such as "microservices" or "latency". */
            THEME
        }
    }
}
