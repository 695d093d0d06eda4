package io.rekindle.contact.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.rekindle.contact.domain.imports.ContactImport;
import io.rekindle.contact.domain.imports.ContactImportIssue;
import io.rekindle.contact.domain.imports.CsvReader;
import io.rekindle.contact.domain.imports.ImportColumns;
import io.rekindle.contact.domain.imports.ImportCounts;
import io.rekindle.contact.domain.imports.ImportOptions;
import io.rekindle.contact.domain.imports.ImportRow;
import io.rekindle.contact.domain.imports.ImportStatus;
import io.rekindle.contact.repository.ImportIssueRepository;
import io.rekindle.contact.repository.ImportRepository;
import io.rekindle.contact.repository.SubscriptionTypeRepository;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * CSV imports (R9, K8): checks the options and the header up front, then applies the rows in the
 * background in batches, one transaction per batch, with a progress checkpoint committed with each.
 * A retried upload (same Idempotency-Key, or same options and content) returns the import already
 * made; if that one failed, it resumes after its last committed batch.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportRepository imports;
    private final ImportIssueRepository issues;
    private final SubscriptionTypeRepository types;
    private final ImportBatchApplier applier;
    private final ManagedExecutor executor;
    private final Clock clock;
    private final int batchSize;
    private final Path workDirectory;

    ImportService(ImportRepository imports, ImportIssueRepository issues, SubscriptionTypeRepository types,
            ImportBatchApplier applier, ManagedExecutor executor, Clock clock,
            @ConfigProperty(name = "rekindle.imports.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "rekindle.imports.work-directory", defaultValue = "${java.io.tmpdir}/rekindle-imports")
            Path workDirectory) {
        this.imports = imports;
        this.issues = issues;
        this.types = types;
        this.applier = applier;
        this.executor = executor;
        this.clock = clock;
        this.batchSize = batchSize;
        this.workDirectory = workDirectory;
    }

    /** The import and whether this request started (or resumed) it rather than finding it already done or under way. */
    public record Submission(ContactImport entry, boolean started) {
    }

    /**
     * Accepts an uploaded file for import. The upload is moved, never read into memory: it is read
     * twice as a stream, once here for the fingerprint and the header, once by the batch worker.
     */
    public Submission submit(ImportOptions options, Path upload, String fileName, String idempotencyKey, String actor) {
        options.check().ifPresent(refusal -> {
            throw new ProblemException(refusal.status(), refusal.title(), refusal.detail(), refusal.violations());
        });
        if (options.subscriptionTypeId() != null) {
            QuarkusTransaction.requiringNew().run(() -> types.findByIdOptional(options.subscriptionTypeId())
                    .filter(t -> t.archivedAt == null)
                    .orElseThrow(() -> new ProblemException(422, "Validation failed", "1 field is not valid",
                            List.of(new Problem.Violation("options.subscriptionTypeId",
                                    "no active subscription type has this id")))));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        ImportColumns columns = readHeader(upload, options);
        String fingerprint = fingerprint(options, upload);
        String key = idempotencyKey != null ? "key:" + idempotencyKey : "sha256:" + fingerprint;

        Submission submission = QuarkusTransaction.requiringNew().call(() -> {
            ContactImport found = imports.findByIdempotencyKey(key).orElse(null);
            if (found != null) {
                if (!found.fingerprint.equals(fingerprint)) {
                    throw ProblemException.conflict("Idempotency-Key " + idempotencyKey
                            + " was used for a different file or different options");
                }
                if (found.status != ImportStatus.FAILED) {
                    return new Submission(found, false);
                }
                found.status = ImportStatus.QUEUED;
                found.failure = null;
                found.finishedAt = null;
                found.updatedAt = clock.instant();
                return new Submission(found, true);
            }
            ContactImport entry = new ContactImport();
            entry.id = UUID.randomUUID();
            entry.idempotencyKey = key;
            entry.fingerprint = fingerprint;
            entry.mode = options.mode();
            entry.options = describe(options);
            entry.status = ImportStatus.QUEUED;
            entry.fileName = fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 300));
            entry.ignoredColumns = new ArrayList<>(columns.ignored());
            entry.requestedBy = actor;
            entry.createdAt = clock.instant();
            entry.updatedAt = entry.createdAt;
            imports.persist(entry);
            return new Submission(entry, true);
        });
        if (submission.started()) {
            Path file = keep(upload, submission.entry().id);
            UUID id = submission.entry().id;
            executor.execute(() -> run(id, options, columns, file, actor));
        }
        return submission;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactImport get(UUID id) {
        return imports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Import", id));
    }

    /** One page of an import's report, and the report's size. */
    public record IssuePage(List<ContactImportIssue> items, long total) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IssuePage issues(UUID id, int page, int size) {
        get(id);
        return new IssuePage(issues.page(id, page, size), issues.countFor(id));
    }

    /** Imports whose worker died with its process stop reporting progress; fail them so a retry resumes. */
    @Scheduled(every = "1m", delayed = "10s")
    @Transactional
    void failStaleImports() {
        int failed = imports.failStale(clock.instant().minus(Duration.ofMinutes(5)), clock.instant());
        if (failed > 0) {
            LOG.warnf("Marked %d interrupted import(s) as failed", failed);
        }
    }

    private void run(UUID id, ImportOptions options, ImportColumns columns, Path file, String actor) {
        ImportBatchApplier.Context context = new ImportBatchApplier.Context(id, options, actor);
        long[] position = QuarkusTransaction.requiringNew().call(() -> {
            ContactImport entry = imports.findById(id);
            entry.status = ImportStatus.RUNNING;
            entry.startedAt = entry.startedAt == null ? clock.instant() : entry.startedAt;
            entry.updatedAt = clock.instant();
            return new long[] {entry.rowsProcessed, entry.failed + entry.skipped};
        });
        long checkpoint = position[0];
        long nextIssue = position[1];
        long firstLine = 0;
        try (CsvReader reader = open(file)) {
            skipHeader(reader);
            for (long skipped = 0; skipped < checkpoint; skipped++) {
                try {
                    reader.next();
                } catch (CsvReader.FormatException e) {
                    // Counted, and reported, when its batch was committed.
                }
            }
            List<ImportRow> rows = new ArrayList<>(batchSize);
            List<ImportRow.Issue> invalid = new ArrayList<>();
            int read = 0;
            boolean end = false;
            while (!end) {
                try {
                    CsvReader.Record record = reader.next();
                    if (record == null) {
                        end = true;
                    } else {
                        firstLine = read == 0 ? record.line() : firstLine;
                        ImportRow.Parsed parsed = ImportRow.parse(record.line(), record.fields(), columns);
                        if (parsed.row() != null) {
                            rows.add(parsed.row());
                        } else {
                            invalid.addAll(parsed.issues());
                        }
                        read++;
                    }
                } catch (CsvReader.FormatException e) {
                    invalid.add(ImportRow.Issue.failed(e.line(), null, e.getMessage()));
                    read++;
                }
                if (read == batchSize || (end && read > 0)) {
                    nextIssue = commitBatch(context, rows, invalid, read, nextIssue);
                    rows.clear();
                    invalid.clear();
                    read = 0;
                }
            }
            finish(id, ImportStatus.COMPLETED, null);
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "Import %s failed in the batch starting at line %d", id, firstLine);
            finish(id, ImportStatus.FAILED, "the batch starting at line " + firstLine
                    + " could not be applied; earlier batches are kept. Upload the same file again to resume");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf(e, "Could not delete the import file %s", file);
            }
        }
    }

    /** One transaction: the rows' effects, their report and the progress checkpoint commit together. */
    private long commitBatch(ImportBatchApplier.Context context, List<ImportRow> rows, List<ImportRow.Issue> invalid,
            int read, long nextIssue) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportBatchApplier.Outcome outcome = applier.apply(context, rows);
            List<ImportRow.Issue> report = new ArrayList<>(invalid);
            report.addAll(outcome.issues());
            report.sort((a, b) -> Long.compare(a.line(), b.line()));
            issues.append(context.importId(), nextIssue, report);
            ImportCounts counts = outcome.counts();
            counts.rowsProcessed = read;
            counts.failed += invalid.stream().map(ImportRow.Issue::line).distinct().count();
            ContactImport entry = imports.findById(context.importId());
            entry.add(counts);
            entry.updatedAt = clock.instant();
            return nextIssue + report.size();
        });
    }

    private void finish(UUID id, ImportStatus status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ContactImport entry = imports.findById(id);
            entry.status = status;
            entry.failure = failure;
            entry.finishedAt = clock.instant();
            entry.updatedAt = entry.finishedAt;
        });
    }

    private static ImportColumns readHeader(Path upload, ImportOptions options) {
        try (CsvReader reader = open(upload)) {
            CsvReader.Record header = reader.next();
            if (header == null) {
                throw badHeader(List.of(new Problem.Violation("file", "the file is empty")));
            }
            ImportColumns.Result result = ImportColumns.of(header.fields(), options.mode());
            return result.columns().orElseThrow(() -> badHeader(result.violations()));
        } catch (CsvReader.FormatException e) {
            throw badHeader(List.of(new Problem.Violation("file.header", e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header was checked when the import was submitted. */
    private static void skipHeader(CsvReader reader) throws IOException {
        try {
            reader.next();
        } catch (CsvReader.FormatException e) {
            throw new IllegalStateException("the header was valid when the import was submitted", e);
        }
    }

    private static ProblemException badHeader(List<Problem.Violation> violations) {
        return new ProblemException(400, "Invalid CSV header",
                "The file's header is not usable for this import; no row was applied", violations);
    }

    private static CsvReader open(Path file) throws IOException {
        return new CsvReader(new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16));
    }

    private static String fingerprint(ImportOptions options, Path upload) {
        try (InputStream in = Files.newInputStream(upload)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(options.canonical().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the upload out of the HTTP layer's temporary files, which are deleted when the request ends. */
    private Path keep(Path upload, UUID id) {
        try {
            Files.createDirectories(workDirectory);
            Path target = workDirectory.resolve(id + ".csv");
            try {
                return Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                return Files.copy(upload, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> describe(ImportOptions options) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("mode", options.mode().name());
        if (options.consentSource() != null) {
            map.put("optInMethod", options.consentSource().optInMethod());
            map.put("legalBasis", String.valueOf(options.consentSource().legalBasis()));
            map.put("listOrigin", String.valueOf(options.consentSource().listOrigin()));
        }
        if (options.subscriptionTypeId() != null) {
            map.put("subscriptionTypeId", options.subscriptionTypeId().toString());
        }
        map.put("channel", options.channelOrDefault().name());
        map.put("source", options.sourceOrDefault().name());
        if (options.reason() != null) {
            map.put("reason", options.reason());
        }
        return map;
    }
}
