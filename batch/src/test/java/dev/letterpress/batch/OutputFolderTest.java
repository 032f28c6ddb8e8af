package dev.letterpress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.letterpress.model.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, items 1-4: the output folder is ours alone. */
class OutputFolderTest {
    @TempDir
    Path dir;

    Path candidates;
    Path out;
    Path victim;

    @BeforeEach
    void setUp() throws IOException {
        candidates = Files.createDirectories(dir.resolve("candidates"));
        Files.writeString(candidates.resolve("ada.yaml"), "id: ada\nname: Ada Lovelace\n");
        out = Files.createDirectories(dir.resolve("out"));
        victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    }

    private Path csv(String rows) throws IOException {
        return Files.writeString(dir.resolve("apps.csv"), "candidate,company,title\n" + rows);
    }

    private Batch.Builder batch(Path csv) {
        return Batch.builder()
                .applications(csv)
                .candidates(candidates)
                .composer(new TestComposer())
                .renderer(new TestRenderer("docx"))
                .renderer(new TestRenderer("pdf"))
                .reviewer(null)
                .out(out)
                .threads(2);
    }

    @Test
    void zipHoldsExactlyThisRunsManifestFilesAndNoLinkTarget() throws IOException {
        Files.writeString(Files.createDirectories(out.resolve(".ssh")).resolve("id_rsa"), "secret key");
        Files.writeString(Files.createDirectories(out.resolve("other-client")).resolve("old--letter.pdf"), "not ours");
        Files.createSymbolicLink(Files.createDirectories(out.resolve("x")).resolve("zz.pdf"), victim);
        Path zip = dir.resolve("letters.zip");

        batch(csv("ada,Acme,Dev\n")).zip(zip).build().run();

        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(e -> e.getName()))
                    .containsExactly("ada/acme--dev.docx", "ada/acme--dev.pdf", "manifest.csv", "manifest.json");
        }
    }

    @Test
    void neverWritesThroughALinkToTheManifestOrTheJournal() throws IOException {
        Files.createSymbolicLink(out.resolve("manifest.csv"), victim);
        Files.createSymbolicLink(out.resolve(".manifest.jsonl"), victim);
        Path dangling = dir.resolve("created-by-a-dangling-link");
        Files.createSymbolicLink(out.resolve("manifest.json"), dangling);

        BatchResult result = batch(csv("ada,Acme,Dev\n")).build().run();

        assertThat(result.ok()).isEqualTo(1);
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(dangling).doesNotExist();
        assertThat(Files.isSymbolicLink(out.resolve("manifest.csv"))).isFalse();
        assertThat(Files.readAllLines(out.resolve("manifest.csv"))).hasSize(2);
    }

    @Test
    void refusesAJournalLinkOnResumeInsteadOfTruncatingItsTarget() throws IOException {
        Path csv = csv("ada,Acme,Dev\n");
        Files.createSymbolicLink(out.resolve(".manifest.jsonl"), victim);

        assertThatThrownBy(() -> batch(csv).resume(true).build().run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(".manifest.jsonl")
                .hasMessageContaining("is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("precious");
    }

    @Test
    void aLinkAtALettersNameIsReplacedNotFollowed() throws IOException {
        Files.createSymbolicLink(Files.createDirectories(out.resolve("ada")).resolve("acme--dev.pdf"), victim);

        batch(csv("ada,Acme,Dev\n")).build().run();

        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(out.resolve("ada/acme--dev.pdf"))).isFalse();
        assertThat(Files.readString(out.resolve("ada/acme--dev.pdf"))).startsWith("pdf\n");
    }

    @Test
    void aCandidateFolderThatIsALinkFailsItsRowsAndRedirectsNothing() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("ada"), elsewhere);
        Files.writeString(candidates.resolve("bob.yaml"), "id: bob\nname: Bob\n");

        BatchResult result = batch(csv("ada,Acme,Dev\nbob,Acme,Dev\n")).build().run();

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.ok()).isEqualTo(1);
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        assertThat(Files.readAllLines(out.resolve("manifest.csv")).get(1))
                .contains(
                        ",failed,",
                        "line 2: " + out.resolve("ada")
                                + ": is a symbolic link; letters are only written into real folders inside the output folder");
    }

    @Test
    void startUpDeletesOnlyTemporariesThatARecordedRunOfOursLeft() throws IOException {
        batch(csv("ada,Acme,Dev\n")).build().run();
        String run = Files.readString(out.resolve(LetterFolder.LOCK))
                .lines()
                .filter(l -> l.startsWith("run "))
                .findFirst()
                .orElseThrow()
                .substring(4);
        Path ours = Files.writeString(out.resolve("ada/.lp-" + run + "-0123456789abcdef.tmp"), "half a letter");
        Path draft = Files.writeString(out.resolve(".draft.tmp"), "the user's draft");
        Path nested = Files.writeString(out.resolve("ada/.notes.tmp"), "the user's notes");
        Path unrecorded = Files.writeString(out.resolve(".lp-00000000000000aa-0123456789abcdef.tmp"), "not recorded");

        batch(csv("ada,Acme,Dev\n")).build().run();

        assertThat(ours).doesNotExist();
        assertThat(draft).hasContent("the user's draft");
        assertThat(nested).hasContent("the user's notes");
        assertThat(unrecorded).hasContent("not recorded");
    }

    @Test
    void aSecondRunIntoTheSameFolderFailsAtOnceNamingTheFirst() throws IOException {
        Path csv = csv("ada,Acme,Dev\n");
        try (LetterFolder first = LetterFolder.open(out)) {
            assertThatThrownBy(() -> batch(csv).build().run())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageMatching("\\Q" + first.path() + ": is in use by another Letterpress run (pid "
                            + ProcessHandle.current().pid()
                            + ", started \\E\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\Q); wait"
                            + " for it to finish, or write to another folder\\E");
        }
        assertThat(batch(csv).build().run().ok()).isEqualTo(1);
    }

    @Test
    void aRunInAnotherProcessHoldsTheFolderUntilItIsKilled() throws Exception {
        Path csv = csv("ada,Acme,Dev\n");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldLock.class.getName(),
                        out.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader said =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> batch(csv).build().run())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("is in use by another Letterpress run (pid " + holder.pid() + ", started ");

            holder.destroyForcibly(); // kill -9: the lock file stays, the OS lock goes
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(out.resolve(LetterFolder.LOCK)).exists();
        assertThat(batch(csv).build().run().ok()).isEqualTo(1);
    }

    /** Holds an output folder until killed: a run in another process. */
    static final class HoldLock {
        public static void main(String[] args) throws InterruptedException {
            LetterFolder folder = LetterFolder.open(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            folder.close();
        }
    }

    @Test
    void generateStyleWritesReplaceOldLettersAndListTheirPaths() {
        MadeLetter made = LetterMaker.builder()
                .composer(new TestComposer())
                .renderer(new TestRenderer("pdf"))
                .formats(List.of("pdf"))
                .reviewer(null)
                .build()
                .make(LetterRequest.of(BatchApiTest.ADA, BatchApiTest.ACME));

        try (LetterFolder folder = LetterFolder.open(out)) {
            assertThat(folder.write("ada", BatchApiTest.ACME, made))
                    .containsExactly(out.resolve("ada/acme--backend-engineer.pdf"));
            assertThat(folder.write("ada", BatchApiTest.ACME, made))
                    .containsExactly(out.resolve("ada/acme--backend-engineer-2.pdf"));
        }
    }
}
