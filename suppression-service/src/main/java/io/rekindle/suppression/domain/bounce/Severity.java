package io.rekindle.suppression.domain.bounce;

/** Hard/soft verdict on a recipient: hard means the address itself can never receive mail. */
public enum Severity {
    HARD("hard"),
    SOFT("soft"),
    /** Not a delivery failure at all (delivery report, complaint, auto reply). */
    NOT_APPLICABLE("n/a");

    private final String cliName;

    Severity(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }
}
