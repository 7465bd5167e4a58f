package org.lpodesk.cmis.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.apache.chemistry.opencmis.commons.definitions.Choice;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDecimalDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyIntegerDefinition;
import org.apache.chemistry.opencmis.commons.definitions.PropertyStringDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.dates.NotACalendarDateException;
import org.lpodesk.cmis.Messages;
import org.lpodesk.cmis.model.Constraint;
import org.lpodesk.cmis.types.CmisType;
import org.lpodesk.cmis.types.CmisTypeCatalog;
import org.lpodesk.cmis.types.CmisTypeCatalog.ModelProperty;

/**
 * Alfresco's stricter rules, applied on the client before anything is sent, so that what passes
 * against a lenient test server also passes against Alfresco: required properties, closed choice
 * lists, REGEX patterns (which CMIS does not expose), lengths and ranges, property types and
 * cardinality, read-only (protected) properties, and which properties a query may filter or
 * order on.
 */
public final class ModelRules {

    private final CmisTypeCatalog catalog;

    public ModelRules(CmisTypeCatalog catalog) {
        this.catalog = catalog;
    }

    public CmisTypeCatalog catalog() {
        return catalog;
    }

    public CmisType type(String typeId) {
        return catalog.type(typeId).filter(t -> t.definition().getBaseTypeId() != BaseTypeId.CMIS_SECONDARY)
                .orElseThrow(() -> new ModelRuleException(RuleViolation.UNKNOWN_TYPE, typeId, typeId,
                        "rule.unknownType", typeId, knownIds(false)));
    }

    public CmisType aspect(String aspectId) {
        return catalog.type(aspectId).filter(t -> t.definition().getBaseTypeId() == BaseTypeId.CMIS_SECONDARY)
                .orElseThrow(() -> new ModelRuleException(RuleViolation.UNKNOWN_ASPECT, aspectId, aspectId,
                        "rule.unknownAspect", aspectId, knownIds(true)));
    }

    /**
     * The complete secondary type set to send: what the object has, the type's mandatory
     * aspects, the aspects asked for, and the aspects that own any of the properties given.
     */
    public List<String> secondarySet(String typeId, Collection<String> current, Collection<String> requested,
            Collection<String> propertyIds) {
        Set<String> set = new LinkedHashSet<>(current);
        set.addAll(type(typeId).mandatoryAspects());
        for (String id : requested) {
            set.add(aspect(id).id());
        }
        Set<String> onType = propertyIdsOf(List.of(typeId));
        for (String p : propertyIds) {
            if (onType.contains(p) || p.startsWith("cmis:")) {
                continue;
            }
            catalog.property(p).map(ModelProperty::owningTypeId)
                    .filter(owner -> catalog.type(owner).map(t -> t.definition().getBaseTypeId()
                            == BaseTypeId.CMIS_SECONDARY).orElse(false))
                    .ifPresent(set::add);
        }
        return List.copyOf(set);
    }

    /**
     * Checks the properties of a new object and returns them as CMIS values, with the model's
     * default values filled in for what was not given (as Alfresco does on creation).
     */
    public Map<String, Object> checkCreate(String typeId, Collection<String> secondaryTypeIds,
            Map<String, ?> properties) {
        type(typeId);
        Map<String, Object> result = convertAll(typeId, secondaryTypeIds, properties, true);
        for (ModelProperty p : applicable(typeId, secondaryTypeIds)) {
            PropertyDefinition<?> def = p.definition();
            if (!result.containsKey(p.id()) && def.getDefaultValue() != null && !def.getDefaultValue().isEmpty()
                    && def.getUpdatability() != Updatability.READONLY) {
                result.put(p.id(), def.getCardinality() == Cardinality.MULTI ? def.getDefaultValue()
                        : def.getDefaultValue().get(0));
            }
            if (def.isRequired() && isEmpty(result.get(p.id()))) {
                throw new ModelRuleException(RuleViolation.REQUIRED, p.id(), null, "rule.required", p.id(),
                        p.owningTypeId());
            }
        }
        return result;
    }

    /**
     * Checks changed properties of an existing object; required properties of aspects added by
     * this change must be given. Aspects the object already has but the model does not describe
     * are the server's own (Alfresco puts {@code P:sys:localized} on every new node and
     * {@code P:cm:lockable} on a checked-out one): they are kept in the set sent back, because
     * Alfresco removes any aspect missing from it, and only the aspects being added must be known.
     */
    public Map<String, Object> checkUpdate(String typeId, Collection<String> currentSecondary,
            Collection<String> newSecondary, Map<String, ?> properties) {
        List<String> described = newSecondary.stream()
                .filter(a -> !(currentSecondary.contains(a) && catalog.type(a).isEmpty())).toList();
        Map<String, Object> result = convertAll(typeId, described, properties, false);
        for (Map.Entry<String, Object> e : result.entrySet()) {
            Optional<ModelProperty> p = catalog.property(e.getKey());
            if (p.isPresent() && p.get().definition().isRequired() && isEmpty(e.getValue())) {
                throw new ModelRuleException(RuleViolation.REQUIRED, e.getKey(), null, "rule.required", e.getKey(),
                        p.get().owningTypeId());
            }
        }
        List<String> added = newSecondary.stream().filter(a -> !currentSecondary.contains(a)).toList();
        for (String aspect : added) {
            for (ModelProperty p : catalog.propertiesOf(aspect)) {
                if (p.definition().isRequired() && isEmpty(result.get(p.id()))) {
                    throw new ModelRuleException(RuleViolation.REQUIRED, p.id(), null, "rule.required", p.id(),
                            p.owningTypeId());
                }
            }
        }
        return result;
    }

    /** A CMIS base property ({@code cmis:*}) may stand in a WHERE clause on Alfresco. */
    public void checkBaseQueryable(String propertyId) {
        if (!AlfrescoBaseProperties.queryable(propertyId)) {
            throw new ModelRuleException(RuleViolation.NOT_QUERYABLE, propertyId, null, "rule.notQueryable",
                    propertyId);
        }
    }

    /** A CMIS base property ({@code cmis:*}) may stand in an ORDER BY clause on Alfresco. */
    public void checkBaseOrderable(String propertyId, String typeId) {
        if (!AlfrescoBaseProperties.orderable(propertyId)) {
            throw new ModelRuleException(RuleViolation.NOT_ORDERABLE, propertyId, null, "rule.notOrderable",
                    propertyId, typeId, String.join(", ", AlfrescoBaseProperties.orderableIds()));
        }
    }

    /** The property may stand in a WHERE clause on Alfresco. */
    public ModelProperty checkQueryable(String propertyId, String typeId) {
        ModelProperty p = property(propertyId, typeId);
        if (!p.definition().isQueryable()) {
            throw new ModelRuleException(RuleViolation.NOT_QUERYABLE, propertyId, null, "rule.notQueryable",
                    propertyId);
        }
        return p;
    }

    /** The property may stand in an ORDER BY clause on Alfresco. */
    public ModelProperty checkOrderable(String propertyId, String typeId) {
        ModelProperty p = property(propertyId, typeId);
        if (!p.definition().isOrderable()) {
            String orderable = catalog.propertiesOf(typeId).stream().filter(x -> x.definition().isOrderable())
                    .map(ModelProperty::id).collect(Collectors.joining(", "));
            throw new ModelRuleException(RuleViolation.NOT_ORDERABLE, propertyId, null, "rule.notOrderable",
                    propertyId, typeId, orderable);
        }
        return p;
    }

    /**
     * Converts a value meant for a query condition or a property and checks it against the
     * model's choices, patterns, lengths and ranges.
     */
    public Object checkValue(String propertyId, Object value) {
        ModelProperty p = queryProperty(propertyId, "imm");
        return convertOne(p, value);
    }

    /** A model property named in a query over {@code typeId}, or a rule violation naming it. */
    public ModelProperty property(String propertyId, String typeId) {
        ModelProperty p = queryProperty(propertyId, typeId);
        boolean onType = catalog.lineage(typeId).stream().anyMatch(t -> t.id().equals(p.owningTypeId()));
        boolean onAspect = catalog.type(p.owningTypeId())
                .map(t -> t.definition().getBaseTypeId() == BaseTypeId.CMIS_SECONDARY).orElse(false);
        if (!onType && !onAspect) {
            throw new ModelRuleException(RuleViolation.UNKNOWN_PROPERTY, propertyId, null,
                    "rule.unknownQueryProperty", propertyId, typeId);
        }
        return p;
    }

    private ModelProperty queryProperty(String propertyId, String typeId) {
        return catalog.property(propertyId).orElseThrow(() -> new ModelRuleException(
                RuleViolation.UNKNOWN_PROPERTY, propertyId, null, "rule.unknownQueryProperty", propertyId, typeId));
    }

    /**
     * Converts text (a CSV cell, a command-line option) to the property's CMIS type, or fails
     * naming the property, the expected form and the text.
     */
    public Object fromText(String propertyId, String text) {
        ModelProperty p = catalog.property(propertyId).orElseThrow(() -> new ModelRuleException(
                RuleViolation.UNKNOWN_PROPERTY, propertyId, text, "rule.unknownQueryProperty", propertyId, "imm"));
        PropertyType type = p.definition().getPropertyType();
        try {
            return switch (type) {
                case INTEGER -> new BigInteger(text.trim());
                case DECIMAL -> new BigDecimal(text.trim());
                case BOOLEAN -> parseBoolean(text);
                case DATETIME -> text.trim().length() == 10 ? toCalendar(LocalDate.parse(text.trim()))
                        : toCalendar(OffsetDateTime.parse(text.trim()));
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ModelRuleException(RuleViolation.WRONG_TYPE, propertyId, text, "rule.badText", propertyId,
                    Messages.get("type.form." + type.value()), Messages.show(text));
        }
    }

    /**
     * A date given as text (yyyy-mm-dd) for a date property, or a rule violation naming the
     * property, the expected form and the text; null for null.
     */
    public LocalDate date(String propertyId, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            // refused naming the property unless it is a date-time, whose day (UTC) is taken
            Object parsed = fromText(propertyId, text);
            if (!(parsed instanceof Calendar c)) {
                throw new ModelRuleException(RuleViolation.WRONG_TYPE, propertyId, text, "rule.badText", propertyId,
                        Messages.get("type.form.datetime"), Messages.show(text));
            }
            try {
                return CalendarDates.dayOf(c.toInstant());
            } catch (NotACalendarDateException notADay) {
                throw new ModelRuleException(RuleViolation.WRONG_TYPE, propertyId, text, "rule.notCalendarDate",
                        propertyId, notADay.getMessage());
            }
        }
    }

    /**
     * A {@code d:date} value is sent as the repository stores it, midnight UTC of its day; a time
     * of day that is no zone's midnight is refused here, as the repository would refuse it.
     */
    private static GregorianCalendar calendarDate(String propertyId, Object sent, Calendar value) {
        try {
            return toCalendar(CalendarDates.dayOf(value.toInstant()));
        } catch (NotACalendarDateException e) {
            throw new ModelRuleException(RuleViolation.WRONG_TYPE, propertyId, sent, "rule.notCalendarDate", propertyId,
                    e.getMessage());
        }
    }

    /**
     * The calendar date a {@code d:date} value read from the server stands for (core's
     * {@link CalendarDates} convention: the day of the nearest UTC midnight), or null for none.
     */
    public static LocalDate day(Object value) {
        return value instanceof Calendar c ? CalendarDates.dayOf(c.toInstant()) : null;
    }

    private static Boolean parseBoolean(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        throw new NumberFormatException(text);
    }

    private Map<String, Object> convertAll(String typeId, Collection<String> secondaryTypeIds,
            Map<String, ?> properties, boolean creating) {
        for (String aspect : secondaryTypeIds) {
            aspect(aspect);
        }
        Map<String, ModelProperty> applicable = new LinkedHashMap<>();
        for (ModelProperty p : applicable(typeId, secondaryTypeIds)) {
            applicable.put(p.id(), p);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String id = e.getKey();
            Object value = e.getValue();
            if (id.startsWith("cmis:")) {
                result.put(id, value);
                continue;
            }
            ModelProperty p = applicable.get(id);
            if (p == null) {
                throw new ModelRuleException(RuleViolation.UNKNOWN_PROPERTY, id, value, "rule.unknownProperty", id,
                        Messages.show(value), typeId, secondaryTypeIds);
            }
            result.put(id, convert(p, value));
        }
        return result;
    }

    private List<ModelProperty> applicable(String typeId, Collection<String> secondaryTypeIds) {
        List<ModelProperty> result = new ArrayList<>(catalog.propertiesOf(typeId));
        for (String aspect : secondaryTypeIds) {
            result.addAll(catalog.propertiesOf(aspect));
        }
        return result;
    }

    private Set<String> propertyIdsOf(List<String> typeIds) {
        Set<String> ids = new LinkedHashSet<>();
        for (String t : typeIds) {
            catalog.propertiesOf(t).forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    private Object convert(ModelProperty p, Object value) {
        PropertyDefinition<?> def = p.definition();
        if (value == null) {
            return null;
        }
        if (def.getUpdatability() == Updatability.READONLY) {
            throw new ModelRuleException(RuleViolation.READ_ONLY, p.id(), value, "rule.readOnly", p.id(),
                    Messages.show(value));
        }
        if (value instanceof Collection<?> values) {
            if (def.getCardinality() != Cardinality.MULTI) {
                throw new ModelRuleException(RuleViolation.NOT_MULTI_VALUED, p.id(), value, "rule.notMulti", p.id(),
                        values);
            }
            List<Object> converted = new ArrayList<>();
            for (Object v : values) {
                converted.add(convertOne(p, v));
            }
            return converted;
        }
        return convertOne(p, value);
    }

    private Object convertOne(ModelProperty p, Object value) {
        PropertyDefinition<?> def = p.definition();
        Object v = switch (def.getPropertyType()) {
            case STRING, ID, URI, HTML -> value instanceof CharSequence s ? s.toString()
                    : value instanceof Enum<?> e ? e.name() : null;
            case INTEGER -> value instanceof Integer || value instanceof Long || value instanceof Short
                    ? BigInteger.valueOf(((Number) value).longValue())
                    : value instanceof BigInteger b ? b : null;
            case DECIMAL -> value instanceof BigDecimal d ? d
                    : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(((Number) value)
                            .doubleValue())
                    : value instanceof Integer || value instanceof Long ? BigDecimal.valueOf(((Number) value)
                            .longValue())
                    : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case DATETIME -> toCalendarOrNull(value);
        };
        if (v == null) {
            throw new ModelRuleException(RuleViolation.WRONG_TYPE, p.id(), value, "rule.wrongType", p.id(),
                    def.getPropertyType().value(), Messages.show(value), value.getClass().getSimpleName());
        }
        if (v instanceof Calendar c && "d:date".equals(p.declaration().dataType())) {
            v = calendarDate(p.id(), value, c);
        }
        checkConstraints(p, v);
        return v;
    }

    private static void checkConstraints(ModelProperty p, Object v) {
        PropertyDefinition<?> def = p.definition();
        List<? extends Choice<?>> choices = def.getChoices();
        if (choices != null && !choices.isEmpty() && !Boolean.TRUE.equals(def.isOpenChoice())) {
            boolean allowed = p.declaration().allowedValues().map(list -> list.allows(String.valueOf(v)))
                    .orElseGet(() -> choices.stream().anyMatch(c -> c.getValue().contains(v)));
            if (!allowed) {
                throw new ModelRuleException(RuleViolation.CHOICE, p.id(), v, "rule.choice", p.id(),
                        Messages.show(v), choices.stream().map(Choice::getDisplayName)
                                .collect(Collectors.joining(", ")));
            }
        }
        if (v instanceof String s) {
            for (Constraint.Regex regex : p.declaration().regexes()) {
                if (!regex.accepts(s)) {
                    throw new ModelRuleException(RuleViolation.PATTERN, p.id(), v,
                            regex.requiresMatch() ? "rule.pattern" : "rule.patternForbidden", p.id(),
                            Messages.show(s), regex.expression());
                }
            }
            if (def instanceof PropertyStringDefinition sd && sd.getMaxLength() != null
                    && s.length() > sd.getMaxLength().longValue()) {
                throw new ModelRuleException(RuleViolation.LENGTH, p.id(), v, "rule.maxLength", p.id(),
                        Messages.show(s), sd.getMaxLength());
            }
        }
        if (v instanceof BigInteger i && def instanceof PropertyIntegerDefinition id
                && ((id.getMinValue() != null && i.compareTo(id.getMinValue()) < 0)
                        || (id.getMaxValue() != null && i.compareTo(id.getMaxValue()) > 0))) {
            throw new ModelRuleException(RuleViolation.RANGE, p.id(), v, "rule.range", p.id(), i, id.getMinValue(),
                    id.getMaxValue());
        }
        if (v instanceof BigDecimal d && def instanceof PropertyDecimalDefinition dd
                && ((dd.getMinValue() != null && d.compareTo(dd.getMinValue()) < 0)
                        || (dd.getMaxValue() != null && d.compareTo(dd.getMaxValue()) > 0))) {
            throw new ModelRuleException(RuleViolation.RANGE, p.id(), v, "rule.range", p.id(), d.toPlainString(),
                    dd.getMinValue(), dd.getMaxValue());
        }
    }

    private static GregorianCalendar toCalendarOrNull(Object value) {
        if (value instanceof GregorianCalendar g) {
            return g;
        }
        if (value instanceof Calendar c) {
            GregorianCalendar g = new GregorianCalendar(c.getTimeZone());
            g.setTimeInMillis(c.getTimeInMillis());
            return g;
        }
        if (value instanceof LocalDate d) {
            return toCalendar(d);
        }
        if (value instanceof OffsetDateTime o) {
            return toCalendar(o);
        }
        if (value instanceof ZonedDateTime z) {
            return GregorianCalendar.from(z);
        }
        if (value instanceof Instant i) {
            return toCalendar(i.atOffset(ZoneOffset.UTC));
        }
        return null;
    }

    /** A date as Alfresco stores a d:date: midnight UTC. */
    /** A calendar date as LPO Desk stores it: midnight UTC of the day ({@link CalendarDates}). */
    public static GregorianCalendar toCalendar(LocalDate date) {
        GregorianCalendar g = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        g.setTimeInMillis(CalendarDates.instantOf(date).toEpochMilli());
        return g;
    }

    private static GregorianCalendar toCalendar(OffsetDateTime time) {
        return GregorianCalendar.from(time.toZonedDateTime());
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isEmpty())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private String knownIds(boolean aspects) {
        return catalog.types().stream().filter(t -> (t.definition().getBaseTypeId() == BaseTypeId.CMIS_SECONDARY)
                == aspects && t.source() != null).map(CmisType::id).collect(Collectors.joining(", "));
    }
}
