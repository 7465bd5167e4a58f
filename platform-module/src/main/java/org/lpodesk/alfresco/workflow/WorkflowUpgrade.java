package org.lpodesk.alfresco.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.activiti.engine.RepositoryService;
import org.activiti.engine.repository.ProcessDefinition;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.extensions.surf.util.AbstractLifecycleBean;

/**
 * Deploys a new version of a module process when its BPMN changed. Alfresco's workflow deployer
 * (without "redeploy") only asks whether a process of that key exists, so after an upgrade of the
 * module every new process would still start on the old definition (found on ACS 26.1: a listener
 * added to the outsourcing process never ran). Here the BPMN the module ships is compared with the
 * latest deployed one, byte for byte, and deployed only when they differ: an unchanged process
 * keeps its version, a changed one gets a new version, and running processes finish on theirs.
 */
public final class WorkflowUpgrade extends AbstractLifecycleBean {

    private static final Log LOG = LogFactory.getLog(WorkflowUpgrade.class);

    private final WorkflowService workflowService;
    private final RepositoryService activitiRepository;
    private final RetryingTransactionHelper transactions;
    private final List<String> locations;

    public WorkflowUpgrade(WorkflowService workflowService, RepositoryService activitiRepository,
                           RetryingTransactionHelper transactions, List<String> locations) {
        this.workflowService = workflowService;
        this.activitiRepository = activitiRepository;
        this.transactions = transactions;
        this.locations = List.copyOf(locations);
    }

    @Override
    protected void onBootstrap(ApplicationEvent event) {
        AuthenticationUtil.runAsSystem(() -> transactions.doInTransaction(() -> {
            for (String location : locations) {
                upgrade(location);
            }
            return null;
        }, false, true));
    }

    private void upgrade(String location) {
        byte[] shipped = read(location);
        String key = processKey(location);
        ProcessDefinition latest = activitiRepository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest != null && Arrays.equals(shipped, deployed(latest))) {
            return;
        }
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            workflowService.deployDefinition("activiti", in, "text/xml", key + ".bpmn20.xml");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
        LOG.info("Deployed a new version of process " + key + " from " + location
                + (latest == null ? "" : " (its BPMN changed since version " + latest.getVersion() + ")"));
    }

    private byte[] deployed(ProcessDefinition definition) {
        try (InputStream in = activitiRepository.getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String location) {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }

    /** The process id of the module's BPMN (one process per file). */
    private static String processKey(String location) {
        String xml = new String(read(location), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher process = java.util.regex.Pattern.compile("<process\\s+id=\"([^\"]+)\"").matcher(xml);
        if (!process.find()) {
            throw new IllegalStateException(location + " has no process");
        }
        return process.group(1);
    }

    @Override
    protected void onShutdown(ApplicationEvent event) {
        // nothing to release
    }
}
