package dev.letterpress.compose;

/** The kinds of token in a template expression, as {@link ExpressionLexer} reads them. */
enum TokenKind {
    /** A quoted literal, without its quotes. */
    STRING,
    /** A name: a variable, property, method, keyword or expression object. */
    IDENTIFIER,
    /** A number literal. */
    NUMBER,
    /** {@code .} */
    DOT,
    /** {@code #}, which starts an expression object ({@code #lists}). */
    HASH,
    /** {@code @}, static access. */
    AT,
    /** {@code (} */
    OPEN_PAREN,
    /** {@code )} */
    CLOSE_PAREN,
    /** {@code [} */
    OPEN_BRACKET,
    /** {@code ]} */
    CLOSE_BRACKET,
    /** <code>{</code> */
    OPEN_BRACE,
    /** <code>}</code> */
    CLOSE_BRACE,
    /** Any other character: an operator or punctuation. */
    SYMBOL;

    /** The kind of a one-character token. */
    static TokenKind ofSymbol(char c) {
        return switch (c) {
            case '.' -> DOT;
            case '#' -> HASH;
            case '@' -> AT;
            case '(' -> OPEN_PAREN;
            case ')' -> CLOSE_PAREN;
            case '[' -> OPEN_BRACKET;
            case ']' -> CLOSE_BRACKET;
            case '{' -> OPEN_BRACE;
            case '}' -> CLOSE_BRACE;
            default -> SYMBOL;
        };
    }
}
