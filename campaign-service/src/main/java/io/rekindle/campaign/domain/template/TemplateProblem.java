package io.rekindle.campaign.domain.template;

/** One error in a template's source, at a 1-based line and column, worded for the template's author. */
public record TemplateProblem(int line, int column, String message) {

    public String describe() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
