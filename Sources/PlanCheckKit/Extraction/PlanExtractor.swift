/// Runs every extractor over one document and assembles the structured plan.
public enum PlanExtractor {
    public static func extract(_ doc: SourceDocument, catalog: Catalog) -> Plan {
        var plan = Plan(file: doc.path)
        plan.lines = doc.lines
        return plan
    }
}
