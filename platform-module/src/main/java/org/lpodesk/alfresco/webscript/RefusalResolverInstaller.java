package org.lpodesk.alfresco.webscript;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Makes REST v1's exception resolver ({@code simpleMappingExceptionResolver}) a {@link
 * RefusalAwareExceptionResolver}, keeping its mappings. A bean of the same id in the module's
 * context would not do: Alfresco reads the REST framework's context (public-rest-context.xml,
 * through web-scripts-application-context.xml) after the modules' contexts, so its definition
 * would win. A factory post-processor runs once every definition is read.
 */
public final class RefusalResolverInstaller implements BeanFactoryPostProcessor {

    static final String RESOLVER = "simpleMappingExceptionResolver";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (beanFactory.containsBeanDefinition(RESOLVER)) {
            BeanDefinition resolver = beanFactory.getBeanDefinition(RESOLVER);
            resolver.setBeanClassName(RefusalAwareExceptionResolver.class.getName());
        }
    }
}
