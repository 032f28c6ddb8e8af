package dev.letterpress.compose;

import dev.letterpress.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** The problems of one template's check, located by line and column in the template's text. */
final class TemplateProblems {
    private final String origin;
    private final int textLength;
    private final int[] lineStarts;
    private final List<Problem> problems = new ArrayList<>();

    TemplateProblems(String text, String origin) {
        this.origin = origin;
        this.textLength = text.length();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The offset in the text of a parser's 1-based line and column. */
    int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return textLength;
        }
        return Math.min(textLength, lineStarts[line - 1] + Math.max(0, column - 1));
    }

    /** The 1-based line of an offset. */
    int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    private int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    void add(int line, int column, String field, String message) {
        problems.add(new Problem(origin, Math.max(0, line), Math.max(0, column), field, message));
    }

    void addAt(int offset, String field, String message) {
        add(lineOf(offset), columnOf(offset), field, message);
    }

    void clear() {
        problems.clear();
    }

    List<Problem> list() {
        return List.copyOf(problems);
    }
}
