package org.lpodesk.cmis.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.lpodesk.cmis.rules.ModelRules;
import org.lpodesk.cmis.types.CmisType;
import org.lpodesk.cmis.types.CmisTypeCatalog.ModelProperty;

/**
 * A CMIS SQL query the way Alfresco accepts it: every column with an {@code AS} alias, a JOIN
 * to the aspect ({@code P:} type) for each aspect property used, WHERE only on queryable and
 * ORDER BY only on orderable properties (checked against the model before anything is sent).
 */
public final class CmisQuery {

    /** Comparison operators of CMIS SQL. */
    public enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE");

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }
    }

    private final ModelRules rules;
    private final CmisType mainType;
    private final String mainAlias;
    private final Map<String, String> joins = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();
    private final List<String> columnIds = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<String> order = new ArrayList<>();

    private CmisQuery(ModelRules rules, String typeId, String alias) {
        this.rules = rules;
        this.mainType = rules.type(typeId);
        this.mainAlias = alias;
    }

    /** A query over objects of a type ({@code F:imm:case}) and its subtypes. */
    public static CmisQuery from(ModelRules rules, String typeId, String alias) {
        return new CmisQuery(rules, typeId, alias);
    }

    /**
     * Adds columns, {@code cmis:*} or model properties (of the type or of an aspect), each with
     * an {@code AS} alias so that results carry the same column names on every server (Alfresco
     * otherwise answers {@code alias.cmis:name}): a model property is aliased to its own id, a
     * {@code cmis:} property to its bare name ({@code objectId}), which keeps it apart from the
     * {@code cmis:objectId} of a JOIN condition.
     */
    public CmisQuery select(String... propertyIds) {
        for (String propertyId : propertyIds) {
            columns.add(qualified(propertyId) + " AS " + aliasOf(propertyId));
            columnIds.add(propertyId);
        }
        return this;
    }

    /** The column alias the kit gives a property. */
    public static String aliasOf(String propertyId) {
        return propertyId.startsWith("cmis:") ? propertyId.substring(5) : propertyId;
    }

    public CmisQuery where(String propertyId, Op op, Object value) {
        if (propertyId.startsWith("cmis:")) {
            rules.checkBaseQueryable(propertyId);
        } else {
            rules.checkQueryable(propertyId, mainType.id());
        }
        conditions.add(qualified(propertyId) + " " + op.sql + " " + literal(value));
        return this;
    }

    public CmisQuery inTree(String folderId) {
        conditions.add("IN_TREE(" + mainAlias + ", " + literal(folderId) + ")");
        return this;
    }

    public CmisQuery inFolder(String folderId) {
        conditions.add("IN_FOLDER(" + mainAlias + ", " + literal(folderId) + ")");
        return this;
    }

    public CmisQuery orderBy(String propertyId, boolean ascending) {
        if (propertyId.startsWith("cmis:")) {
            rules.checkBaseOrderable(propertyId, mainType.id());
        } else {
            rules.checkOrderable(propertyId, mainType.id());
        }
        order.add(qualified(propertyId) + (ascending ? " ASC" : " DESC"));
        return this;
    }

    /** The selected property ids, in order. */
    public List<String> columns() {
        return List.copyOf(columnIds);
    }

    public String toSql() {
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", columns)).append(" FROM ")
                .append(mainType.definition().getQueryName()).append(" AS ").append(mainAlias);
        for (Map.Entry<String, String> join : joins.entrySet()) {
            String aspectQueryName = rules.aspect(join.getKey()).definition().getQueryName();
            sql.append(" JOIN ").append(aspectQueryName).append(" AS ").append(join.getValue()).append(" ON ")
                    .append(mainAlias).append(".cmis:objectId = ").append(join.getValue()).append(".cmis:objectId");
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        if (!order.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", order));
        }
        return sql.toString();
    }

    @Override
    public String toString() {
        return toSql();
    }

    private String qualified(String propertyId) {
        if (propertyId.startsWith("cmis:")) {
            return mainAlias + "." + propertyId;
        }
        ModelProperty p = rules.property(propertyId, mainType.id());
        boolean onType = rules.catalog().lineage(mainType.id()).stream()
                .anyMatch(t -> t.id().equals(p.owningTypeId()));
        if (onType) {
            return mainAlias + "." + propertyId;
        }
        // an aspect property: Alfresco wants a JOIN to the aspect's P: type
        CmisType owner = rules.aspect(p.owningTypeId());
        String alias = joins.computeIfAbsent(owner.id(), k -> "a" + (joins.size() + 1));
        return alias + "." + propertyId;
    }

    static String literal(Object value) {
        if (value instanceof Calendar c) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            return "TIMESTAMP '" + f.format(c.getTime()) + "'";
        }
        if (value instanceof BigInteger || value instanceof BigDecimal || value instanceof Integer
                || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        String s = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
