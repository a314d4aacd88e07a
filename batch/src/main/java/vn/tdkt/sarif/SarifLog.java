package vn.tdkt.sarif;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import vn.tdkt.finding.Citation;

/**
 * The part of SARIF 2.1.0 that tdkt writes, as records: each object's properties are its components, written in
 * their order, and a {@code null} component is left out of the log (the writer's mapper says so once). The property
 * bags ({@code properties}) are records too, so that every key tdkt adds to SARIF is named here.
 *
 * <p>Why not the POJOs of {@code com.contrastsecurity:java-sarif} (generated from the same schema): they hold the
 * schema's defaults in their fields ({@code kind: "fail"}, {@code rank: -1.0}, {@code language: "en-US"}, -1 for
 * unknown indexes) and are annotated to leave out any value equal to its default, so a result or rule of level
 * {@code warning} would lose its level and any setting that writes nulls would write those defaults; and their
 * property bags are {@code HashMap}s, which do not keep the order of their keys.
 *
 * @param schema  the URI of the schema
 * @param version the SARIF version
 * @param runs    the runs: tdkt writes one
 */
record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

    /** One run of the tool on a set of plans. */
    record Run(Tool tool, List<Invocation> invocations, List<Artifact> artifacts, List<Result> results,
               RunProperties properties) {
    }

    record Tool(ToolComponent driver) {
    }

    record ToolComponent(String name, String fullName, String version, String informationUri,
                         List<ReportingDescriptor> rules) {
    }

    /** A rule. */
    record ReportingDescriptor(String id, String name, Message shortDescription, Message fullDescription,
                               Message help, ReportingConfiguration defaultConfiguration,
                               RuleProperties properties) {
    }

    record ReportingConfiguration(String level) {
    }

    /** A message, or a multiformat message string: tdkt writes plain text only. */
    record Message(String text) {
        static Message of(String text) {
            return text == null ? null : new Message(text);
        }
    }

    record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {
    }

    record Notification(String level, Message message, List<Location> locations) {
    }

    /** A plan file. */
    record Artifact(ArtifactLocation location, Message description, String mimeType, List<String> roles,
                    ArtifactProperties properties) {
    }

    record ArtifactLocation(String uri, Integer index) {
    }

    /** One finding. */
    record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
                  ResultProperties properties, List<Suppression> suppressions) {
    }

    record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    /** A place in a file, 1-based; the column null when unknown. */
    record Region(int startLine, Integer startColumn) {
    }

    /** A plan fact, by its JSON Pointer. */
    record LogicalLocation(String name, String fullyQualifiedName, String kind) {
    }

    record Suppression(String kind, String status, String justification) {
    }

    /** What a rule's descriptor adds: its clause and document, and its title in the language a viewer does not show. */
    record RuleProperties(String clause, String document, String titleVi, String titleEn) {
    }

    /** Who a plan file is about, and each report made on it. */
    record ArtifactProperties(String unit, String province, String documentNumber, String documentDate,
                              List<PlanReport> reports) {
    }

    record PlanReport(String pack, String packVersion, String verdict) {
    }

    /** What a result adds: the finding's facts, citation and message in the language a viewer does not show. */
    record ResultProperties(String severity, String expected, String found, String expectedVi, String foundVi,
                            String quote, Citation citation, String messageVi, String messageEn, String pack,
                            String plan) {
    }

    /** The packs of the run. */
    record RunProperties(List<PackProperties> packs) {
    }

    record PackProperties(String id, String version, String jurisdiction, String guidance) {
    }
}
