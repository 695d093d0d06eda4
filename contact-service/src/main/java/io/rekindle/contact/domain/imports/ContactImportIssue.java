package io.rekindle.contact.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of an import's report: a row that failed (and changed nothing) or was skipped. */
@Entity
@Immutable
@Table(name = "contact_import_issue")
public class ContactImportIssue {

    @EmbeddedId
    public Key key;

    @Column(name = "line", nullable = false)
    public long line;

    @Column(name = "column_name")
    public String column;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    public ImportIssueOutcome outcome;

    @Column(name = "message", nullable = false)
    public String message;

    /** Import and position in its report. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "import_id")
        public UUID importId;

        @Column(name = "seq")
        public long seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(importId, key.importId) && seq == key.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, seq);
        }
    }
}
