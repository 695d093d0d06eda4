package io.rekindle.segment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.segment.domain.Segment;
import io.rekindle.segment.domain.criteria.Criterion;
import io.rekindle.segment.domain.criteria.SqlPredicate;
import io.rekindle.segment.repository.SegmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Saved segments: their definitions, the snapshot of static ones, and their members. */
@ApplicationScoped
public class SegmentService {

    /** Rows read per transaction while streaming an export, so a large segment never sits in memory. */
    static final int EXPORT_CHUNK = 1000;

    private final SegmentRepository segments;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Clock clock;

    SegmentService(SegmentRepository segments, EntityManager entityManager, ObjectMapper mapper, Clock clock) {
        this.segments = segments;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** One contact of a segment. */
    @RegisterForReflection
    public record Member(UUID contactId, String email, String firstName, String lastName, String phone) {
    }

    /** One page of members, 0-based. */
    public record MemberPage(List<Member> items, int page, int size, long total) {
    }

    @Transactional
    public Segment create(String name, Segment.Kind kind, Criterion criteria) {
        Instant now = clock.instant();
        Segment segment = new Segment();
        segment.id = UUID.randomUUID();
        segment.name = name;
        segment.kind = kind;
        segment.criteria = write(criteria);
        segment.createdAt = now;
        segment.updatedAt = now;
        segments.persist(segment);
        if (kind == Segment.Kind.STATIC) {
            segments.flush();
            snapshot(segment.id, criteria, now);
        }
        return segment;
    }

    /** Renames or redefines a segment; a static segment takes its members again from the new criteria. */
    @Transactional
    public Segment update(UUID id, String name, Criterion criteria) {
        Segment segment = find(id);
        Instant now = clock.instant();
        String definition = write(criteria);
        boolean redefined = !definition.equals(segment.criteria);
        segment.name = name;
        segment.criteria = definition;
        segment.updatedAt = now;
        if (redefined && segment.kind == Segment.Kind.STATIC) {
            entityManager.createNativeQuery("delete from segment_member where segment_id = :segment")
                    .setParameter("segment", id).executeUpdate();
            snapshot(id, criteria, now);
        }
        return segment;
    }

    @Transactional
    public void delete(UUID id) {
        if (!segments.deleteById(id)) {
            throw ProblemException.notFound("Segment", id);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Segment find(UUID id) {
        return segments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Segment", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Segment> list() {
        return segments.list("order by createdAt desc, id");
    }

    public Criterion criteria(Segment segment) {
        try {
            return mapper.readValue(segment.criteria, Criterion.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored criteria of segment " + segment.id + " cannot be read", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(UUID id) {
        Membership members = membership(find(id));
        Query query = entityManager.createNativeQuery("select count(*) " + members.fromWhere, Long.class);
        members.parameters.forEach(query::setParameter);
        return (Long) query.getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberPage members(UUID id, int page, int size) {
        Membership members = membership(find(id));
        Query count = entityManager.createNativeQuery("select count(*) " + members.fromWhere, Long.class);
        members.parameters.forEach(count::setParameter);
        Query rows = entityManager.createNativeQuery("select p.contact_id, p.email, p.first_name, p.last_name, p.phone "
                + members.fromWhere + " order by p.email, p.contact_id");
        members.parameters.forEach(rows::setParameter);
        rows.setFirstResult(page * size).setMaxResults(size);
        return new MemberPage(toMembers(rows.getResultList()), page, size, (Long) count.getSingleResult());
    }

    /**
     * Writes the members as CSV (RFC 4180, CRLF), reading them in chunks in order of contact id, each
     * chunk in its own short transaction, so the response streams while the export runs.
     */
    public void export(UUID id, OutputStream out) throws IOException {
        Membership members = QuarkusTransaction.requiringNew().call(() -> membership(find(id)));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write("contact_id,email,first_name,last_name,phone\r\n");
        UUID after = null;
        while (true) {
            UUID from = after;
            boolean inclusive = from == null;
            List<Member> chunk = QuarkusTransaction.requiringNew().call(() -> {
                Query rows = entityManager.createNativeQuery("select p.contact_id, p.email, p.first_name, p.last_name,"
                        + " p.phone " + members.fromWhere + (inclusive ? "" : " and p.contact_id > :after")
                        + " order by p.contact_id");
                members.parameters.forEach(rows::setParameter);
                if (!inclusive) {
                    rows.setParameter("after", from);
                }
                rows.setMaxResults(EXPORT_CHUNK);
                return toMembers(rows.getResultList());
            });
            for (Member member : chunk) {
                writer.write(String.join(",", member.contactId().toString(), quote(member.email()),
                        quote(member.firstName()), quote(member.lastName()), quote(member.phone())));
                writer.write("\r\n");
            }
            if (chunk.size() < EXPORT_CHUNK) {
                break;
            }
            after = chunk.get(chunk.size() - 1).contactId();
        }
        writer.flush();
    }

    private void snapshot(UUID segment, Criterion criteria, Instant now) {
        SqlPredicate predicate = SqlPredicate.of(criteria, now);
        Query insert = entityManager.createNativeQuery("insert into segment_member (segment_id, contact_id, added_at)"
                + " select :segment, p.contact_id, :addedAt from contact_profile p where " + predicate.condition());
        predicate.parameters().forEach(insert::setParameter);
        insert.setParameter("segment", segment).setParameter("addedAt", now).executeUpdate();
    }

    /**
     * The members of a segment as a {@code from ... where ...} over {@code contact_profile p}: the live
     * criteria for an active segment, the snapshot for a static one (an erased contact leaves both).
     */
    private Membership membership(Segment segment) {
        if (segment.kind == Segment.Kind.STATIC) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("segment", segment.id);
            return new Membership("from contact_profile p join segment_member m on m.contact_id = p.contact_id"
                    + " where m.segment_id = :segment", parameters);
        }
        SqlPredicate predicate = SqlPredicate.of(criteria(segment), clock.instant());
        return new Membership("from contact_profile p where " + predicate.condition(), predicate.parameters());
    }

    private record Membership(String fromWhere, Map<String, Object> parameters) {
    }

    private String write(Criterion criteria) {
        try {
            return mapper.writerFor(Criterion.class).writeValueAsString(criteria);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Member> toMembers(List<?> rows) {
        List<Member> members = new ArrayList<>(rows.size());
        for (Object[] row : (List<Object[]>) rows) {
            members.add(new Member((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return members;
    }

    /** RFC 4180 quoting, only where a field needs it. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
