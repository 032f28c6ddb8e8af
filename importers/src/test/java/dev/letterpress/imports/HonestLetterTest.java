package dev.letterpress.imports;

import static dev.letterpress.imports.JsonResumeTest.ON_2026_03_02;
import static dev.letterpress.imports.JsonResumeTest.SAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.compose.Composer;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import dev.letterpress.model.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A founder's resume (no backend work) applying to the backend postings of the samples: the letter
 * says what the resume says and claims none of the posting's technologies.
 */
class HonestLetterTest {
    private static final List<String> POSTING_ONLY = List.of(
            "Go",
            "Java",
            "PostgreSQL",
            "Kubernetes",
            "Docker",
            "Kafka",
            "Django",
            "RabbitMQ",
            "AWS",
            "Celery",
            "SQL",
            "FFmpeg",
            "REST",
            "microservices",
            "cloud-native",
            "event-driven",
            "observability");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    @ParameterizedTest
    @ValueSource(strings = {"job.json", "posting.json", "posting.html", "ad.txt"})
    void founderGetsALetterThatClaimsNothingTheResumeLacks(String posting) throws IOException {
        Candidate richard = Profiles.readCandidate(SAMPLES.resolve("resume.json"), ON_2026_03_02);
        JobPosting job = Profiles.readJob(SAMPLES.resolve(posting), ON_2026_03_02);
        String resume = Files.readString(SAMPLES.resolve("resume.json"));

        String letter = Composer.builder()
                .date(ON_2026_03_02.date())
                .build()
                .compose(richard, job)
                .toPlainText();
        String body = letter.substring(letter.indexOf("Dear "));

        for (String technology : POSTING_ONLY) {
            assertThat(body)
                    .as("%s in the letter to %s", technology, posting)
                    .doesNotContainPattern("(?i)(?<![\\w+#-])" + Pattern.quote(technology) + "(?![\\w+#-])");
        }
        // the resume's label is "CEO and founder": C++ is its language, but it never claims backend work
        assertThat(body)
                .as("a backend claim the resume never made")
                .doesNotContainPattern("(?i)I.m an? [\\w+#]+ back-?end (specialist|developer)");
        assertThat(body)
                .contains("Cut video transcoding time from 4 hours to 25 minutes with a middle-out compression"
                        + " pass written in C++");
        List<String> unexplained = new ArrayList<>();
        Matcher figures = NUMBER.matcher(body);
        while (figures.find()) {
            String figure = figures.group();
            // 240 min is the resume's "4 hours" in the minutes of the metric; years come from the work dates
            if (!resume.contains(figure) && !List.of("240", "14.5", "12", "2.5").contains(figure)) {
                unexplained.add(figure);
            }
        }
        assertThat(unexplained)
                .as("figures in the letter that the resume does not hold")
                .isEmpty();
    }
}
