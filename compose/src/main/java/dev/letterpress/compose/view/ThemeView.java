package dev.letterpress.compose.view;

/**
 * A theme of backend work that the candidate's profile shows, in the variables {@code themes}
 * and {@code theme}: microservices, event-driven systems, APIs, distributed systems,
 * data-intensive systems, performance, high availability, cloud-native delivery.
 *
 * @param id        the theme's id ({@code event-driven}); also a key of {@code supports}
 * @param label     how a subject line says it: "Event-Driven Systems", or "APIs at Scale" when
 *                  the evidence carries throughput or scale figures
 * @param phrase    how a sentence says it: "event-driven systems"
 * @param inPosting whether the posting asks for it
 * @param atScale   whether the candidate's evidence for it carries throughput or scale figures
 */
public record ThemeView(String id, String label, String phrase, boolean inPosting, boolean atScale) {}
