package dev.letterpress.compose;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Links;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.Project;
import dev.letterpress.model.Seniority;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Profiles and postings made up from a seed, the way people write them: figures inside the
 * achievement's sentence, in the metrics, in both (in another notation) or in neither; every metric
 * kind with and without before/after; company names ending in "." or holding "&amp;" or quotes;
 * non-Latin scripts; empty keyword lists; juniors, career changers, staff engineers. The same seed
 * always gives the same pair.
 */
final class RandomInputs {
    /** A candidate and a posting, with the seed that made them. */
    record Pair(long seed, Candidate candidate, JobPosting job) {}

    private static final String[] NAMES = {
        "Ada Lovelace",
        "Siobhán O'Neill",
        "Zoë Ł. Kowalska",
        "李明",
        "Дмитрий Иванов",
        "محمد علي",
        "Kenji \"Ken\" Watanabe",
        "Ngozi Adichie",
        "José Álvarez",
        "Søren Aagaard"
    };
    private static final String[] COMPANIES = {
        "Shopwave Inc.",
        "Kite & Co.",
        "Øresund Bank",
        "\"Fresh\" Labs",
        "Acme",
        "北京数据科技",
        "Müller & Söhne GmbH",
        "Northwind Ltd.",
        "AT&T Labs",
        "Yokai K.K."
    };
    private static final String[] TITLES = {
        "Junior Backend Engineer",
        "Backend Developer",
        "Senior Backend Engineer",
        "Staff Software Engineer",
        "Software Engineer II",
        "Platform Engineer",
        "Graduate Python Developer",
        "Backend Engineer (Go)",
        "Lead Engineer"
    };
    private static final Object[][] LANGUAGES = {
        {"Python", "FastAPI"},
        {"Go", "gRPC"},
        {"Java", "Spring Boot"},
        {"TypeScript", "Node.js"},
        {"Kotlin", "Ktor"},
        {"Ruby", "Ruby on Rails"},
        {"C#", ".NET"},
        {"Rust", "Axum"},
        {"Elixir", "Phoenix"},
        {"JavaScript", "Express"}
    };
    private static final String[] DATABASES = {"PostgreSQL", "MySQL", "Redis", "MongoDB", "Cassandra"};
    private static final String[] CLOUDS = {"AWS", "GCP", "Azure"};
    private static final String[] TOOLS = {"Docker", "Kubernetes", "Terraform", "GitHub Actions"};
    private static final String[] TESTING = {"pytest", "Jest", "JUnit", "Testcontainers"};
    private static final String[] PRACTICES = {"Test-driven development", "Code review", "Domain-driven design"};
    private static final String[] FRONTEND = {"React", "CSS", "Vue", "HTML"};
    private static final String[] KEYWORDS = {
        "microservices",
        "event-driven",
        "payments",
        "cloud-native",
        "distributed systems",
        "low latency",
        "APIs",
        "healthcare",
        "testing",
        "mentoring",
        "reliability",
        "data pipelines",
        "Kafka"
    };
    private static final String[] EVIDENCE = {
        "built the billing service",
        "tests & <fixtures> for every endpoint",
        "ran the on-call rota",
        "tuned slow queries",
        "wrote the deployment pipeline",
        "mentored two juniors"
    };
    private static final String[] SUBJECTS = {
        "the checkout API",
        "the order pipeline",
        "our search service",
        "the \"legacy\" monolith",
        "the reporting jobs (nightly)",
        "the 顧客 portal",
        "the payments ledger"
    };

    private RandomInputs() {}

    static Pair pair(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return new Pair(seed, candidate(r, seed), job(r));
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Candidate candidate(SplittableRandom r, long seed) {
        int persona = r.nextInt(4);
        double years = switch (persona) {
            case 0 -> r.nextInt(3); // junior, 0-2 years
            case 1 -> 1 + r.nextInt(3); // career changer
            case 2 -> 10 + r.nextInt(8); // staff
            default -> 3 + r.nextInt(6);
        };
        Seniority seniority = switch (persona) {
            case 0 -> Seniority.JUNIOR;
            case 2 -> r.nextBoolean() ? Seniority.STAFF : Seniority.LEAD;
            default -> r.nextInt(4) == 0 ? null : r.nextBoolean() ? Seniority.MID : Seniority.SENIOR;
        };
        String from = persona == 1 ? (r.nextBoolean() ? "frontend" : "teaching") : null;
        List<Skill> skills = new ArrayList<>();
        Object[] main = pick(r, LANGUAGES);
        int languages = 1 + r.nextInt(3);
        List<String> languageNames = new ArrayList<>();
        for (int i = 0; i < languages; i++) {
            Object[] language = i == 0 ? main : pick(r, LANGUAGES);
            String name = (String) language[0];
            if (languageNames.contains(name)) {
                continue;
            }
            languageNames.add(name);
            skills.add(new Skill(
                    name, SkillCategory.LANGUAGE, yearsOrNull(r, years), r.nextBoolean() ? null : pick(r, EVIDENCE)));
            if (r.nextBoolean()) {
                skills.add(new Skill((String) language[1], SkillCategory.FRAMEWORK, yearsOrNull(r, years), null));
            }
        }
        addSome(r, skills, DATABASES, SkillCategory.DATABASE, years);
        addSome(r, skills, CLOUDS, SkillCategory.CLOUD, years);
        addSome(r, skills, TOOLS, SkillCategory.TOOL, years);
        addSome(r, skills, TESTING, SkillCategory.TOOL, years);
        addSome(r, skills, PRACTICES, SkillCategory.PRACTICE, years);
        if (persona == 1 || r.nextInt(4) == 0) {
            addSome(r, skills, FRONTEND, SkillCategory.FRAMEWORK, years);
        }
        List<Achievement> achievements = new ArrayList<>();
        int count = r.nextInt(5);
        for (int i = 0; i < count; i++) {
            achievements.add(achievement(r, skills));
        }
        List<Project> projects = new ArrayList<>();
        int projectCount = r.nextInt(3);
        for (int i = 0; i < projectCount; i++) {
            Measured m = measured(r);
            projects.add(new Project(
                    "project-" + (char) ('a' + i),
                    r.nextInt(4) == 0 ? null : "A service for " + pick(r, SUBJECTS) + m.text,
                    List.of(skills.get(r.nextInt(skills.size())).name()),
                    r.nextBoolean() ? "https://github.com/someone/project-" + (char) ('a' + i) : null,
                    m.metrics));
        }
        String name = pick(r, NAMES);
        Links links = new Links(
                r.nextBoolean() ? "https://github.com/user" + (seed % 1000) : null,
                null,
                r.nextInt(4) == 0 ? "https://example.org/~me" : null);
        String headline = r.nextInt(3) == 0 ? null : languageNames.get(r.nextInt(languageNames.size())) + " developer";
        return new Candidate(
                "c" + seed,
                name,
                "me@example.org",
                null,
                r.nextBoolean() ? "Kraków, Polska" : null,
                links,
                headline,
                seniority,
                r.nextInt(6) == 0 ? null : years,
                from,
                skills,
                achievements,
                projects);
    }

    private static Double yearsOrNull(SplittableRandom r, double years) {
        return r.nextInt(4) == 0 ? null : Math.max(1, Math.min(years, 1 + r.nextInt(8)));
    }

    private static void addSome(
            SplittableRandom r, List<Skill> skills, String[] pool, SkillCategory category, double years) {
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String name = pick(r, pool);
            if (skills.stream().noneMatch(s -> s.name().equals(name))) {
                skills.add(new Skill(
                        name,
                        r.nextBoolean() ? category : null,
                        yearsOrNull(r, years),
                        r.nextInt(3) == 0 ? pick(r, EVIDENCE) : null));
            }
        }
    }

    /** A figure, how the profile's sentence may write it, and the metric for it. */
    private record Measured(String text, List<Metric> metrics) {}

    private static Achievement achievement(SplittableRandom r, List<Skill> skills) {
        Measured m = measured(r);
        String verb =
                pick(r, new String[] {"Rebuilt", "Maintained", "Migrated", "worked on", "Led the rewrite of", "Owned"});
        String with = r.nextBoolean()
                ? ""
                : " with " + skills.get(r.nextInt(skills.size())).name();
        String end = r.nextInt(5) == 0 ? "" : ".";
        return new Achievement(
                verb + " " + pick(r, SUBJECTS) + with + m.text + end,
                List.of(skills.get(r.nextInt(skills.size())).name()),
                m.metrics);
    }

    /**
     * A metric of a random kind, with or without before/after; its figures in the sentence (in one
     * of the notations people use), in the metric, in both or in neither.
     */
    private static Measured measured(SplittableRandom r) {
        int where = r.nextInt(4); // 0 text only, 1 metric only, 2 both, 3 neither
        if (where == 3) {
            return new Measured("", List.of());
        }
        MetricKind kind = pick(r, MetricKind.values());
        boolean change = r.nextBoolean();
        double a;
        double b;
        String unit;
        String[] notations;
        switch (kind) {
            case LATENCY -> {
                a = 200 + r.nextInt(800);
                b = 10 + r.nextInt(150);
                unit = r.nextBoolean() ? "ms" : "ms p99";
                notations = new String[] {fmt(a) + " ms", fmt(a) + "ms"};
            }
            case THROUGHPUT -> {
                a = (1 + r.nextInt(50)) * 1_000_000;
                b = a * 3;
                unit = "requests/day";
                notations = new String[] {
                    millions(a) + "M requests/day",
                    millions(a) + " million requests a day",
                    String.format(Locale.ROOT, "%,d", (long) a) + " requests per day"
                };
            }
            case UPTIME -> {
                a = 99.9;
                b = 99.99;
                unit = "%";
                notations = new String[] {"99.9%", "99.9 %"};
            }
            case SCALE -> {
                a = (1 + r.nextInt(40)) * 1_000_000;
                b = a * 2;
                unit = "users";
                notations = new String[] {
                    millions(a) + "M users",
                    millions(a) + " million users",
                    String.format(Locale.ROOT, "%,d", (long) a) + " users"
                };
            }
            case COST -> {
                a = 10 + r.nextInt(40);
                b = a / 2;
                unit = "%";
                notations = new String[] {fmt(a) + "%", fmt(a) + " %"};
            }
            case TIME -> {
                a = 2 + r.nextInt(10);
                b = 1;
                unit = r.nextBoolean() ? "min" : "hours";
                notations = new String[] {"< " + fmt(a) + " " + unit, fmt(a) + " " + unit};
            }
            default -> {
                a = 40 + r.nextInt(20);
                b = 85;
                unit = r.nextBoolean() ? "%" : "% coverage";
                notations = new String[] {fmt(a) + "%", fmt(a) + " %"};
            }
        }
        Metric metric = change ? Metric.change(kind, a, b, unit) : Metric.of(kind, a, unit);
        String text = "";
        if (where != 1) {
            String n = pick(r, notations);
            if (change && n.startsWith("<")) {
                n = n.substring(2); // "< 2 min" is a bound, not the figure of a change
            }
            text = change && r.nextBoolean() ? ", from " + n + " to " + notationOf(b, n, a) : ", at " + n;
        }
        return new Measured(text, where == 0 ? List.of() : List.of(metric));
    }

    /** The second figure of a change in the notation of the first. */
    private static String notationOf(double b, String first, double a) {
        String number = first.replaceAll("[^0-9.,]+.*$", "").replaceFirst("^[^0-9]*", "");
        String rest = first.substring(first.indexOf(number) + number.length());
        String value = number.contains(",")
                ? String.format(Locale.ROOT, "%,d", (long) b)
                : rest.startsWith("M") || rest.startsWith(" million") ? millions(b) : fmt(b);
        return first.substring(0, first.indexOf(number)) + value + rest;
    }

    private static String millions(double v) {
        return fmt(v / 1_000_000);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static JobPosting job(SplittableRandom r) {
        String title = pick(r, TITLES);
        List<String> required = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String s = pick(r, new String[] {
                "Python",
                "Go",
                "Java",
                "PostgreSQL",
                "AWS",
                "Kafka",
                "Docker",
                "TypeScript",
                "Kubernetes",
                "REST APIs",
                "SQL"
            });
            if (!required.contains(s)) {
                required.add(s);
            }
        }
        List<String> keywords = new ArrayList<>();
        int k = r.nextInt(3) == 0 ? 0 : r.nextInt(4);
        for (int i = 0; i < k; i++) {
            String s = pick(r, KEYWORDS);
            if (!keywords.contains(s)) {
                keywords.add(s);
            }
        }
        Seniority seniority = r.nextBoolean() ? null : pick(r, Seniority.values());
        return new JobPosting(
                null,
                pick(r, COMPANIES),
                title,
                seniority,
                null,
                r.nextBoolean() ? null : pick(r, NAMES),
                required,
                List.of(),
                keywords,
                null,
                null);
    }

    /**
     * The first seed of a run: 1, so that every build checks the same pairs, unless the system
     * property {@code letterpress.seed} names another (to explore, or to repeat a failure).
     */
    static long baseSeed() {
        String fixed = System.getProperty("letterpress.seed");
        return fixed != null ? Long.parseLong(fixed) : 1;
    }
}
