package io.rekindle.contact.domain.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 parser: one record at a time, so a file of any size is read in constant memory.
 * Accepts CRLF or LF line ends, quoted fields with embedded separators, quotes ("") and line breaks,
 * and a UTF-8 byte order mark. Each record carries the physical line it starts on, for error reports.
 */
public final class CsvReader implements AutoCloseable {

    /** Longest field accepted: a runaway quote must not read the rest of the file into one field. */
    static final int MAX_FIELD_LENGTH = 10_000;

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;
    private boolean first = true;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** One record: the line it starts on and its fields. */
    public record Record(long line, List<String> fields) {
    }

    /** A record that breaks the format; the reader can continue with the next line. */
    public static final class FormatException extends Exception {

        private final long line;

        FormatException(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException, FormatException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = readQuoted(field, start);
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    skipToEndOfLine(c);
                    throw new FormatException(start, "field " + (fields.size() + 1)
                            + ": text after a closing quote (a quote inside a field must be doubled)");
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    if (c == '"') {
                        skipToEndOfLine(c);
                        throw new FormatException(start, "field " + (fields.size() + 1)
                                + ": a quote inside an unquoted field (quote the whole field and double the quote)");
                    }
                    append(field, c, start);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    unread(after);
                }
            }
            if (c != -1) {
                line++;
            }
            return new Record(start, fields);
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder field, long start) throws IOException, FormatException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new FormatException(start, "a quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
            } else if (c == '\n') {
                line++;
            }
            append(field, c, start);
        }
    }

    private void append(StringBuilder field, int c, long start) throws IOException, FormatException {
        if (field.length() >= MAX_FIELD_LENGTH) {
            skipToEndOfLine(c);
            throw new FormatException(start, "a field is longer than " + MAX_FIELD_LENGTH + " characters");
        }
        field.append((char) c);
    }

    private void skipToEndOfLine(int c) throws IOException {
        while (c != '\n' && c != -1) {
            c = read();
        }
        if (c == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
