package dev.letterpress.batch;

import java.util.Locale;

/** The columns of the applications CSV, as DESIGN.md fixes them. */
enum Column {
    CANDIDATE("candidate"),
    COMPANY("company"),
    TITLE("title"),
    HIRING_MANAGER("hiring_manager"),
    REQUIRED_SKILLS("required_skills"),
    NICE_TO_HAVE("nice_to_have"),
    KEYWORDS("keywords"),
    SENIORITY("seniority"),
    LOCATION("location"),
    URL("url"),
    REFERENCE("reference"),
    TEMPLATE("template"),
    FORMATS("formats"),
    POSTING("posting");

    private final String id;

    Column(String id) {
        this.id = id;
    }

    /** The documented name, e.g. {@code hiring_manager}. */
    String id() {
        return id;
    }

    /** Header names match ignoring case, spaces, {@code _} and {@code -}. */
    static String normalise(String header) {
        StringBuilder s = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && !Character.isWhitespace(c)) {
                s.append(c);
            }
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    static Column forHeader(String header) {
        String wanted = normalise(header);
        for (Column column : values()) {
            if (normalise(column.id).equals(wanted)) {
                return column;
            }
        }
        return null;
    }
}
