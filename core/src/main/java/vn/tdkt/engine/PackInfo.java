package vn.tdkt.engine;

import java.util.List;

/** A pack as listed to users: id, version, jurisdiction and the document it encodes. */
public record PackInfo(String id, String version, String jurisdiction, List<String> provinces,
                       GuidanceDocument guidance, int ruleCount) {
}
