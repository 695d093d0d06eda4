package io.rekindle.suppression.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.platform.security.Roles;
import io.rekindle.suppression.service.SuppressionIndex;
import io.rekindle.suppression.support.WebhookKeysResource;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Load driver for the dispatch-time eligibility check over loopback HTTP, as campaign-service will call it:
 * an audience in batches of 10,000, one call after the other. Bounded by default (200,000 recipients
 * against 50,000 suppressed addresses) so the module's test run stays short; docs/benchmarks.md has the
 * command for the full 1,000,000-recipient run and its figures.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = WebhookKeysResource.class, scope = TestResourceScope.GLOBAL)
class EligibilityThroughputTest {

    private static final int BATCH = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/eligibility")
    URL eligibility;

    @Inject
    EntityManager entityManager;

    @Inject
    SuppressionIndex index;

    @Test
    void anAudienceIsFilteredInBatchesOf10000WithEverySuppressedRecipientBlocked() throws Exception {
        int audience = Integer.getInteger("rekindle.benchmark.audience", 200_000);
        int suppressed = Integer.getInteger("rekindle.benchmark.suppressed", 50_000);
        // Every 10th recipient of the audience is suppressed (as long as the seeded list reaches that far).
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into suppression (address, category, reason, severity, global, suppressed_at)
                select 'bench-' || (n * 10) || '@bench.example', 'hard-bounce', 'userunknown', 'hard', false, now()
                from generate_series(1, :count) n
                on conflict (address) do nothing
                """).setParameter("count", suppressed).executeUpdate());
        index.reload();

        HttpClient client = HttpClient.newHttpClient();
        String token = TestTokens.withRoles(Roles.MARKETING_READ);
        List<String> batches = new ArrayList<>();
        for (int start = 1; start <= audience; start += BATCH) {
            StringBuilder body = new StringBuilder("{\"addresses\":[");
            for (int n = start; n < start + BATCH && n <= audience; n++) {
                body.append(n > start ? "," : "").append("\"bench-").append(n).append("@bench.example\"");
            }
            batches.add(body.append("]}").toString());
        }

        run(client, token, batches.subList(0, Math.min(20, batches.size())));
        long started = System.nanoTime();
        long blocked = run(client, token, batches);
        long millis = (System.nanoTime() - started) / 1_000_000;

        long expectedBlocked = Math.min(audience / 10, suppressed);
        System.out.printf("%n=== Eligibility: %,d recipients in %d batches of %,d against %,d suppressed: %,d ms, "
                + "%,d blocked, %.0f recipients/s ===%n", audience, batches.size(), BATCH, index.size(), millis,
                blocked, audience * 1000.0 / Math.max(1, millis));
        assertThat(blocked).isEqualTo(expectedBlocked);
    }

    private long run(HttpClient client, String token, List<String> batches) throws Exception {
        long blocked = 0;
        for (String body : batches) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(eligibility.toString()))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode result = JSON.readTree(response.body());
            blocked += result.get("blockedCount").asLong();
        }
        return blocked;
    }
}
