package dev.letterpress.beam;

import dev.letterpress.batch.LetterRequest;
import dev.letterpress.batch.RowPlan;
import dev.letterpress.model.Candidate;
import dev.letterpress.model.JobPosting;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A planned row on its way to a worker: everything of a {@link RowPlan.Row} but the candidate,
 * which the worker holds already (it is named by id), and the earlier run's entry when that one
 * was made from the same inputs.
 *
 * @param source      the CSV
 * @param row         the row number across the CSVs
 * @param line        the line in its CSV
 * @param candidate   the candidate as the row gives it (an excerpt)
 * @param company     the company (an excerpt)
 * @param title       the title (an excerpt)
 * @param candidateId the id of the candidate profile
 * @param posting     the posting
 * @param template    the asked-for template, or null
 * @param formats     the formats to render
 * @param stem        the output name without extension
 * @param inputHash   the fingerprint
 * @param previous    the earlier entry as a JSON line, or null
 */
record Task(
        String source,
        int row,
        int line,
        String candidate,
        String company,
        String title,
        String candidateId,
        Posting posting,
        String template,
        List<String> formats,
        String stem,
        String inputHash,
        String previous)
        implements Serializable {

    Task {
        formats = List.copyOf(formats);
    }

    /** The task of a row that has a request, from a CSV named {@code source}. */
    static Task of(RowPlan.Row row, String source, String previous) {
        LetterRequest request = row.request();
        return new Task(
                source,
                row.row(),
                row.line(),
                row.candidate(),
                row.company(),
                row.title(),
                request.candidate().id(),
                Posting.of(request.job()),
                request.template(),
                row.formats(),
                row.stem(),
                row.inputHash(),
                previous);
    }

    /** The planned row again, with the worker's own copy of the candidate. */
    RowPlan.Row row(Candidate profile) {
        LetterRequest request = new LetterRequest(profile, posting.job(), template, formats);
        return new RowPlan.Row(source, row, line, candidate, company, title, request, null, stem, formats, inputHash);
    }

    /**
     * A job posting in serialisable form: the values of its record components (text, an enum,
     * lists of text), given back to its canonical constructor on the worker.
     */
    static final class Posting implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final RecordComponent[] COMPONENTS = JobPosting.class.getRecordComponents();

        @SuppressWarnings("serial") // text, an enum and lists of text, all serialisable
        private final List<Object> values;

        private Posting(List<Object> values) {
            this.values = values;
        }

        static Posting of(JobPosting job) {
            List<Object> values = new ArrayList<>(COMPONENTS.length);
            try {
                for (RecordComponent component : COMPONENTS) {
                    Object value = component.getAccessor().invoke(job);
                    values.add(value instanceof List<?> list ? new ArrayList<>(list) : value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read a JobPosting", e);
            }
            return new Posting(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Posting posting && values.equals(posting.values);
        }

        @Override
        public int hashCode() {
            return values.hashCode();
        }

        @Override
        public String toString() {
            return "Posting" + values;
        }

        JobPosting job() {
            Class<?>[] types =
                    Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return JobPosting.class.getDeclaredConstructor(types).newInstance(values.toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild a JobPosting", e);
            }
        }
    }
}
