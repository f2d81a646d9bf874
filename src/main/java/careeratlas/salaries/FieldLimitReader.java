package careeratlas.salaries;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A CSV text that fails as soon as one field (between separators, quotes counted as in RFC 4180) is longer than
 * {@link #MAX_FIELD} characters: no survey field comes near it, and an unterminated quote would otherwise make the
 * CSV parser buffer the rest of a 64 MB file as one value.
 */
final class FieldLimitReader extends FilterReader {

    static final int MAX_FIELD = 4_096;

    static final class FieldTooLong extends IOException {
        FieldTooLong() {
            super("a field longer than " + MAX_FIELD + " characters");
        }
    }

    private boolean quoted;
    private int length;

    FieldLimitReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c != -1) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(char c) throws FieldTooLong {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == ',' || c == '\n' || c == '\r')) {
            length = 0;
            return;
        }
        if (++length > MAX_FIELD) {
            throw new FieldTooLong();
        }
    }
}
