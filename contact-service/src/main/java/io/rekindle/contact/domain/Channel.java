package io.rekindle.contact.domain;

/** The channels a contact subscribes on, per subscription type (R4, K2). */
public enum Channel { EMAIL, SMS }
