package dev.letterpress.pdf;

import java.awt.Color;

/**
 * How a run of text looks: size in points, weight, slant and colour.
 *
 * @param size   the font size in points
 * @param bold   bold
 * @param italic italic
 * @param color  the text colour
 */
record TextStyle(float size, boolean bold, boolean italic, Color color) {

    TextStyle withBold(boolean value) {
        return new TextStyle(size, value, italic, color);
    }

    TextStyle withItalic(boolean value) {
        return new TextStyle(size, bold, value, color);
    }

    TextStyle withColor(Color value) {
        return new TextStyle(size, bold, italic, value);
    }
}
