package org.lpodesk.alfresco.correspondence;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * The replies waiting to be (re)sent, with when: a row each in Alfresco's attribute store, in the
 * transaction that queues or fails a reply, so that a reply queued just before the repository
 * stopped, or failed by a mail server that is down, is found by the retry job without a search
 * index (which lags commits, or is not there at all).
 */
public final class ReplyOutbox {

    static final String KEY = "lpodesk.mailOutbox";

    private final AttributeService attributes;

    public ReplyOutbox(AttributeService attributes) {
        this.attributes = attributes;
    }

    public void put(NodeRef reply, Instant due) {
        attributes.setAttribute(due.toEpochMilli(), KEY, reply.toString());
    }

    public void remove(NodeRef reply) {
        attributes.removeAttribute(KEY, reply.toString());
    }

    /** The replies due at {@code now}, earliest first. */
    public List<NodeRef> due(Instant now) {
        List<Object[]> found = new ArrayList<>();
        attributes.getAttributes((id, value, keys) -> {
            if (value instanceof Long due && due <= now.toEpochMilli()) {
                found.add(new Object[] {due, keys[1]});
            }
            return true;
        }, KEY);
        found.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
        List<NodeRef> replies = new ArrayList<>();
        for (Object[] entry : found) {
            replies.add(new NodeRef(String.valueOf((Serializable) entry[1])));
        }
        return replies;
    }
}
