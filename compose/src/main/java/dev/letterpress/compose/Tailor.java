package dev.letterpress.compose;

import dev.letterpress.compose.view.AchievementView;
import dev.letterpress.compose.view.CandidateView;
import dev.letterpress.compose.view.JobView;
import dev.letterpress.compose.view.ProjectView;
import dev.letterpress.compose.view.SkillView;
import dev.letterpress.compose.view.ThemeView;
import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Metric;
import dev.letterpress.model.MetricKind;
import dev.letterpress.model.Problem;
import dev.letterpress.model.Project;
import dev.letterpress.model.Seniority;
import dev.letterpress.model.Skill;
import dev.letterpress.model.SkillCategory;
import dev.letterpress.text.Technologies;
import dev.letterpress.text.Term;
import dev.letterpress.text.TextIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tailoring rules: turns a candidate and a posting into the {@link TemplateModel}. It selects,
 * orders and phrases what the profile holds and never adds a fact. Stateless and thread-safe.
 *
 * <ul>
 *   <li>Skills rank by: required by the posting, nice to have, named by the posting's keywords
 *       (directly or through a theme), the candidate's other backend skills, frontend skills;
 *       within a rank by years, then evidence, then profile order. At most {@code maxSkills};
 *       frontend skills never lead. The list keeps room for one testing and one delivery skill when
 *       the profile has them. For a candidate moving from frontend, JavaScript and TypeScript are
 *       frontend skills unless the profile names a server runtime for them (Node.js).</li>
 *   <li>The primary language is the one the candidate's own headline names (most years among
 *       those), else the one with most years.</li>
 *   <li>Achievements rank by overlap with the posting (required and nice-to-have skills count
 *       three, keywords two, shared themes one), then by having figures; the best three, or four
 *       when the fourth is relevant or measured. Projects the same way; the best two.</li>
 *   <li>Themes are used only when the profile shows them.</li>
 * </ul>
 */
final class Tailor {
    /** Achievements shown at most; a fourth only when it is relevant or measured. */
    static final int MAX_ACHIEVEMENTS = 4;

    static final int MIN_ACHIEVEMENTS = 3;
    static final int MAX_PROJECTS = 2;
    private static final int STACK_TEXT_SKILLS = 3;
    private static final int MAX_FOCUS = 3;
    private static final int MAX_SCALE_FACTS = 3;
    /** Years from which a derived headline says "specialist" rather than "developer". */
    private static final double SPECIALIST_YEARS = 3;

    private static final java.util.regex.Pattern BACKEND_WORDS =
            java.util.regex.Pattern.compile("(?i)\\b(back-?end|server|api|apis|platform|microservices?)\\b");

    private final Lexicon lexicon;
    private final int maxSkills;

    Tailor(Lexicon lexicon, int maxSkills) {
        this.lexicon = lexicon;
        this.maxSkills = maxSkills;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    // ---- the posting

    /** A posting term with the index of its own words ("PostgreSQL or MySQL" mentions both). */
    private record Wanted(Term term, TextIndex words) {}

    /** What the posting asks for, analysed once per letter. */
    private final class Posting {
        final JobPosting job;
        final List<Wanted> required = new ArrayList<>();
        final List<Wanted> nice = new ArrayList<>();
        final List<Wanted> keywords = new ArrayList<>();
        final TextIndex all;
        final TextIndex title;
        final Set<String> themes = new HashSet<>();
        final Set<String> keywordThemes = new HashSet<>();

        Posting(JobPosting job) {
            this.job = job;
            all = lexicon.index();
            title = lexicon.index().add(job.title());
            all.add(job.title());
            wanted(job.requiredSkills(), required);
            wanted(job.niceToHave(), nice);
            wanted(job.keywords(), keywords);
            for (Lexicon.Theme theme : lexicon.themes()) {
                if (all.mentionsAny(theme.terms())) {
                    themes.add(theme.id());
                }
                for (Wanted keyword : keywords) {
                    if (keyword.words().mentionsAny(theme.terms())) {
                        keywordThemes.add(theme.id());
                    }
                }
            }
        }

        private void wanted(List<String> names, List<Wanted> into) {
            for (String name : names) {
                String clean = Phrases.clean(name);
                if (clean != null) {
                    into.add(new Wanted(lexicon.term(clean), lexicon.index().add(clean)));
                    all.add(clean);
                }
            }
        }

        /** The posting's entry for a skill: the same name, or a requirement that names it. */
        Wanted match(List<Wanted> list, Term skill) {
            for (Wanted w : list) {
                if (w.term().sameAs(skill)) {
                    return w;
                }
            }
            for (Wanted w : list) {
                if (w.words().mentions(skill)) {
                    return w;
                }
            }
            return null;
        }

        Seniority level() {
            if (job.seniority() != null) {
                return job.seniority();
            }
            if (title.mentionsAny(lexicon.seniorWords())) {
                return Seniority.SENIOR;
            }
            if (title.mentionsAny(lexicon.midWords())) {
                return Seniority.MID;
            }
            if (title.mentionsAny(lexicon.juniorWords())) {
                return Seniority.JUNIOR;
            }
            return Seniority.MID;
        }

        boolean titleSaysLevel() {
            return title.mentionsAny(lexicon.seniorWords())
                    || title.mentionsAny(lexicon.midWords())
                    || title.mentionsAny(lexicon.juniorWords());
        }
    }

    /**
     * The level a posting asks for: its {@code seniority}, else the level its title names, else
     * mid-level (a title without a level word usually means a regular, mid-level role).
     */
    Seniority postingLevel(JobPosting job) {
        return new Posting(job).level();
    }

    // ---- the whole model

    TemplateModel tailor(Candidate candidate, JobPosting job) {
        Posting posting = new Posting(job);
        String name = required("Candidate", "name", candidate.name());
        String company = required("JobPosting", "company", job.company());
        String title = required("JobPosting", "title", job.title());

        List<RankedSkill> ranked = rankSkills(candidate, posting);
        Stack stack = stack(ranked, candidate);
        Evidence evidence = evidence(candidate, posting, ranked);
        TextIndex profile = profileIndex(candidate, ranked, evidence.achievements, evidence.projects);
        Themes themes = themes(posting, ranked, evidence.achievements, evidence.projects, profile);
        List<String> focus = focus(posting, themes, profile);
        List<String> scaleFacts = scaleFacts(evidence.achievements, evidence.projects);

        String role = role(stack.language, candidate);
        String titleWithSeniority = titleWithSeniority(title, posting);
        String manager = Phrases.clean(job.hiringManager());
        JobView jobView = new JobView(
                company,
                title,
                titleWithSeniority,
                job.seniority() == null ? null : job.seniority().id(),
                Phrases.clean(job.location()),
                manager,
                Phrases.clean(job.reference()),
                job.url(),
                cleanAll(job.requiredSkills()),
                cleanAll(job.niceToHave()),
                cleanAll(job.keywords()));

        return new TemplateModel(
                candidateView(candidate, name, role),
                jobView,
                company,
                subject(titleWithSeniority, stack.subjectLanguage, stack.cloud, themes.lead),
                "Dear " + (manager == null ? "Hiring Manager" : manager) + ",",
                headline(candidate, stack.language, role),
                stack.primaryLanguage,
                stack.cloud,
                stack.skills,
                stack.stackText,
                stack.stackYearsText,
                stack.matched,
                stack.matchedYearsText,
                stack.backend,
                stack.backendStackText,
                stack.frontend,
                stack.frontendStackText,
                stack.frontendTesting,
                stack.practiceText,
                evidence.shown,
                evidence.top,
                evidence.more,
                evidence.backendAchievements,
                evidence.shownProjects,
                evidence.backendProjects,
                themes.views,
                themes.lead,
                themes.supports,
                focus,
                Phrases.join(focus),
                scaleFacts,
                Phrases.join(scaleFacts),
                variant(name, company, title));
    }

    /** What the letter says of the candidate's stack: the skill lists and the sentences about them. */
    private record Stack(
            RankedSkill language,
            String primaryLanguage,
            String subjectLanguage,
            String cloud,
            List<SkillView> skills,
            List<SkillView> backend,
            List<SkillView> frontend,
            List<SkillView> matched,
            String stackText,
            String backendStackText,
            String stackYearsText,
            String matchedYearsText,
            String frontendStackText,
            String frontendTesting,
            String practiceText) {}

    private Stack stack(List<RankedSkill> ranked, Candidate candidate) {
        RankedSkill language = primaryLanguage(ranked, candidate);
        String primaryLanguage = language == null ? null : language.view.name();
        String subjectLanguage = ranked.stream()
                .filter(r -> r.category == SkillCategory.LANGUAGE
                        && !lexicon.isSecondaryLanguage(r.skill.name())
                        && r.tier <= 2)
                .findFirst()
                .map(r -> r.view.name())
                .orElse(primaryLanguage);
        String cloud = cloud(ranked);
        Set<String> keep = new HashSet<>();
        keep.add(cloud);
        keep.add(primaryLanguage);
        List<SkillView> all = ranked.stream().map(RankedSkill::view).toList();
        List<SkillView> skills = frontendLast(shown(ranked, keep));
        List<SkillView> backend =
                shown(ranked.stream().filter(r -> !r.view.frontend()).toList(), keep);
        List<SkillView> frontend =
                limit(all.stream().filter(SkillView::frontend).toList(), maxSkills);
        List<SkillView> matched = frontendLast(limit(
                ranked.stream().filter(r -> r.tier <= 1).map(RankedSkill::view).toList(), maxSkills));
        Predicate<SkillView> built = v -> !lexicon.isTesting(v.name()) && !lexicon.isDelivery(v.name());
        String stackText = prose(skills, primaryLanguage);
        String backendStackText = prose(backend, primaryLanguage);
        String stackYearsText = stackText(skills.stream().filter(built).toList());
        String matchedYearsText = stackText(matched.stream().filter(built).toList());
        Set<String> said = new HashSet<>();
        for (String text : new String[] {stackText, backendStackText, stackYearsText, matchedYearsText}) {
            all.stream().filter(v -> saidIn(text, v)).forEach(v -> said.add(v.name()));
        }
        String frontendTesting = Phrases.join(frontend.stream()
                .filter(v -> lexicon.isTesting(v.name()))
                .map(SkillView::name)
                .toList());
        return new Stack(
                language,
                primaryLanguage,
                subjectLanguage,
                cloud,
                skills,
                backend,
                frontend,
                matched,
                stackText,
                backendStackText,
                stackYearsText,
                matchedYearsText,
                prose(frontend, primaryLanguage),
                frontendTesting,
                practice(ranked, cloud, said));
    }

    /** The achievements and projects, ranked for the posting, and the views of those a letter shows. */
    private record Evidence(
            List<Ranked<Achievement>> achievements,
            List<Ranked<Project>> projects,
            List<AchievementView> shown,
            AchievementView top,
            List<AchievementView> more,
            List<AchievementView> backendAchievements,
            List<ProjectView> shownProjects,
            List<ProjectView> backendProjects) {}

    private Evidence evidence(Candidate candidate, Posting posting, List<RankedSkill> ranked) {
        List<Ranked<Achievement>> achievements = rankAchievements(candidate.achievements(), posting);
        List<Ranked<Achievement>> shown = takeAchievements(achievements);
        Ranked<Achievement> top = topAchievement(achievements);
        List<AchievementView> backend =
                takeAchievements(achievements.stream()
                                .filter(r -> !r.frontendOnly)
                                .toList())
                        .stream()
                        .map(this::achievementView)
                        .toList();

        Map<String, String> displayNames = new LinkedHashMap<>();
        ranked.forEach(r -> displayNames.put(r.term.key(), r.view.name()));
        List<Ranked<Project>> projects = rankProjects(candidate.projects(), posting);
        List<ProjectView> shownProjects = limit(projects, MAX_PROJECTS).stream()
                .map(r -> projectView(r, displayNames))
                .toList();
        List<ProjectView> backendProjects =
                limit(projects.stream().filter(r -> !r.frontendOnly).toList(), MAX_PROJECTS).stream()
                        .map(r -> projectView(r, displayNames))
                        .toList();
        return new Evidence(
                achievements,
                projects,
                shown.stream().map(this::achievementView).toList(),
                top == null ? null : achievementView(top),
                shown.stream().filter(r -> r != top).map(this::achievementView).toList(),
                backend,
                shownProjects,
                backendProjects);
    }

    /**
     * The letterhead's headline: the candidate's own, else the role with the primary language's years
     * ("Python backend specialist (5 years)"), else null.
     */
    private static String headline(Candidate candidate, RankedSkill language, String role) {
        String own = Phrases.clean(candidate.headline());
        if (own != null || role == null) {
            return own;
        }
        Double years = candidate.transitioningFrom() == null && language != null
                ? smaller(language.skill.years(), candidate.yearsExperience())
                : candidate.yearsExperience();
        String text = Phrases.years(years);
        return text == null ? role : role + " (" + text + ")";
    }

    /** Phrasings a template can choose between: 60 divides by 2, 3, 4, 5 and 6. */
    static final int VARIANTS = 60;

    /**
     * The template variable {@code variant}: a number from 0 to {@value #VARIANTS} - 1 that picks
     * one of several equivalent phrasings, the same for the same candidate and posting (a hash of
     * the name, company and title, which does not depend on the JVM).
     */
    static int variant(String name, String company, String title) {
        int mixed = (name + "\n" + company + "\n" + title).hashCode() * 0x9E3779B9;
        return Math.floorMod(mixed >>> 8, VARIANTS);
    }

    /**
     * The primary language: the strongest backend language by years; the candidate's headline breaks
     * a tie, then the rank for the posting. A frontend language (TypeScript for a candidate moving
     * from frontend who names no server runtime) is never the primary backend language while there
     * is another; secondary languages (SQL, Bash) never are.
     */
    private RankedSkill primaryLanguage(List<RankedSkill> ranked, Candidate candidate) {
        List<RankedSkill> languages = ranked.stream()
                .filter(r -> r.category == SkillCategory.LANGUAGE && !lexicon.isSecondaryLanguage(r.skill.name()))
                .toList();
        List<RankedSkill> backend =
                languages.stream().filter(r -> !r.view.frontend()).toList();
        TextIndex headlineWords = lexicon.index().add(candidate.headline());
        return (backend.isEmpty() ? languages : backend)
                .stream()
                        .max(Comparator.comparingDouble(
                                        (RankedSkill r) -> r.skill.years() == null ? -1 : r.skill.years())
                                .thenComparing(r -> headlineWords.mentions(r.term))
                                .thenComparing(r -> -ranked.indexOf(r)))
                        .orElse(null);
    }

    /** Whether a stack sentence names a skill: "Python (8 years), PostgreSQL and AWS" names AWS. */
    private static boolean saidIn(String stackText, SkillView skill) {
        return stackText != null
                && List.of(stackText.split(", | and ")).stream()
                        .anyMatch(part -> part.equals(skill.name()) || part.equals(skill.withYears()));
    }

    // ---- how the candidate tests and ships

    private boolean testing(RankedSkill r) {
        return lexicon.isTesting(r.skill.name());
    }

    private boolean delivery(RankedSkill r) {
        return lexicon.isDelivery(r.skill.name()) || lexicon.isCloudPlatform(r.skill.name());
    }

    /**
     * The first {@code maxSkills} skills in rank order, keeping room for one testing skill and one
     * delivery skill (a delivery tool or cloud) when the profile has them and the first ones do
     * not: the skill that makes room is the lowest-ranked one the posting does not require (a
     * nice-to-have only when nothing else can), without evidence if possible, and never one named
     * in {@code keep} (the primary language and the cloud platform of the subject line).
     */
    private List<SkillView> shown(List<RankedSkill> ranked, Set<String> keep) {
        List<RankedSkill> shown = new ArrayList<>(limit(ranked, maxSkills));
        List<Predicate<RankedSkill>> areas = List.of(this::testing, this::delivery);
        for (Predicate<RankedSkill> area : areas) {
            if (shown.stream().anyMatch(area)) {
                continue;
            }
            RankedSkill best = ranked.stream()
                    .filter(r -> !shown.contains(r) && area.test(r))
                    .findFirst()
                    .orElse(null);
            RankedSkill room = best == null
                    ? null
                    : shown.stream()
                            .filter(r -> r.tier >= 1
                                    && !keep.contains(r.view.name())
                                    && areas.stream()
                                            .noneMatch(a -> a.test(r)
                                                    && shown.stream().filter(a).count() == 1))
                            .max(Comparator.<RankedSkill>comparingInt(r -> r.tier)
                                    .thenComparingInt(r -> r.skill.evidence() == null ? 1 : 0)
                                    .thenComparingInt(ranked::indexOf))
                            .orElse(null);
            if (room != null) {
                shown.set(shown.indexOf(room), best);
            }
        }
        shown.sort(Comparator.comparingInt(ranked::indexOf));
        return shown.stream().map(RankedSkill::view).toList();
    }

    /**
     * How the candidate tests and ships, from the testing and delivery skills the stack sentences
     * have not named:
     * "test my code with pytest and Testcontainers, and ship it with Docker on AWS",
     * "practise test-driven development with pytest", "ship my code with Docker and GitHub Actions".
     * Null when the profile names no testing or delivery skill beyond those.
     */
    private String practice(List<RankedSkill> ranked, String cloud, Set<String> said) {
        List<RankedSkill> fresh =
                ranked.stream().filter(r -> !said.contains(r.view.name())).toList();
        String method = fresh.stream()
                .filter(r -> testing(r) && practiceNotTool(r))
                .map(r -> inSentence(r.view.name()))
                .findFirst()
                .orElse(null);
        String tools = Phrases.join(limit(
                fresh.stream()
                        .filter(r -> testing(r) && !practiceNotTool(r))
                        .map(r -> r.view.name())
                        .toList(),
                2));
        String shipTools = Phrases.join(limit(
                fresh.stream()
                        .filter(r -> lexicon.isDelivery(r.skill.name()))
                        .map(r -> r.view.name())
                        .toList(),
                2));
        String platform = cloud == null || said.contains(cloud) ? null : cloud;

        String test = method != null
                ? "practise " + method + (tools == null ? "" : " with " + tools)
                : tools == null ? null : "test my code with " + tools;
        String code = test != null && method == null ? "it" : "my code";
        String ship = shipTools != null
                ? "ship " + code + " with " + shipTools + (platform == null ? "" : " on " + platform)
                : platform == null ? null : "run " + code + " on " + platform;
        if (test == null || ship == null) {
            return test == null ? ship : test;
        }
        return test + ", and " + ship;
    }

    /**
     * Whether a skill is a way of working ("Test-driven development"), not a tool ("Jest"): the
     * vocabulary's word wins over a profile that files a test tool under practices.
     */
    private boolean practiceNotTool(RankedSkill r) {
        SkillCategory known = lexicon.category(r.skill.name());
        return known == SkillCategory.PRACTICE || (known == null && r.category == SkillCategory.PRACTICE);
    }

    /**
     * A practice's name inside a sentence: "Test-driven development" → "test-driven development";
     * a one-word name keeps the profile's spelling ("TDD", "Jest").
     */
    private static String inSentence(String name) {
        boolean phrase = name.indexOf(' ') > 0 || name.indexOf('-') > 0;
        return phrase && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1)
                : name;
    }

    private static String required(String type, String field, String value) {
        String clean = Phrases.clean(value);
        if (clean == null) {
            throw new InvalidInputException(
                    Problem.of(type + "." + field, "has no printable text (was \"" + value + "\")"));
        }
        return clean;
    }

    private static List<String> cleanAll(List<String> values) {
        return values.stream().map(Phrases::clean).filter(v -> v != null).toList();
    }

    private static <T> List<T> limit(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }

    private static List<SkillView> frontendLast(List<SkillView> skills) {
        List<SkillView> out = new ArrayList<>(skills.size());
        skills.stream().filter(s -> !s.frontend()).forEach(out::add);
        skills.stream().filter(SkillView::frontend).forEach(out::add);
        return List.copyOf(out);
    }

    /** The first skills with their years, in rank order: "Python (8 years), PostgreSQL (6 years) and AWS (5 years)". */
    private static String stackText(List<SkillView> skills) {
        return Phrases.join(limit(skills, STACK_TEXT_SKILLS).stream()
                .map(SkillView::withYears)
                .toList());
    }

    /**
     * The first languages, frameworks, databases and cloud platforms other than the primary
     * language, by name, in the order a sentence lists a stack: "FastAPI, PostgreSQL and AWS" — for
     * a sentence that has already named the language. Tools, practices and frameworks the
     * vocabulary does not know as backend technology (pandas) stay in the lists.
     */
    private String prose(List<SkillView> skills, String primaryLanguage) {
        Set<String> stack = Set.of("language", "framework", "database", "cloud");
        List<SkillView> chosen = limit(
                skills.stream()
                        .filter(s -> !s.name().equals(primaryLanguage)
                                && s.category() != null
                                && stack.contains(s.category())
                                && !lexicon.isSecondaryLanguage(s.name())
                                && (!s.category().equals("framework")
                                        || !lexicon.areas(s.name()).isEmpty()))
                        .toList(),
                STACK_TEXT_SKILLS);
        List<String> order = SkillCategory.ids();
        return Phrases.join(chosen.stream()
                .sorted(Comparator.comparingInt(s -> s.category() == null ? order.size() : order.indexOf(s.category())))
                .map(SkillView::name)
                .toList());
    }

    // ---- skills

    /** A skill of the profile, with its rank for the posting and how a template sees it. */
    private record RankedSkill(
            Skill skill, Term term, int index, int tier, SkillCategory category, TextIndex evidence, SkillView view) {}

    private List<RankedSkill> rankSkills(Candidate candidate, Posting posting) {
        List<RankedSkill> ranked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Skill> skills = candidate.skills();
        boolean browserOnly = Phrases.clean(candidate.transitioningFrom()) != null
                && lexicon.isFrontend(candidate.transitioningFrom())
                && skills.stream().noneMatch(s -> s.name() != null && lexicon.isServerRuntime(s.name()));
        for (int i = 0; i < skills.size(); i++) {
            Skill skill = skills.get(i);
            String name = Phrases.clean(skill.name());
            if (name == null) {
                continue;
            }
            Term term = lexicon.term(name);
            if (!seen.add(term.key().isEmpty() ? name : term.key())) {
                continue;
            }
            Wanted required = posting.match(posting.required, term);
            Wanted nice = required != null ? null : posting.match(posting.nice, term);
            Wanted keyword = posting.match(posting.keywords, term);
            boolean frontend = lexicon.isFrontend(name) || browserOnly && lexicon.isBrowserLanguage(name);
            int tier;
            if (required != null) {
                tier = 0;
            } else if (nice != null) {
                tier = 1;
            } else if (keyword != null || inPostingTheme(term, posting)) {
                tier = 2;
            } else {
                tier = frontend ? 4 : 3;
            }
            SkillCategory category = skill.category() != null ? skill.category() : lexicon.category(name);
            Wanted named = required != null ? required : nice != null ? nice : keyword;
            String display = named != null
                            && named.term().sameAs(term)
                            && preferPostingSpelling(named.term().text(), name)
                    ? named.term().text()
                    : name;
            String years = Phrases.years(skill.years());
            String evidence =
                    skill.evidence() == null ? null : Phrases.clean(Phrases.withoutFinalStop(skill.evidence()));
            String withYears = years == null ? display : display + " (" + years + ")";
            String phrase = evidence == null ? withYears : withYears + ": " + evidence;
            SkillView view = new SkillView(
                    display,
                    category == null ? null : category.id(),
                    skill.years(),
                    years,
                    evidence,
                    withYears,
                    phrase,
                    required != null,
                    named != null || tier == 2,
                    frontend);
            ranked.add(new RankedSkill(
                    skill,
                    term,
                    i,
                    tier,
                    category,
                    skill.evidence() == null ? null : lexicon.index().add(skill.evidence()),
                    view));
        }
        ranked.sort(Comparator.<RankedSkill>comparingInt(r -> r.tier)
                .thenComparing(r -> r.skill.years() == null ? -1.0 : r.skill.years(), Comparator.reverseOrder())
                .thenComparingInt(r -> r.skill.evidence() == null ? 1 : 0)
                .thenComparingInt(r -> r.index));
        return ranked;
    }

    private static boolean preferPostingSpelling(String posting, String profile) {
        boolean postingLower = posting.equals(posting.toLowerCase(Locale.ROOT));
        boolean profileLower = profile.equals(profile.toLowerCase(Locale.ROOT));
        return !postingLower || profileLower;
    }

    private boolean inPostingTheme(Term skill, Posting posting) {
        for (Lexicon.Theme theme : lexicon.themes()) {
            if (posting.keywordThemes.contains(theme.id())) {
                for (Term t : theme.terms()) {
                    if (t.sameAs(skill)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private String cloud(List<RankedSkill> ranked) {
        for (RankedSkill r : ranked) {
            if (lexicon.isCloudPlatform(r.skill.name())) {
                return r.view.name();
            }
        }
        for (RankedSkill r : ranked) {
            if (r.skill.category() == SkillCategory.CLOUD
                    && lexicon.areas(r.skill.name()).isEmpty()) {
                return r.view.name();
            }
        }
        return null;
    }

    // ---- achievements and projects

    /**
     * An achievement or project with its rank: the words it mentions, its figures (each said once by
     * {@link Metric#phrase()}, cleaned), its overlap score with the posting, and whether it is
     * frontend work only.
     */
    private record Ranked<T>(
            T item,
            int index,
            TextIndex words,
            List<Metric> metrics,
            List<String> phrases,
            int score,
            boolean frontendOnly) {
        boolean measured() {
            return !metrics.isEmpty();
        }

        boolean relevant() {
            return score > 0;
        }
    }

    private <T> Ranked<T> rank(
            T item, int index, List<String> texts, List<String> skills, List<Metric> metrics, Posting posting) {
        TextIndex words = lexicon.index();
        texts.forEach(words::add);
        skills.forEach(words::add);
        List<String> phrases =
                metrics.stream().map(m -> Phrases.clean(Phrases.metric(m))).toList();
        phrases.forEach(words::add);
        int score = 0;
        for (Wanted w : posting.required) {
            score += words.mentions(w.term()) ? 3 : 0;
        }
        for (Wanted w : posting.nice) {
            score += words.mentions(w.term()) ? 3 : 0;
        }
        for (Wanted w : posting.keywords) {
            score += words.mentions(w.term()) ? 2 : 0;
        }
        for (Lexicon.Theme theme : lexicon.themes()) {
            if (posting.themes.contains(theme.id()) && words.mentionsAny(theme.terms())) {
                score += 1;
            }
        }
        boolean frontendOnly = words.mentionsAny(lexicon.frontendTerms()) && !words.mentionsAny(lexicon.backendTerms());
        return new Ranked<>(item, index, words, metrics, phrases, score, frontendOnly);
    }

    private static <T> Comparator<Ranked<T>> byRank() {
        return Comparator.<Ranked<T>>comparingInt(r -> -r.score)
                .thenComparing(r -> r.frontendOnly)
                .thenComparing(r -> !r.measured())
                .thenComparingInt(r -> r.index);
    }

    private List<Ranked<Achievement>> rankAchievements(List<Achievement> achievements, Posting posting) {
        List<Ranked<Achievement>> ranked = new ArrayList<>();
        for (int i = 0; i < achievements.size(); i++) {
            Achievement a = achievements.get(i);
            ranked.add(rank(a, i, List.of(a.text()), a.skills(), a.metrics(), posting));
        }
        ranked.sort(byRank());
        return ranked;
    }

    private static List<Ranked<Achievement>> takeAchievements(List<Ranked<Achievement>> ranked) {
        if (ranked.size() < MAX_ACHIEVEMENTS) {
            return ranked;
        }
        Ranked<Achievement> fourth = ranked.get(MAX_ACHIEVEMENTS - 1);
        return ranked.subList(0, fourth.relevant() || fourth.measured() ? MAX_ACHIEVEMENTS : MIN_ACHIEVEMENTS);
    }

    private static Ranked<Achievement> topAchievement(List<Ranked<Achievement>> ranked) {
        for (Ranked<Achievement> r : ranked) {
            if (r.measured() && !r.frontendOnly) {
                return r;
            }
        }
        for (Ranked<Achievement> r : ranked) {
            if (r.measured()) {
                return r;
            }
        }
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    private AchievementView achievementView(Ranked<Achievement> r) {
        String text = Phrases.capitalise(Phrases.withoutFinalStop(Phrases.clean(r.item.text())));
        String sentence = Phrases.withMetrics(text, r.metrics, r.phrases);
        return new AchievementView(
                text,
                sentence,
                firstPerson(sentence),
                r.phrases,
                cleanAll(r.item.skills()),
                r.measured(),
                r.relevant());
    }

    /**
     * "Rebuilt the pipeline…" → "I rebuilt the pipeline…", "Load-tested the API…" → "I load-tested
     * the API…"; other sentences unchanged.
     */
    String firstPerson(String sentence) {
        int end = 0;
        while (end < sentence.length() && (Character.isLetter(sentence.charAt(end)) || sentence.charAt(end) == '-')) {
            end++;
        }
        String word = sentence.substring(0, end);
        if (end < 2 || end >= sentence.length() || sentence.charAt(end) != ' ') {
            return sentence;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean capitalisedWord =
                Character.isUpperCase(word.charAt(0)) && word.substring(1).equals(lower.substring(1));
        String verb = lower.substring(lower.lastIndexOf('-') + 1);
        if (!capitalisedWord || !lexicon.isCvVerb(verb)) {
            return sentence;
        }
        return "I " + lower + sentence.substring(end);
    }

    private List<Ranked<Project>> rankProjects(List<Project> projects, Posting posting) {
        List<Ranked<Project>> ranked = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            List<String> texts = new ArrayList<>();
            texts.add(p.name());
            if (p.summary() != null) {
                texts.add(p.summary());
            }
            ranked.add(rank(p, i, texts, p.skills(), p.metrics(), posting));
        }
        ranked.sort(Comparator.<Ranked<Project>>comparingInt(r -> -r.score)
                .thenComparing(r -> r.frontendOnly)
                .thenComparing(r -> r.item.link() == null)
                .thenComparing(r -> !r.measured())
                .thenComparingInt(r -> r.index));
        return ranked;
    }

    private ProjectView projectView(Ranked<Project> r, Map<String, String> displayNames) {
        Project p = r.item;
        String name = Phrases.clean(p.name());
        String summaryText = Phrases.clean(p.summary());
        List<String> metrics = r.phrases;
        String summary;
        if (summaryText != null) {
            summary = Phrases.withMetrics(summaryText, r.metrics, r.phrases);
        } else {
            List<String> alone = new ArrayList<>();
            for (int k = 0; k < metrics.size(); k++) {
                if (Phrases.standsAlone(r.metrics.get(k)) && metrics.get(k) != null) {
                    alone.add(metrics.get(k));
                }
            }
            summary = alone.isEmpty() ? null : Phrases.sentence(Phrases.join(alone));
        }
        List<String> skills = new ArrayList<>();
        for (String skill : cleanAll(p.skills())) {
            String display = displayNames.getOrDefault(lexicon.synonyms().canonicalKey(skill), skill);
            if (!skills.contains(display)) {
                skills.add(display);
            }
        }
        String skillsText = Phrases.join(skills);
        String unsaid = saysMostOf(summaryText, skills) ? null : Phrases.join(unsaid(summaryText, skills));
        String builtWith = unsaid == null ? null : "Built with " + unsaid + ".";
        String description = summary == null ? builtWith : builtWith == null ? summary : summary + " " + builtWith;
        return new ProjectView(
                name == null ? "Project" : name,
                summary,
                p.link(),
                p.link() == null ? null : Phrases.linkText(p.link()),
                skills,
                skillsText,
                metrics,
                description,
                r.relevant());
    }

    /** The skills a summary does not name, so that "Built with…" adds only those. */
    private List<String> unsaid(String summary, List<String> skills) {
        if (summary == null) {
            return skills;
        }
        TextIndex words = lexicon.index().add(summary);
        return skills.stream()
                .filter(skill -> !words.mentions(lexicon.term(skill)))
                .toList();
    }

    /** Whether a summary already names at least half of the skills, so "Built with…" would repeat it. */
    private boolean saysMostOf(String summary, List<String> skills) {
        if (summary == null) {
            return false;
        }
        TextIndex words = lexicon.index().add(summary);
        long named = skills.stream()
                .filter(skill -> words.mentions(lexicon.term(skill)))
                .count();
        return named * 2 >= skills.size();
    }

    // ---- themes, focus and scale

    private static final class Themes {
        List<ThemeView> views;
        ThemeView lead;
        Map<String, Boolean> supports;
    }

    /**
     * The themes the profile shows, best first. A theme the letter may claim ("experience with
     * event-driven systems", "| Cloud-Native Delivery") needs more than a tool that belongs to it: the
     * posting asks for it and the profile shows it, or the profile's own text names the theme
     * ("microservices", "cloud-native"). Without either the letter says nothing of it.
     */
    private Themes themes(
            Posting posting,
            List<RankedSkill> skills,
            List<Ranked<Achievement>> achievements,
            List<Ranked<Project>> projects,
            TextIndex profile) {
        record Evidence(Lexicon.Theme theme, int weight, boolean atScale, boolean inPosting, int order) {}
        List<Evidence> found = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        List<Lexicon.Theme> all = lexicon.themes();
        List<Ranked<?>> items = new ArrayList<>(achievements);
        items.addAll(projects);
        for (int t = 0; t < all.size(); t++) {
            Lexicon.Theme theme = all.get(t);
            int weight = 0;
            boolean atScale = false;
            for (Ranked<?> r : items) {
                if (r.words.mentionsAny(theme.terms())) {
                    weight += r.measured() ? 3 : 2;
                    atScale |= r.metrics.stream()
                            .anyMatch(m -> !m.isChange()
                                    && m.unit() != null
                                    && (m.kind() == MetricKind.THROUGHPUT || m.kind() == MetricKind.SCALE));
                }
            }
            for (RankedSkill s : skills) {
                boolean named = theme.terms().stream().anyMatch(term -> term.sameAs(s.term));
                boolean evidence = s.evidence != null && s.evidence.mentionsAny(theme.terms());
                if (named || evidence) {
                    weight += 1;
                }
            }
            boolean claimable = posting.themes.contains(theme.id())
                    || profile.mentions(lexicon.term(theme.phrase()))
                    || profile.mentions(lexicon.term(theme.id()));
            if (weight > 0) {
                shown.add(theme.id());
            }
            if (weight > 0 && claimable) {
                found.add(new Evidence(theme, weight, atScale, posting.themes.contains(theme.id()), t));
            }
        }
        found.sort(Comparator.<Evidence, Boolean>comparing(e -> !e.inPosting())
                .thenComparingInt(e -> -e.weight())
                .thenComparingInt(Evidence::order));
        Themes themes = new Themes();
        themes.views = found.stream()
                .map(e -> new ThemeView(
                        e.theme().id(),
                        e.atScale() ? e.theme().scaleLabel() : e.theme().label(),
                        e.theme().phrase(),
                        e.inPosting(),
                        e.atScale()))
                .toList();
        Map<String, Boolean> supports = new LinkedHashMap<>();
        for (Lexicon.Theme theme : all) {
            supports.put(theme.id(), shown.contains(theme.id()));
        }
        themes.supports = java.util.Collections.unmodifiableMap(supports);
        if (!found.isEmpty()) {
            ThemeView first = themes.views.get(0);
            themes.lead = first;
            if (found.size() > 1 && found.get(1).inPosting() == found.get(0).inPosting()) {
                ThemeView second = themes.views.get(1);
                for (Lexicon.Combination c : lexicon.combinations()) {
                    boolean pair = (c.first().equals(first.id()) && c.second().equals(second.id()))
                            || (c.first().equals(second.id()) && c.second().equals(first.id()));
                    if (pair) {
                        boolean scale = first.atScale() || second.atScale();
                        themes.lead = new ThemeView(
                                first.id(),
                                scale ? c.scaleLabel() : c.label(),
                                first.phrase(),
                                first.inPosting(),
                                scale);
                        break;
                    }
                }
            }
        }
        return themes;
    }

    /** Everything the profile says, from the indexes already built for its parts. */
    private TextIndex profileIndex(
            Candidate c,
            List<RankedSkill> skills,
            List<? extends Ranked<?>> achievements,
            List<? extends Ranked<?>> projects) {
        TextIndex index = lexicon.index().add(c.headline());
        for (RankedSkill s : skills) {
            index.add(s.skill.name()).addAll(s.evidence);
        }
        achievements.forEach(r -> index.addAll(r.words()));
        projects.forEach(r -> index.addAll(r.words()));
        return index;
    }

    /**
     * The posting's keywords that the profile supports, in the posting's order: a keyword the
     * profile mentions, or one that names a theme the profile shows. A keyword is said as the
     * posting writes it, unless it is an adjective ("event-driven"), which takes its theme's phrase
     * ("event-driven systems"). A posting without keywords contributes the themes of its title.
     */
    private List<String> focus(Posting posting, Themes themes, TextIndex profile) {
        List<String> focus = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Wanted> words = posting.keywords.isEmpty()
                ? List.of(new Wanted(lexicon.term(posting.job.title()), posting.title))
                : posting.keywords;
        boolean fromTitle = posting.keywords.isEmpty();
        for (Wanted w : words) {
            if (focus.size() == MAX_FOCUS) {
                break;
            }
            Lexicon.Theme theme = null;
            for (Lexicon.Theme t : lexicon.themes()) {
                if (w.words().mentionsAny(t.terms())) {
                    theme = t;
                    break;
                }
            }
            boolean shown = theme != null && Boolean.TRUE.equals(themes.supports.get(theme.id()));
            if (!shown && (fromTitle || !profile.mentions(w.term()))) {
                continue;
            }
            String key = shown ? "theme:" + theme.id() : w.term().key();
            String text = shown && (fromTitle || adjective(w.term().text()))
                    ? theme.phrase()
                    : w.term().text();
            if (keys.add(key)) {
                focus.add(text);
            }
        }
        return List.copyOf(focus);
    }

    /** Whether a keyword is an adjective that needs a noun ("event-driven", "cloud-native"). */
    private static boolean adjective(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT).strip();
        return !k.contains(" ")
                && (k.endsWith("driven")
                        || k.endsWith("based")
                        || k.endsWith("native")
                        || k.endsWith("oriented")
                        || k.endsWith("distributed")
                        || k.endsWith("scalable"));
    }

    private static List<String> scaleFacts(List<Ranked<Achievement>> achievements, List<Ranked<Project>> projects) {
        List<String> facts = new ArrayList<>();
        List<Ranked<?>> items = new ArrayList<>(achievements);
        items.addAll(projects);
        for (Ranked<?> r : items) {
            for (int k = 0; k < r.metrics.size(); k++) {
                Metric m = r.metrics.get(k);
                if (!m.isChange()
                        && m.unit() != null
                        && (m.kind() == MetricKind.THROUGHPUT || m.kind() == MetricKind.SCALE)) {
                    String phrase = r.phrases.get(k);
                    if (phrase != null && !facts.contains(phrase) && facts.size() < MAX_SCALE_FACTS) {
                        facts.add(phrase);
                    }
                }
            }
        }
        return List.copyOf(facts);
    }

    // ---- who and what

    private String role(RankedSkill language, Candidate candidate) {
        if (language == null) {
            return null;
        }
        String name = language.view.name();
        String from = Phrases.clean(candidate.transitioningFrom());
        if (from != null) {
            return name + " developer moving from " + from + " to backend";
        }
        Double years = smaller(language.skill.years(), candidate.yearsExperience());
        // "backend" only when the profile shows backend work: a CEO who writes C++ is a C++ developer
        String kind = backendEvidence(candidate) ? " backend" : "";
        return name + kind + (years != null && years >= SPECIALIST_YEARS ? " specialist" : " developer");
    }

    /**
     * Whether the profile allows calling its owner a backend developer: it has no headline, or its
     * headline says backend work, or it has a backend or database skill.
     */
    private boolean backendEvidence(Candidate candidate) {
        String headline = candidate.headline();
        if (headline == null || BACKEND_WORDS.matcher(headline).find()) {
            // a profile that says nothing of its role is read as applying for the backend role it
            // applies to; one whose own headline names another role ("CEO and founder") is not
            return true;
        }
        for (var skill : candidate.skills()) {
            Set<Technologies.Area> areas = lexicon.areas(skill.name());
            if (areas.contains(Technologies.Area.BACKEND) || areas.contains(Technologies.Area.DATABASES)) {
                return true;
            }
        }
        return false;
    }

    /** The smaller of two year counts, either of which may be unknown. */
    private static Double smaller(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    private CandidateView candidateView(Candidate c, String name, String role) {
        String code = c.links().code();
        return new CandidateView(
                name,
                c.email(),
                Phrases.clean(c.phone()),
                Phrases.clean(c.location()),
                c.links().github(),
                c.links().linkedin(),
                c.links().website(),
                code,
                code == null ? null : Phrases.linkText(code),
                role,
                role == null ? null : Phrases.article(role) + " " + role,
                c.seniority() == null ? null : c.seniority().id(),
                c.yearsExperience(),
                Phrases.years(c.yearsExperience()),
                Phrases.period(c.yearsExperience()),
                Phrases.clean(c.transitioningFrom()),
                Phrases.clean(c.summary()));
    }

    private String titleWithSeniority(String title, Posting posting) {
        Seniority level = posting.job.seniority();
        String prefix = level == null
                ? null
                : switch (level) {
                    case JUNIOR -> "Junior";
                    case SENIOR -> "Senior";
                    case STAFF -> "Staff";
                    case LEAD -> "Lead";
                    case MID -> null;
                };
        return prefix == null || posting.titleSaysLevel() ? title : prefix + " " + title;
    }

    private static String subject(String title, String language, String cloud, ThemeView theme) {
        List<String> parts = new ArrayList<>();
        parts.add(title);
        if (language != null && cloud != null) {
            parts.add(language + " + " + cloud);
        } else if (language != null || cloud != null) {
            parts.add(language != null ? language : cloud);
        }
        if (theme != null) {
            parts.add(theme.label());
        }
        return parts.size() == 1 ? "Application for " + title : String.join(" | ", parts);
    }
}
