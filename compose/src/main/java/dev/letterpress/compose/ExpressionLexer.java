package dev.letterpress.compose;

import java.util.ArrayList;
import java.util.List;

/** Splits the inside of a {@code ${…}} expression into tokens; it never fails, whatever the text. */
final class ExpressionLexer {
    /** One token: its kind and its text (a string literal without its quotes). */
    record Token(TokenKind kind, String text) {
        boolean is(TokenKind k) {
            return kind == k;
        }
    }

    private ExpressionLexer() {}

    /** The tokens of an expression, white space dropped. */
    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = s.indexOf(c, i + 1);
                end = end < 0 ? s.length() : end;
                out.add(new Token(TokenKind.STRING, s.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
                out.add(new Token(TokenKind.IDENTIFIER, s.substring(i, end)));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '.')) {
                    end++;
                }
                out.add(new Token(TokenKind.NUMBER, s.substring(i, end)));
                i = end;
            } else {
                out.add(new Token(TokenKind.ofSymbol(c), String.valueOf(c)));
                i++;
            }
        }
        return out;
    }
}
