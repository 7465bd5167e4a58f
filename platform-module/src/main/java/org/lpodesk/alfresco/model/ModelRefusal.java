package org.lpodesk.alfresco.model;

import java.util.List;
import java.util.function.Supplier;
import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.repo.node.integrity.IntegrityRecord;
import org.lpodesk.api.UserRefusal;
import org.lpodesk.cases.IllegalCaseStatusTransitionException;

/**
 * Turns a refusal of core's rules (a malformed or already used case or receipt number, an
 * illegal status move) into Alfresco's integrity failure. Alfresco's CMIS layer answers an
 * {@link IntegrityException} with a constraint violation ({@code CmisConstraintException}, HTTP
 * 409) and REST v1 with 422, instead of the generic server error (500) any other exception from a
 * behaviour becomes; the client sees core's message, which names the value and what is wrong.
 */
public final class ModelRefusal {

    private ModelRefusal() {
    }

    /** Runs a check of core's; its refusal rolls the transaction back as an integrity failure. */
    public static <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (RuntimeException refused) {
            if (refused instanceof IllegalArgumentException || refused instanceof IllegalCaseStatusTransitionException
                    || refused instanceof UserRefusal) {
                throw because(refused);
            }
            throw refused;
        }
    }

    /** Runs a check of core's that returns nothing. */
    public static void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    public static IntegrityException of(String message) {
        return new IntegrityException(message, List.of(new IntegrityRecord(message)));
    }

    /**
     * The integrity failure of a refusal of core's, which stays its cause: CMIS and REST answer
     * the integrity failure, Share's form processor (through {@code lpodeskRefusals}) finds the
     * refusal in the cause chain and answers its status and sentence instead of a server error.
     */
    public static IntegrityException because(RuntimeException refusal) {
        IntegrityException integrity = of(refusal.getMessage());
        integrity.initCause(refusal);
        return integrity;
    }
}
