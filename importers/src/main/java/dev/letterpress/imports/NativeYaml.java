package dev.letterpress.imports;

import dev.letterpress.model.Achievement;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Metric;
import dev.letterpress.model.Project;
import dev.letterpress.model.Skill;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes an imported value as Letterpress's YAML, a comment beside each field naming its source. */
final class NativeYaml {
    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> origins;

    private NativeYaml(Map<String, String> origins) {
        this.origins = origins;
    }

    static String of(Imported<?> imported) {
        NativeYaml yaml = new NativeYaml(imported.origins());
        yaml.out
                .append("# Imported by letterpress import from ")
                .append(imported.format())
                .append(".\n")
                .append("# Each comment names where the value came from. Check the mapping, fix what is wrong, add\n")
                .append("# what the source could not say (years per skill, seniority), then use this file as it is.\n");
        if (imported.value() instanceof Candidate c) {
            yaml.candidate(c);
        } else if (imported.value() instanceof JobPosting j) {
            yaml.job(j);
        } else {
            throw new IllegalArgumentException("Imported value is neither a Candidate nor a JobPosting: "
                    + imported.value().getClass().getName());
        }
        return yaml.out.toString();
    }

    private void candidate(Candidate c) {
        scalar("", "id", c.id(), "id");
        scalar("", "name", c.name(), "name");
        scalar("", "email", c.email(), "email");
        scalar("", "phone", c.phone(), "phone");
        scalar("", "location", c.location(), "location");
        if (c.links().github() != null
                || c.links().linkedin() != null
                || c.links().website() != null) {
            out.append("links:\n");
            scalar("  ", "github", c.links().github(), "links.github");
            scalar("  ", "linkedin", c.links().linkedin(), "links.linkedin");
            scalar("  ", "website", c.links().website(), "links.website");
        }
        scalar("", "headline", c.headline(), "headline");
        scalar("", "summary", c.summary(), "summary");
        if (c.seniority() != null) {
            line("", "seniority: " + c.seniority().id(), "seniority");
        }
        if (c.yearsExperience() != null) {
            line("", "yearsExperience: " + number(c.yearsExperience()), "yearsExperience");
        }
        if (!c.skills().isEmpty()) {
            out.append("skills:\n");
            for (int i = 0; i < c.skills().size(); i++) {
                Skill s = c.skills().get(i);
                String path = "skills[" + i + "]";
                line("  - ", "name: " + quote(s.name()), path);
                if (s.category() != null) {
                    line("    ", "category: " + s.category().id(), path + ".category");
                }
                if (s.years() != null) {
                    line("    ", "years: " + number(s.years()), path + ".years");
                }
            }
        }
        if (!c.achievements().isEmpty()) {
            out.append("achievements:\n");
            for (int i = 0; i < c.achievements().size(); i++) {
                Achievement a = c.achievements().get(i);
                String path = "achievements[" + i + "]";
                line("  - ", "text: " + quote(a.text()), path);
                list("    ", "skills", a.skills(), path + ".skills");
                metrics("    ", a.metrics(), path + ".metrics");
            }
        }
        if (!c.projects().isEmpty()) {
            out.append("projects:\n");
            for (int i = 0; i < c.projects().size(); i++) {
                Project p = c.projects().get(i);
                String path = "projects[" + i + "]";
                line("  - ", "name: " + quote(p.name()), path);
                scalar("    ", "summary", p.summary(), path + ".summary");
                list("    ", "skills", p.skills(), path + ".skills");
                scalar("    ", "link", p.link(), path + ".link");
                metrics("    ", p.metrics(), path + ".metrics");
            }
        }
    }

    private void job(JobPosting j) {
        scalar("", "id", j.id(), "id");
        scalar("", "company", j.company(), "company");
        scalar("", "title", j.title(), "title");
        if (j.seniority() != null) {
            line("", "seniority: " + j.seniority().id(), "seniority");
        }
        scalar("", "location", j.location(), "location");
        scalar("", "hiringManager", j.hiringManager(), "hiringManager");
        list("", "requiredSkills", j.requiredSkills(), "requiredSkills");
        list("", "niceToHave", j.niceToHave(), "niceToHave");
        list("", "keywords", j.keywords(), "keywords");
        scalar("", "url", j.url(), "url");
        scalar("", "reference", j.reference(), "reference");
    }

    private void metrics(String indent, List<Metric> metrics, String path) {
        if (metrics.isEmpty()) {
            return;
        }
        line(indent, "metrics:", path);
        for (Metric m : metrics) {
            StringBuilder s = new StringBuilder("{ kind: ").append(m.kind().id());
            if (m.value() != null) {
                s.append(", value: ").append(number(m.value()));
            }
            if (m.unit() != null) {
                s.append(", unit: ").append(quote(m.unit()));
            }
            if (m.isChange()) {
                s.append(", before: ")
                        .append(number(m.before()))
                        .append(", after: ")
                        .append(number(m.after()));
            }
            out.append(indent).append("  - ").append(s).append(" }\n");
        }
    }

    private void scalar(String indent, String key, String value, String path) {
        if (value != null) {
            line(indent, key + ": " + quote(value), path);
        }
    }

    private void list(String indent, String key, List<String> values, String path) {
        if (values.isEmpty()) {
            return;
        }
        line(
                indent,
                key + ": ["
                        + String.join(
                                ", ", values.stream().map(NativeYaml::quote).toList()) + "]",
                path);
    }

    private void line(String indent, String text, String path) {
        out.append(indent).append(text);
        String origin = origins.get(path);
        if (origin != null) {
            out.append("  # ").append(origin.replace('\n', ' '));
        }
        out.append('\n');
    }

    /** A double-quoted YAML string: valid JSON escapes, so any text survives the round trip. */
    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
