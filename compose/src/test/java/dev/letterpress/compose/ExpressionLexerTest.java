package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.compose.ExpressionLexer.Token;
import org.junit.jupiter.api.Test;

class ExpressionLexerTest {
    @Test
    void readsEachKindOfToken() {
        assertThat(ExpressionLexer.tokens("#lists.size(job.skills[0]) > 2.5 and 'a b' != {x}"))
                .containsExactly(
                        new Token(TokenKind.HASH, "#"),
                        new Token(TokenKind.IDENTIFIER, "lists"),
                        new Token(TokenKind.DOT, "."),
                        new Token(TokenKind.IDENTIFIER, "size"),
                        new Token(TokenKind.OPEN_PAREN, "("),
                        new Token(TokenKind.IDENTIFIER, "job"),
                        new Token(TokenKind.DOT, "."),
                        new Token(TokenKind.IDENTIFIER, "skills"),
                        new Token(TokenKind.OPEN_BRACKET, "["),
                        new Token(TokenKind.NUMBER, "0"),
                        new Token(TokenKind.CLOSE_BRACKET, "]"),
                        new Token(TokenKind.CLOSE_PAREN, ")"),
                        new Token(TokenKind.SYMBOL, ">"),
                        new Token(TokenKind.NUMBER, "2.5"),
                        new Token(TokenKind.IDENTIFIER, "and"),
                        new Token(TokenKind.STRING, "a b"),
                        new Token(TokenKind.SYMBOL, "!"),
                        new Token(TokenKind.SYMBOL, "="),
                        new Token(TokenKind.OPEN_BRACE, "{"),
                        new Token(TokenKind.IDENTIFIER, "x"),
                        new Token(TokenKind.CLOSE_BRACE, "}"));
    }

    @Test
    void readsAnUnclosedLiteralToTheEnd() {
        assertThat(ExpressionLexer.tokens("@x 'open"))
                .containsExactly(
                        new Token(TokenKind.AT, "@"),
                        new Token(TokenKind.IDENTIFIER, "x"),
                        new Token(TokenKind.STRING, "open"));
    }
}
