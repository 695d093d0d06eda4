package io.rekindle.suppression.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerpAddressTest {

    @Test
    void theSendIdIsReadFromTheFirstVerpAddressInTheMessage() {
        VerpAddress verp = new VerpAddress("bounces", List.of("mail.acme.example"));

        assertThat(verp.sendId("Delivered-To: Bounces+5f1c9e4a-0b7d@Mail.Acme.example\r\n")).hasValue("5f1c9e4a-0b7d");
    }

    @Test
    void otherDomainsAndLookalikeLocalPartsAreNotVerpAddresses() {
        VerpAddress verp = new VerpAddress("bounces", List.of("mail.acme.example"));

        assertThat(verp.sendId("To: bounces+abc@mail.acme.example.evil.test")).isEmpty();
        assertThat(verp.sendId("To: nobounces+abc@mail.acme.example")).isEmpty();
        assertThat(verp.sendId("To: bounces@mail.acme.example")).isEmpty();
    }

    @Test
    void withoutConfiguredDomainsAnyDomainIsAccepted() {
        assertThat(new VerpAddress("bounces", List.of()).sendId("Return-Path: <bounces+s-1@x.example>")).hasValue("s-1");
    }
}
