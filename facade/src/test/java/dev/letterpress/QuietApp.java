package dev.letterpress;

import java.time.LocalDate;

/** A plain application with no logging binding: composes, renders and reviews one letter. */
final class QuietApp {
    private QuietApp() {}

    /**
     * Generates a letter, then reviews its DOCX and PDF as uploaded bytes.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Letterpress letterpress =
                Letterpress.builder().date(LocalDate.of(2026, 12, 3)).build();
        Letterpress.Result result = letterpress.generate(LibraryApiTest.ADA, LibraryApiTest.JOB);
        int docx = letterpress
                .review(result.document("docx"), "docx", LibraryApiTest.JOB)
                .score();
        int pdf = letterpress
                .review(result.document("pdf"), "pdf", LibraryApiTest.JOB)
                .score();
        System.out.println("score " + result.review().score() + ", docx " + docx + ", pdf " + pdf);
    }
}
