package dev.letterpress.web;

import dev.letterpress.Letterpress;
import dev.letterpress.model.Brand;
import dev.letterpress.model.InvalidInputException;
import dev.letterpress.model.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every page shares: the jobs, the upload rules, the samples, the page renderer, and one
 * prepared {@link Letterpress} per bundled brand and day (fonts and logos are read once).
 */
final class Workshop {
    private final Jobs jobs;
    private final Uploads uploads;
    private final Samples samples;
    private final Pages pages;
    private final LocalDate date;
    private final Clock clock;
    private final Limits limits;
    private final Map<String, Letterpress> prepared = new ConcurrentHashMap<>();

    Workshop(Jobs jobs, Limits limits, Samples samples, Pages pages, LocalDate date, Clock clock) {
        this.jobs = jobs;
        this.limits = limits;
        this.uploads = new Uploads(limits);
        this.samples = samples;
        this.pages = pages;
        this.date = date;
        this.clock = clock;
    }

    Jobs jobs() {
        return jobs;
    }

    Uploads uploads() {
        return uploads;
    }

    Samples samples() {
        return samples;
    }

    Pages pages() {
        return pages;
    }

    Limits limits() {
        return limits;
    }

    /** The brands to choose from, key to name. */
    Map<String, String> brandNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        samples.brands().forEach((key, b) -> names.put(key, b.name()));
        return names;
    }

    /** The built-in templates, each with its name and what it is for. */
    List<Map<String, String>> templates() {
        return letterpress("default").composer().templates().stream()
                .map(t -> Map.of("name", t.name(), "description", t.description()))
                .toList();
    }

    /** The letters' date: the one the app was started with, else today. */
    LocalDate date() {
        return date != null ? date : LocalDate.now(clock);
    }

    /** The prepared pipeline for a bundled brand (by its key), built once per day. */
    Letterpress letterpress(String brandKey) {
        Samples.BrandChoice choice = samples.brands().get(brandKey);
        if (choice == null) {
            throw new WebInputException("Unknown brand \"" + brandKey + "\"; choose one of "
                    + samples.brands().keySet() + ".");
        }
        LocalDate day = date();
        String key = brandKey + "@" + day;
        Letterpress ready = prepared.get(key);
        if (ready == null) {
            // yesterday's pipeline goes (outside computeIfAbsent, which must not change the map)
            prepared.keySet().removeIf(k -> k.startsWith(brandKey + "@"));
            ready = prepared.computeIfAbsent(key, k -> letterpress(choice.read(), day));
        }
        return ready;
    }

    /** A pipeline for an uploaded brand. */
    Letterpress letterpress(Brand brand) {
        return letterpress(brand, date());
    }

    private static Letterpress letterpress(Brand brand, LocalDate day) {
        return Letterpress.builder().brand(brand).date(day).build();
    }

    /**
     * The problems of an input error as people should read them: each on its own, with the job
     * folder's path left out (a file is named as it was uploaded).
     */
    static List<String> describe(InvalidInputException e, Path folder) {
        return e.problems().stream().map(p -> relative(p, folder)).toList();
    }

    static String relative(Problem problem, Path folder) {
        return relative(problem.toString(), folder);
    }

    /** Leaves the job folder (and its uploads subfolder) out of a message. */
    static String relative(String message, Path folder) {
        if (message == null) {
            return null;
        }
        return message.replace(folder.resolve("uploads") + java.io.File.separator, "")
                .replace(folder + java.io.File.separator, "");
    }
}
