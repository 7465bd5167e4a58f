package org.lpodesk.alfresco.webscript;

import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.rest.framework.core.exceptions.DefaultExceptionResolver;
import org.alfresco.rest.framework.core.exceptions.ErrorResponse;
import org.alfresco.rest.framework.core.exceptions.SimpleMappingExceptionResolver;
import org.lpodesk.api.UserRefusal;

/**
 * REST v1's and the workflow API's exception resolver ({@code simpleMappingExceptionResolver},
 * replaced by the module) with one addition: a refusal of LPO Desk's rules answers with its
 * client-error status and its own sentence wherever it sits in the cause chain. Activiti wraps
 * what a task listener throws ("Exception while invoking TaskListener: …") and Alfresco's
 * resolver maps only the outermost class, so a paralegal's claim of an attorney review or
 * drafting finished without hours came back as a 500. Everything else resolves as before.
 */
public final class RefusalAwareExceptionResolver extends SimpleMappingExceptionResolver {

    private static final int UNPROCESSABLE = 422;

    @Override
    public ErrorResponse resolveException(Exception ex) {
        var refusal = UserRefusal.in(ex);
        if (refusal.isPresent()) {
            return new ErrorResponse(DefaultExceptionResolver.DEFAULT_MESSAGE_ID,
                    refusal.get().refusalKind().httpStatus(), refusal.get().getMessage(), ex.getStackTrace(), null);
        }
        for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IntegrityException integrity && cause != ex) {
                return new ErrorResponse(DefaultExceptionResolver.DEFAULT_MESSAGE_ID, UNPROCESSABLE,
                        integrity.getMessage(), ex.getStackTrace(), null);
            }
        }
        return super.resolveException(ex);
    }
}
