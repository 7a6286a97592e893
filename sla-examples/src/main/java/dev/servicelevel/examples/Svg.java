package dev.servicelevel.examples;

import java.util.Locale;

/**
 * A small writer of SVG markup for the HTML report's charts: elements with attributes, text
 * escaped for XML, coordinates with one decimal. The markup is well-formed XML, so the report
 * stays valid XHTML.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder();

  /**
   * Starts an SVG element that scales to the page width.
   *
   * @param width  the drawing's width in user units
   * @param height  the drawing's height in user units
   * @param label  the accessible name of the chart
   */
  Svg(int width, int height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(label))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
  }

  /**
   * Escapes text for XML content and attribute values; characters XML does not allow, control
   * and bidi characters become visible escapes first ({@link Formats#safe}).
   *
   * @param raw  the text
   * @return the escaped text
   */
  static String escape(String raw) {
    String text = Formats.safe(raw);
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Writes a coordinate with one decimal.
   *
   * @param v  the value
   * @return the text
   */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * Adds a rectangle.
   *
   * @param x  left
   * @param y  top
   * @param w  width
   * @param h  height
   * @param style  further attributes, such as {@code fill="#ccc"}
   * @param title  a tooltip, or null
   * @return this writer
   */
  Svg rect(double x, double y, double w, double h, String style, String title) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(w)).append("\" height=\"").append(num(h)).append("\" ").append(style);
    if (title == null) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(escape(title)).append("</title></rect>\n");
    }
    return this;
  }

  /**
   * Adds a line.
   *
   * @param x1  start x
   * @param y1  start y
   * @param x2  end x
   * @param y2  end y
   * @param style  further attributes, such as {@code stroke="#999"}
   * @return this writer
   */
  Svg line(double x1, double y1, double x2, double y2, String style) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
        .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" ").append(style).append("/>\n");
    return this;
  }

  /**
   * Adds a text.
   *
   * @param x  the anchor's x
   * @param y  the baseline's y
   * @param text  the text, escaped here
   * @param style  further attributes, such as {@code text-anchor="end"}
   * @return this writer
   */
  Svg text(double x, double y, String text, String style) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" ")
        .append(style).append('>').append(escape(text)).append("</text>\n");
    return this;
  }

  /**
   * Adds a path.
   *
   * @param d  the path data
   * @param style  further attributes
   * @return this writer
   */
  Svg path(String d, String style) {
    out.append("<path d=\"").append(d).append("\" ").append(style).append("/>\n");
    return this;
  }

  /**
   * Ends the element and returns the markup.
   *
   * @return the SVG markup
   */
  String end() {
    return out.append("</svg>\n").toString();
  }
}
