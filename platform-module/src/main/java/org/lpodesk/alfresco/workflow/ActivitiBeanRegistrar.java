package org.lpodesk.alfresco.workflow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Puts core's workflow beans (delegates and listeners, which implement Activiti's interfaces and
 * cannot extend Alfresco's {@code BaseJavaDelegate}) into Alfresco's {@code activitiBeanRegistry}
 * under their simple class name, the name {@code BaseJavaDelegate} uses, so that BPMN files call
 * them as {@code ${ShareDocumentsDelegate}}. The registry map is Alfresco's own bean and is only
 * added to, never redefined (redefining it would drop {@code services} and Alfresco's beans).
 */
public final class ActivitiBeanRegistrar implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ActivitiBeanRegistrar.class);

    private final Map<Object, Object> registry;
    private final List<Object> beans;

    public ActivitiBeanRegistrar(Map<Object, Object> activitiBeanRegistry, List<Object> beans) {
        this.registry = Objects.requireNonNull(activitiBeanRegistry, "activitiBeanRegistry");
        this.beans = List.copyOf(beans);
    }

    @Override
    public void afterPropertiesSet() {
        for (Object bean : beans) {
            String name = bean.getClass().getSimpleName();
            Object present = registry.get(name);
            if (present != null && present != bean) {
                // Two beans under one expression name would make a BPMN call whichever came last.
                throw new IllegalStateException("Activiti bean name '" + name + "' is already registered by "
                        + present.getClass().getName() + "; cannot register " + bean.getClass().getName());
            }
            registry.put(name, bean);
            LOG.debug("Registered workflow bean {} as ${{{}}}", bean.getClass().getName(), name);
        }
    }
}
