package org.lpodesk.correspondence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's messages as conversations: grouped by their stored thread (the repository decided it
 * when each was filed or sent), oldest message first within a conversation, the conversation with
 * the newest message first. A reply draft that answers nothing yet is a conversation of its own.
 * Every client (Share's thread view, the kit's {@code mail show}) shows this grouping, computed once
 * here.
 */
public final class CorrespondenceThreads {

    /** Characters of a message's text a listing carries: enough to recognise it, not the whole message. */
    public static final int EXCERPT = 2_000;

    private CorrespondenceThreads() {
    }

    public record Thread(String id, String subject, Instant latest, List<FiledMessage> messages) {

        public Thread {
            messages = List.copyOf(messages);
        }
    }

    public static List<Thread> of(List<FiledMessage> messages) {
        Map<String, List<FiledMessage>> byThread = new LinkedHashMap<>();
        for (FiledMessage m : messages) {
            String key = m.thread() != null ? m.thread() : "draft:" + m.id();
            byThread.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Thread> threads = new ArrayList<>();
        byThread.forEach((id, list) -> {
            list.sort(Comparator.comparing(FiledMessage::at).thenComparing(FiledMessage::id));
            FiledMessage first = list.get(0);
            Instant latest = list.get(list.size() - 1).at();
            // "Re: Passport" and "Passport" are one conversation's name: without the reply prefixes
            threads.add(new Thread(id, MailThreads.replySubject(first.subject()).substring(4), latest, list));
        });
        threads.sort(Comparator.comparing(Thread::latest).reversed().thenComparing(Thread::id));
        return threads;
    }

    /** The first {@link #EXCERPT} characters of a text, cut at a word where it can be. */
    public static String excerpt(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() <= EXCERPT) {
            return t;
        }
        int cut = t.lastIndexOf(' ', EXCERPT);
        return t.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
    }
}
