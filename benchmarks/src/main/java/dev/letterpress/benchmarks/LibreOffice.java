package dev.letterpress.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The path users take today to get a PDF from a DOCX: {@code soffice --headless --convert-to pdf},
 * with a profile folder of its own so that it neither touches nor waits for the user's.
 */
final class LibreOffice {
    private final Path soffice;
    private final Path profile;

    private LibreOffice(Path soffice, Path profile) {
        this.soffice = soffice;
        this.profile = profile;
    }

    /**
     * Finds {@code soffice} on the PATH.
     *
     * @param profile the folder for LibreOffice's user profile
     * @return LibreOffice, or empty when it is not installed
     */
    static Optional<LibreOffice> find(Path profile) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new LibreOffice(candidate, profile.toAbsolutePath()));
            }
        }
        return Optional.empty();
    }

    /**
     * What a conversion cost.
     *
     * @param wallMillis elapsed time
     * @param cpuMillis  CPU time of LibreOffice's processes (user + system), or -1 when unknown
     */
    record Cost(long wallMillis, long cpuMillis) {}

    /**
     * Converts DOCX files to PDF in one LibreOffice process, run by {@code sh} so that its
     * {@code times} reports the CPU time LibreOffice used.
     *
     * @param docx   the files
     * @param outDir where the PDFs go (same names, {@code .pdf})
     * @return the wall and CPU time
     * @throws IOException when LibreOffice fails, times out or leaves a PDF out
     */
    Cost convert(List<Path> docx, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                "\"$0\" \"$@\" >soffice.log 2>&1; times",
                soffice.toString(),
                "--headless",
                "--norestore",
                "-env:UserInstallation=" + profile.toUri(),
                "--convert-to",
                "pdf",
                "--outdir",
                outDir.toString()));
        docx.forEach(d -> command.add(d.toString()));
        long started = System.nanoTime();
        Path times = outDir.resolve("times.txt");
        Process process = new ProcessBuilder(command)
                .directory(outDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(times.toFile())
                .start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("soffice did not finish in 10 minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while soffice ran", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpu = childCpuMillis(Files.readAllLines(times));
        for (Path d : docx) {
            Path pdf = pdfOf(d, outDir);
            if (!Files.isRegularFile(pdf)) {
                throw new IOException("soffice (exit " + process.exitValue() + ") made no " + pdf + "; see "
                        + outDir.resolve("soffice.log"));
            }
        }
        return new Cost(millis, cpu);
    }

    /** The children's line of {@code times}: {@code 0m1.250s 0m0.310s} (user, system). */
    static long childCpuMillis(List<String> lines) {
        if (lines.size() < 2) {
            return -1;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s")
                .matcher(lines.get(lines.size() - 1));
        if (!m.find()) {
            return -1;
        }
        double seconds = Integer.parseInt(m.group(1)) * 60
                + Double.parseDouble(m.group(2))
                + Integer.parseInt(m.group(3)) * 60
                + Double.parseDouble(m.group(4));
        return Math.round(seconds * 1000);
    }

    /** The PDF LibreOffice makes from {@code docx} in {@code outDir}. */
    static Path pdfOf(Path docx, Path outDir) {
        String name = docx.getFileName().toString();
        return outDir.resolve(name.substring(0, name.length() - ".docx".length()) + ".pdf");
    }
}
