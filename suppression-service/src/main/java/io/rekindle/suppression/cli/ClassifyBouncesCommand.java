package io.rekindle.suppression.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rekindle.suppression.domain.bounce.BounceClassifier;
import io.rekindle.suppression.domain.bounce.ClassifiedMessage;
import io.rekindle.suppression.domain.bounce.MessageKind;
import io.rekindle.suppression.domain.bounce.RecipientVerdict;
import io.rekindle.suppression.domain.bounce.SuppressionAction;
import io.rekindle.suppression.domain.bounce.WebhookEvent;
import io.rekindle.suppression.domain.bounce.WebhookEventClassifier;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line: classifies bounce messages and ESP webhook payloads given as files or directories and
 * prints one CSV row per recipient. Exit codes: 0 success, 1 some file unreadable, 2 usage error.
 */
public final class ClassifyBouncesCommand {

    static final String HEADER = "file,recipient,reason,hard_or_soft,status,reply_code,action";
    static final int EXIT_OK = 0;
    static final int EXIT_UNREADABLE = 1;
    static final int EXIT_USAGE = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BounceClassifier bounces = new BounceClassifier();
    private final WebhookEventClassifier webhooks = new WebhookEventClassifier();

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = new ClassifyBouncesCommand().run(args, out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    public int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || List.of(args).contains("-h") || List.of(args).contains("--help")) {
            err.println("usage: classify-bounces FILE_OR_DIRECTORY...");
            err.println("  Classifies raw bounce/complaint messages and ESP webhook JSON files (*.json);");
            err.println("  directories are searched recursively. Prints CSV: " + HEADER);
            return EXIT_USAGE;
        }
        List<Path> files = new ArrayList<>();
        boolean unreadable = false;
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException | RuntimeException e) {
                    err.println("cannot list " + arg + ": " + e.getMessage());
                    unreadable = true;
                }
            } else {
                files.add(path);
            }
        }
        out.println(HEADER);
        for (Path file : files) {
            try {
                byte[] content = Files.readAllBytes(file);
                for (List<String> row : rowsFor(file.toString(), content)) {
                    out.println(Csv.line(row));
                }
            } catch (IOException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                unreadable = true;
            }
        }
        out.flush();
        return unreadable ? EXIT_UNREADABLE : EXIT_OK;
    }

    private List<List<String>> rowsFor(String name, byte[] content) throws IOException {
        if (name.toLowerCase().endsWith(".json")) {
            return webhookRows(name, JSON.readTree(content));
        }
        ClassifiedMessage result = bounces.classify(content);
        List<List<String>> rows = new ArrayList<>();
        if (!result.hasRecipients()) {
            String reason = result.kind() == MessageKind.AUTO_REPLY ? "vacation" : "not-bounce";
            rows.add(List.of(name, "", reason, "", "", "", SuppressionAction.IGNORE.cliName()));
        }
        for (RecipientVerdict v : result.recipients()) {
            rows.add(row(name, v, v.reason().cliName()));
        }
        return rows;
    }

    private List<List<String>> webhookRows(String name, JsonNode payload) throws IOException {
        List<WebhookEvent> events = webhooks.classify(payload);
        List<List<String>> rows = new ArrayList<>();
        if (events.isEmpty()) {
            rows.add(List.of(name, "", "not-bounce", "", "", "", SuppressionAction.IGNORE.cliName()));
        }
        for (WebhookEvent event : events) {
            RecipientVerdict v = event.verdict();
            rows.add(row(name, v, v.reason() != null ? v.reason().cliName() : event.category().cliName()));
        }
        return rows;
    }

    private static List<String> row(String name, RecipientVerdict v, String reason) {
        return List.of(name, v.recipient(), reason, v.severity().cliName(), v.enhancedStatus(), v.replyCode(),
                v.action().cliName());
    }

    /** RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled. */
    static final class Csv {
        private Csv() {
        }

        static String line(List<String> fields) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                String field = fields.get(i) == null ? "" : fields.get(i);
                if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                    line.append('"').append(field.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(field);
                }
            }
            return line.toString();
        }
    }
}
