package org.lpodesk.cases.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.cases.CaseStatus;

/**
 * The open cases a user can read, by case number, one page at a time: what a case picker (the
 * outsourcing dialog's "Case") and a case list offer. Like the deadline list it is a
 * transactional metadata query, so the database answers without a search index and a case
 * created a moment ago is listed.
 */
public final class OpenCases {

    /**
     * One case of the page, with labels for what a person reads.
     *
     * @param caseTypeLabel the case type as the firm reads it (the model's list label)
     * @param statusLabel   the status as the firm reads it
     */
    public record Row(String nodeRef, String caseNumber, String caseType, String caseTypeLabel, String status,
                      String statusLabel, String beneficiary, String petitioner) {
    }

    /** A validated page request. */
    public record Page(int skip, int max) {

        /** The query for the page plus one row (which says whether more follow). */
        public String cmisQuery() {
            return "SELECT c.cmis:objectId AS id FROM imm:case AS c WHERE " + CaseStatus.cmisOpenCondition("c")
                    + " ORDER BY c.imm:caseNumber ASC";
        }
    }

    private final int defaultPageSize;
    private final int maxPageSize;

    public OpenCases(int defaultPageSize, int maxPageSize) {
        if (defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("page sizes must satisfy 1 <= default (" + defaultPageSize
                    + ") <= max (" + maxPageSize + ")");
        }
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    /** The page the request asks for ({@code skip}, {@code max}), validated. */
    public Page page(RequestArguments args) {
        return new Page(args.optionalInt("skip", 0, 0, Integer.MAX_VALUE - maxPageSize - 1),
                args.optionalInt("max", defaultPageSize, 1, maxPageSize));
    }

    /** The answer: the page's rows (of the page plus one the query returned) and whether more follow. */
    public Map<String, Object> toJson(List<Row> rows, Page page) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(rows.size(), page.max()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodeRef", r.nodeRef());
            row.put("caseNumber", r.caseNumber());
            row.put("caseType", r.caseType());
            row.put("caseTypeLabel", r.caseTypeLabel());
            row.put("status", r.status());
            row.put("statusLabel", r.statusLabel());
            row.put("beneficiary", r.beneficiary());
            row.put("petitioner", r.petitioner());
            out.add(row);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("skip", page.skip());
        answer.put("max", page.max());
        answer.put("hasMore", rows.size() > page.max());
        answer.put("cases", out);
        return answer;
    }
}
