package io.rekindle.suppression.domain.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier against the labelled corpus (shared/corpus/bounces) and fails below the bars.
 * Rows sisimai itself relabelled between versions are reported but not scored (low confidence per README).
 */
class ClassifierCorpusEvaluationTest {

    /** Bars set just under the figures reached when they were last raised (reason 96.7%, hard/soft 98.3%,
     * recipient 98.7%, flufl permanence 97.6%, webhook category 100%); raise them as the rules improve. */
    private static final double MIN_REASON = 0.96;
    private static final double MIN_HARD_SOFT = 0.98;
    private static final double MIN_RECIPIENT = 0.98;
    private static final double MIN_PERMANENCE = 0.97;
    private static final double MIN_WEBHOOK_CATEGORY = 0.99;

    private static final Map<String, WebhookCategory> CATEGORY_LABELS = Map.ofEntries(
            Map.entry("bounce", WebhookCategory.BOUNCE), Map.entry("blocked", WebhookCategory.BOUNCE),
            Map.entry("delay", WebhookCategory.DEFERRED), Map.entry("delivered", WebhookCategory.DELIVERY),
            Map.entry("delivery", WebhookCategory.DELIVERY),
            Map.entry("open", WebhookCategory.OPEN), Map.entry("opened", WebhookCategory.OPEN),
            Map.entry("click", WebhookCategory.CLICK), Map.entry("clicked", WebhookCategory.CLICK),
            Map.entry("complaint", WebhookCategory.COMPLAINT), Map.entry("feedback", WebhookCategory.COMPLAINT),
            Map.entry("unsubscribe", WebhookCategory.UNSUBSCRIBE), Map.entry("unsubscribed", WebhookCategory.UNSUBSCRIBE),
            Map.entry("group_unsubscribe", WebhookCategory.UNSUBSCRIBE), Map.entry("dropped", WebhookCategory.DROPPED));

    private static Path corpus;
    private final BounceClassifier classifier = new BounceClassifier();
    private final WebhookEventClassifier webhooks = new WebhookEventClassifier();

    /** Agreement counters for one source. */
    private static final class Tally {
        final Map<String, int[]> metrics = new LinkedHashMap<>();
        final List<String> disagreements = new ArrayList<>();

        void score(String metric, boolean agrees, String what) {
            int[] counts = metrics.computeIfAbsent(metric, k -> new int[2]);
            counts[1]++;
            if (agrees) {
                counts[0]++;
            } else {
                disagreements.add(metric + ": " + what);
            }
        }

        double rate(String metric) {
            int[] counts = metrics.getOrDefault(metric, new int[] {0, 0});
            return counts[1] == 0 ? 1.0 : (double) counts[0] / counts[1];
        }

        void addTo(Tally overall) {
            metrics.forEach((metric, counts) -> {
                int[] total = overall.metrics.computeIfAbsent(metric, k -> new int[2]);
                total[0] += counts[0];
                total[1] += counts[1];
            });
        }

        String summary() {
            StringBuilder line = new StringBuilder();
            metrics.forEach((metric, c) -> line.append(String.format(Locale.ROOT, "  %s %d/%d = %.1f%%",
                    metric, c[0], c[1], 100.0 * c[0] / c[1])));
            return line.toString();
        }
    }

    @BeforeAll
    static void locateCorpus() {
        corpus = Path.of(System.getProperty("rekindle.bounce-corpus", "../../shared/corpus/bounces"));
        assertThat(corpus.resolve("README.md")).as("bounce corpus at %s", corpus.toAbsolutePath()).exists();
    }

    @Test
    void agreementWithTheLabelledCorpusStaysAboveTheBar() throws IOException {
        Map<String, Tally> bySource = new LinkedHashMap<>();
        bySource.put("sisimai", evaluateSisimai());
        bySource.put("sisimai-low-confidence (not scored)", lowConfidence);
        bySource.put("sisimai/not-bounce", evaluateNotBounce());
        bySource.put("flufl", evaluateFlufl());
        bySource.put("webhooks", evaluateWebhooks());
        Tally overall = new Tally();
        bySource.forEach((source, tally) -> {
            if (tally != lowConfidence) {
                tally.addTo(overall);
            }
        });
        StringBuilder report = new StringBuilder("\n=== Bounce classifier agreement with shared/corpus/bounces ===\n");
        bySource.forEach((source, tally) -> report.append(source).append(':').append(tally.summary()).append('\n'));
        report.append("OVERALL:").append(overall.summary()).append('\n');
        bySource.forEach((source, tally) -> tally.disagreements
                .forEach(d -> report.append("  [").append(source).append("] ").append(d).append('\n')));
        System.out.println(report);

        assertThat(overall.rate("reason")).as("reason agreement").isGreaterThanOrEqualTo(MIN_REASON);
        assertThat(overall.rate("hard/soft")).as("hard/soft agreement").isGreaterThanOrEqualTo(MIN_HARD_SOFT);
        assertThat(overall.rate("recipient")).as("recipient agreement").isGreaterThanOrEqualTo(MIN_RECIPIENT);
        assertThat(overall.rate("permanence")).as("permanent/temporary agreement").isGreaterThanOrEqualTo(MIN_PERMANENCE);
        assertThat(overall.rate("category")).as("webhook category agreement").isGreaterThanOrEqualTo(MIN_WEBHOOK_CATEGORY);
    }

    private final Tally lowConfidence = new Tally();

    private Tally evaluateSisimai() throws IOException {
        Tally tally = new Tally();
        Map<String, List<Map<String, String>>> byFile = new LinkedHashMap<>();
        for (Map<String, String> row : CorpusCsv.read(corpus.resolve("sisimai/labels.csv"))) {
            byFile.computeIfAbsent(row.get("file"), k -> new ArrayList<>()).add(row);
        }
        for (var entry : byFile.entrySet()) {
            ClassifiedMessage result = classifier.classify(Files.readAllBytes(corpus.resolve("sisimai").resolve(entry.getKey())));
            List<Map<String, String>> rows = entry.getValue();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                Tally target = "yes".equals(row.get("label_changed_since_p5_v510")) ? lowConfidence : tally;
                scoreSisimaiRow(target, entry.getKey(), row, result, i);
            }
        }
        return tally;
    }

    private static void scoreSisimaiRow(Tally tally, String file, Map<String, String> row, ClassifiedMessage result, int index) {
        String expectedRecipient = row.get("expected_recipient");
        RecipientVerdict verdict = result.recipients().stream()
                .filter(v -> v.recipient().equalsIgnoreCase(expectedRecipient)).findFirst()
                .orElse(index < result.recipients().size() ? result.recipients().get(index) : null);
        String actualReason = result.kind() == MessageKind.AUTO_REPLY ? "vacation"
                : verdict == null ? "(none)" : verdict.reason().cliName();
        String actualSeverity = result.kind() == MessageKind.AUTO_REPLY ? "n/a"
                : verdict == null ? "(none)" : verdict.severity().cliName();
        String what = String.format("%s expected %s/%s/%s got %s/%s/%s [%s] %s", file, row.get("expected_reason"),
                row.get("hard_or_soft"), expectedRecipient, actualReason, actualSeverity,
                verdict == null ? "-" : verdict.recipient(), result.dialect(),
                verdict == null ? "" : abbreviate(verdict.enhancedStatus() + " " + verdict.diagnostic()));
        tally.score("reason", row.get("expected_reason").equals(actualReason), what);
        tally.score("hard/soft", row.get("hard_or_soft").equals(actualSeverity), what);
        if (!expectedRecipient.isEmpty() && result.kind() != MessageKind.AUTO_REPLY) {
            tally.score("recipient", verdict != null && verdict.recipient().equalsIgnoreCase(expectedRecipient), what);
        }
    }

    private Tally evaluateNotBounce() throws IOException {
        Tally tally = new Tally();
        try (var files = Files.list(corpus.resolve("sisimai/not-bounce"))) {
            for (Path file : files.sorted().toList()) {
                ClassifiedMessage result = classifier.classify(Files.readAllBytes(file));
                tally.score("recipient", !result.hasRecipients(), file.getFileName() + " expected no recipient, got "
                        + result.kind() + " " + result.recipients());
            }
        }
        return tally;
    }

    private Tally evaluateFlufl() throws IOException {
        Tally tally = new Tally();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : CorpusCsv.read(corpus.resolve("flufl/labels.csv"))) {
            if (!seen.add(row.get("file"))) {
                continue;
            }
            ClassifiedMessage result = classifier.classify(Files.readAllBytes(corpus.resolve("flufl").resolve(row.get("file"))));
            Set<String> expected = addressSet(row.get("expected_recipients"));
            Set<String> actual = new TreeSet<>();
            result.recipients().forEach(v -> actual.add(v.recipient().toLowerCase(Locale.ROOT)));
            String what = row.get("file") + " expected " + expected + " " + row.get("failure_class") + " got " + actual
                    + " " + result.recipients().stream().map(v -> (v.permanent() ? "permanent " : "temporary ")
                    + v.reason().cliName()).toList() + " [" + result.dialect() + "]";
            tally.score("recipient", expected.equals(actual), what);
            String failureClass = row.get("failure_class");
            if (!failureClass.equals("none") && !result.recipients().isEmpty()) {
                boolean permanent = result.recipients().get(0).permanent();
                tally.score("permanence", failureClass.equals("permanent") == permanent, what);
            }
        }
        return tally;
    }

    private Tally evaluateWebhooks() throws IOException {
        Tally tally = new Tally();
        ObjectMapper json = new ObjectMapper();
        Pattern indexed = Pattern.compile("(.*)#\\[(\\d+)]");
        for (Map<String, String> row : CorpusCsv.read(corpus.resolve("webhooks/labels.csv"))) {
            String expectedCategory = row.get("expected_category");
            if (expectedCategory.isEmpty()) {
                continue;
            }
            var m = indexed.matcher(row.get("file"));
            String file = m.matches() ? m.group(1) : row.get("file");
            JsonNode payload = json.readTree(corpus.resolve("webhooks").resolve(file).toFile());
            if (m.matches()) {
                payload = payload.get(Integer.parseInt(m.group(2)));
            }
            List<WebhookEvent> events = webhooks.classify(payload);
            WebhookCategory wanted = CATEGORY_LABELS.getOrDefault(expectedCategory,
                    BounceReason.fromCliName(expectedCategory).isPresent() || expectedCategory.startsWith("(")
                            ? WebhookCategory.BOUNCE : WebhookCategory.OTHER);
            String what = row.get("file") + " expected " + expectedCategory + "/" + row.get("hard_or_soft") + "/"
                    + row.get("expected_recipients") + " got " + events.stream().map(e -> e.category().cliName() + "/"
                    + (e.verdict().reason() == null ? "-" : e.verdict().reason().cliName()) + "/"
                    + e.verdict().severity().cliName() + "/" + e.recipient()).toList();
            tally.score("category", !events.isEmpty() && events.stream().allMatch(e -> e.category() == wanted), what);
            Set<String> expectedRecipients = addressSet(row.get("expected_recipients"));
            if (!expectedRecipients.isEmpty()) {
                Set<String> actual = new TreeSet<>();
                events.forEach(e -> actual.add(e.recipient().toLowerCase(Locale.ROOT)));
                tally.score("recipient", expectedRecipients.equals(actual), what);
            }
            String hardOrSoft = row.get("hard_or_soft");
            if (hardOrSoft.equals("hard") || hardOrSoft.equals("soft")) {
                tally.score("hard/soft", events.stream().allMatch(e -> e.verdict().severity().cliName().equals(hardOrSoft)), what);
            }
            if (wanted == WebhookCategory.BOUNCE && !CATEGORY_LABELS.containsKey(expectedCategory)) {
                Pattern reason = Pattern.compile(expectedCategory);
                tally.score("reason", events.stream().allMatch(e -> e.verdict().reason() != null
                        && reason.matcher(e.verdict().reason().cliName()).matches()), what);
            }
        }
        return tally;
    }

    private static Set<String> addressSet(String semicolonSeparated) {
        Set<String> set = new TreeSet<>();
        for (String address : semicolonSeparated.split(";")) {
            if (!address.isBlank()) {
                set.add(address.strip().toLowerCase(Locale.ROOT));
            }
        }
        return set;
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("\\s+", " ").strip();
        return clean.length() > 140 ? clean.substring(0, 140) + "..." : clean;
    }
}
