package org.lpodesk.alfresco.dates;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespacePrefixResolver;
import org.alfresco.service.namespace.QName;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.dates.FirmCalendar;

/**
 * Holds every {@code d:date} property of LPO Desk's models to core's {@link CalendarDates}
 * convention, whoever wrote it: Share's form processor (the day parsed in this JVM's zone), REST
 * v1 (whatever offset the client sent, or this JVM's zone without one), CMIS (the client's
 * instant), the demo loader, the workflow and scripts. A value that is some zone's midnight is
 * stored as midnight UTC of the day it meant; any other moment (a script's {@code new Date()}) as
 * the firm's date at that moment ({@link FirmCalendar}).
 */
public final class CalendarDateBehaviour implements NodeServicePolicies.OnUpdatePropertiesPolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final DictionaryService dictionaryService;
    private final NamespacePrefixResolver namespaces;
    private final FirmCalendar firmCalendar;
    private final List<QName> models;

    /** Properties of type d:date per class (type or aspect) that declares them. */
    private final Map<QName, List<QName>> datesByClass = new LinkedHashMap<>();

    public CalendarDateBehaviour(PolicyComponent policyComponent, NodeService nodeService,
                                 DictionaryService dictionaryService, NamespacePrefixResolver namespaces,
                                 FirmCalendar firmCalendar, List<String> models) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.dictionaryService = dictionaryService;
        this.namespaces = namespaces;
        this.firmCalendar = firmCalendar;
        this.models = models.stream().map(m -> QName.createQName(m, namespaces)).toList();
    }

    public void init() {
        for (QName model : models) {
            Collection<QName> dates = dictionaryService.getProperties(model, DataTypeDefinition.DATE);
            for (QName property : dates) {
                PropertyDefinition def = dictionaryService.getProperty(property);
                datesByClass.computeIfAbsent(def.getContainerClass().getName(), c -> new ArrayList<>()).add(property);
            }
        }
        for (QName owner : datesByClass.keySet()) {
            policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, owner,
                    new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
        }
    }

    /** The d:date properties this behaviour keeps, per declaring class (for the start-up log and tests). */
    public Map<QName, List<QName>> datesByClass() {
        return Map.copyOf(datesByClass);
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (!StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef()) || !nodeService.exists(node)) {
            return;
        }
        for (List<QName> properties : datesByClass.values()) {
            for (QName property : properties) {
                Serializable value = after.get(property);
                if (value instanceof Date date && !Objects.equals(before.get(property), value)
                        && !CalendarDates.isCanonical(date.toInstant())) {
                    nodeService.setProperty(node, property, CalendarDates.toDate(firmCalendar.dayOf(date)));
                }
            }
        }
    }

}
