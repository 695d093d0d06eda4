package io.rekindle.suppression.rest;

/** RFC 4180 rows, with cells that a spreadsheet would run as a formula neutralised. */
final class Csv {

    private Csv() {
    }

    static String row(String... cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(cell(cells[i]));
        }
        return row.append("\r\n").toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        // Notes are free text: "=HYPERLINK(...)" must reach a spreadsheet as text, not as a formula.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
