package org.lpodesk.alfresco.cases;

import java.util.HashMap;
import java.util.Map;
import org.alfresco.repo.i18n.StaticMessageLookup;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.TypeDefinition;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.alfresco.outsourcing.RepositoryEngagements;
import org.lpodesk.cases.summary.SummaryLabels;
import org.lpodesk.review.workflow.DirectoryPort;

/**
 * {@link SummaryLabels} from the models' bundles, the person directory and the vendor
 * engagements. One instance per request: a page names the same few people and vendors many
 * times, and each is looked up once.
 */
final class RepositorySummaryLabels implements SummaryLabels {

    private final DictionaryService dictionaryService;
    private final DirectoryPort directory;
    private final RepositoryEngagements engagements;
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, String> vendors = new HashMap<>();

    RepositorySummaryLabels(DictionaryService dictionaryService, DirectoryPort directory,
                            RepositoryEngagements engagements) {
        this.dictionaryService = dictionaryService;
        this.directory = directory;
        this.engagements = engagements;
    }

    @Override
    public String listValue(String constraint, String value) {
        return ListLabels.of(constraint, value);
    }

    @Override
    public String person(String userName) {
        return people.computeIfAbsent(userName, directory::displayName);
    }

    /** @param typeName the type's QName as {@code QName.toString()} writes it */
    @Override
    public String type(String typeName) {
        return types.computeIfAbsent(typeName, name -> {
            QName qname = QName.createQName(name);
            TypeDefinition type = dictionaryService.getType(qname);
            String title = type == null ? null : type.getTitle(new StaticMessageLookup());
            return title == null || title.isBlank() ? qname.getLocalName() : title;
        });
    }

    @Override
    public String vendor(String vendorId) {
        return vendors.computeIfAbsent(vendorId,
                id -> engagements.engagement(id).map(e -> e.vendor().name()).orElse(id));
    }
}
