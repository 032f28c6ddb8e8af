package dev.letterpress.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The review rules. Their ids ({@link #id()}, e.g. {@code "metrics.missing"}) are part of the
 * public contract: they appear in role packs, in the JSON form of a {@link Review}, in the batch
 * manifest and in scripts that read them. What each rule looks for is data in the role pack; what
 * it means is fixed here.
 */
public enum RuleId {
    /** No quantified result: latency, throughput, uptime, users, records, %, money, time saved. */
    METRICS_MISSING("metrics.missing"),
    /** Scale claims that cannot be checked ("billions of requests", "100% uptime") with no figure next to them. */
    METRICS_IMPLAUSIBLE("metrics.implausible"),
    /** A run of many technologies, or technologies listed without years, evidence or a thing built with them. */
    STACK_BREADTH("stack.breadth"),
    /** No primary stack stated, such as "Python backend specialist (5 years)". */
    STACK_PRIMARY("stack.primary"),
    /** No system design or architecture: microservices, event-driven, API design, caching, queues, sharding… */
    DESIGN_MISSING("design.missing"),
    /** No deployment, DevOps or cloud: Docker, Kubernetes, CI/CD, AWS/GCP/Azure… */
    DEVOPS_MISSING("devops.missing"),
    /** No testing practice: unit, integration, TDD, coverage… */
    TESTING_MISSING("testing.missing"),
    /** No link to code: GitHub, GitLab or a portfolio. */
    GITHUB_MISSING("github.missing"),
    /** Unfilled template text: [Company], {{name}}, &lt;Name&gt;, XX, TODO… */
    PLACEHOLDER("placeholder"),
    /** A backend letter that leads with frontend skills. */
    FRONTEND_FIRST("frontend.first"),
    /** With a posting: the letter never names the company. */
    TAILORING_COMPANY("tailoring.company"),
    /** With a posting: fewer than half of the required skills are addressed. */
    TAILORING_REQUIREMENTS("tailoring.requirements"),
    /** Too short, too long, or more than one page. */
    LENGTH("length"),
    /** A figure stated twice in one sentence. */
    STYLE_REPEATED_FIGURE("style.repeated-figure"),
    /** Doubled or stray punctuation: "Inc..", ",,", a comma with a space before it. */
    STYLE_PUNCTUATION("style.punctuation");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /**
     * The rule's public id, e.g. {@code "stack.breadth"}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Finds a rule by its public id.
     *
     * @param id an id such as {@code "length"}, may be null
     * @return the rule, or empty when no rule has this id
     */
    public static Optional<RuleId> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /**
     * Every public id, in declaration order.
     *
     * @return {@code [metrics.missing, metrics.implausible, …, length]}
     */
    public static List<String> ids() {
        return Arrays.stream(values()).map(RuleId::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
