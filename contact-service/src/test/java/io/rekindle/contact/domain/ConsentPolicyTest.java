package io.rekindle.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.contact.domain.ConsentPolicy.Change;
import io.rekindle.contact.domain.ConsentPolicy.Refusal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentPolicyTest {

    private static final Map<String, String> API_EVIDENCE = Map.of("optInMethod", "paper form");
    private static final Map<String, String> FORM_EVIDENCE = Map.of("formId", "f1", "noticeText", "Yes, email me");

    @Test
    void anApiOptInNeedsConsentAsLegalBasisAndAnOptInMethod() {
        assertThat(check(SubscriptionStatus.NOT_SPECIFIED, ConsentSource.API, LegalBasis.CONSENT, API_EVIDENCE, false)).isEmpty();
        assertThat(check(SubscriptionStatus.NOT_SPECIFIED, ConsentSource.API, LegalBasis.CONSENT, Map.of(), false))
                .map(Refusal::field).contains("evidence.optInMethod");
        assertThat(check(SubscriptionStatus.NOT_SPECIFIED, ConsentSource.API, LegalBasis.LEGITIMATE_INTEREST, API_EVIDENCE, false))
                .map(Refusal::field).contains("legalBasis");
    }

    @Test
    void aPermissionPassReconfirmsAnExistingOptInButNeverObtainsAFirstOne() {
        assertThat(check(SubscriptionStatus.SUBSCRIBED, ConsentSource.PERMISSION_PASS, LegalBasis.CONSENT, Map.of(), false)).isEmpty();
        assertThat(check(SubscriptionStatus.NOT_SPECIFIED, ConsentSource.PERMISSION_PASS, LegalBasis.CONSENT, Map.of(), false))
                .map(Refusal::reason).hasValueSatisfying(reason -> assertThat(reason).contains("first"));
        assertThat(check(SubscriptionStatus.UNSUBSCRIBED, ConsentSource.PERMISSION_PASS, LegalBasis.CONSENT, Map.of(), true))
                .isPresent();
    }

    @Test
    void aContactWhoOptedOutResubscribesOnlyThroughAFormAndOnlyWhenTheAccountAllowsIt() {
        assertThat(check(SubscriptionStatus.UNSUBSCRIBED, ConsentSource.FORM, LegalBasis.CONSENT, FORM_EVIDENCE, true)).isEmpty();
        assertThat(check(SubscriptionStatus.UNSUBSCRIBED, ConsentSource.FORM, LegalBasis.CONSENT, FORM_EVIDENCE, false))
                .map(Refusal::reason).hasValueSatisfying(reason -> assertThat(reason).contains("turned off"));
        assertThat(check(SubscriptionStatus.UNSUBSCRIBED, ConsentSource.API, LegalBasis.CONSENT, API_EVIDENCE, true))
                .map(Refusal::reason).hasValueSatisfying(reason -> assertThat(reason).contains("through a form"));
        assertThat(check(SubscriptionStatus.UNSUBSCRIBED, ConsentSource.IMPORT, LegalBasis.CONSENT,
                Map.of("importId", "i1", "optInMethod", "webshop"), true)).isPresent();
    }

    @Test
    void unsubscribingNeedsNoEvidenceFromAnySource() {
        for (ConsentSource source : ConsentSource.values()) {
            assertThat(ConsentPolicy.check(new Change(SubscriptionStatus.SUBSCRIBED, SubscriptionStatus.UNSUBSCRIBED,
                    source, LegalBasis.NOT_APPLICABLE, Map.of(), false))).isEmpty();
        }
    }

    @Test
    void complaintsWorkflowsAndOneClickUnsubscribesCannotSubscribeAnyone() {
        for (ConsentSource source : new ConsentSource[] {ConsentSource.COMPLAINT, ConsentSource.WORKFLOW,
                ConsentSource.ONE_CLICK_UNSUBSCRIBE}) {
            assertThat(check(SubscriptionStatus.NOT_SPECIFIED, source, LegalBasis.CONSENT, API_EVIDENCE, true))
                    .map(Refusal::field).contains("source");
        }
    }

    private static Optional<Refusal> check(SubscriptionStatus current, ConsentSource source, LegalBasis basis,
            Map<String, String> evidence, boolean resubscriptionAllowed) {
        return ConsentPolicy.check(new Change(current, SubscriptionStatus.SUBSCRIBED, source, basis, evidence,
                resubscriptionAllowed));
    }
}
