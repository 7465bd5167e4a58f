package org.lpodesk.cmis.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.lpodesk.cmis.client.FolderRef;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.client.NewCase;
import org.lpodesk.cmis.client.NewClient;
import org.lpodesk.cmis.testing.CmisTestEndpoint;
import org.lpodesk.cmis.testing.Endpoints;
import org.lpodesk.cmis.testing.TestNumbers;

/**
 * Inbound case mail on a live Alfresco: messages of about 200 KB (a short text and a scanned
 * document) sent over SMTP to the addresses of 50 cases, filed by LPO Desk's case handler (reading
 * every header, threading, judging the sender, the raw message and the attachment stored), against
 * the same messages sent to 50 plain folders with Alfresco aliases, filed by Alfresco's own folder
 * handler, on the same server. Rounds alternate the side that goes first (A-B-B-A) after a warm-up
 * round; the same number of SMTP connections send in parallel on both sides (3, Alfresco's default
 * email.server.connections.max). Printed: messages per second per side and round, the medians, and
 * the per-round ratio case/plain (target >= 0.8).
 *
 * <p>Needs the kit's live endpoint (LPODESK_CMIS_IT_URL, _USER, _PASSWORD, _FOLDER) and the
 * repository's inbound SMTP server on LPODESK_SMTP_IT_PORT (default 2525) of LPODESK_SMTP_IT_HOST
 * (default 127.0.0.1). The plain side's sender must be allowed to add mail to a folder
 * (email.inbound.unknownUser an EMAIL_CONTRIBUTORS member, or the address of one). Arguments:
 * measured rounds (default 5), messages per side and round (default 100: 500 per side), cases
 * and folders (default 50), message bytes (default 200000). Run from the repository root:
 *
 * <pre>
 * mvn -q -pl cmis-client test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.lpodesk.cmis.bench.InboundMailBenchmark -Dexec.args="5 100"
 * </pre>
 */
public final class InboundMailBenchmark {

    private static final int CONNECTIONS = 3;

    private InboundMailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int targets = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        CmisTestEndpoint live = Endpoints.liveOrNull();
        if (live == null) {
            out.println("SKIPPED: set LPODESK_CMIS_IT_URL, _USER, _PASSWORD and _FOLDER to a live Alfresco with LPO Desk.");
            return;
        }
        String host = System.getenv().getOrDefault("LPODESK_SMTP_IT_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("LPODESK_SMTP_IT_PORT", "2525"));
        try (live) {
            ImmigrationCmisClient kit = ImmigrationCmisClient.connect(live.connection());
            Session session = kit.session();
            TestNumbers numbers = new TestNumbers();
            String sender = "bench." + numbers.prefix().toLowerCase(Locale.ROOT) + "@client.example";
            FolderRef client = kit.createClient(live.root(), new NewClient(null, "Mail benchmark client " + numbers.prefix(),
                    null, null, sender));
            List<String> caseAddresses = new ArrayList<>();
            List<String> caseIds = new ArrayList<>();
            for (int i = 0; i < targets; i++) {
                FolderRef kase = kit.createCase(client, NewCase.of(numbers.caseNumber(), org.lpodesk.cases.CaseType.EB1A,
                        "Mail Beneficiary " + i));
                caseIds.add(kase.id());
                caseAddresses.add(alias(session, kase.id()) + "@firm.example");
            }
            Map<String, Object> parentProps = new HashMap<>();
            parentProps.put(PropertyIds.OBJECT_TYPE_ID, "cmis:folder");
            parentProps.put(PropertyIds.NAME, "Mail benchmark plain folders " + numbers.prefix());
            ObjectId parent = session.createFolder(parentProps, session.createObjectId(
                    ((Folder) session.getObject(client.id())).getParentId()));
            List<String> folderAddresses = new ArrayList<>();
            List<String> folderIds = new ArrayList<>();
            for (int i = 0; i < targets; i++) {
                String alias = "bench-" + numbers.prefix().toLowerCase(Locale.ROOT) + "-" + i;
                Map<String, Object> p = new HashMap<>();
                p.put(PropertyIds.OBJECT_TYPE_ID, "cmis:folder");
                p.put(PropertyIds.NAME, "plain " + i);
                p.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of("P:emailserver:aliasable"));
                p.put("emailserver:alias", alias);
                folderIds.add(session.createFolder(p, parent).getId());
                folderAddresses.add(alias + "@firm.example");
            }
            String plainSender = System.getenv().getOrDefault("LPODESK_SMTP_IT_PLAIN_SENDER", sender);
            byte[] scan = new byte[size * 3 / 4 - 2_000];
            new Random(42).nextBytes(scan);
            String attachment = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(scan);
            int[] serial = {0};
            List<Double> cases = new ArrayList<>();
            List<Double> plain = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                int count = round == 0 ? Math.max(20, perRound / 5) : perRound;
                double c;
                double f;
                if (round % 2 == 0) {
                    c = send(host, port, sender, caseAddresses, count, attachment, serial, numbers.prefix());
                    f = send(host, port, plainSender, folderAddresses, count, attachment, serial, numbers.prefix());
                } else {
                    f = send(host, port, plainSender, folderAddresses, count, attachment, serial, numbers.prefix());
                    c = send(host, port, sender, caseAddresses, count, attachment, serial, numbers.prefix());
                }
                out.printf(Locale.ROOT, "%s round %d: %d messages each, into cases %.2f msg/s, into plain folders %.2f msg/s%n",
                        round == 0 ? "warm-up" : "measured", round, count, c, f);
                if (round > 0) {
                    cases.add(c);
                    plain.add(f);
                    ratios.add(c / f);
                }
            }
            // what each side stored: a side that answered 250 but filed nothing (or quarantined) would win for nothing
            int sent = serial[0] / 2;
            long filed = 0;
            long held = 0;
            for (String id : caseIds) {
                for (org.apache.chemistry.opencmis.client.api.CmisObject sub : ((Folder) session.getObject(id)).getChildren()) {
                    if (sub instanceof Folder f && f.getName().equals("Correspondence")) {
                        for (org.apache.chemistry.opencmis.client.api.CmisObject o : f.getChildren()) {
                            filed += o.getType().getId().equals("D:imm:clientCorrespondence") ? 1 : 0;
                        }
                    } else if (sub instanceof Folder f && f.getName().equals("Mail quarantine")) {
                        for (org.apache.chemistry.opencmis.client.api.CmisObject o : f.getChildren()) {
                            held++;
                        }
                    }
                }
            }
            long stored = 0;
            for (String id : folderIds) {
                for (org.apache.chemistry.opencmis.client.api.CmisObject o : ((Folder) session.getObject(id)).getChildren()) {
                    stored++;
                }
            }
            out.printf(Locale.ROOT, "stored: %d of %d messages filed in the cases' Correspondence (%d quarantined);"
                    + " %d documents in the plain folders (message bodies and attachments)%n", filed, sent, held, stored);
            out.printf(Locale.ROOT, "%d rounds of %d messages of ~%d bytes per side, into %d cases / %d plain folders, %d SMTP"
                    + " connections%n", rounds, perRound, size, targets, targets, CONNECTIONS);
            out.printf(Locale.ROOT, "median into cases %.2f msg/s; into plain folders %.2f msg/s%n", median(cases),
                    median(plain));
            out.printf(Locale.ROOT, "per-round ratio case/plain: min %.3f, median %.3f, max %.3f (target >= 0.8)%n",
                    Collections.min(ratios), median(ratios), Collections.max(ratios));
        }
    }

    /** The alias Alfresco's aliasable aspect holds for a case folder (LPO Desk gives every case one). */
    private static String alias(Session session, String caseId) {
        Object alias = session.getObject(caseId).getPropertyValue("emailserver:alias");
        if (alias == null) {
            throw new IllegalStateException("case " + caseId + " has no e-mail alias: is LPO Desk's mail module deployed?");
        }
        return alias.toString();
    }

    /** Sends {@code count} messages round-robin to the addresses over parallel SMTP sessions; messages per second. */
    private static double send(String host, int port, String from, List<String> to, int count, String attachment,
            int[] serial, String prefix) throws Exception {
        List<String> messages = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = ++serial[0];
            String recipient = to.get(n % to.size());
            recipients.add(recipient);
            messages.add("Message-ID: <bench." + prefix + "." + n + "@client.example>\r\nFrom: Bench Client <" + from
                    + ">\r\nTo: " + recipient + "\r\nSubject: Documents " + n + "\r\nDate: Fri, 4 Dec 2026 09:00:00 -0500\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\nPlease find my documents attached.\r\n--b\r\n"
                    + "Content-Type: application/pdf; name=\"scan-" + n + ".pdf\"\r\nContent-Disposition: attachment; "
                    + "filename=\"scan-" + n + ".pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + attachment
                    + "\r\n--b--\r\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        try {
            List<Future<?>> sessions = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                int first = c;
                sessions.add(pool.submit(() -> {
                    try (Smtp smtp = new Smtp(host, port)) {
                        for (int i = first; i < count; i += CONNECTIONS) {
                            smtp.deliver(from, recipients.get(i), messages.get(i));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> s : sessions) {
                s.get();
            }
        } finally {
            pool.shutdown();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One SMTP session: every message must be accepted (250), or the benchmark stops. */
    private static final class Smtp implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Smtp(String host, int port) throws IOException {
            socket = new Socket(host, port);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out = socket.getOutputStream();
            expect("220", reply());
            command("EHLO bench.example", "250");
        }

        void deliver(String from, String to, String message) throws IOException {
            command("MAIL FROM:<" + from + ">", "250");
            command("RCPT TO:<" + to + ">", "250");
            command("DATA", "354");
            out.write(message.getBytes(StandardCharsets.US_ASCII));
            command(".", "250");
        }

        private void command(String line, String code) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(code, reply());
        }

        private String reply() throws IOException {
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new IOException("connection closed");
                }
            } while (line.length() > 3 && line.charAt(3) == '-');
            return line;
        }

        private static void expect(String code, String reply) throws IOException {
            if (!reply.startsWith(code)) {
                throw new IOException("expected " + code + ", the server answered: " + reply);
            }
        }

        @Override
        public void close() throws IOException {
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.close();
        }
    }
}
