package dev.letterpress.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same letters made the way users make them today, measured in the same run as
 * {@link StageBenchmarks}: poi-tl filling a DOCX template, plain POI building the DOCX by hand,
 * OpenPDF building the PDF by hand, and the I/O floor of writing the bytes of one DOCX and one PDF
 * to files and moving them into place.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BaselineBenchmarks {

    /** The poi-tl template and configuration, built once. */
    @State(Scope.Benchmark)
    public static class PoiTl {
        PoiTlLetter poiTl;

        /**
         * Builds the template for the benchmark letter's shape and checks every variant fits it.
         *
         * @param f the shared inputs
         */
        @Setup(Level.Trial)
        public void setUp(Fixture f) {
            poiTl = new PoiTlLetter(f.letters[0], f.brand, f.logo);
            for (var letter : f.letters) {
                poiTl.check(letter);
            }
        }
    }

    /** One thread's OpenPDF fonts and decoded logo. */
    @State(Scope.Thread)
    public static class OpenPdf {
        OpenPdfLetter openPdf;

        /**
         * Creates the fonts from bytes and decodes the logo.
         *
         * @param f the shared inputs
         */
        @Setup(Level.Trial)
        public void setUp(Fixture f) {
            openPdf = new OpenPdfLetter(f.brand, f.logo);
        }
    }

    /** One thread's folder and the bytes of one real DOCX and PDF. */
    @State(Scope.Thread)
    public static class Disk {
        private static final int NAMES = 64;
        Path folder;
        byte[] docx;
        byte[] pdf;

        /**
         * Makes the folder and renders the bytes to write.
         *
         * @param f the shared inputs
         * @throws IOException when the temporary folder cannot be made
         */
        @Setup(Level.Trial)
        public void setUp(Fixture f) throws IOException {
            folder = Files.createTempDirectory("letterpress-io-floor");
            docx = f.letterpress.render(f.letters[0], "docx");
            pdf = f.letterpress.render(f.letters[0], "pdf");
        }

        /**
         * Deletes the folder.
         *
         * @throws IOException when it cannot be deleted
         */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }

        long write(int index, String extension, byte[] bytes) throws IOException {
            Path target = folder.resolve("letter-" + index % NAMES + "." + extension);
            Path tmp = folder.resolve(".letter-" + index % NAMES + "." + extension + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return bytes.length;
        }
    }

    /**
     * poi-tl: compiles the template, renders the letter's data into it and writes the DOCX.
     *
     * @param f the shared inputs
     * @param p the template
     * @param t this thread's rotation and buffer
     * @return the document's size
     * @throws IOException never: the buffer is in memory
     */
    @Benchmark
    public int poiTlDocx(Fixture f, PoiTl p, Turn t) throws IOException {
        p.poiTl.write(f.letters[t.next()], t.sink());
        return t.size();
    }

    /**
     * Plain Apache POI: builds the same DOCX by hand.
     *
     * @param f the shared inputs
     * @param t this thread's rotation and buffer
     * @return the document's size
     * @throws IOException never: the buffer is in memory
     */
    @Benchmark
    public int poiDocx(Fixture f, Turn t) throws IOException {
        PoiLetter.write(f.letters[t.next()], f.brand, f.logo, t.sink());
        return t.size();
    }

    /**
     * OpenPDF: builds the same PDF by hand with fonts given as bytes.
     *
     * @param f the shared inputs
     * @param p this thread's fonts and logo
     * @param t this thread's rotation and buffer
     * @return the document's size
     */
    @Benchmark
    public int openPdf(Fixture f, OpenPdf p, Turn t) {
        p.openPdf.write(f.letters[t.next()], t.sink());
        return t.size();
    }

    /**
     * The I/O floor: writes one DOCX's and one PDF's bytes to temporary files and renames them into
     * place, as the batch does for every row.
     *
     * @param d this thread's folder and bytes
     * @param t this thread's rotation
     * @return the bytes written
     * @throws IOException when the disk fails
     */
    @Benchmark
    public long ioFloor(Disk d, Turn t) throws IOException {
        int i = t.next();
        return d.write(i, "docx", d.docx) + d.write(i, "pdf", d.pdf);
    }
}
