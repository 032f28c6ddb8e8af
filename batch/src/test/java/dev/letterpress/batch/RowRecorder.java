package dev.letterpress.batch;

import java.util.List;

/** Keeps the rows and warnings a run reports, in the lists it is given. */
class RowRecorder implements BatchListener {
    private final List<RowResult> rows;
    private final List<String> warnings;

    RowRecorder(List<RowResult> rows, List<String> warnings) {
        this.rows = rows;
        this.warnings = warnings;
    }

    @Override
    public void onRow(RowResult row, Throwable unexpected) {
        rows.add(row);
    }

    @Override
    public void onWarning(String message) {
        warnings.add(message);
    }
}
