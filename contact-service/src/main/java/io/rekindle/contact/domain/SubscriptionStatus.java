package io.rekindle.contact.domain;

/** A contact's status for one subscription type on one channel. NOT_SPECIFIED: never asked. */
public enum SubscriptionStatus { SUBSCRIBED, UNSUBSCRIBED, NOT_SPECIFIED }
