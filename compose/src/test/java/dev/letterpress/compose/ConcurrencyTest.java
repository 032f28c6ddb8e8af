package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.model.Letter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    @Test
    void composesTheSameLettersFromManyThreadsAtOnce() throws Exception {
        Composer composer = Fixtures.composer();
        List<String[]> pairs = new ArrayList<>();
        List<Letter> expected = new ArrayList<>();
        for (String candidate : Fixtures.CANDIDATES) {
            for (String job : Fixtures.JOBS) {
                pairs.add(new String[] {candidate, job});
                expected.add(composer.compose(Fixtures.candidate(candidate), Fixtures.job(job)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Letter>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String[] pair : pairs) {
                    var candidate = Fixtures.candidate(pair[0]);
                    var job = Fixtures.job(pair[1]);
                    futures.add(pool.submit(() -> composer.compose(candidate, job)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % pairs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
