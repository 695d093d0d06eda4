package io.rekindle.contact.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaksAndKeepsTheStartingLine() throws Exception {
        CsvReader reader = new CsvReader(new StringReader("\uFEFFemail,name\r\na@x.io,\"Doe, \"\"J\"\"\nJr\"\r\nb@x.io,\n"));

        assertThat(reader.next()).isEqualTo(new CsvReader.Record(1, List.of("email", "name")));
        assertThat(reader.next()).isEqualTo(new CsvReader.Record(2, List.of("a@x.io", "Doe, \"J\"\nJr")));
        assertThat(reader.next()).isEqualTo(new CsvReader.Record(4, List.of("b@x.io", "")));
        assertThat(reader.next()).isNull();
    }

    @Test
    void aStrayQuoteFailsOnlyItsOwnLineAndReadingContinues() throws Exception {
        CsvReader reader = new CsvReader(new StringReader("a\"b,c\n\"x\"y,z\nok,1\n"));

        assertThatThrownBy(reader::next).isInstanceOf(CsvReader.FormatException.class)
                .satisfies(e -> assertThat(((CsvReader.FormatException) e).line()).isEqualTo(1));
        assertThatThrownBy(reader::next).isInstanceOf(CsvReader.FormatException.class)
                .satisfies(e -> assertThat(((CsvReader.FormatException) e).line()).isEqualTo(2));
        assertThat(reader.next()).isEqualTo(new CsvReader.Record(3, List.of("ok", "1")));
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineWhereItOpened() throws Exception {
        CsvReader reader = new CsvReader(new StringReader("h\n\"open\nstill open\n"));
        reader.next();

        assertThatThrownBy(reader::next).isInstanceOf(CsvReader.FormatException.class)
                .hasMessageContaining("not closed")
                .satisfies(e -> assertThat(((CsvReader.FormatException) e).line()).isEqualTo(2));
    }
}
