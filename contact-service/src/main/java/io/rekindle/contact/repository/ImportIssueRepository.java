package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.rekindle.contact.domain.imports.ContactImportIssue;
import io.rekindle.contact.domain.imports.ImportRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** An import's report: failed and skipped rows, in file order. */
@ApplicationScoped
public class ImportIssueRepository implements PanacheRepositoryBase<ContactImportIssue, ContactImportIssue.Key> {

    public List<ContactImportIssue> page(UUID importId, int page, int size) {
        return find("key.importId = ?1 order by key.seq", importId).page(Page.of(page, size)).list();
    }

    public long countFor(UUID importId) {
        return count("key.importId", importId);
    }

    /** Appends issues in one JDBC batch, numbered from {@code firstSeq}. */
    public void append(UUID importId, long firstSeq, List<ImportRow.Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into contact_import_issue (import_id, seq, line, column_name, outcome, message)
                    values (?, ?, ?, ?, ?, ?)""")) {
                long seq = firstSeq;
                for (ImportRow.Issue issue : issues) {
                    insert.setObject(1, importId);
                    insert.setLong(2, seq++);
                    insert.setLong(3, issue.line());
                    insert.setString(4, issue.column());
                    insert.setString(5, issue.outcome().name());
                    String message = issue.message();
                    insert.setString(6, message.length() > 1000 ? message.substring(0, 1000) : message);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
