package io.rekindle.segment.domain.criteria;

/** The marketing channels a contact subscribes on and is messaged through (R4, K2). */
public enum Channel { EMAIL, SMS }
