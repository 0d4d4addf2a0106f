package org.w3id.arsenal.query;

/**
 * A question the graph is built to answer, shipped as a SPARQL file whose header comments give its title and
 * description ({@code # title: …}, {@code # description: …}).
 */
public record CompetencyQuestion(String name, String title, String description, String sparql) {}
