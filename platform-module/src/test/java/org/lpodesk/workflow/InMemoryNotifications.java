package org.lpodesk.workflow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.lpodesk.outsourcing.workflow.NotificationPort;

/** Keeps every notification sent. */
final class InMemoryNotifications implements NotificationPort {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Notification notification) {
        sent.add(notification);
    }

    List<Notification> of(String processInstanceId) {
        return sent.stream().filter(n -> n.processInstanceId().equals(processInstanceId)).collect(Collectors.toList());
    }

    List<Notification> of(String processInstanceId, Kind kind) {
        return of(processInstanceId).stream().filter(n -> n.kind() == kind).collect(Collectors.toList());
    }

    List<Notification> all() {
        return List.copyOf(sent);
    }
}
