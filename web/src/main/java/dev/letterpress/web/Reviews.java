package dev.letterpress.web;

import dev.letterpress.review.Finding;
import dev.letterpress.review.Review;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A review as the pages show it: score, band, and each finding with its suggestion. */
final class Reviews {
    private Reviews() {}

    static Map<String, Object> view(Review review) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("score", review.score());
        view.put("band", review.band().id());
        view.put("words", review.words());
        view.put("findings", review.findings().stream().map(Reviews::finding).toList());
        return view;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rule", f.rule().id());
        view.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        view.put("message", f.message());
        view.put("suggestion", f.suggestion());
        view.put("quote", f.quote());
        return view;
    }

    static List<String> bands() {
        return List.of("good", "fair", "poor");
    }
}
