package io.rekindle.contact.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.SubscriptionType;
import io.rekindle.contact.repository.SubscriptionTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes contacts as CSV by keyset pages over (created_at, id), the order of the {@code contact_created}
 * index: each page is one short query, so memory stays flat and no long transaction holds the table.
 */
@ApplicationScoped
public class ExportService {

    private static final int PAGE = 1_000;

    private final DataSource dataSource;
    private final SubscriptionTypeRepository types;

    ExportService(DataSource dataSource, SubscriptionTypeRepository types) {
        this.dataSource = dataSource;
        this.types = types;
    }

    private record Row(UUID id, String email, String firstName, String lastName, String phone, boolean archived,
            Timestamp createdAt) {
    }

    public void write(Boolean archived, OutputStream out) throws IOException {
        List<SubscriptionType> active = QuarkusTransaction.requiringNew().call(types::listActive);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<String> header = new ArrayList<>(List.of("contact_id", "email", "first_name", "last_name", "phone",
                "archived", "created_at"));
        for (SubscriptionType type : active) {
            for (Channel channel : Channel.values()) {
                header.add(type.name + " (" + channel + ")");
            }
        }
        line(writer, header);
        Timestamp afterCreated = null;
        UUID afterId = null;
        try (Connection connection = dataSource.getConnection()) {
            while (true) {
                List<Row> page = page(connection, archived, afterCreated, afterId);
                if (page.isEmpty()) {
                    break;
                }
                Map<String, String> statuses = statuses(connection, page);
                for (Row row : page) {
                    List<String> fields = new ArrayList<>(List.of(row.id().toString(), row.email(),
                            nullToEmpty(row.firstName()), nullToEmpty(row.lastName()), nullToEmpty(row.phone()),
                            Boolean.toString(row.archived()), row.createdAt().toInstant().toString()));
                    for (SubscriptionType type : active) {
                        for (Channel channel : Channel.values()) {
                            fields.add(statuses.getOrDefault(row.id() + ":" + type.id + ":" + channel, "NOT_SPECIFIED"));
                        }
                    }
                    line(writer, fields);
                }
                Row last = page.get(page.size() - 1);
                afterCreated = last.createdAt();
                afterId = last.id();
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("export failed", e));
        }
        writer.flush();
    }

    private static List<Row> page(Connection connection, Boolean archived, Timestamp afterCreated, UUID afterId)
            throws SQLException {
        String sql = "select id, email, first_name, last_name, phone, archived_at, created_at from contact "
                + "where erased_at is null"
                + (archived == null ? "" : archived ? " and archived_at is not null" : " and archived_at is null")
                + (afterId == null ? "" : " and (created_at, id) > (?, ?)")
                + " order by created_at, id limit " + PAGE;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (afterId != null) {
                select.setTimestamp(1, afterCreated);
                select.setObject(2, afterId);
            }
            List<Row> rows = new ArrayList<>(PAGE);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6) != null, rs.getTimestamp(7)));
                }
            }
            return rows;
        }
    }

    private static Map<String, String> statuses(Connection connection, List<Row> page) throws SQLException {
        Map<String, String> statuses = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select contact_id, subscription_type_id, channel, status from subscription where contact_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", page.stream().map(Row::id).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    statuses.put(rs.getObject(1, UUID.class) + ":" + rs.getObject(2, UUID.class) + ":" + rs.getString(3),
                            rs.getString(4));
                }
            }
        }
        return statuses;
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(fields.get(i)));
        }
        writer.write("\r\n");
    }

    /** RFC 4180 quoting, only where a field needs it. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
