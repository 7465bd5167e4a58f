package org.lpodesk.alfresco.webscript;

import org.alfresco.repo.processor.BaseProcessorExtension;
import org.lpodesk.api.UserRefusal;

/**
 * The {@code lpodeskRefusals} root object of repository JavaScript: tells a script whether a
 * caught exception is a refusal of LPO Desk's rules, with its HTTP status and its sentence. Used
 * by the module's form-processor controller, so that Share's forms show the refusal's sentence
 * instead of a Java exception's text and a 500.
 */
public final class RefusalScriptObject extends BaseProcessorExtension {

    /** @return the refusal's HTTP status (403, 409 or 422), or 0 when the exception is no refusal */
    public int status(Object exception) {
        return exception instanceof Throwable failure
                ? UserRefusal.in(failure).map(r -> r.refusalKind().httpStatus()).orElse(0) : 0;
    }

    /** @return the refusal's sentence, or null when the exception is no refusal */
    public String message(Object exception) {
        return exception instanceof Throwable failure ? UserRefusal.in(failure).map(UserRefusal::getMessage).orElse(null) : null;
    }
}
